/**
 * The console commands that change the state of the tapeplex, kept in the CDS:
 *   VARY VTSS name ONLINE|QUIESCED|OFFLINE       (also `V name …`, `V VTSS name ON|OFF|Q`)
 *   VARY CLINK(n) VTSS(name) ONLINE|OFFLINE      (also `V CLINK n VTSS(name) ON|OFF`)
 *   CAPPREF prefvalue cap-id [AUTO|MANUAL]       (cap-id AA:LL:CC; prefvalue 0-9 accepted, not kept)
 *
 * The CDRT rules of chapter 7 ("DR Test ACS Restrictions") hold while a DR test is in effect:
 *  - on production during an active test, a DR VTSS (unless SPARE: the test uses another device of
 *    the same name) cannot be varied ONLINE or QUIESCED — it belongs to the test (SIM1205E);
 *  - on a DR test CDS, a VTSS that is not a DR VTSS cannot be varied online (SIM1207E; the guide:
 *    "Non-DR test ACSs cannot be varied online" on the DR test hosts);
 *  - CAPs of the DR ACS stay manual on production during an active test, and every CAP stays
 *    manual on a DR test CDS (SIM1206E).
 * A CLINK is numbered within its VTSS in CONFIG order (1, 2 …), as Display CLINK shows it.
 */
import { cdsTime } from '../cds/cdsTime.js';
import { readDrtestState } from '../cds/drtestState.js';
import { vtssState } from '../cds/vtssStatus.js';
import { sim } from '../core/simMessages.js';
import type { CommandWord } from './parseCommand.js';
import type { ConsoleContext, ConsoleResponse } from './types.js';
import { matchesName } from '../sluadmin/matchName.js';

const VTSS_STATES: Record<string, 'ONLINE' | 'QUIESCED' | 'OFFLINE'> = { ONLINE: 'ONLINE', ON: 'ONLINE', QUIESCED: 'QUIESCED', Q: 'QUIESCED', QUIESCE: 'QUIESCED', OFFLINE: 'OFFLINE', OFF: 'OFFLINE' };

export function refused(id: Parameters<typeof sim.line>[0], ...inserts: (string | number)[]): ConsoleResponse {
  return { rc: 8, lines: [sim.line(id, ...inserts)], data: { message: { id, text: sim.text(id, ...inserts) } } };
}

export function notEmulated(text: string): ConsoleResponse {
  return refused('SIM0796E', text);
}

function done(kind: string, name: string, state: string, extra: Record<string, unknown> = {}): ConsoleResponse {
  return { rc: 0, lines: [sim.line('SIM0795I', kind, name, state)], data: { kind, name, state, ...extra }, changed: true };
}

/** VARY VTSS name state | VARY name state | VARY CLINK … */
export function vary(ctx: ConsoleContext, operands: CommandWord[], text: string): ConsoleResponse {
  const first = operands[0];
  if (first && matchesName(first.word, 'CLink') && first.word !== 'C') return varyClink(ctx, operands, text);
  const rest = first && first.word === 'VTSS' && first.values === undefined ? operands.slice(1) : operands;
  const [name, stateWord] = rest;
  const st = stateWord ? VTSS_STATES[stateWord.word] : undefined;
  if (!name || !st || rest.length !== 2 || name.values || stateWord!.values) return refused('SIM1202E', text, (stateWord ?? name ?? first)?.col ?? 1);
  return varyVtss(ctx, name.word, st);
}

export function varyVtss(ctx: ConsoleContext, name: string, st: 'ONLINE' | 'QUIESCED' | 'OFFLINE'): ConsoleResponse {
  const db = ctx.cds.db;
  const current = vtssState(db, name);
  if (!current) return refused('SIM0797E', 'VTSS', name);
  if (st !== 'OFFLINE') {
    const dr = readDrtestState(db);
    if (dr.isTestCds() && !dr.isDrVtss(name)) return refused('SIM1207E', name);
    if (!dr.isTestCds() && dr.state === 'ACTIVE' && dr.isDrVtss(name) && !dr.isSpare()) return refused('SIM1205E', name);
  }
  ctx.cds.immediate(() =>
    db
      .prepare('INSERT INTO vtss_status (vtss, state, changed) VALUES (?, ?, ?) ON CONFLICT(vtss) DO UPDATE SET state = excluded.state, changed = excluded.changed')
      .run(name, st, cdsTime(ctx.now)),
  );
  return done('VTSS', name, st, { previous: current.state });
}

function varyClink(ctx: ConsoleContext, operands: CommandWord[], text: string): ConsoleResponse {
  const [clink, ...rest] = operands;
  let number = clink!.values?.[0];
  let i = 0;
  if (number === undefined && rest[0] && /^[0-9]+$/.test(rest[0].word) && !rest[0].values) number = rest[i++]!.word;
  let vtss: string | undefined;
  let state: 'ONLINE' | 'OFFLINE' | undefined;
  for (const w of rest.slice(i)) {
    if (w.word === 'VTSS' && w.values?.length === 1) vtss = w.values[0];
    else if (!w.values && (w.word === 'ONLINE' || w.word === 'ON')) state = 'ONLINE';
    else if (!w.values && (w.word === 'OFFLINE' || w.word === 'OFF')) state = 'OFFLINE';
    else return refused('SIM1202E', text, w.col);
  }
  if (number === undefined || !/^[0-9]{1,3}$/.test(number) || vtss === undefined || state === undefined) return refused('SIM1202E', text, clink!.col);
  const db = ctx.cds.db;
  if (!vtssState(db, vtss)) return refused('SIM0797E', 'VTSS', vtss);
  const row = db
    .prepare('SELECT clink_id FROM cfg_clink WHERE vtss = ? ORDER BY seq, clink_id LIMIT 1 OFFSET ?')
    .get(vtss, Number(number) - 1) as { clink_id: number } | undefined;
  if (!row || Number(number) < 1) return refused('SIM0797E', 'CLINK', `${Number(number)} OF ${vtss}`);
  const previous = (db.prepare('SELECT state FROM clink_status WHERE clink_id = ?').pluck().get(row.clink_id) as string | undefined) ?? 'ONLINE';
  ctx.cds.immediate(() =>
    db
      .prepare('INSERT INTO clink_status (clink_id, state, changed) VALUES (?, ?, ?) ON CONFLICT(clink_id) DO UPDATE SET state = excluded.state, changed = excluded.changed')
      .run(row.clink_id, state, cdsTime(ctx.now)),
  );
  return done('CLINK', `${Number(number)} OF ${vtss}`, state, { vtss, clink: Number(number), previous });
}

/** CAPPREF prefvalue cap-id [AUTO|MANUAL] */
export function cappref(ctx: ConsoleContext, operands: CommandWord[], text: string): ConsoleResponse {
  const [pref, cap, mode] = operands;
  const m = mode === undefined ? undefined : mode.word.startsWith('A') ? 'AUTOMATIC' : mode.word.startsWith('M') ? 'MANUAL' : 'BAD';
  if (!pref || !/^[0-9]$/.test(pref.word) || !cap || !/^[0-9A-F]{2}:[0-9A-F]{2}:[0-9A-F]{2}$/.test(cap.word) || m === 'BAD' || operands.length > 3) {
    return refused('SIM1202E', text, (m === 'BAD' ? mode : cap ?? pref)?.col ?? 1);
  }
  const db = ctx.cds.db;
  const capId = cap.word;
  const acs = capId.slice(0, 2);
  if (db.prepare('SELECT 1 FROM lsm WHERE lsm_id = ? AND acs_id = ?').get(capId.slice(0, 5), acs) === undefined) return refused('SIM0797E', 'CAP', capId);
  const previous = (db.prepare('SELECT mode FROM cap_mode WHERE cap_id = ?').pluck().get(capId) as string | undefined) ?? 'MANUAL';
  const newMode = m ?? previous;
  if (newMode === 'AUTOMATIC') {
    const dr = readDrtestState(db);
    if (dr.isTestCds()) return refused('SIM1208E', capId);
    if (dr.state === 'ACTIVE' && dr.isDrAcs(acs)) return refused('SIM1206E', capId, acs);
  }
  ctx.cds.immediate(() =>
    db
      .prepare('INSERT INTO cap_mode (cap_id, acs, mode, changed) VALUES (?, ?, ?, ?) ON CONFLICT(cap_id) DO UPDATE SET mode = excluded.mode, changed = excluded.changed')
      .run(capId, acs, newMode, cdsTime(ctx.now)),
  );
  return done('CAP', capId, newMode, { previous });
}

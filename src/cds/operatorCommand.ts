/**
 * The two operator commands CDRT depends on, applied to the CDS state they change (migration 2):
 *   VARY VTSS name ONLINE|QUIESCED|OFFLINE      (also `V VTSS name …`, `VARY name …`)
 *   CAPPREF prefvalue cap-id [AUTO|MANUAL]      (cap-id AA:LL:CC; prefvalue 0-9 is accepted, not kept)
 * Returns the SIM message (id and inserts) that answers the command; the caller prints it.
 */
import type { Cds } from './Cds.js';
import { cdsTime } from './cdsTime.js';

export type OperatorAnswer = { ok: true; message: ['SIM0795I', string, string, string] } | { ok: false; message: ['SIM0796E', string] | ['SIM0797E', string, string] };

export function applyOperatorCommand(cds: Cds, command: string, now: Date): OperatorAnswer {
  const words = command.trim().toUpperCase().split(/[\s,]+/).filter(Boolean);
  const db = cds.db;
  const at = cdsTime(now);
  const verb = words[0];
  if (verb === 'V' || verb === 'VARY') {
    const rest = words[1] === 'VTSS' ? words.slice(2) : words.slice(1);
    const [name, state] = rest;
    const st = state === 'ON' ? 'ONLINE' : state === 'OFF' ? 'OFFLINE' : state === 'Q' ? 'QUIESCED' : state;
    if (!name || !st || !['ONLINE', 'QUIESCED', 'OFFLINE'].includes(st) || rest.length !== 2) return { ok: false, message: ['SIM0796E', command.trim()] };
    if (db.prepare('SELECT 1 FROM cfg_vtss WHERE name = ?').get(name) === undefined) return { ok: false, message: ['SIM0797E', 'VTSS', name] };
    cds.immediate(() =>
      db
        .prepare('INSERT INTO vtss_status (vtss, state, changed) VALUES (?, ?, ?) ON CONFLICT(vtss) DO UPDATE SET state = excluded.state, changed = excluded.changed')
        .run(name, st, at),
    );
    return { ok: true, message: ['SIM0795I', 'VTSS', name, st] };
  }
  if (verb === 'CAPPREF' || verb === 'CAPP') {
    const [, pref, cap, mode] = words;
    const m = mode === undefined ? undefined : mode.startsWith('A') ? 'AUTOMATIC' : mode.startsWith('M') ? 'MANUAL' : 'BAD';
    if (!pref || !/^[0-9]$/.test(pref) || !cap || !/^[0-9A-F]{2}:[0-9A-F]{2}:[0-9A-F]{2}$/.test(cap) || m === 'BAD' || words.length > 4) {
      return { ok: false, message: ['SIM0796E', command.trim()] };
    }
    const acs = cap.slice(0, 2);
    if (db.prepare('SELECT 1 FROM lsm WHERE lsm_id = ? AND acs_id = ?').get(cap.slice(0, 5), acs) === undefined) {
      return { ok: false, message: ['SIM0797E', 'CAP', cap] };
    }
    const newMode = m ?? ((db.prepare('SELECT mode FROM cap_mode WHERE cap_id = ?').pluck().get(cap) as string | undefined) ?? 'MANUAL');
    cds.immediate(() =>
      db
        .prepare('INSERT INTO cap_mode (cap_id, acs, mode, changed) VALUES (?, ?, ?, ?) ON CONFLICT(cap_id) DO UPDATE SET mode = excluded.mode, changed = excluded.changed')
        .run(cap, acs, newMode, at),
    );
    return { ok: true, message: ['SIM0795I', 'CAP', cap, newMode] };
  }
  return { ok: false, message: ['SIM0796E', command.trim()] };
}

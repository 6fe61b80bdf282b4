/**
 * Displays of the VTSSs and their devices:
 *   Display VTSS [name]       one line per VTSS: state, buffer capacity and use (the simulated
 *                             hardware's buffer), DBU %, HIGH/LOW thresholds, resident VTVs,
 *                             MAXMIG/MINMIG, VTDs and RTDs
 *   Display VTD [VTSS(name)]  the VTD ranges of each VTSS, how many, their state (the VTSS's) and
 *                             the VTVs mounted on them now
 *   Display RTD [VTSS(name)]  the RTDs and RTD paths of each VTSS: device number, interface or
 *                             storage manager (VLE), state
 * The real layouts (ELS "Display VTSS", "Display VTD", "VT Display RTD") could not be read; these
 * columns are elsim's, from the fields the CONFIG deck and the hardware hold.
 */
import { readVtssStates } from '../cds/vtssStatus.js';
import { sim } from '../core/simMessages.js';
import { formatRow, type Column } from '../utilities/reportColumns.js';
import type { CommandWord } from './parseCommand.js';
import { refused } from './stateCommands.js';
import type { ConsoleContext, ConsoleResponse } from './types.js';

const heading = (cols: Column[]): string => formatRow(cols, cols.map((c) => c.head[0]));

/** The VTSS a display is limited to: `name`, `VTSS(name)` or `NAME(name)`; '' when none; a response when bad. */
export function vtssOperand(ctx: ConsoleContext, operands: CommandWord[], text: string): string | ConsoleResponse {
  if (operands.length === 0) return '';
  const w = operands[0]!;
  let name: string | undefined;
  if (operands.length === 1 && !w.values) name = w.word;
  else if (operands.length === 1 && (w.word === 'VTSS' || w.word === 'NAME') && w.values?.length === 1) name = w.values[0];
  if (name === undefined) return refused('SIM1202E', text, w.col);
  if (!readVtssStates(ctx.cds.db).some((v) => v.vtss === name)) return refused('SIM0797E', 'VTSS', name);
  return name;
}

const VTSS_COLUMNS: Column[] = [
  { head: ['VTSS'], width: 8 },
  { head: ['STATE'], width: 8 },
  { head: ['CAPACITY(MB)'], width: 12, right: true },
  { head: ['USED(MB)'], width: 10, right: true },
  { head: ['DBU%'], width: 5, right: true },
  { head: ['HIGH'], width: 4, right: true },
  { head: ['LOW'], width: 3, right: true },
  { head: ['VTVS'], width: 7, right: true },
  { head: ['MAXMIG'], width: 6, right: true },
  { head: ['MINMIG'], width: 6, right: true },
  { head: ['VTDS'], width: 5, right: true },
  { head: ['RTDS'], width: 4, right: true },
];

export function displayVtss(ctx: ConsoleContext, operands: CommandWord[], text: string): ConsoleResponse {
  const only = vtssOperand(ctx, operands, text);
  if (typeof only !== 'string') return only;
  const db = ctx.cds.db;
  const cfg = db.prepare('SELECT name, low, high, maxmig, minmig FROM cfg_vtss').all() as { name: string; low: number | null; high: number | null; maxmig: number | null; minmig: number | null }[];
  const byName = new Map(cfg.map((c) => [c.name, c]));
  const vtds = new Map<string, number>();
  for (const r of db.prepare('SELECT vtss, low, high FROM cfg_vtd').all() as { vtss: string; low: string; high: string }[]) {
    vtds.set(r.vtss, (vtds.get(r.vtss) ?? 0) + parseInt(r.high, 16) - parseInt(r.low, 16) + 1);
  }
  const rtds = new Map(
    (db.prepare('SELECT vtss, count(*) AS n FROM (SELECT vtss FROM cfg_rtd UNION ALL SELECT vtss FROM cfg_rtdpath) GROUP BY vtss').all() as { vtss: string; n: number }[]).map((r) => [r.vtss, r.n]),
  );
  const rows = readVtssStates(db)
    .filter((s) => only === '' || s.vtss === only)
    .map((s) => {
      const c = byName.get(s.vtss)!;
      const u = ctx.hardware.bufferUsage(s.vtss);
      return {
        vtss: s.vtss,
        state: s.state,
        capacityMb: u.capacityMb,
        usedMb: u.usedMb,
        dbuPct: u.capacityMb > 0 ? Math.round((u.usedMb * 1000) / u.capacityMb) / 10 : 0,
        high: c.high,
        low: c.low,
        vtvs: u.vtvs,
        maxmig: c.maxmig,
        minmig: c.minmig,
        vtds: vtds.get(s.vtss) ?? 0,
        rtds: rtds.get(s.vtss) ?? 0,
      };
    });
  const lines = [sim.line('SIM1210I', rows.length), heading(VTSS_COLUMNS)];
  for (const r of rows) lines.push(formatRow(VTSS_COLUMNS, [r.vtss, r.state, r.capacityMb, r.usedMb, r.dbuPct.toFixed(1), r.high, r.low, r.vtvs, r.maxmig, r.minmig, r.vtds, r.rtds]));
  return { rc: 0, lines, data: { vtss: rows } };
}

const VTD_COLUMNS: Column[] = [
  { head: ['VTSS'], width: 8 },
  { head: ['VTDS'], width: 9 },
  { head: ['COUNT'], width: 5, right: true },
  { head: ['STATE'], width: 8 },
  { head: ['MOUNTED'], width: 7, right: true },
];

export function displayVtds(ctx: ConsoleContext, operands: CommandWord[], text: string): ConsoleResponse {
  const only = vtssOperand(ctx, operands, text);
  if (typeof only !== 'string') return only;
  const db = ctx.cds.db;
  const states = new Map(readVtssStates(db).map((s) => [s.vtss, s.state]));
  const ranges = db
    .prepare('SELECT d.vtss, d.low, d.high, d.noverify FROM cfg_vtd d JOIN cfg_vtss v ON v.name = d.vtss ORDER BY v.seq, d.seq, d.vtd_id')
    .all() as { vtss: string; low: string; high: string; noverify: number }[];
  const mounts = ctx.hardware.mounts();
  const rows = ranges
    .filter((r) => only === '' || r.vtss === only)
    .map((r) => {
      const lo = parseInt(r.low, 16);
      const hi = parseInt(r.high, 16);
      const here = mounts.filter((m) => m.vtss === r.vtss && parseInt(m.vtd, 16) >= lo && parseInt(m.vtd, 16) <= hi);
      return { vtss: r.vtss, low: r.low, high: r.high, count: hi - lo + 1, state: states.get(r.vtss) ?? 'ONLINE', noverify: r.noverify === 1, mounted: here };
    });
  const lines = [sim.line('SIM1211I', rows.reduce((n, r) => n + r.count, 0)), heading(VTD_COLUMNS)];
  for (const r of rows) {
    lines.push(formatRow(VTD_COLUMNS, [r.vtss, `${r.low}-${r.high}`, r.count, r.state, r.mounted.length]));
    for (const m of r.mounted) lines.push(`         ${m.vtd} ${m.vtv} MOUNTED SINCE ${m.since.slice(0, 10)} ${m.since.slice(11, 19)} BY ${m.job}`);
  }
  return { rc: 0, lines, data: { vtds: rows } };
}

const RTD_COLUMNS: Column[] = [
  { head: ['VTSS'], width: 8 },
  { head: ['RTD'], width: 8 },
  { head: ['DEVNO'], width: 5 },
  { head: ['INTERFACE'], width: 9 },
  { head: ['STORMNGR'], width: 8 },
  { head: ['STATE'], width: 8 },
];

export function displayRtds(ctx: ConsoleContext, operands: CommandWord[], text: string): ConsoleResponse {
  const only = vtssOperand(ctx, operands, text);
  if (typeof only !== 'string') return only;
  const db = ctx.cds.db;
  const states = new Map(readVtssStates(db).map((s) => [s.vtss, s.state]));
  const rtds = db
    .prepare(
      `SELECT r.vtss, r.name, r.devno, coalesce(r.chanif, r.ipif) AS interface, r.stormngr, 'RTD' AS kind, v.seq AS vseq, r.seq AS rseq
         FROM cfg_rtd r JOIN cfg_vtss v ON v.name = r.vtss
       UNION ALL
       SELECT p.vtss, p.name, p.devno, coalesce(p.chanif, p.ipif), p.stormngr, 'RTDPATH', v.seq, p.seq
         FROM cfg_rtdpath p JOIN cfg_vtss v ON v.name = p.vtss
       ORDER BY 7, 8`,
    )
    .all() as { vtss: string; name: string; devno: string | null; interface: string | null; stormngr: string | null; kind: string }[];
  const rows = rtds
    .filter((r) => only === '' || r.vtss === only)
    .map((r) => ({ vtss: r.vtss, rtd: r.name, kind: r.kind, devno: r.devno, interface: r.interface, stormngr: r.stormngr, state: states.get(r.vtss) === 'OFFLINE' ? 'OFFLINE' : 'ONLINE' }));
  const lines = [sim.line('SIM1212I', rows.length), heading(RTD_COLUMNS)];
  for (const r of rows) lines.push(formatRow(RTD_COLUMNS, [r.vtss, r.rtd, r.devno, r.interface, r.stormngr, r.state]));
  return { rc: 0, lines, data: { rtds: rows } };
}

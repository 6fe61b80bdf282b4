/**
 * Displays of single volumes and of the scratch pools:
 *   Display MVC volser     MVCRPT's summary line for that MVC, and where the cartridge (or VMVC)
 *                          physically is and how many copies are written on it
 *   Display VTV volser     VTVRPT's BASIC line, then a COPIES line for each copy (resident VTSS,
 *                          replica, MVC copies, copies held by other TapePlexes), its owner and
 *                          whether it is read-only or mounted
 *   Display SCRatch [SUBpool(name)]
 *                          per scratch subpool: volsers in its ranges, VTVs scratch (a volser of
 *                          the range with no VTV record is counted as scratch: it was never used)
 * The MVC and VTV lines are the report layouts of MVCRPT and VTVRPT, so a display and a report
 * read alike.
 */
import { rangeCondition, rangeCount, type CanonicalRange } from '../cds/volserRange.js';
import { sim } from '../core/simMessages.js';
import { MVC_COLUMNS, headingLines as mvcHeadings, mvcSqlColumns, mvcTupleLine, type MvcTuple } from '../utilities/mvcReport.js';
import { formatRow, type Column } from '../utilities/reportColumns.js';
import { BASIC_COLUMNS, BASIC_SELECT, basicLine, COPIES_COLUMNS, copyLine, headingLines, type BasicRow, type CopyLine } from '../utilities/vtvReport.js';
import type { CommandWord } from './parseCommand.js';
import { refused } from './stateCommands.js';
import type { ConsoleContext, ConsoleResponse } from './types.js';

const VOLSER = /^[A-Z0-9#@$]{1,6}$/;

function oneVolser(operands: CommandWord[], text: string): string | ConsoleResponse {
  const w = operands[0];
  const v = operands.length === 1 ? (w!.values?.length === 1 && (w!.word === 'VOLSER' || w!.word === 'VOL') ? w!.values[0] : !w!.values ? w!.word : undefined) : undefined;
  if (v === undefined || !VOLSER.test(v)) return refused('SIM1202E', text, w?.col ?? text.length + 1);
  return v;
}

export function displayMvc(ctx: ConsoleContext, operands: CommandWord[], text: string): ConsoleResponse {
  const volser = oneVolser(operands, text);
  if (typeof volser !== 'string') return volser;
  const db = ctx.cds.db;
  const t = db
    .prepare(`SELECT ${mvcSqlColumns('(SELECT count(DISTINCT c.vtv) FROM vtv_copy c WHERE c.mvc = m.volser AND c.current = 1)')} FROM mvc m WHERE m.volser = ?`)
    .raw(true)
    .get(volser) as MvcTuple | undefined;
  if (!t) return refused('SIM0797E', 'MVC', volser);
  const physical = ctx.hardware.mvc(volser);
  const written = ctx.hardware.mvcContents(volser).length;
  const where = physical === undefined ? 'NOT IN THIS SYSTEM' : physical.stormngr !== null ? `VMVC IN ${physical.stormngr}` : `IN ACS ${physical.acs ?? '??'}`;
  const lines = [sim.line('SIM1216I', volser), ...mvcHeadings(MVC_COLUMNS), mvcTupleLine(t), sim.line('SIM1217I', where, written)];
  return {
    rc: 0,
    lines,
    data: { mvc: { volser, vtvs: t[1], usedMb: t[2], capacityMb: t[3], pool: t[11], storClass: t[10], readOnly: t[13] === 1, exported: t[21] === 1, location: t[23], physical: where, copiesWritten: written } },
  };
}

export function displayVtv(ctx: ConsoleContext, operands: CommandWord[], text: string): ConsoleResponse {
  const volser = oneVolser(operands, text);
  if (typeof volser !== 'string') return volser;
  const db = ctx.cds.db;
  const r = db.prepare(`SELECT ${BASIC_SELECT} FROM vtv v WHERE v.volser = ?`).raw(true).get(volser) as BasicRow | undefined;
  if (!r) return refused('SIM0797E', 'VTV', volser);
  const v = db.prepare('SELECT owner_plex, read_only, mounted, replicated, replica_vtss, updated, size_mb, mgmt_class, resident, resident_vtss FROM vtv WHERE volser = ?').get(volser) as {
    owner_plex: string | null;
    read_only: number;
    mounted: number;
    replicated: number;
    replica_vtss: string | null;
    updated: string | null;
    size_mb: number;
    mgmt_class: string | null;
    resident: number;
    resident_vtss: string | null;
  };
  const copies: CopyLine[] = [];
  const base = { volser, sizeMb: v.size_mb, mgmtClass: v.mgmt_class };
  if (v.resident) copies.push({ ...base, copy: 'RES', type: 'VTSS', location: v.resident_vtss ?? '', time: v.updated, status: 'RESIDENT' });
  if (v.replicated && v.replica_vtss) copies.push({ ...base, copy: 'REPL', type: 'VTSS', location: v.replica_vtss, time: v.updated, status: 'REPLICA' });
  const mvcCopies = db
    .prepare(
      `SELECT c.copy_index, c.mvc, c.block_id, c.stor_class, c.current, c.migrated, coalesce(m.stormngr, 'ACS ' || m.acs) AS loc, m.stormngr IS NOT NULL AS vle, m.drtest
         FROM vtv_copy c LEFT JOIN mvc m ON m.volser = c.mvc WHERE c.vtv = ? ORDER BY c.current DESC, c.copy_index, c.mvc, c.block_id`,
    )
    .all(volser) as { copy_index: number | null; mvc: string; block_id: string; stor_class: string | null; current: number; migrated: string | null; loc: string | null; vle: number; drtest: number | null }[];
  for (const c of mvcCopies) {
    copies.push({
      ...base,
      copy: c.current ? String(c.copy_index) : '-',
      type: c.vle ? 'VMVC' : 'MVC',
      location: c.mvc,
      blockId: c.block_id,
      storClass: c.stor_class,
      where: c.loc,
      drt: c.drtest === 1,
      time: c.migrated,
      status: c.current ? 'CURRENT' : 'SUPERSEDED',
    });
  }
  const plex = db.prepare('SELECT tapeplex, status, updated FROM vtv_plex_copy WHERE vtv = ? ORDER BY tapeplex').all(volser) as { tapeplex: string; status: string; updated: string | null }[];
  for (const p of plex) copies.push({ ...base, copy: '', type: 'PLEX', location: p.tapeplex, time: p.updated, status: p.status });
  const mount = ctx.hardware.mounts().find((m) => m.vtv === volser);
  const owner = v.owner_plex ?? 'THIS TAPEPLEX';
  const lines = [
    sim.line('SIM1218I', volser),
    ...headingLines(BASIC_COLUMNS),
    basicLine(r).text,
    ...(copies.length > 0 ? [...headingLines(COPIES_COLUMNS), ...copies.map(copyLine)] : []),
    sim.line('SIM1219I', owner, v.read_only ? 'READ-ONLY' : 'WRITABLE', mount ? `MOUNTED ON ${mount.vtd} OF ${mount.vtss}` : 'NOT MOUNTED'),
  ];
  return {
    rc: 0,
    lines,
    data: {
      vtv: {
        volser,
        scratch: r[8] === 1,
        sizeMb: v.size_mb,
        mgmtClass: v.mgmt_class,
        owner: v.owner_plex,
        readOnly: v.read_only === 1,
        mounted: mount ? { vtss: mount.vtss, vtd: mount.vtd } : null,
        copies: copies.map((c) => ({ copy: c.copy, type: c.type, location: c.location, status: c.status, storClass: c.storClass ?? null })),
      },
    },
  };
}

const SCRATCH_COLUMNS: Column[] = [
  { head: ['SUBPOOL'], width: 13 },
  { head: ['DRTEST'], width: 6 },
  { head: ['MEDIA'], width: 8 },
  { head: ['VOLSERS'], width: 8, right: true },
  { head: ['SCRATCH'], width: 8, right: true },
  { head: ['IN USE'], width: 8, right: true },
];

export function displayScratch(ctx: ConsoleContext, operands: CommandWord[], text: string): ConsoleResponse {
  let only: string | undefined;
  for (const w of operands) {
    if (w.word.startsWith('SUB') && 'SUBPOOL'.startsWith(w.word) && w.values?.length === 1) only = w.values[0];
    else if (!w.values && ['VIRTUAL', 'VSM'].includes(w.word)) continue;
    else return refused('SIM1202E', text, w.col);
  }
  const db = ctx.cds.db;
  const pools = db
    .prepare(
      `SELECT p.pool_id, p.name, p.drtest, vp.media, vp.prefix, vp.lo, vp.hi, vp.width, vp.suffix
         FROM pool p JOIN volparm vp ON vp.pool_id = p.pool_id
        WHERE p.type = 'SCRATCH' ORDER BY p.seq, p.drtest, vp.seq`,
    )
    .all() as { pool_id: number; name: string; drtest: number; media: string | null; prefix: string; lo: number; hi: number; width: number; suffix: string }[];
  if (only !== undefined && !pools.some((p) => p.name === only)) return refused('SIM0797E', 'SUBPOOL', only);
  const rows = new Map<number, { subpool: string; drtest: boolean; media: string; volsers: number; scratch: number; inUse: number }>();
  for (const p of pools) {
    if (only !== undefined && p.name !== only) continue;
    const range: CanonicalRange = { prefix: p.prefix, lo: p.lo, hi: p.hi, width: p.width, suffix: p.suffix };
    const cond = rangeCondition('volser', range);
    const c = db.prepare(`SELECT count(*) AS n, coalesce(sum(scratch), 0) AS s FROM vtv WHERE ${cond.sql}`).get(...cond.params) as { n: number; s: number };
    const size = rangeCount(range);
    const row = rows.get(p.pool_id) ?? { subpool: p.name, drtest: p.drtest === 1, media: p.media ?? 'VIRTUAL', volsers: 0, scratch: 0, inUse: 0 };
    row.volsers += size;
    row.scratch += size - c.n + c.s;
    row.inUse += c.n - c.s;
    rows.set(p.pool_id, row);
  }
  const list = [...rows.values()];
  const lines = [sim.line('SIM1221I', list.reduce((n, r) => n + r.scratch, 0)), formatRow(SCRATCH_COLUMNS, SCRATCH_COLUMNS.map((c) => c.head[0]))];
  for (const r of list) lines.push(formatRow(SCRATCH_COLUMNS, [r.subpool, r.drtest ? 'YES' : '', r.media, r.volsers, r.scratch, r.inUse]));
  return { rc: 0, lines, data: { subpools: list } };
}


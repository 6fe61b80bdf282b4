/**
 * VTVRPT: a read-only report over the VTV records, streamed in volser order from one query (the
 * VTV primary key; each VTV's copies through the copy indexes), never loading the table.
 * BASIC gives a line per VTV, COPIES a line per copy. OPTION(UNAVAIL) keeps the VTVs whose data
 * cannot be read (not scratch, not resident, no current copy on a usable MVC), SUPEMPTY leaves
 * out empty VTVs. Totals follow; condition code 4 when nothing is selected or a volser named
 * is not in the CDS.
 */
import { sim } from '../../core/simMessages.js';
import { canonicalOf, rangesCondition, volserAt, type CanonicalRange } from '../../cds/volserRange.js';
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { flag, text, volRanges } from '../paramValues.js';
import { BASIC_COLUMNS, BASIC_SELECT, basicLine, COPIES_COLUMNS, copyLine, headingLines, STATUS_LEGEND, type BasicRow, type CopyLine } from '../vtvReport.js';
import { vtvrptSchema } from './schema.js';

/** A VTV whose data cannot be read: not scratch, not resident, no current copy on a usable MVC. */
export const UNAVAILABLE = `(v.scratch = 0 AND v.resident = 0 AND v.size_mb > 0 AND NOT EXISTS (
  SELECT 1 FROM vtv_copy uc JOIN mvc um ON um.volser = uc.mvc
   WHERE uc.vtv = v.volser AND uc.current = 1 AND um.lost = 0 AND um.error = 0 AND um.broken = 0 AND um.ejected = 0
     AND (um.location = 'LIBRARY' OR um.stormngr IS NOT NULL)))`;

export interface VtvSelection {
  where: string;
  params: string[];
}

/** The WHERE clause of a VTVRPT statement. */
export function vtvSelection(stmt: ValidatedStatement): { selection: VtvSelection; ranges: CanonicalRange[] } {
  const v = stmt.values;
  const ranges = volRanges(v, 'VTVID')
    .map(canonicalOf)
    .filter((r): r is CanonicalRange => !('error' in r));
  const parts: string[] = [];
  const params: string[] = [];
  if (!flag(v, 'ALL')) {
    const c = rangesCondition('v.volser', ranges);
    parts.push(c.sql);
    params.push(...c.params);
  }
  if (text(v, 'OPTION') === 'UNAVAIL') parts.push(UNAVAILABLE);
  if (flag(v, 'SUPEMPTY')) parts.push('v.size_mb > 0');
  return { selection: { where: parts.length ? parts.join(' AND ') : '1', params }, ranges };
}

export function runVtvrpt(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const cds = ctx.cds;
  const db = cds.db;
  const report = ctx.report;
  const { selection, ranges } = vtvSelection(stmt);
  const copies = flag(stmt.values, 'COPIES');
  let rc = 0;

  // Single volsers named that the CDS does not hold (ranges are not checked volser by volser).
  const singles = ranges.filter((r) => r.lo === r.hi).map((r) => volserAt(r, r.lo));
  const missing: string[] = [];
  if (singles.length > 0) {
    const found = new Set(db.prepare(`SELECT volser FROM vtv WHERE volser IN (${singles.map(() => '?').join(',')})`).pluck().all(...singles) as string[]);
    for (const s of singles) if (!found.has(s)) missing.push(s);
  }

  const totals = copies ? streamCopies(ctx, selection) : streamBasic(ctx, selection);
  report.line();
  for (const m of missing) report.line(sim.line('SIM0461W', 'VTV', m));
  if (missing.length > 0) rc = 4;
  for (const l of totals.lines) report.line(l);
  if (totals.count === 0) {
    report.line(sim.line('SIM0460W', 'VTV'));
    rc = 4;
  }
  return { rc };
}

interface Totals {
  count: number;
  lines: string[];
}

/**
 * On a terminal, how far a long report is (Io.progress): the VTVs selected are counted first
 * (one indexed count) and the report says every 10,000 VTVs how many it has listed.
 */
function reportProgress(ctx: UtilityContext, sel: VtvSelection): (count: number, last?: boolean) => void {
  const progress = ctx.step.io.progress;
  if (progress === undefined) return () => undefined;
  const total = ctx.cds.db.prepare(`SELECT count(*) FROM vtv v WHERE ${sel.where}`).pluck().get(...sel.params) as number;
  return (count, last) => {
    if (last || count % 10_000 === 0) progress('VTVRPT', last ? total : count, total);
  };
}

function streamBasic(ctx: UtilityContext, sel: VtvSelection): Totals {
  const db = ctx.cds.db;
  const told = reportProgress(ctx, sel);
  ctx.report.headings(headingLines(BASIC_COLUMNS));
  const rows = db
    .prepare(`SELECT ${BASIC_SELECT} FROM vtv v WHERE ${sel.where} ORDER BY v.volser`)
    .raw(true)
    .iterate(...sel.params) as IterableIterator<BasicRow>;
  const t = { count: 0, resident: 0, migrated: 0, duplexed: 0, scratch: 0, unavail: 0, mb: 0 };
  for (const r of rows) {
    const l = basicLine(r);
    ctx.report.line(l.text);
    t.count++;
    t.mb += r[1];
    if (l.scratch) t.scratch++;
    if (l.resident) t.resident++;
    if (l.migrated) t.migrated++;
    if (l.duplexed) t.duplexed++;
    if (l.unavailable) t.unavail++;
    told(t.count);
  }
  told(t.count, true);
  return {
    count: t.count,
    lines: [
      `TOTAL VTVS ${t.count}   RESIDENT ${t.resident}   MIGRATED ${t.migrated}   DUPLEXED ${t.duplexed}   SCRATCH ${t.scratch}   UNAVAILABLE ${t.unavail}   TOTAL SIZE ${t.mb} MB`,
      '',
      ...STATUS_LEGEND,
    ],
  };
}

/** A VTV-and-copy row of the COPIES query (raw array, fields in this order). */
type CopyRow = [
  volser: string,
  resident: number,
  residentVtss: string | null,
  replicaVtss: string | null,
  scratch: number,
  updated: string | null,
  sizeMb: number,
  mgmtClass: string | null,
  copyIndex: number | null,
  mvc: string | null,
  blockId: string | null,
  storClass: string | null,
  current: number | null,
  migrated: string | null,
  where: string | null,
  vle: number | null,
  drt: number | null,
  plex: string | null,
];

function streamCopies(ctx: UtilityContext, sel: VtvSelection): Totals {
  const db = ctx.cds.db;
  const told = reportProgress(ctx, sel);
  ctx.report.headings(headingLines(COPIES_COLUMNS));
  const rows = db
    .prepare(
      `SELECT v.volser, v.resident, v.resident_vtss, CASE WHEN v.replicated THEN v.replica_vtss END, v.scratch, v.updated,
              v.size_mb, v.mgmt_class, c.copy_index, c.mvc, c.block_id, c.stor_class, c.current, c.migrated,
              coalesce(m.stormngr, 'ACS ' || m.acs), m.stormngr IS NOT NULL, m.drtest,
              (SELECT group_concat(p.tapeplex || ' ' || p.status || ' ' || coalesce(p.updated, ''), ',') FROM vtv_plex_copy p WHERE p.vtv = v.volser)
         FROM vtv v LEFT JOIN vtv_copy c ON c.vtv = v.volser LEFT JOIN mvc m ON m.volser = c.mvc
        WHERE ${sel.where}
        ORDER BY v.volser, c.current DESC, c.copy_index, c.mvc, c.block_id`,
    )
    .raw(true)
    .iterate(...sel.params) as IterableIterator<CopyRow>;
  const t = { count: 0, resident: 0, mvc: 0, vmvc: 0, superseded: 0, plex: 0 };
  const line = (r: CopyRow, c: Omit<CopyLine, 'volser' | 'sizeMb' | 'mgmtClass'>): void =>
    ctx.report.line(copyLine({ volser: r[0], sizeMb: r[6], mgmtClass: r[7], ...c }));
  /** The lines after a VTV's MVC copies: its copies in other TapePlexes, or a line saying it has none. */
  const finish = (r: CopyRow, hadCopy: boolean): void => {
    const plex = (r[17] ?? '').split(',').filter(Boolean).sort();
    for (const p of plex) {
      const [tapeplex, status, updated] = p.split(' ');
      line(r, { copy: '', type: 'PLEX', location: tapeplex!, time: updated || null, status: status! });
      t.plex++;
    }
    if (!hadCopy && plex.length === 0 && !r[1]) line(r, { copy: '', type: '', location: '', status: r[4] ? 'SCRATCH' : 'NO COPY' });
  };
  let last: CopyRow | undefined;
  let hadCopy = false;
  for (const r of rows) {
    if (!last || last[0] !== r[0]) {
      if (last) finish(last, hadCopy);
      last = r;
      hadCopy = false;
      t.count++;
      told(t.count);
      if (r[1]) {
        line(r, { copy: 'RES', type: 'VTSS', location: r[2] ?? '', time: r[5], status: 'RESIDENT' });
        t.resident++;
      }
      if (r[3] !== null) line(r, { copy: 'REPL', type: 'VTSS', location: r[3], time: r[5], status: 'REPLICA' });
    }
    if (r[9] === null) continue;
    hadCopy = true;
    const vle = r[15] === 1;
    line(r, {
      copy: r[12] ? String(r[8]) : '-',
      type: vle ? 'VMVC' : 'MVC',
      location: r[9],
      blockId: r[10],
      storClass: r[11],
      where: r[14],
      drt: r[16] === 1,
      time: r[13],
      status: r[12] ? 'CURRENT' : 'SUPERSEDED',
    });
    if (!r[12]) t.superseded++;
    else if (vle) t.vmvc++;
    else t.mvc++;
  }
  if (last) finish(last, hadCopy);
  told(t.count, true);
  return {
    count: t.count,
    lines: [
      `TOTAL VTVS ${t.count}   RESIDENT COPIES ${t.resident}   MVC COPIES ${t.mvc}   VLE COPIES ${t.vmvc}   SUPERSEDED ${t.superseded}   IN OTHER TAPEPLEXES ${t.plex}`,
      '',
      'COPY: RES RESIDENT IN THE VTSS  REPL REPLICA IN THE CLUSTER PARTNER  1-4 CURRENT MVC COPY  - SUPERSEDED COPY',
      'DRT:  D COPY ON A DR TEST MVC',
    ],
  };
}

/** VTVRPT for the SLUADMIN registry: its parameters as data and its run. */
export const vtvrptUtility: CdsUtility = { schema: vtvrptSchema, run: runVtvrpt };

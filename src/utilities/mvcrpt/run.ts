/**
 * MVCRPT: a read-only report over the MVC records in volser order, read a page of MVCs at a time
 * (keyset paging on the primary key) with each MVC's VTV count from the copy index; DETAIL lists
 * the copies on each MVC. Totals by pool are summed from the rows listed. Condition code 4 when
 * nothing is selected or an MVC named is not in the CDS; 8 for an MVCPOOL that is not an MVC pool.
 */
import { sim } from '../../core/simMessages.js';
import { canonicalOf, rangesCondition, volserAt, type CanonicalRange } from '../../cds/volserRange.js';
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { flag, text, volRanges } from '../paramValues.js';
import { detailHeading, detailLine, headingLines, MVC_COLUMNS, MVC_LEGEND, mvcSqlColumns, mvcTupleLine, type DetailRow, type MvcTuple } from '../mvcReport.js';
import { mvcrptSchema } from './schema.js';

const PAGE = 2000;

export function runMvcrpt(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const cds = ctx.cds;
  const db = cds.db;
  const report = ctx.report;
  const v = stmt.values;
  const detail = flag(v, 'DETAIL');
  let rc = 0;

  const where: string[] = [];
  const params: string[] = [];
  const ranges = volRanges(v, 'MVCID')
    .map(canonicalOf)
    .filter((r): r is CanonicalRange => !('error' in r));
  const pool = text(v, 'MVCPOOL');
  if (pool !== undefined) {
    const known = db.prepare("SELECT 1 FROM pool WHERE name = ? AND type = 'MVC'").get(pool);
    if (!known) {
      report.message('SIM0462E', pool);
      return { rc: 8 };
    }
    where.push('m.pool = ?');
    params.push(pool);
  } else if (!flag(v, 'ALL')) {
    const c = rangesCondition('m.volser', ranges);
    where.push(c.sql);
    params.push(...c.params);
  }
  const sel = where.length ? where.join(' AND ') : '1';

  // One raw row per MVC with its VTV count from the copy index (vtv_copy_mvc covers it); the pool
  // totals are summed from the same rows as they are listed, not by a second pass over the copies.
  const page = db
    .prepare(
      `SELECT ${mvcSqlColumns('(SELECT count(*) FROM vtv_copy c WHERE c.mvc = m.volser AND c.current = 1)')}
         FROM mvc m WHERE ${sel} AND m.volser > ? ORDER BY m.volser LIMIT ${PAGE}`,
    )
    .raw(true);
  const copies = db
    .prepare(
      `SELECT c.vtv, c.block_id, c.copy_index, c.current, c.stor_class, c.migrated, v.size_mb, v.created, v.mgmt_class
         FROM vtv_copy c JOIN vtv v ON v.volser = c.vtv WHERE c.mvc = ? ORDER BY c.block_id, c.vtv`,
    )
    .raw(true);
  const totals = new Map<string | null, PoolTotal>();
  report.headings(headingLines(MVC_COLUMNS));
  let after = '';
  let count = 0;
  for (;;) {
    const rows = page.all(...params, after) as MvcTuple[];
    for (const r of rows) {
      report.line(mvcTupleLine(r));
      addToTotal(totals, r);
      count++;
      if (detail) {
        const list = copies.all(r[0]) as DetailRow[];
        if (list.length > 0) {
          report.line(detailHeading());
          for (const d of list) report.line(detailLine(d));
        }
        report.line();
      }
    }
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]![0];
  }

  report.line();
  const singles = ranges.filter((r) => r.lo === r.hi).map((r) => volserAt(r, r.lo));
  if (singles.length > 0) {
    const found = new Set(db.prepare(`SELECT volser FROM mvc WHERE volser IN (${singles.map(() => '?').join(',')})`).pluck().all(...singles) as string[]);
    for (const s of singles) {
      if (found.has(s)) continue;
      report.line(sim.line('SIM0461W', 'MVC', s));
      rc = 4;
    }
  }
  if (count === 0) {
    report.line(sim.line('SIM0460W', 'MVC'));
    return { rc: 4 };
  }
  for (const l of totalLines(totals)) report.line(l);
  return { rc };
}

interface PoolTotal {
  pool: string | null;
  mvcs: number;
  free: number;
  vtvs: number;
  used: number;
  capacity: number;
  readonly: number;
  unusable: number;
  outside: number;
}

function addToTotal(totals: Map<string | null, PoolTotal>, r: MvcTuple): void {
  const pool = r[11];
  let t = totals.get(pool);
  if (t === undefined) {
    t = { pool, mvcs: 0, free: 0, vtvs: 0, used: 0, capacity: 0, readonly: 0, unusable: 0, outside: 0 };
    totals.set(pool, t);
  }
  t.mvcs++;
  if (r[1] === 0) t.free++;
  t.vtvs += r[1];
  t.used += r[2];
  t.capacity += r[3];
  if (r[13]) t.readonly++;
  if (r[14] || r[15] || r[16] || r[18]) t.unusable++;
  if (r[23] === 'OUTSIDE') t.outside++;
}

/** Totals by pool in name order, MVCs without a pool last. */
function totalLines(totals: Map<string | null, PoolTotal>): string[] {
  const pools = [...totals.values()].sort((a, b) => (a.pool === b.pool ? 0 : a.pool === null ? 1 : b.pool === null ? -1 : a.pool < b.pool ? -1 : 1));
  const out: string[] = ['TOTALS BY MVC POOL', `${'POOL'.padEnd(13)} ${'MVCS'.padStart(7)} ${'FREE'.padStart(7)} ${'VTV COPIES'.padStart(10)} ${'USED (MB)'.padStart(12)} ${'%USED'.padStart(6)} ${'READ-ONLY'.padStart(9)} ${'UNUSABLE'.padStart(8)} ${'OUTSIDE'.padStart(7)}`];
  const sum = { mvcs: 0, free: 0, vtvs: 0, used: 0, capacity: 0, readonly: 0, unusable: 0, outside: 0 };
  const line = (name: string, t: Omit<PoolTotal, 'pool'>): string =>
    `${name.padEnd(13)} ${String(t.mvcs).padStart(7)} ${String(t.free).padStart(7)} ${String(t.vtvs).padStart(10)} ${String(t.used).padStart(12)} ${(t.capacity > 0 ? ((t.used * 100) / t.capacity).toFixed(1) : '').padStart(6)} ${String(t.readonly).padStart(9)} ${String(t.unusable).padStart(8)} ${String(t.outside).padStart(7)}`;
  for (const p of pools) {
    out.push(line(p.pool ?? '(NO POOL)', p));
    for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += p[k];
  }
  out.push(line('TOTAL', sum));
  out.push('');
  out.push(...MVC_LEGEND);
  return out;
}

/** MVCRPT for the SLUADMIN registry: its parameters as data and its run. */
export const mvcrptUtility: CdsUtility = { schema: mvcrptSchema, run: runMvcrpt };

/**
 * MVCMAINT: sets or clears the read-only status of the MVCs named, with one UPDATE over the
 * list and ranges (the MVC primary key), then lists the selected MVCs as MVCRPT's summary shows
 * them, now. An MVC already in the requested state is noted and left as it is (condition code 0);
 * a volser named that has no MVC record is reported (condition code 4) and the others are still
 * processed, so that one stale MVC in an ACTMVCGN deck does not hold back the rest.
 */
import { cdsTime } from '../../cds/cdsTime.js';
import { rangeCondition, rangeCount, rangesCondition, rangeText } from '../../cds/volserRange.js';
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { headingLines, MVC_COLUMNS, MVC_LEGEND, mvcSqlColumns, mvcTupleLine, type MvcTuple } from '../mvcReport.js';
import { text, volRanges } from '../paramValues.js';
import { mvcmaintSchema } from './schema.js';

const MVC_HEADINGS = headingLines(MVC_COLUMNS);

/** The columns MVCRPT's summary line prints, as a raw row (MvcTuple), with the current VTV count. */
const LISTED = mvcSqlColumns('(SELECT count(*) FROM vtv_copy c WHERE c.mvc = m.volser AND c.current = 1)');
/** Where the read-only flag is in an MvcTuple. */
const READ_ONLY = 13;

/** The CDS time of the run, formatted once for all the statements of a deck (they share it). */
let stamp: { ms: number; text: string } | undefined;
function stampOf(now: Date): string {
  const ms = now.getTime();
  if (stamp?.ms !== ms) stamp = { ms, text: cdsTime(now) };
  return stamp.text;
}

export function runMvcmaint(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const cds = ctx.cds;
  const report = ctx.report;
  const ranges = volRanges(stmt.values, 'MVCID');
  const on = text(stmt.values, 'READONLY') === 'ON' ? 1 : 0;
  const state = on ? 'READ-ONLY' : 'WRITABLE';
  const sel = rangesCondition('volser', ranges);
  let rc = 0;

  // The selected MVCs as they will stand (the update below is one statement over the same
  // selection), then the ones that already had the status, then the update itself.
  // Statements are prepared once per CDS (cds.statement): a deck runs one MVCMAINT per MVC.
  const rows = cds.statement(`SELECT ${LISTED} FROM mvc m WHERE ${sel.sql} ORDER BY m.volser`).raw(true);
  let selected = 0;
  let unchanged = 0;
  report.headings(MVC_HEADINGS);
  for (const t of rows.iterate(...sel.params) as IterableIterator<MvcTuple>) {
    if (t[READ_ONLY] === on) unchanged++;
    t[READ_ONLY] = on;
    report.line(mvcTupleLine(t));
    selected++;
  }
  report.line();
  if (unchanged > 0) {
    const same = cds.statement(`SELECT volser FROM mvc WHERE ${sel.sql} AND read_only = ? ORDER BY volser`, { pluck: true });
    for (const volser of same.iterate(...sel.params, on) as IterableIterator<string>) report.message('SIM0661I', volser, state);
  }
  const changed =
    selected === unchanged ? 0 : cds.statement(`UPDATE mvc SET read_only = ?, updated = ? WHERE ${sel.sql} AND read_only <> ?`).run(on, stampOf(ctx.now), ...sel.params, on).changes;

  // Volsers named that have no MVC record: each single volser, and a count per range.
  const countIn = (sql: string, params: string[]): number => cds.statement(`SELECT count(*) FROM mvc WHERE ${sql}`, { pluck: true }).get(...params) as number;
  for (const r of ranges) {
    const c = rangeCondition('volser', r);
    const n = rangeCount(r);
    // One range (an ACTMVCGN deck's statements): the MVCs found are the ones selected.
    const found = ranges.length === 1 ? selected : countIn(c.sql, c.params);
    if (found === n) continue;
    rc = 4;
    if (n === 1) report.message('SIM0660W', rangeText(r));
    else report.message('SIM0662W', n - found, n, rangeText(r));
  }
  report.message('SIM0663I', selected, changed, state, unchanged);
  if (selected > 0) {
    report.line();
    for (const l of MVC_LEGEND) report.line(l);
  }
  return { rc };
}

/** MVCMAINT for the SLUADMIN registry: its parameters as data and its run. */
export const mvcmaintUtility: CdsUtility = { schema: mvcmaintSchema, run: runMvcmaint };

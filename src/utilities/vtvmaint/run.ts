/**
 * VTVMAINT: repairs the records of the VTVs named (VTVid volsers, lists and ranges).
 *
 * The selected VTVs go into a temporary table in one INSERT … SELECT over the VTV primary key.
 * The statement is checked as a whole first (vtvmaintRefusals.ts: unknown class, VTSS or
 * TapePlex, the DR test rules of chapter 7); a refusal leaves the CDS as it was, code 8. Then each
 * repair coded is applied set-based (applyRepairs.ts) and the VTVs are listed as they now stand,
 * in VTVRPT's BASIC layout with their owner TapePlex.
 *
 * Condition codes: 0; 4 when a volser named on its own is not a VTV, nothing is selected, a
 * volser of ULINKMVC has no MVC record, OWNRPLEX meets VTVs that are not scratch, or ULINKMVC
 * leaves VTVs with no copy anywhere; 8 when the statement is refused. Volsers of a range without
 * a VTV are only counted.
 */
import { cdsTime } from '../../cds/cdsTime.js';
import { readDrtestState } from '../../cds/drtestState.js';
import { rangeCondition, rangeCount, rangesCondition, rangesCount, rangeText, volserAt } from '../../cds/volserRange.js';
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { flag, has, text, volRanges } from '../paramValues.js';
import { applyRepairs } from './applyRepairs.js';
import { headingLines, VTVMAINT_COLUMNS, VTVMAINT_LEGEND, VTVMAINT_SELECT, vtvmaintLine, type VtvmaintRow } from './report.js';
import { thisTapeplex, vtvmaintRefusals, type Repairs } from './vtvmaintRefusals.js';
import { vtvmaintSchema } from './schema.js';

const TARGET = 'temp.elsim_vtvmaint_target';

export function runVtvmaint(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const cds = ctx.cds;
  const db = cds.db;
  const report = ctx.report;
  const v = stmt.values;
  const vtvs = volRanges(v, 'VTVID');
  const repairs: Repairs = {
    ulink: has(v, 'ULINKMVC') ? volRanges(v, 'ULINKMVC') : undefined,
    mgmt: text(v, 'MGMTCLAS'),
    dismount: flag(v, 'DISMOUNT'),
    vtss: text(v, 'VTSSID'),
    owner: text(v, 'OWNRPLEX'),
    addex: text(v, 'ADDEXPOT'),
    delex: text(v, 'DELEXPOT'),
  };

  db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${TARGET} (volser TEXT PRIMARY KEY, unlinked INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID`);
  db.exec(`DELETE FROM ${TARGET}`);
  try {
    const sel = rangesCondition('v.volser', vtvs);
    db.prepare(`INSERT INTO ${TARGET} (volser) SELECT v.volser FROM vtv v WHERE ${sel.sql}`).run(...sel.params);

    const refusals = vtvmaintRefusals(db, repairs, readDrtestState(db), TARGET);
    if (refusals.length > 0) {
      for (const r of refusals) report.message(r.id, ...r.inserts);
      report.message('SIM0409I', 'VTVMAINT');
      return { rc: 8, rollback: true };
    }

    let rc = 0;
    const notes: [string, ...(string | number)[]][] = [];
    // Volsers named on their own that are not VTVs; MVCs of ULINKMVC that are not in the CDS.
    const isVtv = db.prepare('SELECT 1 FROM vtv WHERE volser = ?');
    for (const r of vtvs) {
      if (r.lo !== r.hi) continue;
      const volser = volserAt(r, r.lo);
      if (isVtv.get(volser)) continue;
      notes.push(['SIM0653W', volser, 'CHANGED']);
      rc = 4;
    }
    for (const r of repairs.ulink ?? []) {
      const c = rangeCondition('volser', r);
      const found = db.prepare(`SELECT count(*) FROM mvc WHERE ${c.sql}`).pluck().get(...c.params) as number;
      const count = rangeCount(r);
      if (found === count) continue;
      notes.push(count === 1 ? ['SIM0697W', rangeText(r)] : ['SIM0698W', count - found, count, rangeText(r)]);
      rc = 4;
    }

    const selected = db.prepare(`SELECT count(*) FROM ${TARGET}`).pluck().get() as number;
    const missing = Math.max(0, rangesCount(vtvs) - selected);
    if (selected === 0) {
      for (const [id, ...ins] of notes) report.message(id, ...ins);
      report.message('SIM0699I', 0, missing);
      report.message('SIM0655W', 'CHANGED');
      return { rc: 4 };
    }

    const thisPlex = thisTapeplex(db);
    const done = applyRepairs(db, TARGET, repairs, cdsTime(ctx.now), thisPlex);

    // The VTVs as they now stand, streamed in volser order.
    report.headings(headingLines(VTVMAINT_COLUMNS));
    const rows = db
      .prepare(`SELECT ${VTVMAINT_SELECT} FROM ${TARGET} t JOIN vtv v ON v.volser = t.volser ORDER BY t.volser`)
      .raw(true)
      .iterate() as IterableIterator<VtvmaintRow>;
    for (const row of rows) report.line(vtvmaintLine(row, thisPlex));
    report.line();
    for (const [id, ...ins] of notes) report.message(id, ...ins);
    for (const m of done) {
      report.message(m.id, ...m.inserts);
      rc = Math.max(rc, m.rc);
    }
    report.message('SIM0699I', selected, missing);
    report.line();
    for (const l of VTVMAINT_LEGEND) report.line(l);
    return { rc };
  } finally {
    db.exec(`DROP TABLE IF EXISTS ${TARGET}`);
  }
}

/** VTVMAINT for the SLUADMIN registry: its parameters as data and its run. */
export const vtvmaintUtility: CdsUtility = { schema: vtvmaintSchema, run: runVtvmaint };

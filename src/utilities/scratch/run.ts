/**
 * SCRATCH and UNSCRATCH: the scratch status of the VTVs named, by volser, list and range.
 *
 * The selection is cut into pieces by pool (volumePools.ts) and checked first (scratchRefusals.ts:
 * EXTERNAL and other non-scratch pools, the DR test rules of chapter 7); any refusal refuses the
 * whole statement and leaves the CDS as it was. Then everything is set-based over the VTV primary
 * key: the report streams the VTVs to change piece by piece, the ones SCRATCH deletes go into a
 * temporary table in one INSERT … SELECT, and a few UPDATE/DELETE statements apply the change. For SCRATCH, VTVs of a
 * management class with DELSCR(YES) or FORCE are deleted as well (deleteScratched.ts), and their
 * images leave the simulated VTSS buffers and VLEs (deleteFromHardware.ts).
 *
 * Condition codes: 0; 4 when a volser named on its own is not a VTV of the CDS or already in the
 * requested state, or when no VTV at all is selected; 8 when the statement is refused. Volsers of
 * a range without a VTV are only counted: ranges usually span more volsers than are in use.
 */
import { InternalError } from '../../core/errors.js';
import { readDrtestState } from '../../cds/drtestState.js';
import { rangeCondition, rangeCount, rangesCondition, volserAt } from '../../cds/volserRange.js';
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { volRanges } from '../paramValues.js';
import { deleteFromHardware, type KeptCopy } from './deleteFromHardware.js';
import { applyScratch, TARGET } from './deleteScratched.js';
import { DELETED_LEGEND, headingLines, PIECE_COLUMNS, pieceLine, VTV_COLUMNS, vtvLine, type VtvRow } from './report.js';
import { scratchRefusals } from './scratchRefusals.js';
import { piecesOf } from './volumePools.js';
import { scratchSchema, unscratchSchema } from './schema.js';

type ListingRow = [volser: string, mgmtClass: string | null, residentVtss: string | null, del: number, packedCopies: number, deferred: number];

export function runScratch(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  return runScratchUpdate(ctx, stmt, 'SCRATCH');
}

export function runUnscratch(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  return runScratchUpdate(ctx, stmt, 'UNSCRATCH');
}

function runScratchUpdate(ctx: UtilityContext, stmt: ValidatedStatement, verb: 'SCRATCH' | 'UNSCRATCH'): UtilityOutcome {
  const cds = ctx.cds;
  if (!cds) throw new InternalError(`${verb} runs without a CDS`);
  const db = cds.db;
  const report = ctx.report;
  const coded = volRanges(stmt.values, 'VOLSER');
  const pieces = piecesOf(db, coded);
  const dr = readDrtestState(db);

  const refusals = scratchRefusals(pieces, dr, verb);
  if (refusals.length > 0) {
    for (const r of refusals) report.message(r.id, ...r.inserts);
    report.message('SIM0409I', verb);
    return { rc: 8, rollback: true };
  }

  const scratch = verb === 'SCRATCH';
  const state = scratch ? 'SCRATCH' : 'NOT SCRATCH';
  const done = scratch ? 'SCRATCHED' : 'UNSCRATCHED';
  let rc = 0;

  // Volsers named on their own: not a VTV, or already in the requested state (code 4 each).
  const one = db.prepare('SELECT scratch FROM vtv WHERE volser = ?').pluck();
  for (const r of coded) {
    if (r.lo !== r.hi) continue;
    const volser = volserAt(r, r.lo);
    const s = one.get(volser) as number | undefined;
    if (s === undefined) report.message('SIM0653W', volser, done);
    else if (s === (scratch ? 1 : 0)) report.message('SIM0654W', volser, state);
    else continue;
    rc = 4;
  }

  // The VTVs to change are those of the selection not yet in the requested state. SCRATCH deletes
  // those of a management class with DELSCR(YES) or FORCE (a handful of class rows, read here);
  // on production during an active test, the DR VTSSs (unless SPARE) are offline to production
  // and the deletion of a VTV resident there waits (deferred).
  const all = rangesCondition('v.volser', coded);
  const prot = (x: string): string => `(${x}.read_only = 1${dr.isTestCds() ? ` OR ${x}.drtest = 0` : ''})`;
  const held = JSON.stringify(scratch && !dr.isTestCds() && dr.state === 'ACTIVE' && !dr.isSpare() ? dr.resources.vtss : []);
  const delClasses = scratch ? (db.prepare("SELECT name FROM mgmt_class WHERE delscr IN ('YES','FORCE')").pluck().all() as string[]) : [];
  const classes = JSON.stringify(delClasses);
  const isDelClass = `coalesce(v.mgmt_class IN (SELECT value FROM json_each(?)), 0)`;
  const isHeld = `(v.resident = 1 AND v.resident_vtss IN (SELECT value FROM json_each(?)))`;
  // The VTVs deleted, in one statement over the VTV primary key (none without such a class).
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${TARGET} (volser TEXT PRIMARY KEY) WITHOUT ROWID`);
  db.exec(`DELETE FROM ${TARGET}`);
  if (delClasses.length > 0) {
    db.prepare(`INSERT INTO ${TARGET} (volser) SELECT v.volser FROM vtv v WHERE ${all.sql} AND v.scratch = 0 AND ${isDelClass} AND NOT ${isHeld}`).run(
      ...all.params,
      classes,
      held,
    );
  }

  // Without a deleting class nothing is deleted or deferred: constants, not tests per VTV.
  const delSql = delClasses.length > 0 ? `${isDelClass} AND NOT ${isHeld}` : '0';
  const deferredSql = delClasses.length > 0 ? `${isDelClass} AND ${isHeld}` : '0';
  const delParams = delClasses.length > 0 ? [classes, held, classes, held] : [];

  // The report: each VTV changed, piece by piece, as it stood before the change, read straight
  // from the VTV primary key. A deleted VTV's current copies counted in one look-up, packed as
  // kept * 10^6 + VLE * 10^3 + MVC (a VTV has at most 4 current copies), unpacked below.
  const listing = db
    .prepare(
      `SELECT volser, mgmt_class, vtss, del,
              CASE WHEN del = 1 THEN (SELECT coalesce(sum(CASE WHEN ${prot('x')} THEN 1000000 WHEN x.stormngr IS NULL THEN 1 ELSE 1000 END), 0)
                                        FROM vtv_copy c JOIN mvc x ON x.volser = c.mvc WHERE c.vtv = s.volser AND c.current = 1)
                   ELSE 0 END,
              deferred
         FROM (SELECT v.volser, v.mgmt_class, CASE WHEN v.resident = 1 THEN v.resident_vtss END AS vtss,
                      ${delSql} AS del, ${deferredSql} AS deferred
                 FROM vtv v WHERE v.volser BETWEEN ? AND ? AND v.volser GLOB ? AND v.scratch = ?) AS s
        ORDER BY volser`,
    )
    .raw(true);
  const counts = (cond: string): string => `SELECT count(*) AS vtvs, coalesce(sum(scratch = ?), 0) AS already FROM vtv v WHERE ${cond}`;
  const totals = { volsers: 0, vtvs: 0, changed: 0, already: 0, buffers: 0, mvcCopies: 0, vleCopies: 0, deleted: 0, deferred: 0 };
  const deferredIn = new Set<string>();
  const pieceLines: string[] = [];
  let listed = 0;
  for (const p of pieces) {
    const cond = rangeCondition('v.volser', p.range);
    const [lo, hi, glob] = cond.params.length === 3 ? cond.params : [cond.params[0]!, cond.params[0]!, '*'];
    const rows = listing.iterate(...delParams, lo, hi, glob, scratch ? 0 : 1) as IterableIterator<ListingRow>;
    for (const [volser, mgmt, vtss, del, packed, deferred] of rows) {
      const r: VtvRow = [volser, mgmt, vtss, del, packed % 1000, Math.floor(packed / 1000) % 1000, Math.floor(packed / 1000000), deferred];
      if (listed++ === 0) report.headings(headingLines(VTV_COLUMNS));
      report.line(vtvLine(r, p, verb));
      if (r[3]) {
        totals.deleted++;
        if (r[2]) totals.buffers++;
        totals.mvcCopies += r[4];
        totals.vleCopies += r[5];
      }
      if (r[7]) {
        totals.deferred++;
        if (r[2]) deferredIn.add(r[2]);
      }
    }
    const pc = rangeCondition('v.volser', p.range);
    const c = db.prepare(counts(pc.sql)).get(scratch ? 1 : 0, ...pc.params) as { vtvs: number; already: number };
    const n = { volsers: rangeCount(p.range), vtvs: c.vtvs, changed: c.vtvs - c.already, already: c.already };
    pieceLines.push(pieceLine(p, n));
    totals.volsers += n.volsers;
    totals.vtvs += n.vtvs;
    totals.changed += n.changed;
    totals.already += n.already;
  }
  if (totals.deleted > 0) report.line(DELETED_LEGEND);
  if (listed > 0) report.line();
  for (const l of headingLines(PIECE_COLUMNS)) report.line(l);
  for (const l of pieceLines) report.line(l);
  report.line();

  // Copies on read-only VMVCs that the VLE keeps (for the hardware), then the change itself.
  // CROSS JOIN keeps the target table outermost: without statistics on it the planner would
  // scan every current copy of the CDS instead of probing the copies of the VTVs deleted.
  const kept = scratch
    ? (db
        .prepare(
          `SELECT c.vtv, c.mvc FROM ${TARGET} t CROSS JOIN vtv_copy c ON c.vtv = t.volser AND c.current = 1 JOIN mvc x ON x.volser = c.mvc
            WHERE x.stormngr IS NOT NULL AND ${prot('x')}`,
        )
        .all() as KeptCopy[])
    : [];
  const deleted = scratch ? (db.prepare(`SELECT volser FROM ${TARGET}`).pluck().all() as string[]) : [];
  applyScratch(db, scratch, prot('x'), rangesCondition('volser', coded));
  db.exec(`DROP TABLE ${TARGET}`);

  report.message('SIM0656I', totals.changed, done, totals.already, state, totals.volsers - totals.vtvs);
  if (totals.deleted > 0) report.message('SIM0657I', totals.deleted, totals.buffers, totals.mvcCopies, totals.vleCopies);
  for (const vtss of deferredIn) report.message('SIM0658I', totals.deferred, vtss);
  if (totals.vtvs === 0) {
    report.message('SIM0655W', done);
    rc = 4;
  }
  deleteFromHardware(ctx.step.system.hardware(), deleted, kept, ctx.now);
  return { rc };
}

/** SCRATCH for the SLUADMIN registry: its parameters as data and its run. */
export const scratchUtility: CdsUtility = { schema: scratchSchema, run: runScratch };

/** UNSCRATCH for the SLUADMIN registry: its parameters as data and its run. */
export const unscratchUtility: CdsUtility = { schema: unscratchSchema, run: runUnscratch };

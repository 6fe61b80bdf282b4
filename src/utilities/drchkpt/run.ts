/**
 * DRCHKPT SET stamps a recovery point (a DRCHKPT row of `checkpoint`, the one active) in the CDS,
 * replacing the previous one, and reports what it protects (src/cds/recoveryPoint.ts): the MVCs
 * holding copies written up to it, and the CONFIG GLOBAL PROTECT window after each backup.
 * DRCHKPT CLEAR ends the active recovery point (kept, inactive, as history).
 */
import { cdsTime } from '../../cds/cdsTime.js';
import { activeRecoveryPoint, checkpointTime, protectedContent, protectHours } from '../../cds/recoveryPoint.js';
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { flag } from '../paramValues.js';
import { drchkptSchema } from './schema.js';

export function runDrchkpt(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const db = ctx.cds.db;
  const report = ctx.report;
  const previous = activeRecoveryPoint(db);
  if (flag(stmt.values, 'CLEAR')) {
    if (!previous) {
      report.message('SIM0780W');
      return { rc: 4 };
    }
    db.prepare("UPDATE checkpoint SET active = 0 WHERE kind = 'DRCHKPT' AND active = 1").run();
    report.message('SIM0779I', previous.taken);
    return { rc: 0 };
  }
  const clock = cdsTime(ctx.now);
  const now = checkpointTime(db, clock);
  db.prepare("UPDATE checkpoint SET active = 0 WHERE kind = 'DRCHKPT' AND active = 1").run();
  db.prepare("INSERT INTO checkpoint (kind, taken, job, active) VALUES ('DRCHKPT', ?, ?, 1)").run(now, `${ctx.step.jobName} ${ctx.step.jobId}`);
  report.message('SIM0775I', now, previous ? ` - REPLACES THE RECOVERY POINT OF ${previous.taken}` : '');
  if (now !== clock) report.message('SIM0783I', now, clock);
  const p = protectedContent(db, now);
  report.message('SIM0776I', p.mvcs, p.copies);
  const hours = protectHours(db);
  if (hours !== undefined) report.message('SIM0777I', hours);
  else report.message('SIM0778I');
  report.message('SIM0782I');
  return { rc: 0 };
}

/** DRCHKPT for the SLUADMIN registry: its parameters as data and its run. */
export const drchkptUtility: CdsUtility = { schema: drchkptSchema, run: runDrchkpt };

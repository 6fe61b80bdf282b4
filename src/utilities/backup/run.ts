/**
 * BACKUP OPTION(COPY): the CDS (SLSCNTL, or SLSCNTL2/SLSSTBY for CDS(Secondary)/CDS(Standby)) copied
 * whole to the SLSBKUP data set — a CDS elsim opens as it is (SLSCNTL of a later job, `elsim cds
 * dump --dsn`, the active CDS of a system). The backup is recorded in the primary CDS (a BACKUP
 * row of `checkpoint`): with CONFIG GLOBAL PROTECT it starts a protection window, and after a
 * DRCHKPT SET it is the recovery point's baseline.
 */
import { cdsTime } from '../../cds/cdsTime.js';
import { activeRecoveryPoint, checkpointTime, plusHours, protectHours } from '../../cds/recoveryPoint.js';
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { text } from '../paramValues.js';
import { copyCds } from './copyCds.js';
import { backupSchema } from './schema.js';

const SOURCE_DD: Record<string, string> = { PRIMARY: 'SLSCNTL', SECONDARY: 'SLSCNTL2', STANDBY: 'SLSSTBY' };

export function runBackup(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const report = ctx.report;
  const option = text(stmt.values, 'OPTION') ?? 'COPY';
  if (option !== 'COPY') {
    report.message('SIM0787E', option);
    return { rc: 8 };
  }
  const role = text(stmt.values, 'CDS') ?? 'PRIMARY';
  const sourceDd = ctx.step.dd(SOURCE_DD[role]!);
  if (!sourceDd?.filePath) {
    report.message('SIM0786E', SOURCE_DD[role]!, `IS MISSING - CDS(${role}) IS COPIED FROM IT`);
    return { rc: 8 };
  }
  const bkup = ctx.step.dd('SLSBKUP');
  if (!bkup) {
    report.message('SIM0786E', 'SLSBKUP', 'IS MISSING - THE BACKUP IS WRITTEN THERE');
    return { rc: 8 };
  }
  if (!bkup.openAtomic) {
    report.message('SIM0786E', 'SLSBKUP', 'IS NOT A DATA SET ON DISK');
    return { rc: 8 };
  }
  const counts = copyCds(sourceDd.filePath, bkup.openAtomic());
  const now = checkpointTime(ctx.cds.db, cdsTime(ctx.now));
  const source = sourceDd.dsn ?? SOURCE_DD[role]!;
  const target = bkup.dsn ?? 'SLSBKUP';
  ctx.cds.db
    .prepare("INSERT INTO checkpoint (kind, taken, job, dsn, active) VALUES ('BACKUP', ?, ?, ?, 1)")
    .run(now, `${ctx.step.jobName} ${ctx.step.jobId}`, target);
  report.message('SIM0785I', source, target, counts.vtvs, counts.mvcs, counts.level);
  const rp = activeRecoveryPoint(ctx.cds.db);
  const hours = protectHours(ctx.cds.db);
  if (rp) report.message('SIM0781I', target, now, rp.taken);
  if (hours !== undefined) report.message('SIM0789I', hours, plusHours(now, hours));
  if (!rp && hours === undefined) report.message('SIM0788I');
  return { rc: 0 };
}

/** BACKUP for the SLUADMIN registry: its parameters as data and its run. */
export const backupUtility: CdsUtility = { schema: backupSchema, run: runBackup };

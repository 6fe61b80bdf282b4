/**
 * SET VOLPARM [APPLY(YES|NO)]: reads POOLPARM / VOLPARM statements from the SLSPARM DD, lists
 * them with any problem under its card, checks them as a whole and, with APPLY(YES) and no
 * error, replaces the pool and volume definitions of the CDS. APPLY(NO) checks and reports only.
 */
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { text } from '../paramValues.js';
import { listParameterCards, readParameterStatements } from '../readParameterStatements.js';
import { applyPoolDefinitions } from './applyPoolDefinitions.js';
import { poolDefinitions, volumeCount } from './poolDefinitions.js';
import { poolHeadings, poolLines } from './report.js';
import { poolparmSchema, setVolparmSchema, volparmSchema } from './schema.js';

export function runSetVolparm(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const cds = ctx.cds;
  const report = ctx.report;
  const apply = text(stmt.values, 'APPLY') !== 'NO';

  const role = cds.db.prepare('SELECT role FROM cds_identity').pluck().get() as string | undefined;
  if (role === 'DRTEST') {
    report.message('SIM0429E');
    return { rc: 8, rollback: true };
  }
  const dd = ctx.step.dd('SLSPARM');
  const records = dd?.readRecords() ?? [];
  const file = dd?.dsn ?? 'SLSPARM';
  const reading = readParameterStatements(records, file, [poolparmSchema, volparmSchema], 'SLSPARM');
  if (!dd || (reading.statements.length === 0 && !reading.failed)) {
    report.message('SIM0427E', 'SLSPARM');
    return { rc: 8, rollback: true };
  }

  const defs = poolDefinitions(reading.statements);
  report.line(`POOLPARM/VOLPARM STATEMENTS FROM SLSPARM: ${file}`);
  report.line();
  listParameterCards(report, reading, defs.diagnostics);
  const failed = reading.failed || defs.diagnostics.some((d) => d.severity === 'error');
  if (failed) {
    report.line();
    report.message('SIM0409I', 'SET VOLPARM');
    return { rc: 8, rollback: true };
  }
  const rc = defs.diagnostics.some((d) => d.severity === 'warning') ? 4 : 0;

  report.headings(poolHeadings());
  for (const l of poolLines(defs)) report.line(l);
  report.line();
  if (!apply) {
    report.message('SIM0426I');
    return { rc, rollback: true };
  }
  applyPoolDefinitions(cds.db, defs);
  const ranges = defs.pools.reduce((n, p) => n + p.ranges.length, 0) + defs.unpooled.length;
  const volumes = defs.pools.reduce((n, p) => n + volumeCount(p.ranges), 0) + volumeCount(defs.unpooled);
  report.message('SIM0428I', defs.pools.length, ranges, volumes);
  return { rc };
}

/** SET VOLPARM for the SLUADMIN registry: its parameters as data and its run. */
export const setVolparmUtility: CdsUtility = { schema: setVolparmSchema, run: runSetVolparm };

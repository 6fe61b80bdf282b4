/**
 * MGMTDEF DSN(dsname): loads MGMTclas, STORclas, VTSSLST and VTSSSEL statements from a cataloged
 * data set (a PDS member as DSN(HLQ.PARMLIB(MEMBER))), lists them with any problem under its
 * card, checks them as a whole and replaces the policy definitions of the CDS. Any error: nothing
 * is loaded, condition code 8.
 */
import type { Diagnostic } from '../../core/Diagnostic.js';
import { sim } from '../../core/simMessages.js';
import type { CdsUtility, SlsStatement, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { text } from '../paramValues.js';
import { listParameterCards, readParameterStatements } from '../readParameterStatements.js';
import { applyPolicyDefinitions } from './applyPolicyDefinitions.js';
import { policyDefinitions } from './policyDefinitions.js';
import { policyLines } from './report.js';
import { mgmtdefSchema, policySchemas } from './schema.js';

/**
 * Keywords of the DR guide's examples that the reference does not have, read as the keyword
 * meant (SIM0444I): a misspelling (MIRATE for MIGRATE) and IMMWAIT where the MGMTclas parameter is
 * IMMDELAY.
 */
const MISSPELLED: Record<string, Record<string, string>> = { STOR: { MIRATE: 'MIGRATE' }, MGMT: { IMMWAIT: 'IMMDELAY' } };

function fixMisspellings(stmt: SlsStatement): Diagnostic[] {
  const notes: Diagnostic[] = [];
  const table = Object.entries(MISSPELLED).find(([verb]) => stmt.verb.startsWith(verb))?.[1];
  if (!table) return notes;
  stmt.operands = stmt.operands.map((o) => {
    const meant = table[o.keyword];
    if (meant === undefined) return o;
    notes.push(sim.diag('SIM0444I', 'info', [o.pos.line, o.keyword, meant], { card: o.pos }));
    return { ...o, keyword: meant };
  });
  return notes;
}

export function runMgmtdef(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const cds = ctx.cds;
  const report = ctx.report;
  const dsn = text(stmt.values, 'DSN') ?? '';
  const records = ctx.step.system.readDataset(dsn);
  if (records === undefined) {
    report.message('SIM0440E', dsn);
    return { rc: 8, rollback: true };
  }
  const reading = readParameterStatements(records, dsn, policySchemas, `MGMTDEF DSN(${dsn})`, fixMisspellings);
  if (reading.statements.length === 0 && !reading.failed) {
    report.message('SIM0448E', dsn);
    return { rc: 8, rollback: true };
  }
  const defs = policyDefinitions(reading.statements, cds.db);
  report.line(`MGMTCLAS/STORCLAS STATEMENTS FROM ${dsn}`);
  report.line();
  listParameterCards(report, reading, defs.diagnostics);
  report.line();
  if (reading.failed || defs.diagnostics.some((d) => d.severity === 'error')) {
    report.message('SIM0409I', 'MGMTDEF');
    return { rc: 8, rollback: true };
  }
  for (const l of policyLines(defs)) report.line(l);
  report.line();
  applyPolicyDefinitions(cds.db, defs);
  report.message('SIM0445I', defs.stor.length, defs.mgmt.length, defs.lists.length, defs.sels.length, dsn);
  return { rc: defs.diagnostics.some((d) => d.severity === 'warning') ? 4 : 0 };
}

/** MGMTDEF for the SLUADMIN registry: its parameters as data and its run. */
export const mgmtdefUtility: CdsUtility = { schema: mgmtdefSchema, run: runMgmtdef };

/** What a check pass looks at: the converted job, every statement in listing order, the steps. */
import type { Diagnostic } from '../../core/Diagnostic.js';
import type { ParsedStatement } from '../parseStatement.js';
import type { StepBuild } from '../StepBuild.js';
import type { JclJob } from '../types.js';

export interface CheckedJob {
  job: JclJob;
  statements: readonly ParsedStatement[];
  steps: readonly StepBuild[];
}

export type Check = (cj: CheckedJob) => Diagnostic[];

/** Sets the statement number of a diagnostic from its statement. */
export function onStmt(ps: ParsedStatement, d: Diagnostic): Diagnostic {
  if (ps.stmtNo !== undefined) d.stmt = ps.stmtNo;
  return d;
}

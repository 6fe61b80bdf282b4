/**
 * IEFC605I: the operation field is not a JCL operation. A job-group statement (GJOB, AFTER …)
 * inside a job is a JCL operation in the wrong place: IEFC019I. When the name ends with an operation
 * (`//STEPLIBDD DSN=…`, `//SLSINDD *`), a blank was probably lost: SIM0112I says what was meant.
 */
import type { Diagnostic } from '../../core/Diagnostic.js';
import { sim } from '../../core/simMessages.js';
import { COMMAND_VERBS, GROUP_OPERATIONS, OPERATIONS } from '../keywords.js';
import { iefc } from '../messages.js';
import { stmtPos } from '../parseStatement.js';
import type { CheckedJob } from './CheckedJob.js';
import { onStmt } from './CheckedJob.js';

const GLUED = /^(.+?)(EXEC|DD|JOB|PROC|SET|INCLUDE|JCLLIB|OUTPUT)$/;

export function reportUnknownOperations(cj: CheckedJob): Diagnostic[] {
  const out: Diagnostic[] = [];
  let inCntl = false;
  for (const ps of cj.statements) {
    // Between CNTL and ENDCNTL stand program control statements, whatever their operation.
    if (ps.op === 'CNTL') inCntl = true;
    else if (ps.op === 'ENDCNTL') inCntl = false;
    if (inCntl || OPERATIONS.has(ps.op) || COMMAND_VERBS.has(ps.op)) continue;
    if (GROUP_OPERATIONS.has(ps.op)) {
      out.push(onStmt(ps, iefc.diag('IEFC019I', 'error', [ps.op], stmtPos(ps, ps.raw.opColumn))));
      continue;
    }
    out.push(onStmt(ps, iefc.diag('IEFC605I', 'error', [], stmtPos(ps, ps.raw.opColumn))));
    const m = GLUED.exec(ps.name);
    if (m) out.push(onStmt(ps, sim.diag('SIM0112I', 'info', [m[1]!, m[2]!], stmtPos(ps, 3))));
  }
  return out;
}

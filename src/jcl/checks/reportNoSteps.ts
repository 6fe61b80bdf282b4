/** IEFC607I: a job without a single EXEC statement (a job that transmits its records needs none). */
import type { Diagnostic } from '../../core/Diagnostic.js';
import { iefc } from '../messages.js';
import type { CheckedJob } from './CheckedJob.js';

export function reportNoSteps(cj: CheckedJob): Diagnostic[] {
  if (cj.job.steps.length > 0 || cj.job.transmit) return [];
  // An INCLUDE group that could not be read may hold the steps.
  if (cj.statements.some((ps) => ps.op === 'INCLUDE' && ps.unresolved)) return [];
  const first = cj.statements[0];
  const where = first ? { card: { file: first.raw.file, line: first.raw.first.line, column: 1 }, image: first.raw.first.image } : { card: cj.job.pos };
  const d = iefc.diag('IEFC607I', 'error', [], where);
  // Numbered after the last statement, so that it reads last in JESYSMSG.
  const last = cj.statements[cj.statements.length - 1];
  if (last?.stmtNo !== undefined) d.stmt = last.stmtNo;
  return [d];
}

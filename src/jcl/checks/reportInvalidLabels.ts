/** IEFC662I: names that are not 1-8 characters of A-Z 0-9 @ # $ starting with a non-digit. */
import type { Diagnostic } from '../../core/Diagnostic.js';
import { iefc } from '../messages.js';
import { stmtPos } from '../parseStatement.js';
import type { CheckedJob } from './CheckedJob.js';
import { onStmt } from './CheckedJob.js';

const NAME = /^[A-Z@#$][A-Z0-9@#$]{0,7}$/;
const NEEDS_NAME = new Set(['JOB']);

export function isValidName(name: string, op: string): boolean {
  if (op === 'DD' && name.includes('.')) return name.split('.').length === 2 && name.split('.').every((p) => NAME.test(p));
  return NAME.test(name);
}

export function reportInvalidLabels(cj: CheckedJob): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const ps of cj.statements) {
    if (ps.raw.generated) continue;
    if (ps.name === '' ? NEEDS_NAME.has(ps.op) || (ps.op === 'PROC' && ps.origin === 'main') : !isValidName(ps.name, ps.op)) {
      out.push(onStmt(ps, iefc.diag('IEFC662I', 'error', [], stmtPos(ps, 3))));
    }
  }
  return out;
}

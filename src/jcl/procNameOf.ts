/** An EXEC statement that calls a procedure (`EXEC name` or `EXEC PROC=name`, not `PGM=`), and the procedure it names. */
import { keyParam } from './ddSpecOf.js';
import type { Param } from './parseOperands.js';
import type { ParsedStatement } from './parseStatement.js';

export function isProcCall(ps: ParsedStatement): boolean {
  if (keyParam(ps.params, 'PGM')) return false;
  if (keyParam(ps.params, 'PROC')) return true;
  const first = ps.params[0];
  return first !== undefined && first.key === undefined && typeof first.value === 'string' && first.value !== '';
}

export function procNameOf(ps: ParsedStatement): { name: string; param: Param } | undefined {
  const kp = keyParam(ps.params, 'PROC');
  if (kp && typeof kp.value === 'string') return { name: kp.value, param: kp };
  const first = ps.params[0];
  if (first && first.key === undefined && typeof first.value === 'string') return { name: first.value, param: first };
  return undefined;
}

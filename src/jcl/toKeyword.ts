/** A keyword parameter as the step or DD records it (`KEY.qualifier`, its value, its card). */
import type { Param } from './parseOperands.js';
import type { ParsedStatement } from './parseStatement.js';
import { posAt } from './parseStatement.js';
import type { JclKeyword } from './types.js';

export function toKeyword(ps: ParsedStatement, p: Param): JclKeyword {
  const key = p.qualifier !== undefined ? `${p.key}.${p.qualifier}` : p.key!;
  return { key, value: p.value ?? '', pos: posAt(ps, p.start).card };
}

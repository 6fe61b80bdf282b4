import type { Diagnostic } from '../core/Diagnostic.js';
import type { ParsedStatement } from './parseStatement.js';
import { symbolValueOf } from './symbolValueOf.js';

/**
 * A SET statement's assignments take effect: `NAME=value` (apostrophes removed), `NAME=` sets it
 * empty. A value longer than 255 characters is not assigned: its IEF642I is returned.
 */
export function applySet(ps: ParsedStatement, symbols: Map<string, string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const p of ps.params) {
    if (p.key === undefined) continue;
    const v = symbolValueOf(ps, { ...p, key: p.key });
    if (v.ok) symbols.set(v.name, v.value);
    else out.push(v.diag);
  }
  return out;
}

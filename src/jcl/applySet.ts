import type { ParsedStatement } from './parseStatement.js';
import { unquoted } from './parseStatement.js';

/** A SET statement's assignments take effect: `NAME=value` (apostrophes removed), `NAME=` sets it empty. */
export function applySet(ps: ParsedStatement, symbols: Map<string, string>): void {
  for (const p of ps.params) {
    if (p.key === undefined) continue;
    symbols.set(p.key, p.value === undefined ? '' : unquoted(p.text));
  }
}

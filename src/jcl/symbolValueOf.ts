/**
 * The value a `NAME=value` operand (SET, PROC defaults, a procedure call's EXEC) gives a JCL
 * symbol: apostrophes removed, `''` made `'`, at most 255 characters ("The maximum length of any
 * substitution text that you can assign to a JCL symbol is 255 characters", z/OS MVS JCL
 * Reference, Defining and nullifying JCL symbols). A longer value is IEF642I on the operand and
 * is not assigned, so a symbol can never grow without bound (`// SET A=&A&A` repeated).
 */
import type { Diagnostic } from '../core/Diagnostic.js';
import { iefc } from './messages.js';
import type { Param } from './parseOperands.js';
import type { ParsedStatement } from './parseStatement.js';
import { posAt, unquoted } from './parseStatement.js';

export const MAX_SYMBOL_VALUE = 255;

export type SymbolValue = { ok: true; name: string; value: string } | { ok: false; diag: Diagnostic };

export function symbolValueOf(ps: ParsedStatement, p: Param & { key: string }): SymbolValue {
  const value = p.value === undefined ? '' : unquoted(p.text);
  if (value.length > MAX_SYMBOL_VALUE) {
    const d = iefc.diag('IEF642I', 'error', [p.key], posAt(ps, p.start));
    if (ps.stmtNo !== undefined) d.stmt = ps.stmtNo;
    return { ok: false, diag: d };
  }
  return { ok: true, name: p.key, value };
}

import type { Param } from './parseOperands.js';

/** PARM as the program receives it: enclosing apostrophes or parentheses removed, `''` → `'`, `&&` → `&`. */
export function parmOf(p: Param | undefined): string {
  if (!p || p.value === undefined) return '';
  const t = p.text;
  if (Array.isArray(p.value)) return t.slice(1, -1);
  if (t.startsWith("'") && t.endsWith("'") && t.length >= 2) return t.slice(1, -1).replace(/''/g, "'").replace(/&&/g, '&');
  return t;
}

/**
 * PARM as the program receives it: one level of enclosing apostrophes (with `''` inside meaning
 * `'`) or parentheses removed — `PARM='MIXED'` and `PARM=(P1,123)` pass `MIXED` and `P1,123`.
 * A value that is neither (the converter may already have unwrapped it) is passed as it is.
 * At most 100 characters reach a program on z/OS; longer values are passed whole (the converter
 * reports the length).
 */
export function normalizeParm(parm: string): string {
  if (parm.length >= 2 && parm.startsWith("'") && parm.endsWith("'")) {
    const inner = parm.slice(1, -1);
    // Only when the apostrophes enclose the whole value: every inner apostrophe is doubled.
    if (!inner.replace(/''/g, '').includes("'")) return inner.replace(/''/g, "'");
  }
  if (parm.length >= 2 && parm.startsWith('(') && parm.endsWith(')') && enclosesWhole(parm)) return parm.slice(1, -1);
  return parm;
}

/** Whether the first parenthesis closes at the last character (outside apostrophes). */
function enclosesWhole(s: string): boolean {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') {
      depth--;
      if (depth === 0 && i !== s.length - 1) return false;
    }
  }
  return depth === 0;
}

/**
 * Data set name masks as TAPEREQ codes them: `*.PAYROLL.**`, `PAYROLL.*`, `PAY%%.WEEK*`.
 *  - `**` as a whole qualifier stands for any number of qualifiers, none included;
 *  - `*` alone stands for exactly one qualifier; inside a qualifier it stands for any characters
 *    (none included), `%` for exactly one character.
 * A job, step or procedure step mask is one qualifier long (`PAY*`).
 */

function qualifierMatches(mask: string, q: string): boolean {
  // Small backtracking match of one qualifier: '*' any run, '%' one character.
  const m = mask.length;
  const n = q.length;
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = i * 64 + j;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let r: boolean;
    if (i === m) r = j === n;
    else if (mask[i] === '*') r = go(i + 1, j) || (j < n && go(i, j + 1));
    else r = j < n && (mask[i] === '%' || mask[i] === q[j]) && go(i + 1, j + 1);
    memo.set(key, r);
    return r;
  };
  return go(0, 0);
}

function qualifiersMatch(mask: readonly string[], dsn: readonly string[], i = 0, j = 0): boolean {
  if (i === mask.length) return j === dsn.length;
  if (mask[i] === '**') {
    for (let k = j; k <= dsn.length; k++) if (qualifiersMatch(mask, dsn, i + 1, k)) return true;
    return false;
  }
  return j < dsn.length && qualifierMatches(mask[i]!, dsn[j]!) && qualifiersMatch(mask, dsn, i + 1, j + 1);
}

/** True when the data set name matches the mask. */
export function dsnMatches(mask: string, dsn: string): boolean {
  return qualifiersMatch(mask.toUpperCase().split('.'), dsn.toUpperCase().split('.'));
}

/** True when a job, step or procedure step name matches a one-qualifier mask. */
export function nameMatches(mask: string, name: string): boolean {
  return qualifierMatches(mask.toUpperCase(), name.toUpperCase());
}

/** Whether a mask is well formed: qualifiers of 1-8 characters of A-Z 0-9 @ # $ - * %, or `**`. */
export function maskProblem(mask: string, oneQualifier: boolean): string | undefined {
  const quals = mask.split('.');
  if (oneQualifier && quals.length > 1) return 'A NAME MASK HAS ONE QUALIFIER';
  for (const q of quals) {
    if (q === '**') {
      if (oneQualifier) return '** IS A DATA SET NAME MASK';
      continue;
    }
    if (q.length === 0) return 'EMPTY QUALIFIER';
    if (!/^[A-Z0-9@#$*%-]+$/.test(q)) return `QUALIFIER ${q} HAS A CHARACTER THAT IS NOT ALLOWED`;
    if (q.replace(/\*/g, '').length > 8) return `QUALIFIER ${q} IS LONGER THAN 8 CHARACTERS`;
  }
  return undefined;
}

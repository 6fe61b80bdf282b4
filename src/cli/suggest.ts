/**
 * Close names for a mistyped command: only those a slip of the keyboard explains (one edit for a
 * short word, two for a longer one, a swapped pair of letters counting as one), or that begin with
 * what was typed. Nothing is suggested when nothing is close.
 */

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

export function closeNames(word: string, names: readonly string[]): string[] {
  const w = word.toLowerCase();
  if (w === '') return [];
  const limit = w.length <= 4 ? 1 : 2;
  return names
    .map((n) => ({ n, d: n.startsWith(w) && w.length >= 2 ? 0 : editDistance(w, n) }))
    .filter((x) => x.d <= limit)
    .sort((x, y) => x.d - y.d || x.n.localeCompare(y.n))
    .map((x) => x.n);
}

/**
 * A unified diff of two texts (line based, LCS), as `diff -u` prints it, for the golden runner.
 * Files compared here are job logs and reports: thousands of lines at most.
 */

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

function lcsOps(a: string[], b: string[]): Op[] {
  // Trim the common head and tail first: most golden differences are a few lines.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length, endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const n = endA - start, m = endB - start;
  // dp[i][j] = LCS length of a[start+i..endA) and b[start+j..endB)
  const dp: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = dp[i]!, next = dp[i + 1]!;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = a[start + i] === b[start + j] ? next[j + 1]! + 1 : Math.max(next[j]!, row[j + 1]!);
    }
  }
  const ops: Op[] = [];
  for (let k = 0; k < start; k++) ops.push({ kind: ' ', line: a[k]!, a: k, b: k });
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i] === b[start + j]) {
      ops.push({ kind: ' ', line: a[start + i]!, a: start + i, b: start + j }); i++; j++;
    } else if (i < n && (j === m || dp[i + 1]![j]! >= dp[i]![j + 1]!)) {
      ops.push({ kind: '-', line: a[start + i]!, a: start + i, b: start + j }); i++;
    } else {
      ops.push({ kind: '+', line: b[start + j]!, a: start + i, b: start + j }); j++;
    }
  }
  for (let k = 0; k < a.length - endA; k++) ops.push({ kind: ' ', line: a[endA + k]!, a: endA + k, b: endB + k });
  return ops;
}

/** `--- expected` / `+++ actual` hunks with `context` lines around each change; '' when equal. */
export function unifiedDiff(expected: string, actual: string, names: { expected: string; actual: string }, context = 3): string {
  if (expected === actual) return '';
  const ops = lcsOps(expected.split('\n'), actual.split('\n'));
  const out = [`--- ${names.expected}`, `+++ ${names.actual}`];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.kind === ' ') { k++; continue; }
    let lo = Math.max(0, k - context);
    let hi = k;
    // extend the hunk while changes are within 2*context lines of each other
    for (;;) {
      let next = hi;
      while (next < ops.length && ops[next]!.kind !== ' ') next++;
      let gap = next;
      while (gap < ops.length && ops[gap]!.kind === ' ' && gap - next < 2 * context) gap++;
      if (gap < ops.length && ops[gap]!.kind !== ' ') { hi = gap; continue; }
      hi = Math.min(ops.length, next + context);
      break;
    }
    const hunk = ops.slice(lo, hi);
    const aStart = hunk[0]!.a, bStart = hunk[0]!.b;
    const aLen = hunk.filter((o) => o.kind !== '+').length;
    const bLen = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${aLen ? aStart + 1 : aStart},${aLen} +${bLen ? bStart + 1 : bStart},${bLen} @@`);
    for (const o of hunk) out.push(`${o.kind}${o.line}`);
    k = hi;
    lo = hi;
  }
  return out.join('\n') + '\n';
}

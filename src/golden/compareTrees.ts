/** Compares an expected tree of text files with an actual one, file by file. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { unifiedDiff } from './unifiedDiff.js';

export interface TreeDifference {
  /** Path relative to the tree roots, with `/` separators. */
  path: string;
  kind: 'missing' | 'unexpected' | 'changed' | 'unsound';
  /** Unified diff for changed files; for an unsound CDS (the golden runner's verification), its report. */
  diff?: string;
}

export function listFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(root, p).split(sep).join('/'));
    }
  };
  walk(root);
  return out;
}

export function compareTrees(expectedRoot: string, actualRoot: string): TreeDifference[] {
  const expected = new Set(listFiles(expectedRoot));
  const actual = new Set(listFiles(actualRoot));
  const diffs: TreeDifference[] = [];
  for (const path of [...new Set([...expected, ...actual])].sort()) {
    if (!actual.has(path)) { diffs.push({ path, kind: 'missing' }); continue; }
    if (!expected.has(path)) { diffs.push({ path, kind: 'unexpected' }); continue; }
    const e = readFileSync(join(expectedRoot, path), 'utf8');
    const a = readFileSync(join(actualRoot, path), 'utf8');
    if (e !== a) diffs.push({ path, kind: 'changed', diff: unifiedDiff(e, a, { expected: `expected/${path}`, actual: `actual/${path}` }) });
  }
  return diffs;
}

/**
 * Makes directory `to` equal to `from` (files and folders), copying only what differs: the
 * fuzzer resets its systems to the template this way between runs, which costs a few reads when
 * the run was refused and changed nothing, instead of a copy of every CDS.
 */
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export function syncTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  const want = new Set(readdirSync(from));
  for (const name of readdirSync(to)) if (!want.has(name)) rmSync(join(to, name), { recursive: true, force: true });
  for (const name of want) {
    const src = join(from, name);
    const dst = join(to, name);
    const s = lstatSync(src);
    const d = existsSync(dst) || isLink(dst) ? lstatSync(dst) : undefined;
    if (s.isDirectory()) {
      if (d && !d.isDirectory()) rmSync(dst, { recursive: true, force: true });
      syncTree(src, dst);
    } else {
      if (d && (!d.isFile() || d.size !== s.size || !readFileSync(src).equals(readFileSync(dst)))) rmSync(dst, { recursive: true, force: true });
      else if (d) continue;
      copyFileSync(src, dst);
    }
  }
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

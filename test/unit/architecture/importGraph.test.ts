/**
 * The layering rules of the README's architecture section, checked on the source itself: no import
 * circle between files (and so none between folders), programs and utilities reach the runner only
 * through the program contract, and no utility imports another utility's folder. Type-only and
 * dynamic imports count: a circle of types is still a circle a reader has to untangle.
 */
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'";]*?from\s*['"](\.[^'"]+)['"]|(?:^|[\s;])import\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** Each source file (relative to src/) with the relative source files it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      const target = normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts');
      if (target.startsWith(src)) targets.push(relative(src, target));
    }
    graph.set(relative(src, file), targets);
  }
  return graph;
}

/** Strongly connected components of more than one node (Tarjan), each sorted. */
function circles(graph: Map<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** The folder a file belongs to for the layering: src/<top>, or src/utilities/<name> for a utility. */
function folderOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'utilities' && parts.length > 2) return `utilities/${parts[1]}`;
  return parts.length > 1 ? parts[0]! : '.';
}

const graph = importGraph();

test('the import graph is read (the rules below test something)', (t) => {
  t.true(graph.size > 100);
  t.true(graph.get('cli/main.ts')!.length > 0);
});

test('no file imports itself through a circle', (t) => {
  t.deepEqual(circles(graph), []);
});

test('no circle between folders', (t) => {
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    const set = folders.get(from) ?? new Set<string>();
    for (const target of targets) if (folderOf(target) !== from) set.add(folderOf(target));
    folders.set(from, set);
  }
  // A utility folder and the shared files of src/utilities are one layer each: fold them in
  // only for the top-level check, so `utilities/x -> utilities` is not a circle of its own.
  const top = new Map<string, string[]>();
  for (const [from, set] of folders) {
    const a = from.split('/')[0]!;
    const list = top.get(a) ?? [];
    for (const to of set) {
      const b = to.split('/')[0]!;
      if (b !== a && !list.includes(b)) list.push(b);
    }
    top.set(a, list);
  }
  t.deepEqual(circles(top), []);
});

test('utilities and SLUADMIN reach the runner only through the program contract', (t) => {
  const offenders = [...graph]
    .filter(([file]) => file.startsWith('utilities/') || file.startsWith('sluadmin/'))
    .flatMap(([file, targets]) => targets.filter((to) => to.startsWith('jes/')).map((to) => `${file} -> ${to}`));
  t.deepEqual(offenders, []);
});

test('no utility imports another utility', (t) => {
  const offenders = [...graph]
    .filter(([file]) => folderOf(file).startsWith('utilities/'))
    .flatMap(([file, targets]) =>
      targets
        .filter((to) => folderOf(to).startsWith('utilities/') && folderOf(to) !== folderOf(file) && folderOf(to) !== 'utilities/manifest')
        .map((to) => `${file} -> ${to}`),
    );
  t.deepEqual(offenders, []);
});

test('SLUADMIN imports no utility and JES no program: app gives each what it runs', (t) => {
  const offenders = [...graph].flatMap(([file, targets]) =>
    targets
      .filter(
        (to) =>
          (file.startsWith('sluadmin/') && to.startsWith('utilities/')) ||
          ((file.startsWith('jes/') || file.startsWith('jcl/')) && (to.startsWith('sluadmin/') || to.startsWith('utilities/'))),
      )
      .map((to) => `${file} -> ${to}`),
  );
  t.deepEqual(offenders, []);
});

test('the TMS stands below the program contract: it imports only core and the volser ranges of cds', (t) => {
  const offenders = [...graph]
    .filter(([file]) => file.startsWith('tms/'))
    .flatMap(([file, targets]) => targets.filter((to) => !to.startsWith('tms/') && !to.startsWith('core/') && to !== 'cds/volserRange.ts').map((to) => `${file} -> ${to}`));
  t.deepEqual(offenders, []);
});

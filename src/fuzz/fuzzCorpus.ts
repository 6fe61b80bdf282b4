/**
 * What the fuzzer mutates: the guide's JCL examples (fixtures/seed), the golden cases' JCL
 * (test/golden/*), the demo build jobs, the SLSIN decks held in-stream in all of those, and the
 * demo's parameter library members (SET VOLPARM and MGMTDEF input). Read once, in name order, so
 * that a seed picks the same sources on every machine.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export type SourceKind = 'jcl' | 'deck' | 'parmlib';

export interface FuzzSource {
  /** Where it came from, relative to the project: `fixtures/seed/ch02-export-stor.jcl`, `…#SLSIN2`. */
  name: string;
  kind: SourceKind;
  text: string;
  /** For a parmlib member: its member name (the fuzzer writes the mutant there). */
  member?: string;
}

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

const PARMLIB_MEMBERS = ['VOLPARM', 'MGMTCLAS', 'MGMTDRT'];

function jclFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jcl'))
    .sort()
    .map((f) => join(dir, f));
}

/** The in-stream SLSIN decks of a JCL stream (cards after `//SLSIN DD *|DATA` up to `/*` or `//`). */
export function slsinDecks(jcl: string): string[] {
  const decks: string[] = [];
  let current: string[] | undefined;
  for (const card of jcl.split(/\r?\n/)) {
    if (current) {
      if (card.startsWith('/*') || card.startsWith('//')) {
        decks.push(current.join('\n'));
        current = undefined;
      } else {
        current.push(card);
        continue;
      }
    }
    if (/^\/\/SLSIN\s+DD\s+(\*|DATA)/i.test(card)) current = [];
  }
  if (current) decks.push(current.join('\n'));
  return decks.filter((d) => d.trim() !== '');
}

export function loadCorpus(root = projectRoot): FuzzSource[] {
  const goldenDir = join(root, 'test/golden');
  const goldenCases = existsSync(goldenDir)
    ? readdirSync(goldenDir)
        .sort()
        .map((d) => join(goldenDir, d))
        .filter((d) => statSync(d).isDirectory())
    : [];
  const files = [
    ...jclFiles(join(root, 'fixtures/seed')),
    ...goldenCases.flatMap(jclFiles),
    join(root, 'fixtures/demo/build.jcl'),
    join(root, 'fixtures/demo/TAPEPLXB/build.jcl'),
  ].filter((f) => existsSync(f));
  const out: FuzzSource[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const name = relative(root, f).split('\\').join('/');
    out.push({ name, kind: 'jcl', text });
    slsinDecks(text).forEach((deck, i) => out.push({ name: `${name}#SLSIN${i + 1}`, kind: 'deck', text: deck }));
  }
  for (const member of PARMLIB_MEMBERS) {
    const f = join(root, 'fixtures/demo/parmlib', member);
    if (existsSync(f)) out.push({ name: `fixtures/demo/parmlib/${member}`, kind: 'parmlib', text: readFileSync(f, 'utf8'), member });
  }
  return out;
}

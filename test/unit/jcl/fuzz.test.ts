/**
 * Malformed streams never throw: random mutations of real JCL (cards dropped, duplicated,
 * truncated, characters changed) always end in a result, every diagnostic with an id and text.
 */
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { convertJcl } from '../../../src/jcl/convertJcl.js';

const sources = ['fixtures/seed', 'fixtures/jcl/corpus'].flatMap((d) =>
  readdirSync(path.resolve(d)).filter((f) => f.endsWith('.jcl')).map((f) => readFileSync(path.resolve(d, f), 'utf8')),
);

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOISE = ["'", '(', ')', ',', ' ', '&', '&&', '/', '*', '=', '.', '\t', '\u00AC', 'x', '//', '/*', 'DD ', 'EXEC ', 'PROC ', 'IF ', 'ENDIF', 'PEND'];

function mutate(text: string, r: () => number): string {
  const cards = text.split('\n');
  const n = 1 + Math.floor(r() * 6);
  for (let k = 0; k < n && cards.length > 0; k++) {
    const i = Math.floor(r() * cards.length);
    const c = cards[i]!;
    switch (Math.floor(r() * 5)) {
      case 0:
        cards.splice(i, 1);
        break;
      case 1:
        cards.splice(i, 0, c);
        break;
      case 2:
        cards[i] = c.slice(0, Math.floor(r() * (c.length + 1)));
        break;
      case 3: {
        const at = Math.floor(r() * (c.length + 1));
        cards[i] = c.slice(0, at) + NOISE[Math.floor(r() * NOISE.length)]! + c.slice(at + 1);
        break;
      }
      default:
        cards[i] = c.padEnd(Math.floor(r() * 90), r() < 0.5 ? ' ' : 'X');
    }
  }
  return cards.join('\n');
}

test('2000 mutated streams convert without throwing', (t) => {
  const r = rng(20260101);
  let diagnostics = 0;
  for (let i = 0; i < 2000; i++) {
    const src = sources[i % sources.length]!;
    const text = mutate(src, r);
    let result;
    try {
      result = convertJcl(text, { file: `fuzz${i}.jcl`, readMember: (_l, m) => (m === 'LOOP' ? '//LOOP PROC\n//S EXEC LOOP\n' : undefined), procLibs: ['SYS1.PROCLIB'] });
    } catch (e) {
      t.fail(`iteration ${i} threw ${(e as Error).stack}\n--- input ---\n${text}`);
      return;
    }
    for (const j of result.jobs) {
      for (const d of j.diagnostics) {
        if (!/^(IEFC|IEF|SIM)\d{3,4}[IWE]$/.test(d.id) || !d.text) t.fail(`bad diagnostic ${JSON.stringify(d)}`);
        diagnostics++;
      }
    }
  }
  t.true(diagnostics > 0);
});

test('a recursive procedure stops at the nesting limit', (t) => {
  const r = convertJcl('//J JOB\n//S EXEC LOOP', { file: 't.jcl', readMember: () => '//LOOP PROC\n//S EXEC LOOP\n', procLibs: ['L'] });
  t.true(r.jobs[0]!.diagnostics.some((d) => d.id === 'IEFC612I'));
});

test('empty and odd inputs', (t) => {
  for (const text of ['', '\n\n', '//', '/*', '//*', "'", '// IF', '//S EXEC', '//A DD DATA', '\r\n\t', '//' + 'X'.repeat(200)]) {
    t.notThrows(() => convertJcl(text, { file: 'e.jcl' }), JSON.stringify(text));
  }
});

import test from 'ava';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateStream } from '../../../src/jcl/benchConvertJcl.js';
import { parseOperands, parseOperandsWithGrammar, scanOperands } from '../../../src/jcl/parseOperands.js';
import { readCards } from '../../../src/jcl/readCards.js';
import { readStatements } from '../../../src/jcl/readStatements.js';

// The operand scanner must answer exactly what grammar/jcl.ohm answers, or decline. Held on every
// operand field of the project's JCL (fixtures, golden cases, examples, the bench stream) and on
// mutations of each.

const root = fileURLToPath(new URL('../../../../', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function fields(): string[] {
  const out = new Set<string>();
  const dirs = ['fixtures', join('test', 'golden'), join('test', 'examples'), 'examples'].map((d) => join(root, d)).filter((d) => statSync(d, { throwIfNoEntry: false })?.isDirectory());
  const sources = dirs.flatMap(files).filter((f) => /\.(jcl|txt)$/i.test(f) || /[\\/]parmlib[\\/]/.test(f));
  const texts = sources.map((f) => [f, readFileSync(f, 'utf8')] as const);
  texts.push(['bench.jcl', generateStream(3000)]);
  for (const [f, text] of texts) {
    for (const item of readStatements(readCards(text, f), f)) if (item.kind === 'statement' && item.stmt.operands !== '') out.add(item.stmt.operands);
  }
  return [...out];
}

test('on every operand field of the project the scanner answers as the grammar does, or declines', (t) => {
  const all = fields();
  const differ: string[] = [];
  let scanned = 0;
  for (const text of all) {
    const s = scanOperands(text);
    if (s === undefined) continue;
    scanned++;
    if (JSON.stringify({ ok: true, params: s }) !== JSON.stringify(parseOperandsWithGrammar(text))) differ.push(text);
  }
  t.deepEqual(differ, []);
  t.true(all.length > 300, `${all.length} fields`);
  t.true(scanned > all.length * 0.8, `${scanned} of ${all.length} scanned`);
});

test('on mutations of those fields it still agrees or declines, and declines every field the grammar refuses', (t) => {
  let seed = 4242;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const inserts = [',', '(', ')', "'", '=', "''", '.', 'A', '9', ' ', '()', '(,)', ',,', '=(', "'X'", '&', '.B', '¬', 'é'];
  const differ: string[] = [];
  let scanned = 0;
  let refused = 0;
  for (const base of fields()) {
    for (let k = 0; k < 8; k++) {
      const at = rand(base.length + 1);
      const ins = inserts[rand(inserts.length)]!;
      const text = rand(2) === 0 ? base.slice(0, at) + ins + base.slice(at) : base.slice(0, at) + ins + base.slice(at + 1);
      const s = scanOperands(text);
      const g = parseOperandsWithGrammar(text);
      if (!g.ok) {
        refused++;
        if (s !== undefined) differ.push(`accepted what the grammar refuses: ${text}`);
        continue;
      }
      if (s === undefined) continue;
      scanned++;
      if (JSON.stringify({ ok: true, params: s }) !== JSON.stringify(g)) differ.push(text);
    }
  }
  t.deepEqual(differ.slice(0, 20), []);
  t.true(scanned > 1000 && refused > 100, `${scanned} scanned, ${refused} refused`);
});

test('parseOperands: the scanner for what it reads, the grammar (with its error offset) for the rest', (t) => {
  t.deepEqual(parseOperands("PGM=SLUADMIN,PARM='MIXED'"), parseOperandsWithGrammar("PGM=SLUADMIN,PARM='MIXED'"));
  t.deepEqual(parseOperands('DSN=A.B(MEM),DISP=(,CATLG,DELETE),SPACE=(CYL,(1,1),RLSE)'), parseOperandsWithGrammar('DSN=A.B(MEM),DISP=(,CATLG,DELETE),SPACE=(CYL,(1,1),RLSE)'));
  for (const bad of ["PARM='OPEN", 'DISP=(OLD', 'A=B)', 'X Y']) {
    t.is(scanOperands(bad), undefined, bad);
    const r = parseOperands(bad);
    t.false(r.ok, bad);
    t.deepEqual(r, parseOperandsWithGrammar(bad));
  }
});

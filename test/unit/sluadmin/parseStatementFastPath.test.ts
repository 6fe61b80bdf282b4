import test from 'ava';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSlsinDeck } from '../../../src/bench/benchReadSlsin.js';
import { fastParse, parseStatement, parseWithGrammar } from '../../../src/sluadmin/parseStatement.js';
import { readStatements, type LogicalStatement } from '../../../src/sluadmin/readStatements.js';

// The scanner for plain statements must answer exactly what grammar/slsin.ohm answers, or
// decline. Held on every statement the project's decks hold (fixtures, golden cases, the bench
// deck), read as SLSIN and as PARMLIB, and on mutations of each.

const root = fileURLToPath(new URL('../../../../', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function corpus(): LogicalStatement[] {
  const out: LogicalStatement[] = [];
  // Decks: JCL streams (their in-stream SLSIN, and the JCL itself as hostile input), SLSIN and
  // PARMLIB members, generated MVCMAINT decks; not the expected outputs, manifests or data.
  const decks = [...files(join(root, 'fixtures')), ...files(join(root, 'test', 'golden'))].filter(
    (f) => !/[\\/]expected[\\/]/.test(f) && !/\.(json|rows|changes|manifest|md|txt)$/i.test(f) && !/MANIFEST$/.test(f),
  );
  for (const f of decks) {
    const records = readFileSync(f, 'utf8').split(/\r?\n/);
    out.push(...readStatements(records, f).statements, ...readStatements(records, f, { parmlib: true }).statements);
  }
  out.push(...readStatements(generateSlsinDeck(2000), 'bench').statements);
  const seen = new Set<string>();
  return out.filter((ls) => !seen.has(ls.text) && seen.add(ls.text));
}

/** A statement of one card from text, positions by offset. */
function statementOf(text: string): LogicalStatement {
  const pos = { file: 'mut', line: 1, column: 1 };
  return { text, pos, cards: [pos], tooLong: false, posAt: (o) => ({ file: 'mut', line: 1, column: o + 1 }) };
}

/** The scanner's answer and, when it gives one, the grammar's. */
const same = (ls: LogicalStatement): { fast: string | undefined; grammar?: string } => {
  const f = fastParse(ls);
  return f === undefined ? { fast: undefined } : { fast: JSON.stringify(f), grammar: JSON.stringify(parseWithGrammar(ls)) };
};

test('on every statement of the project the scanner answers as the grammar does, or declines', (t) => {
  const all = corpus();
  let fast = 0;
  const differ: string[] = [];
  for (const ls of all) {
    const r = same(ls);
    if (r.fast === undefined) continue;
    fast++;
    if (r.fast !== r.grammar) differ.push(ls.text);
  }
  t.deepEqual(differ, []);
  t.true(all.length > 500, `${all.length} statements`);
  // Most real statements are plain: the scanner must actually be taking them.
  t.true(fast > 300, `${fast} of ${all.length} taken by the scanner`);
});

test('on mutations of those statements (blanks, commas, parentheses, quotes, = inserted or swapped) it still agrees or declines', (t) => {
  let seed = 12345;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const inserts = [' ', ',', '(', ')', "'", '=', '  ', ' (', '( ', ' ,', ', ', '-', '.', 'A', '9', '_', '*', ')(', '(A)', "''"];
  const texts = corpus().map((ls) => ls.text).filter((x) => x.length < 200);
  const differ: string[] = [];
  let checked = 0;
  for (const base of texts) {
    for (let k = 0; k < 6; k++) {
      const at = rand(base.length + 1);
      const ins = inserts[rand(inserts.length)]!;
      const text = rand(2) === 0 ? base.slice(0, at) + ins + base.slice(at) : base.slice(0, at) + ins + base.slice(at + 1);
      const r = same(statementOf(text));
      if (r.fast === undefined) continue;
      checked++;
      if (r.fast !== r.grammar) differ.push(text);
    }
  }
  t.deepEqual(differ.slice(0, 20), []);
  t.true(checked > 1000, `${checked} mutations taken by the scanner`);
});

test('shapes at the edge: the scanner declines what only the grammar reads, and parseStatement gives the grammar\'s answer', (t) => {
  for (const text of [
    ' MGMT (PAY,ACCOUNT)', " SET VAULT DESC('DR Vault')", ' MGMTDEF DSN(HLQ.PARMS(MGMT))', ' X KEY()', ' X KEY=', ' X KEY=(A,B)',
    ' VTVRPT(ALL)', ' SCRATCH VOL(A00000-A00009),', ' X A.B(1)', ' X KEY =1', ' X K(A,,B)', ' X K(A B', '', '   ', ' 1ABC',
  ]) {
    const ls = statementOf(text);
    t.is(fastParse(ls), undefined, text);
    t.is(JSON.stringify(parseStatement(ls)), JSON.stringify(parseWithGrammar(ls)), text);
  }
  for (const text of [' VTVRPT ALL', 'SCRATCH VOL(A00000-A00009, B1 ,C2)', ' GLOBAL MAXVTV=65000,MVCFREE=60', ' X  A , B ,C  ', ' MVCMAINT MVC( M00001 ) READONLY(ON)']) {
    t.not(fastParse(statementOf(text)), undefined, text);
  }
});

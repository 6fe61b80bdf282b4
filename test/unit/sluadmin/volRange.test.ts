import test from 'ava';
import Database from 'better-sqlite3';
import { isVolser, overlaps, rangeCondition, rangeContains, rangeCount, rangeEnds, rangesCondition, rangesCount, rangeText, type VolRange, volserAt } from '../../../src/cds/volserRange.js';
import { isVolRangeError, parseVolRange } from '../../../src/sluadmin/parseVolRange.js';

function range(text: string): VolRange {
  const r = parseVolRange(text);
  if (isVolRangeError(r)) throw new Error(`${text}: ${r.error}`);
  return r;
}
const err = (text: string): string => {
  const r = parseVolRange(text);
  return isVolRangeError(r) ? r.error : 'no error';
};

test('volsers: 1-6 of A-Z 0-9 # @ $', (t) => {
  for (const v of ['A', 'A00000', '#@$123', '999999']) t.true(isVolser(v), v);
  for (const v of ['', 'A000000', 'a00000', 'A-0000', 'A 0000']) t.false(isVolser(v), v);
});

test('parse: prefix, numeric part, suffix; the text as coded is kept', (t) => {
  t.deepEqual(range('A00000-A00099'), { prefix: 'A', lo: 0, hi: 99, width: 5, suffix: '', text: 'A00000-A00099' });
  t.deepEqual(range('VT0000-VT9999'), { prefix: 'VT', lo: 0, hi: 9999, width: 4, suffix: '', text: 'VT0000-VT9999' });
  t.deepEqual(range('905000-999999'), { prefix: '', lo: 905000, hi: 999999, width: 6, suffix: '', text: '905000-999999' });
  t.deepEqual(range('A000BC-A999BC'), { prefix: 'A', lo: 0, hi: 999, width: 3, suffix: 'BC', text: 'A000BC-A999BC' });
  t.deepEqual(range('a00000-a00009'), { prefix: 'A', lo: 0, hi: 9, width: 5, suffix: '', text: 'A00000-A00009' });
});

test('parse: the numeric part is the rightmost digit run the two ends share', (t) => {
  // A12000-A12999: not prefix A12 + 000..999 but A + 12000..12999, the same set either way.
  t.deepEqual(range('A12000-A12999'), { prefix: 'A', lo: 12000, hi: 12999, width: 5, suffix: '', text: 'A12000-A12999' });
  // A1B000-A1B099: the run is 000..099 after A1B (the digit 1 is cut off by B).
  t.deepEqual(range('A1B000-A1B099'), { prefix: 'A1B', lo: 0, hi: 99, width: 3, suffix: '', text: 'A1B000-A1B099' });
  // Digits in only one end do not belong to the run.
  t.is(err('AB0000-A10000'), 'AB0000 AND A10000 DIFFER OUTSIDE THEIR NUMERIC PART');
  // The suffix holds no digits: in A000B0-A999B0 the run is the last 0, and the ends then differ.
  t.is(err('A000B0-A999B0'), 'A000B0 AND A999B0 DIFFER OUTSIDE THEIR NUMERIC PART');
});

test('a single volser is a range of one; without digits its width is 0', (t) => {
  t.deepEqual(range('B00001'), { prefix: 'B', lo: 1, hi: 1, width: 5, suffix: '', text: 'B00001' });
  t.deepEqual(range('FLOOR'), { prefix: 'FLOOR', lo: 0, hi: 0, width: 0, suffix: '', text: 'FLOOR' });
  t.is(rangeCount(range('FLOOR')), 1);
  t.deepEqual(range('ABCDEF-ABCDEF'), { prefix: 'ABCDEF', lo: 0, hi: 0, width: 0, suffix: '', text: 'ABCDEF-ABCDEF' });
});

test('parse errors say why', (t) => {
  t.is(err('A00099-A00000'), 'A00099 IS HIGHER THAN A00000');
  t.is(err('A0000-A00099'), 'A0000 AND A00099 DIFFER IN LENGTH');
  t.is(err('A00000-B00099'), 'A00000 AND B00099 DIFFER OUTSIDE THEIR NUMERIC PART');
  t.is(err('A00000-A00099B'), 'A00099B IS NOT A VOLSER');
  t.is(err('ABCDEF-ABCDEG'), 'ABCDEF-ABCDEG HAS NO NUMERIC PART TO INCREMENT');
  t.is(err('A-B-C'), 'NOT A VOLSER OR VOLSER RANGE');
  t.is(err('-A00000'), '(NOTHING) IS NOT A VOLSER');
  t.is(err('A00000-'), '(NOTHING) IS NOT A VOLSER');
  t.is(err('A0\u00C90'), 'A0\u00C90 IS NOT A VOLSER');
});

test('count, ends, volserAt, text', (t) => {
  const r = range('AB0100-AB0199');
  t.is(rangeCount(r), 100);
  t.deepEqual(rangeEnds(r), ['AB0100', 'AB0199']);
  t.is(volserAt(r, 150), 'AB0150');
  t.is(rangeText(r), 'AB0100-AB0199');
  t.is(rangeText(range('B00001')), 'B00001');
  t.is(rangeCount(range('000000-999999')), 1000000);
  t.is(rangesCount([range('A00000-A00009'), range('B1'), range('C00-C99')]), 111);
});

test('contains: same shape, digits in the numeric part, number within the bounds', (t) => {
  const r = range('VT0010-VT0019');
  t.true(rangeContains(r, 'VT0010'));
  t.true(rangeContains(r, 'vt0015'));
  t.true(rangeContains(r, 'VT0019'));
  t.false(rangeContains(r, 'VT0009'));
  t.false(rangeContains(r, 'VT0020'));
  t.false(rangeContains(r, 'VT001'));
  t.false(rangeContains(r, 'VT00100'));
  t.false(rangeContains(r, 'VX0015'));
  t.false(rangeContains(r, 'VT00A5'));
  const s = range('A000BC-A999BC');
  t.true(rangeContains(s, 'A123BC'));
  t.false(rangeContains(s, 'A123BD'));
  t.true(rangeContains(range('FLOOR'), 'FLOOR'));
  t.false(rangeContains(range('FLOOR'), 'FLOORS'));
});

test('overlap: same shape and meeting intervals', (t) => {
  t.true(overlaps(range('A00000-A00099'), range('A00099-A00199')));
  t.false(overlaps(range('A00000-A00099'), range('A00100-A00199')));
  t.false(overlaps(range('A00000-A00099'), range('B00000-B00099')));
  t.false(overlaps(range('A0000-A0099'), range('A00000-A00099')));
  t.true(overlaps(range('A12000-A12999'), range('A12500')));
});

test('SQL: a single volser is an equality, a range a BETWEEN plus a GLOB of its shape, all bound', (t) => {
  t.deepEqual(rangeCondition('volser', range('B00001')), { sql: 'volser = ?', params: ['B00001'] });
  t.deepEqual(rangeCondition('v.volser', range('VT0000-VT0099')), {
    sql: '(v.volser BETWEEN ? AND ? AND v.volser GLOB ?)',
    params: ['VT0000', 'VT0099', 'VT[0-9][0-9][0-9][0-9]'],
  });
  t.deepEqual(rangesCondition('volser', []), { sql: '0', params: [] });
  t.deepEqual(rangesCondition('volser', [range('A1'), range('B1')]), { sql: '(volser = ? OR volser = ?)', params: ['A1', 'B1'] });
});

test('SQL: the column is checked, never user text', (t) => {
  t.throws(() => rangeCondition('volser; DROP TABLE x', range('A1')), { message: /not a column name/ });
  t.throws(() => rangesCondition("a'b", []), { message: /not a column name/ });
});

test('SQL uses the volser index (a range scan, not a table scan)', (t) => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE vtv (volser TEXT PRIMARY KEY, x INT) WITHOUT ROWID');
  const w = rangesCondition('volser', [range('A00000-A00099'), range('B00001')]);
  const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT * FROM vtv WHERE ${w.sql}`).all(...w.params) as { detail: string }[]).map((r) => r.detail).join(' | ');
  t.regex(plan, /SEARCH|MULTI-INDEX/);
  t.notRegex(plan, /^SCAN/);
  db.close();
});

/** A small deterministic PRNG (mulberry32) for the population. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

test('SQL selects exactly the volsers rangeContains accepts, over a tricky population', (t) => {
  const rand = rng(42);
  const pick = (s: string): string => s[Math.floor(rand() * s.length)]!;
  const volsers = new Set<string>();
  // Random volsers of every length, digits and letters mixed, plus near-misses around range ends.
  for (let i = 0; i < 4000; i++) {
    const len = 1 + Math.floor(rand() * 6);
    let v = '';
    for (let k = 0; k < len; k++) v += pick(rand() < 0.6 ? '0123456789' : 'ABVT#@$');
    volsers.add(v);
  }
  for (const v of ['VT0000', 'VT0099', 'VT0100', 'VT00A0', 'VT009', 'VT00990', 'A000BC', 'A999BC', 'A500BD', 'A500CC', 'A50BC', 'A5000BC', 'B00001', 'B0000', '905000', '999999', '904999', 'FLOOR', 'FLOORX'])
    volsers.add(v);
  const db = new Database(':memory:');
  db.exec('CREATE TABLE vol (volser TEXT PRIMARY KEY)');
  const ins = db.prepare('INSERT INTO vol VALUES (?)');
  db.transaction(() => {
    for (const v of volsers) ins.run(v);
  })();

  const cases = [
    ['VT0000-VT0099'],
    ['A000BC-A999BC'],
    ['905000-999999', 'B00001'],
    ['FLOOR'],
    ['0-9'],
    ['00-99', 'A0-A9', '#0-#9'],
    ['V0000-V9999', 'T00-T99'],
    ['$@0000-$@9999'],
  ];
  for (const texts of cases) {
    const ranges = texts.map(range);
    const w = rangesCondition('volser', ranges);
    const got = (db.prepare(`SELECT volser FROM vol WHERE ${w.sql} ORDER BY volser`).all(...w.params) as { volser: string }[]).map((r) => r.volser);
    const want = [...volsers].filter((v) => ranges.some((r) => rangeContains(r, v))).sort();
    t.deepEqual(got, want, texts.join(','));
  }
  db.close();
});

test('a million-volser range is arithmetic: no expansion, SQL still a few parameters', (t) => {
  const r = range('000000-999999');
  t.is(rangeCount(r), 1_000_000);
  t.is(rangeCondition('volser', r).params.length, 3);
});

import test from 'ava';
import { canonicalRange, overlaps, parseRangeText, rangeCondition, rangeText, volserAt, type CanonicalRange } from '../../../src/cds/volserRange.js';
import { tempCds } from '../../helpers/tempCds.js';

const ok = (low: string, high: string): CanonicalRange => {
  const r = canonicalRange(low, high);
  if ('error' in r) throw new Error(r.error);
  return r;
};

test('the canonical split takes the rightmost shared digit run', (t) => {
  t.deepEqual(ok('AB0000', 'AB9999'), { prefix: 'AB', lo: 0, hi: 9999, width: 4, suffix: '' });
  t.deepEqual(ok('A12000', 'A12999'), { prefix: 'A', lo: 12000, hi: 12999, width: 5, suffix: '' });
  t.deepEqual(ok('905000', '999999'), { prefix: '', lo: 905000, hi: 999999, width: 6, suffix: '' });
  t.deepEqual(ok('AA00BB', 'AA99BB'), { prefix: 'AA', lo: 0, hi: 99, width: 2, suffix: 'BB' });
  t.deepEqual(ok('V1000', 'V1999'), { prefix: 'V', lo: 1000, hi: 1999, width: 4, suffix: '' });
  t.deepEqual(ok('ABCDEF', 'ABCDEF'), { prefix: 'ABCDEF', lo: 0, hi: 0, width: 0, suffix: '' });
});

test('bad ranges say why', (t) => {
  t.regex((canonicalRange('A0099', 'A0001') as { error: string }).error, /higher/);
  t.regex((canonicalRange('A001', 'A0001') as { error: string }).error, /length/);
  t.regex((canonicalRange('A00001', 'B00001') as { error: string }).error, /outside/);
  t.regex((canonicalRange('ABCDEF', 'ABCDEG') as { error: string }).error, /numeric/);
  t.regex((canonicalRange('AB-123', 'AB-124') as { error: string }).error, /not a volser/);
  t.regex((parseRangeText('A-B-C') as { error: string }).error, /not a volser/);
});

test('overlap needs the same shape and meeting intervals', (t) => {
  t.true(overlaps(ok('A10000', 'A19999'), ok('A12000', 'A12999')));
  t.false(overlaps(ok('A10000', 'A19999'), ok('A20000', 'A29999')));
  t.false(overlaps(ok('V1000', 'V1999'), ok('V10000', 'V19999')));
  t.true(overlaps(ok('AV1000', 'AV1999'), ok('AV1999', 'AV1999')));
});

test('volserAt and rangeText', (t) => {
  const r = ok('AM1000', 'AM1299');
  t.is(volserAt(r, 1005), 'AM1005');
  t.is(rangeText(r), 'AM1000-AM1299');
  t.is(rangeText(ok('AM1000', 'AM1000')), 'AM1000');
});

test('rangeCondition matches exactly the range and uses the primary key', (t) => {
  const tc = tempCds(false);
  t.teardown(() => tc.dispose());
  const db = tc.cds.db;
  const ins = db.prepare('INSERT INTO vtv (volser) VALUES (?)');
  for (const v of ['A09999', 'A10000', 'A1000B', 'A15000', 'A19999', 'A20000', 'AB1500']) ins.run(v);
  const c = rangeCondition('volser', ok('A10000', 'A19999'));
  const got = (db.prepare(`SELECT volser FROM vtv WHERE ${c.sql} ORDER BY volser`).all(...c.params) as { volser: string }[]).map((r) => r.volser);
  t.deepEqual(got, ['A10000', 'A15000', 'A19999']);
  const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT volser FROM vtv WHERE ${c.sql}`).all(...c.params) as { detail: string }[]).map((r) => r.detail).join(' ');
  t.regex(plan, /USING (COVERING )?INDEX|USING PRIMARY KEY/);
});

import test from 'ava';
import { unifiedDiff } from '../../../src/golden/unifiedDiff.js';

const names = { expected: 'e', actual: 'a' };

test('equal texts give no diff', (t) => {
  t.is(unifiedDiff('a\nb\n', 'a\nb\n', names), '');
});

test('one changed line in the middle gives one hunk with context', (t) => {
  const e = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].join('\n');
  const a = ['1', '2', '3', '4', 'X', '6', '7', '8', '9'].join('\n');
  t.is(unifiedDiff(e, a, names), ['--- e', '+++ a', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+X', ' 6', ' 7', ' 8', ''].join('\n'));
});

test('distant changes give two hunks; insertions and deletions are counted', (t) => {
  const e = Array.from({ length: 20 }, (_, i) => `L${i}`);
  const a = [...e];
  a.splice(2, 1);
  a.splice(15, 0, 'NEW');
  const d = unifiedDiff(e.join('\n'), a.join('\n'), names);
  const hunks = d.split('\n').filter((l) => l.startsWith('@@'));
  t.deepEqual(hunks, ['@@ -1,6 +1,5 @@', '@@ -14,6 +13,7 @@']);
  t.true(d.includes('-L2\n'));
  t.true(d.includes('+NEW\n'));
});

test('diff against an empty text lists every line', (t) => {
  t.is(unifiedDiff('', 'x\ny', names), ['--- e', '+++ a', '@@ -1,1 +1,2 @@', '-', '+x', '+y', ''].join('\n'));
});

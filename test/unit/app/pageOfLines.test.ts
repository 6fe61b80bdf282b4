/** Browse's pager over files larger than its read size: line numbers, the last page, FIND across read boundaries. */
import test from 'ava';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countFileLines, pageOfLines } from '../../../src/app/views/pageOfLines.js';

const dir = mkdtempSync(join(tmpdir(), 'elsim-pager-'));
test.after.always(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

// 40,000 lines of 60-odd bytes: 2.6 MB, over two 1 MB reads and many 64 KB FIND reads.
const N = 40_000;
const lineText = (i: number): string => `LINE ${String(i).padStart(6, '0')} ${'x'.repeat(i % 50)} VTV V${String(i).padStart(5, '0')}`;
const big = file('big.txt', Array.from({ length: N }, (_, k) => lineText(k + 1)).join('\n') + '\n');

test('pages by line number anywhere in a large file', (t) => {
  const top = pageOfLines(big, { from: 1, count: 100 });
  t.is(top.first, 1);
  t.is(top.lines.length, 100);
  t.is(top.lines[0], lineText(1));
  t.true(top.more);
  t.is(top.total, N, 'a file under 8 MB is counted');
  for (const at of [17_000, 17_001, 39_950]) {
    const p = pageOfLines(big, { from: at, count: 100 });
    t.is(p.first, at);
    t.is(p.lines[0], lineText(at));
    t.is(p.lines.at(-1), lineText(Math.min(N, at + 99)));
  }
  const end = pageOfLines(big, { from: 39_950, count: 100 });
  t.is(end.lines.length, 51);
  t.false(end.more);
});

test('the last page and the line count', (t) => {
  const last = pageOfLines(big, { from: 'last', count: 200 });
  t.is(last.first, N - 199);
  t.is(last.lines.length, 200);
  t.is(last.lines.at(-1), lineText(N));
  t.false(last.more);
  t.is(last.total, N);
  t.is(countFileLines(big), N);
  const small = file('small.txt', 'a\nb\nc');
  t.deepEqual(pageOfLines(small, { from: 'last', count: 200 }), { first: 1, lines: ['a', 'b', 'c'], more: false, total: 3 });
  t.is(countFileLines(small), 3);
  const empty = file('empty.txt', '');
  t.deepEqual(pageOfLines(empty, { from: 1, count: 10 }), { first: 1, lines: [], more: false, total: 0 });
  t.deepEqual(pageOfLines(empty, { from: 'last', count: 10 }), { first: 1, lines: [], more: false, total: 0 });
});

test('FIND is case-insensitive, starts at the line asked, and finds hits across read boundaries', (t) => {
  for (const i of [1, 1000, 17_123, 31_999, N]) {
    const needle = `v${String(i).padStart(5, '0')}`;
    const p = pageOfLines(big, { from: 1, count: 20, find: needle });
    t.is(p.found, i, needle);
    t.is(p.first, i);
    t.is(p.lines[0], lineText(i));
  }
  const next = pageOfLines(big, { from: 2, count: 20, find: 'LINE 000001 ' });
  t.is(next.found, 0, 'a hit before the starting line is not found');
  const from = pageOfLines(big, { from: 30_000, count: 20, find: 'vtv' });
  t.is(from.found, 30_000);
  const none = pageOfLines(big, { from: 1, count: 20, find: 'NOT IN THE FILE' });
  t.is(none.found, 0);
  t.is(none.first, 1);
});

test('a hit that straddles two 64 KB reads is found on its line', (t) => {
  // Lines of 100 bytes: byte 65,536 falls inside line 656 (bytes 65,500-65,599).
  const lines = Array.from({ length: 2000 }, (_, k) => `${String(k + 1).padStart(5, '0')} ${'-'.repeat(94)}`);
  lines[655] = `${'-'.repeat(30)}NEEDLE-AT-THE-EDGE${'-'.repeat(51)}`;
  const p = file('edge.txt', lines.join('\n') + '\n');
  const r = pageOfLines(p, { from: 1, count: 5, find: 'needle-at-the-edge' });
  t.is(r.found, 656);
  t.is(r.lines[0], lines[655]);
});

test('CRLF records are shown without their carriage return; text is UTF-8', (t) => {
  const p = file('crlf.txt', 'ONE\r\nTWO ‘Q’\r\n');
  t.deepEqual(pageOfLines(p, { from: 1, count: 10 }).lines, ['ONE', 'TWO ‘Q’']);
  t.is(pageOfLines(p, { from: 1, count: 10, find: '‘Q’' }).found, 2);
});

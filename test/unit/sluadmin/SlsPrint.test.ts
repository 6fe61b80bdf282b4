import test from 'ava';
import { PAGE_LAYOUT, SlsPrint, spread } from '../../../src/sluadmin/SlsPrint.js';

const NOW = new Date('2024-03-05T10:20:30Z');

test('every page starts with the two heading lines and a blank line (132 columns)', (t) => {
  const p = new SlsPrint({ mixed: true, now: NOW });
  p.section('Control Card Image Listing');
  p.line('hello');
  const r = p.records();
  t.is(r.length, 4);
  t.true(r[0]!.startsWith('SLUADMIN (7.3.0)'));
  t.true(r[0]!.endsWith('Page 0001'));
  t.is(r[0]!.length, PAGE_LAYOUT.width);
  t.true(r[0]!.includes(PAGE_LAYOUT.product));
  t.true(r[1]!.startsWith('TIME 10:20:30'));
  t.true(r[1]!.endsWith('DATE 2024-03-05'));
  t.is(r[1]!.length, PAGE_LAYOUT.width);
  const title = r[1]!.indexOf('Control Card Image Listing');
  t.is(title, Math.floor((132 - 'Control Card Image Listing'.length) / 2));
  t.is(r[2], '');
  t.is(r[3], 'hello');
});

test('without PARM=MIXED everything is printed in upper case', (t) => {
  const p = new SlsPrint({ mixed: false, now: NOW });
  p.section('Scratch Update');
  p.line("desc 'DR Vault'");
  p.message('SLS0155I', 0);
  const r = p.records();
  t.true(r[0]!.endsWith('PAGE 0001'));
  t.true(r[1]!.includes('SCRATCH UPDATE'));
  t.is(r[3], "DESC 'DR VAULT'");
  t.is(r[4], 'SLS0155I CONDITION CODE FOR UTILITY FUNCTION IS 0');
});

test('messages come from the SLS or SIM catalogue; an unknown id is a bug', (t) => {
  const p = new SlsPrint({ mixed: true, now: NOW });
  p.message('SLS0001I', 'FROB');
  p.message('SIM0308I');
  t.deepEqual(p.records().slice(3), ['SLS0001I Invalid Command FROB', 'SIM0308I NO UTILITY CONTROL STATEMENTS IN SLSIN']);
  t.throws(() => p.message('SLS9999I'), { message: /neither the SLS nor the SIM catalogue/ });
});

test('pages hold 60 lines; a full page starts a new one with the headings and the section title', (t) => {
  const p = new SlsPrint({ mixed: true, now: NOW });
  p.section('VTV Report');
  p.headings(['VTVID   SIZE', '------  ----']);
  for (let i = 1; i <= 120; i++) p.line(`line ${i}`);
  const r = p.records();
  const pages = r.filter((l) => l.startsWith('SLUADMIN'));
  t.deepEqual(pages.map((l) => l.slice(-9)), ['Page 0001', 'Page 0002', 'Page 0003']);
  // Each page is at most 60 lines.
  const starts = r.flatMap((l, i) => (l.startsWith('SLUADMIN') ? [i] : []));
  for (let k = 0; k < starts.length; k++) t.true((starts[k + 1] ?? r.length) - starts[k]! <= 60);
  // Page 2 repeats the title and the column headings, then continues the lines.
  const p2 = starts[1]!;
  t.true(r[p2 + 1]!.includes('VTV Report'));
  t.deepEqual(r.slice(p2 + 2, p2 + 5), ['', 'VTVID   SIZE', '------  ----']);
  t.is(r[p2 + 5], 'line 56');
  t.is(r[starts[0]! + 59], 'line 55');
});

test('a new section always starts a new page; headings start one only when the page has lines', (t) => {
  const p = new SlsPrint({ mixed: true, now: NOW });
  p.section('First');
  p.headings(['A']);
  p.line('x');
  p.headings(['B']);
  p.section('Second');
  p.line('y');
  const r = p.records();
  t.deepEqual(
    r.filter((l) => l.startsWith('SLUADMIN')).map((l) => l.slice(-4)),
    ['0001', '0002', '0003'],
  );
  t.deepEqual(r.slice(0, 5).slice(3), ['A', 'x']);
  t.is(r[8], 'B');
  t.true(r[10]!.includes('Second'));
  t.is(r[12], 'y');
});

test('lines before any section get a page of their own; trailing blanks are trimmed', (t) => {
  const p = new SlsPrint({ mixed: true, now: NOW });
  p.line('early   ');
  const r = p.records();
  t.true(r[0]!.startsWith('SLUADMIN'));
  t.is(r[3], 'early');
});

test('the time and date come from the Date given, in UTC', (t) => {
  const p = new SlsPrint({ mixed: true, now: new Date('2031-12-31T23:59:58Z') });
  p.section('X');
  t.true(p.records()[1]!.startsWith('TIME 23:59:58'));
  t.true(p.records()[1]!.endsWith('DATE 2031-12-31'));
});

test('a streaming listing sends whole pages to its sink, in order, the same lines as a held one', (t) => {
  const print = (p: SlsPrint): void => {
    p.section('VTV Report');
    p.headings(['VOLSER   SIZE', '------   ----']);
    for (let i = 0; i < 10_000; i++) p.line(`V${String(i).padStart(5, '0')}   ${i}`);
    p.section('Second');
    p.line('last');
  };
  const held = new SlsPrint({ mixed: false, now: NOW });
  print(held);
  const calls: string[][] = [];
  const streamed = new SlsPrint({ mixed: false, now: NOW, sink: (rs) => calls.push(rs) });
  print(streamed);
  t.true(calls.length > 1, 'pages went out while the listing was printed');
  for (const c of calls) t.is(c[0]!.startsWith('SLUADMIN'), true, 'each call starts at a page heading');
  t.is(streamed.records().length > 0, true, 'the last lines wait for flush');
  streamed.flush();
  t.deepEqual(streamed.records(), []);
  t.deepEqual(calls.flat(), held.records());
  streamed.flush();
  t.is(calls.flat().length, held.records().length, 'a second flush sends nothing');
});

test('heading lines: the centre text overwrites the left, the right overwrites both, nothing goes past the width', (t) => {
  // The layout as a row of characters, each part written over the one before.
  const reference = (left: string, centre: string, right: string, width: number): string => {
    const chars = Array.from({ length: width }, () => ' ');
    const put = (at: number, s: string): void => {
      for (let i = 0; i < s.length; i++) if (at + i >= 0 && at + i < width) chars[at + i] = s[i]!;
    };
    put(0, left);
    put(Math.max(left.length + 1, Math.floor((width - centre.length) / 2)), centre);
    put(width - right.length, right);
    return chars.join('').trimEnd();
  };
  t.is(spread('AB', 'CENTRE', 'Page 0001', 30), 'AB          CENTRE   Page 0001');
  t.is(spread('LEFT', 'A TITLE LONGER THAN THE LINE', 'R', 20), 'LEFT A TITLE LONGERR');
  let seed = 7;
  const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const text = (n: number): string => Array.from({ length: rnd(n) }, () => ' AB'[rnd(3)]!).join('');
  for (let i = 0; i < 5000; i++) {
    const args = [text(30), text(50), text(30), rnd(40)] as const;
    t.is(spread(...args), reference(...args), JSON.stringify(args));
  }
});

test('the page number is the only thing that changes on the first heading line of later pages', (t) => {
  const p = new SlsPrint({ mixed: true, now: new Date('2026-01-01T00:00:00Z'), linesPerPage: 13 });
  p.section('Scratch Update');
  for (let i = 0; i < 40; i++) p.line(`L${i}`);
  const firsts = p.records().filter((r) => r.startsWith('SLUADMIN'));
  t.true(firsts.length >= 4);
  firsts.forEach((r, i) => t.is(r, spread('SLUADMIN (7.3.0)', 'StorageTek Enterprise Library Software Utility', `Page ${String(i + 1).padStart(4, '0')}`, 132)));
});

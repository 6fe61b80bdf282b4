import test from 'ava';
import { readCards } from '../../../src/jcl/readCards.js';

const cards = (text: string) => [...readCards(text, 't.jcl')];

test('classifies every record kind by columns 1-3', (t) => {
  const kinds = cards(
    ['//J JOB', '// DD X', '//* COMMENT', '//', '/*', '/*JOBPARM S=*', '/*ROUTE PRINT LOCAL', 'DATA CARD', '', '/ONE SLASH'].join('\n'),
  ).map((c) => c.kind);
  t.deepEqual(kinds, ['statement', 'statement', 'comment', 'null', 'delimiter', 'jes2', 'jes2', 'data', 'data', 'data']);
});

test('a // card with text only in columns 73-80 is a null statement', (t) => {
  const [c] = cards('//' + ' '.repeat(70) + '00010000');
  t.is(c!.kind, 'null');
});

test('strips \\r, trailing blanks and keeps 80 columns', (t) => {
  const [a, b] = cards('//J JOB   \r\n' + 'X'.repeat(79) + 'YZZZ');
  t.is(a!.image, '//J JOB');
  t.is(b!.image, 'X'.repeat(79) + 'Y');
  t.is(b!.diags?.[0]?.id, 'SIM0103W');
  t.is(b!.line, 2);
});

test('tabs are expanded with a warning', (t) => {
  const [c] = cards('//S\tEXEC PGM=X');
  t.is(c!.image, '//S     EXEC PGM=X');
  t.is(c!.diags?.[0]?.id, 'SIM0102W');
});

test('jes2 cards carry their verb, and a final newline makes no card', (t) => {
  const cs = cards('/*SCAN\n');
  t.is(cs.length, 1);
  t.is(cs[0]!.jes2Verb, 'SCAN');
});

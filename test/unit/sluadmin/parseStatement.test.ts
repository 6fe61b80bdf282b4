import test from 'ava';
import { parseStatement, type ParseFailure, type ParseSuccess } from '../../../src/sluadmin/parseStatement.js';
import { readStatements } from '../../../src/sluadmin/readStatements.js';
import { seedDecks } from './readStatements.test.js';

const parse = (...cards: string[]) => parseStatement(readStatements(cards, 'T').statements[0]!);
function ok(...cards: string[]): ParseSuccess {
  const r = parse(...cards);
  if (!r.ok) throw new Error(`did not parse: ${JSON.stringify(r)}`);
  return r;
}
function fails(...cards: string[]): ParseFailure {
  const r = parse(...cards);
  if (r.ok) throw new Error('parsed');
  return r;
}
const shape = (r: ParseSuccess) => [r.statement.verb, ...r.statement.operands.map((o) => [o.keyword, o.form, o.values])];

test('verb alone', (t) => {
  t.deepEqual(shape(ok(' VTVRPT')), ['VTVRPT']);
});

test('bare, parenthesised and equals operands, separated by blanks or commas', (t) => {
  t.deepEqual(shape(ok(' DRTEST CREATE NOUPDPRD DRACS(01),HOST(MVS1,MVS2) , SPARE')), [
    'DRTEST',
    ['CREATE', 'bare', undefined],
    ['NOUPDPRD', 'bare', undefined],
    ['DRACS', 'paren', ['01']],
    ['HOST', 'paren', ['MVS1', 'MVS2']],
    ['SPARE', 'bare', undefined],
  ]);
  t.deepEqual(shape(ok(' GLOBAL MAXVTV=65000 LOCKSTR=STK_VTCS_LOCKS VTSSS=(VTSS1,VTSS2) -', ' CHANIF=0A:0')), [
    'GLOBAL',
    ['MAXVTV', 'equals', ['65000']],
    ['LOCKSTR', 'equals', ['STK_VTCS_LOCKS']],
    ['VTSSS', 'equals', ['VTSS1', 'VTSS2']],
    ['CHANIF', 'equals', ['0A:0']],
  ]);
});

test('values: ranges, blanks inside lists, quoted strings with doubled apostrophes, nested lists, member names', (t) => {
  t.deepEqual(shape(ok(" X VOL( A00000-A00099 , B1 C2 ) DESC('It''s a vault') -", ' L((A,B),C) DSN(HLQ.PARMS(MGMT))')), [
    'X',
    ['VOL', 'paren', ['A00000-A00099', 'B1', 'C2']],
    ['DESC', 'paren', ["It's a vault"]],
    ['L', 'paren', [['A', 'B'], 'C']],
    ['DSN', 'paren', ['HLQ.PARMS(MGMT)']],
  ]);
});

test('empty value lists and a keyword= with nothing after it parse (validation reports them)', (t) => {
  t.deepEqual(shape(ok(' X VOL() MAXVTV=')), ['X', ['VOL', 'paren', []], ['MAXVTV', 'equals', []]]);
});

test('leniency: a blank between keyword and parenthesis attaches the list, with SIM0302I', (t) => {
  const r = ok('  EXPORT MGMT (PAY,ACCOUNT) MANIFEST(MOVE1)');
  t.deepEqual(shape(r), ['EXPORT', ['MGMT', 'paren', ['PAY', 'ACCOUNT']], ['MANIFEST', 'paren', ['MOVE1']]]);
  t.deepEqual(r.notes.map((n) => [n.id, n.text]), [['SIM0302I', 'CARD 1: BLANK BETWEEN MGMT AND ITS PARENTHESIS IGNORED']]);
});

test('operands carry their card and column; operand texts are kept as coded', (t) => {
  const r = ok(' POOLPARM TYPE(MVC) -', '     NAME(P1)');
  t.deepEqual(r.statement.operands.map((o) => [o.pos.line, o.pos.column]), [[1, 11], [2, 6]]);
  t.deepEqual(r.operandTexts, ['TYPE(MVC)', 'NAME(P1)']);
  t.is(r.statement.text, 'POOLPARM TYPE(MVC) NAME(P1)');
  t.deepEqual(r.statement.cards.map((c) => c.line), [1, 2]);
});

test('leniency: a keyword operand right after ")" or "\'" is the next operand, with SIM0190I; other run-ons stay errors', (t) => {
  const r = ok('STOR NAME(DRLOC)ACS(00) MEDIA(STK1RD)');
  t.deepEqual(shape(r), ['STOR', ['NAME', 'paren', ['DRLOC']], ['ACS', 'paren', ['00']], ['MEDIA', 'paren', ['STK1RD']]]);
  t.deepEqual(r.notes.map((n) => [n.id, n.text, n.card?.column]), [['SIM0190I', 'CARD 1: NO BLANK BEFORE ACS - READ AS THE NEXT OPERAND', 17]]);
  t.deepEqual(shape(ok(" SET VAULT DESC('DR')NAME=VLT1")), ['SET', ['VAULT', 'bare', undefined], ['DESC', 'paren', ['DR']], ['NAME', 'equals', ['VLT1']]]);
  t.deepEqual(shape(ok(' SERVER NAME(TMVSB)IP(192.168.1.10)PORT(60000)')), ['SERVER', ['NAME', 'paren', ['TMVSB']], ['IP', 'paren', ['192.168.1.10']], ['PORT', 'paren', ['60000']]]);
  // A bare word, a list or a quote glued on is still a syntax error.
  fails(' STOR NAME(DRLOC)EXTRA');
  fails(' STOR NAME(DRLOC)(X)');
  fails(" STOR NAME(DRLOC)'X'");
});

test('syntax errors: the parm offset counts from the first operand, with the text near the error', (t) => {
  // MGMT's list runs on (PAY, MANIFEST(MOVE1)) and misses its ")" at the end of the statement.
  const unbalanced = fails(' EXPORT MGMT(PAY MANIFEST(MOVE1)');
  t.is(unbalanced.verb, 'EXPORT');
  t.is(unbalanced.parmOffset, 25);
  t.is(unbalanced.near, 'ANIFEST(MOVE1)'.slice(-12));
  t.deepEqual([unbalanced.pos.line, unbalanced.pos.column], [1, 33]);

  const stray = fails(' EXPORT MGMT(PAY)) MANIFEST(MOVE1)');
  t.is(stray.parmOffset, 10);
  t.is(stray.near, ') MANIFEST(M');

  const open = fails(' SCRATCH VOL(A00000');
  t.is(open.verb, 'SCRATCH');
  t.is(open.parmOffset, 11);
  t.is(open.near, 'H VOL(A00000'); // at the end: the 12 characters before it

  const quote = fails(" SET VAULT DESC('DR Vault)");
  t.is(quote.verb, 'SET');
});

test('a statement that does not start with a verb has no verb', (t) => {
  t.is(fails(' 123 ABC').verb, undefined);
  t.is(fails(' (A)').verb, undefined);
  t.is(fails(' \u2022 bullet').verb, undefined);
});

test('characters outside the statement alphabet are syntax errors', (t) => {
  const r = fails(' VTVRPT VTVID(A00000)\u2022');
  t.is(r.verb, 'VTVRPT');
  t.is(r.parmOffset, 14);
});

test('every statement of the seed guide decks parses, except the print mistakes', (t) => {
  // Lost continuations leave `KEYWORD=value` cards that start no statement (fixtures/seed/INDEX.md).
  // The STOR card that lost the blank between two operands is read with SIM0190I.
  const mistake = /^(LOCKSTR|REPLICAT|RECLAIMTHRESHLD|SYNCHREP)=/;
  let statements = 0;
  for (const d of seedDecks()) {
    for (const s of readStatements(d.cards, d.name, { parmlib: d.parmlib }).statements) {
      statements++;
      const r = parseStatement(s);
      t.is(r.ok, !mistake.test(s.text), `${d.name}: ${s.text}`);
    }
  }
  t.true(statements > 300);
});

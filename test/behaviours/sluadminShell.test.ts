// Behaviours of SLUADMIN itself, whatever utilities it has.
import test from 'ava';
import { fakeRegistry } from '../unit/sluadmin/fakeUtilities.js';
import { conditionCodes, runSlsin, tempCds } from './sluadminHarness.js';

test('missing SLSIN: SIM0309I on SLSPRINT, return code 12', (t) => {
  const r = runSlsin({ registry: fakeRegistry, slsin: undefined });
  t.is(r.rc, 12);
  t.true(r.text.includes('SIM0309I SLSIN DD STATEMENT MISSING - NO UTILITY FUNCTIONS PROCESSED'));
  t.deepEqual(conditionCodes(r.lines), []);
});

test('missing SLSPRINT: a JESYSMSG line, return code 12', (t) => {
  const r = runSlsin({ registry: fakeRegistry, slsin: [' FAKERPT'], slsprint: false });
  t.is(r.rc, 12);
  t.deepEqual(r.sysmsg, ['SIM0310I SLUADMIN STEP STEP1: SLSPRINT DD STATEMENT MISSING - NO UTILITY FUNCTIONS PROCESSED']);
  t.deepEqual(r.lines, []);
});

test('empty SLSIN, or only comments and blank cards: the listing, SIM0308I, return code 0', (t) => {
  for (const slsin of [[], ['* only a comment', '', ' /* and another */']]) {
    const r = runSlsin({ registry: fakeRegistry, slsin });
    t.is(r.rc, 0);
    t.true(r.text.includes('SIM0308I NO UTILITY CONTROL STATEMENTS IN SLSIN'));
    t.true(r.lines[1]!.includes('Control Card Image Listing'));
  }
});

test('an unknown verb: SLS0001I, return code 12, nothing after it runs', (t) => {
  const r = runSlsin({ registry: fakeRegistry, slsin: [' FROBNICATE', " FAKENOCDS ECHO('never')"] });
  t.is(r.rc, 12);
  t.true(r.text.includes('SLS0001I Invalid Command FROBNICATE'));
  t.false(r.text.includes('ECHO never'));
});

test('comments and continuations reach the utility as one statement', (t) => {
  const c = tempCds();
  t.teardown(c.cleanup);
  const r = runSlsin({
    registry: fakeRegistry,
    slscntl: c.path,
    slsin: [
      '* scratch the DR test range',
      ' FAKEUPD VOL(A00000-A00099,  /* first range */ -',
      '             B00000-B00009) -',
      '* a comment card between continued cards',
      '         MGMT(PA+',
      '         Y) COUNT(2)',
    ],
  });
  t.is(r.rc, 0, r.text);
  t.true(r.text.includes('FAKE VOLSER=[{"prefix":"A","lo":0,"hi":99,"width":5,"suffix":"","text":"A00000-A00099"},{"prefix":"B","lo":0,"hi":9,"width":5,"suffix":"","text":"B00000-B00009"}] MGMTCLAS="PAY" COUNT=2'));
});

test('leniencies from decks pasted from the guide run, each noted under its card', (t) => {
  const c = tempCds();
  t.teardown(c.cleanup);
  const r = runSlsin({
    registry: fakeRegistry,
    slscntl: c.path,
    slsin: ['FAKEUPD VOL(A00000) MGMT (PAY) DESC(\u2018DR Vault\u2019)', ' fakerpt all'],
  });
  t.is(r.rc, 0, r.text);
  const listing = r.lines.slice(0, r.lines.findIndex((l, i) => i > 0 && l.startsWith('SLUADMIN')));
  t.deepEqual(listing.slice(4), [
    '    1   FAKEUPD VOL(A00000) MGMT (PAY) DESC(\u2018DR Vault\u2019)',
    '        SIM0301I CARD 1: TEXT IN COLUMN 1 READ AS PART OF THE STATEMENT',
    '        SIM0303I CARD 1: TYPOGRAPHIC QUOTATION MARK READ AS AN APOSTROPHE',
    '        SIM0302I CARD 1: BLANK BETWEEN MGMT AND ITS PARENTHESIS IGNORED',
    '    2    fakerpt all',
  ]);
  t.true(r.text.includes('DESC="DR Vault"'));
});

test('32,767 characters is the longest statement: one more is SLS0241I, return code 12', (t) => {
  // FAKENOCDS ECHO('xxx…') continued with + to exactly the length wanted.
  const statement = (length: number): string[] => {
    const head = "FAKENOCDS ECHO('";
    const text = head + 'X'.repeat(length - head.length - 2) + "')";
    const cards: string[] = [];
    for (let i = 0; i < text.length; i += 70) cards.push(' ' + text.slice(i, i + 70) + (i + 70 < text.length ? '+' : ''));
    return cards;
  };
  const ok = runSlsin({ registry: fakeRegistry, slsin: statement(32767) });
  t.is(ok.rc, 0, ok.text.slice(-500));
  const long = runSlsin({ registry: fakeRegistry, slsin: statement(32768) });
  t.is(long.rc, 12);
  t.true(long.text.includes('SLS0241I Invalid utility control statement FAKENOCDS'));
});

test('an unclosed comment: SIM0305W under its card, return code at least 4', (t) => {
  const r = runSlsin({ registry: fakeRegistry, slsin: [" FAKENOCDS ECHO('a') /* note", " FAKENOCDS ECHO('b')"] });
  t.is(r.rc, 4);
  t.true(r.text.includes('SIM0305W COMMENT BEGUN ON CARD 1 IS NOT CLOSED - THE REST OF SLSIN IS COMMENT'));
  t.true(r.text.includes('ECHO a'));
  t.false(r.text.includes('ECHO b'));
});

test('any deck ends in codes, never in an exception', (t) => {
  const decks = [
    [' FAKEUPD ((((', ' )))'],
    [" FAKEUPD DESC('unclosed"],
    [' FAKEUPD VOL(A00000) ,,,'],
    [' =', ' -', ' +'],
    ['\u0000\u0001\u00ff garbage'],
    [' FAKECFG', ' ALPHA', ' (', ' BETA DEVNO=(1,2)'],
    [' SET', ' SET ,', ' SET FAKEOPT LEVEL((1))'],
    ['*', '/*', '*/', ' FAKERPT ALL=', ' FAKERPT ALL()'],
    [' FAKEUPD VOL(' + 'A'.repeat(60) + ')'],
  ];
  for (const slsin of decks) {
    const r = runSlsin({ registry: fakeRegistry, slsin });
    t.true([0, 4, 8, 12].includes(r.rc), `${JSON.stringify(slsin)} → ${r.rc}`);
    t.false(r.text.includes('SIM0315E'), r.text);
  }
});

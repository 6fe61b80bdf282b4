import test from 'ava';
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { conditionCodes, dumpTables, messageIds, runSlsin, tempCds, type HarnessOptions } from '../../behaviours/sluadminHarness.js';
import { fakeRegistry } from './fakeUtilities.js';

function run(slsin: string[], opts: Omit<HarnessOptions, 'slsin'> = {}) {
  return runSlsin({ registry: fakeRegistry, slsin, ...opts });
}
function logRows(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const has = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'fake_log'").get();
    return has ? (db.prepare('SELECT verb || \' \' || detail AS r FROM fake_log ORDER BY seq').all() as { r: string }[]).map((x) => x.r) : [];
  } finally {
    db.close();
  }
}

test('the listing echoes every card, numbered, before any function runs; one section per function', (t) => {
  const c = tempCds();
  t.teardown(c.cleanup);
  const r = run(['* deck', ' FAKEUPD VOL(A00000)', '', ' FAKERPT'], { slscntl: c.path });
  t.is(r.rc, 0);
  const titles = r.lines.filter((_, i) => r.lines[i - 1]?.startsWith('SLUADMIN')).map((l) => l.replace(/\s+/g, ' '));
  t.deepEqual(titles, ['TIME 10:20:30 Control Card Image Listing DATE 2024-03-05', 'TIME 10:20:30 Fake Update DATE 2024-03-05', 'TIME 10:20:30 Fake Report DATE 2024-03-05']);
  t.deepEqual(r.lines.slice(3, 8), [
    ' CARD   ----+----1----+----2----+----3----+----4----+----5----+----6----+----7----+----8',
    '    1   * deck',
    '    2    FAKEUPD VOL(A00000)',
    '    3',
    '    4    FAKERPT',
  ]);
  t.deepEqual(conditionCodes(r.lines), [0, 0]);
});

test('a committed function changes the CDS; values reach the utility typed', (t) => {
  const c = tempCds();
  t.teardown(c.cleanup);
  const r = run([' FAKEUPD VOL(A00000-A00009) MGMT(PAY) MODE(ALL)'], { slscntl: c.path });
  t.is(r.rc, 0);
  t.deepEqual(logRows(c.path), [
    'FAKEUPD VOLSER=[{"prefix":"A","lo":0,"hi":9,"width":5,"suffix":"","text":"A00000-A00009"}] MGMTCLAS="PAY" MODE="ALLMOUNT" COUNT=1',
  ]);
  t.true(r.text.includes('SIM0316I FAKE - DONE'));
});

test('code 8 or more, a rollback request, and a read-only utility leave the CDS as it was', (t) => {
  const c = tempCds();
  t.teardown(c.cleanup);
  run([' FAKEUPD VOL(A00000)'], { slscntl: c.path });
  const before = dumpTables(c.path);
  const r = run([' FAKEUPD VOL(B00000) RC(8)', ' FAKEUPD VOL(C00000) UNDO', ' FAKERPT', ' FAKEUPD VOL(D00000) RC(4)'], { slscntl: c.path });
  t.deepEqual(conditionCodes(r.lines), [8, 0, 0, 4]);
  t.is(r.rc, 8);
  const after = logRows(c.path);
  t.deepEqual(after.length, 2);
  t.true(after[1]!.includes('D00000'));
  t.notDeepEqual(dumpTables(c.path), before);
  // The report counted the one committed row before D00000's and its own insert did not survive.
  t.true(r.text.includes('\n1\n'));
});

test('a utility that throws: SIM0315E, code 12, rolled back, nothing after it processed, no stack trace', (t) => {
  const c = tempCds();
  t.teardown(c.cleanup);
  const r = run([' FAKEUPD VOL(A00000) FAIL', ' FAKEUPD VOL(B00000)'], { slscntl: c.path });
  t.is(r.rc, 12);
  t.deepEqual(conditionCodes(r.lines), [12]);
  t.true(r.text.includes('SIM0315E INTERNAL ERROR IN FAKEUPD - fake failure - FUNCTION ENDED, CDS CHANGES BACKED OUT'));
  t.false(r.text.includes('    at '));
  t.deepEqual(logRows(c.path), []);
});

test('parameter errors: the message, code 8, and the next statement still runs', (t) => {
  const c = tempCds();
  t.teardown(c.cleanup);
  const r = run([' FAKEUPD VOL(A00000) BOGUS', ' FAKEUPD VOL(B00000) MGMT(A) STOR(B)', ' FAKEUPD VOL(C00000)'], { slscntl: c.path });
  t.is(r.rc, 8);
  t.deepEqual(conditionCodes(r.lines), [8, 8, 0]);
  t.deepEqual(messageIds(r.lines).filter((id) => id.startsWith('SLS000')), ['SLS0005I', 'SLS0004I']);
  t.is(logRows(c.path).length, 1);
});

test('syntax errors: SLS0006I with the offset and the text near it, code 8', (t) => {
  const c = tempCds();
  t.teardown(c.cleanup);
  const r = run([' FAKEUPD VOL(A00000', ' FAKEUPD VOL(B00000)'], { slscntl: c.path });
  t.true(r.text.includes('SLS0006I Syntax error at parm offset 11 for FAKEUPD command -----D VOL(A00000'));
  t.deepEqual(conditionCodes(r.lines), [8, 0]);
});

test('an unknown verb: SLS0001I, code 12, and SLUADMIN stops reading', (t) => {
  const c = tempCds();
  t.teardown(c.cleanup);
  const r = run([' FAKEUPD VOL(A00000)', ' FROBNICATE ALL', ' FAKEUPD VOL(B00000)'], { slscntl: c.path });
  t.is(r.rc, 12);
  t.deepEqual(conditionCodes(r.lines), [0, 12]);
  t.true(r.text.includes('SLS0001I Invalid Command FROBNICATE'));
  t.is(logRows(c.path).length, 1);
});

test('a real ELS function elsim does not emulate: SIM0307I, code 12', (t) => {
  const r = run([' AUDIT VTSS(DRVTSS)']);
  t.is(r.rc, 12);
  t.true(r.text.includes('SIM0307I AUDIT IS AN ELS UTILITY THAT ELSIM DOES NOT EMULATE'));
  t.true(run([' SET VAULT ADD NAME(X)']).text.includes('SIM0307I SET VAULT IS AN ELS UTILITY'));
});

test('a statement that does not start with a command, and one over 32,767 characters: SLS0241I, code 12', (t) => {
  const r = run([' (A) B']);
  t.is(r.rc, 12);
  t.true(r.text.includes('SLS0241I Invalid utility control statement (A) B'));
  const cards = [' FAKEUPD DESC(+'];
  for (let i = 0; i < 480; i++) cards.push(' ' + 'X'.repeat(69) + '+');
  cards.push(' X)');
  const long = run(cards);
  t.is(long.rc, 12);
  t.true(long.text.includes('SLS0241I Invalid utility control statement FAKEUPD DESC(XXXXXXXXXXXXXXXXXXXXXXXXXXX...'));
});

test('SET dispatches on its option, by abbreviation; an unknown option is SLS0005I, code 8', (t) => {
  const c = tempCds();
  t.teardown(c.cleanup);
  const r = run([' SET FAKEOPT LEVEL(3)', ' SET FAKE LEVEL(4)', ' SET FAK LEVEL(5)', ' SET BOGUS', ' SET'], { slscntl: c.path });
  t.deepEqual(conditionCodes(r.lines), [0, 0, 8, 8, 8]);
  t.true(r.text.includes('LEVEL 3'));
  t.true(r.text.includes('LEVEL 4'));
  t.true(r.text.includes('SLS0005I Parameter error on FAK for SET command'));
  t.true(r.text.includes('SLS0005I Parameter error on BOGUS for SET command'));
  t.true(r.text.includes('SLS0006I Syntax error at parm offset 1 for SET command -----'));
});

test('verbs by minimum abbreviation and alias; shorter is not the command', (t) => {
  const c = tempCds();
  t.teardown(c.cleanup);
  t.deepEqual(conditionCodes(run([' FAKE VOL(A00000)', ' FAKEUPDATE VOL(A00001)', ' fakerpt'], { slscntl: c.path }).lines), [0, 0, 0]);
  const r = run([' FAK VOL(A00000)'], { slscntl: c.path });
  t.true(r.text.includes('SLS0001I Invalid Command FAK'));
});

test('a deck utility takes the statements of its deck; the deck ends at the next utility', (t) => {
  const c = tempCds();
  t.teardown(c.cleanup);
  const r = run([' FAKECFG RESET', ' ALPHA NAME=V1 LOW=5', ' BET DEVNO=1A00 CHANIF=0C', ' FAKERPT'], { slscntl: c.path });
  t.is(r.rc, 0);
  t.deepEqual(conditionCodes(r.lines), [0, 0]);
  t.deepEqual(logRows(c.path), ['ALPHA ALPHA NAME=V1 LOW=5', 'BETA BET DEVNO=1A00 CHANIF=0C']);
});

test('a deck with a bad statement is refused whole (code 8), errors of every statement listed', (t) => {
  const c = tempCds();
  t.teardown(c.cleanup);
  const r = run([' FAKECFG', ' ALPHA NAME=V1 LOW=500', ' GAMMA X=1', ' BETA DEVNO=1I00', ' FAKERPT'], { slscntl: c.path });
  t.deepEqual(conditionCodes(r.lines), [8, 0]);
  t.deepEqual(messageIds(r.lines).filter((id) => id.startsWith('SLS')), ['SLS0002I', 'SLS0001I', 'SLS0002I', 'SLS0155I', 'SLS0155I']);
  t.deepEqual(
    r.lines.filter((l) => l.startsWith('SIM0317I')),
    ['SIM0317I STATEMENT ON CARD 2: ALPHA NAME=V1 LOW=500', 'SIM0317I STATEMENT ON CARD 3: GAMMA X=1', 'SIM0317I STATEMENT ON CARD 4: BETA DEVNO=1I00'],
  );
  t.deepEqual(logRows(c.path), []);
});

test('deck leniencies: a sub-statement on the deck card, and KEYWORD= cards joined to the statement before', (t) => {
  const c = tempCds();
  t.teardown(c.cleanup);
  const r = run([' FAKECFG ALPHA NAME=V1', ' BETA DEVNO=1A00', ' CHANIF=0C', ' ALPHA NAME=V2', 'LOW=7'], { slscntl: c.path });
  t.is(r.rc, 0, r.text);
  t.deepEqual(logRows(c.path), ['ALPHA ALPHA NAME=V1', 'BETA BETA DEVNO=1A00 CHANIF=0C', 'ALPHA ALPHA NAME=V2 LOW=7']);
  t.true(r.text.includes('        SIM0412I CONFIG CARD 1: ALPHA STATEMENT CODED ON THE CONFIG STATEMENT'));
  t.true(r.text.includes('        SIM0401I CARD 3: CHANIF CONTINUES THE BETA STATEMENT BEFORE IT (NO CONTINUATION MARK)'));
  t.true(r.text.includes('        SIM0401I CARD 5: LOW CONTINUES THE ALPHA STATEMENT BEFORE IT (NO CONTINUATION MARK)'));
});

test('CDS: SLSCNTL when present, else the CDS HSC has open; messages when there is none', (t) => {
  const a = tempCds();
  const b = tempCds();
  t.teardown(a.cleanup);
  t.teardown(b.cleanup);
  // Active CDS through the catalog.
  let r = run([' FAKEUPD VOL(A00000)'], { system: { activeCds: 'HLQ.DBASEPRM', datasets: { 'HLQ.DBASEPRM': a.path } } });
  t.is(r.rc, 0);
  t.is(logRows(a.path).length, 1);
  // SLSCNTL wins over the active one.
  r = run([' FAKEUPD VOL(A00000)'], { slscntl: b.path, system: { activeCds: 'HLQ.DBASEPRM', datasets: { 'HLQ.DBASEPRM': a.path } } });
  t.is(logRows(b.path).length, 1);
  t.is(logRows(a.path).length, 1);
  // No SLSCNTL and HSC down.
  r = run([' FAKEUPD VOL(A00000)'], { system: { hscActive: false, activeCds: undefined } });
  t.is(r.rc, 12);
  t.true(r.text.includes('SIM0312I NO CDS FOR FAKEUPD - HSC IS NOT ACTIVE AND THE STEP HAS NO SLSCNTL DD'));
  // A deck utility that needs SLSCNTL.
  r = run([' FAKECFG'], { system: { activeCds: 'HLQ.DBASEPRM', datasets: { 'HLQ.DBASEPRM': a.path } } });
  t.true(r.text.includes('SIM0313I FAKECFG NEEDS AN SLSCNTL DD NAMING THE CDS'));
  // Not cataloged, missing file, not a CDS.
  r = run([' FAKEUPD VOL(A00000)'], { system: { activeCds: 'HLQ.GONE', datasets: {} } });
  t.true(r.text.includes('SIM0314I CDS HLQ.GONE CANNOT BE OPENED - NOT IN THE CATALOG'));
  r = run([' FAKEUPD VOL(A00000)'], { slscntl: join(a.dir, 'nothing') });
  t.true(r.text.includes('SIM0314I CDS TEST.CDS CANNOT BE OPENED - ITS FILE DOES NOT EXIST'));
  const junk = join(a.dir, 'junk');
  writeFileSync(junk, 'this is not a database, just text that is long enough to have a header page');
  r = run([' FAKEUPD VOL(A00000)'], { slscntl: junk });
  t.regex(r.text, /SIM0314I CDS TEST\.CDS CANNOT BE OPENED - NOT A CDS: THE FILE IS NOT A SQLITE\s+DATABASE \(SIM1501E\)/);
  t.is(readFileSync(junk, 'utf8').length, 75, 'the file is left as it was');
  t.is(r.rc, 12);
});

test('a utility that needs the subsystem is refused when HSC is down; cds none opens nothing', (t) => {
  let r = run([" FAKENOCDS ECHO('hi')"], { system: { hscActive: false } });
  t.is(r.rc, 12);
  t.true(r.text.includes('SIM0311I HSC/VTCS IS NOT ACTIVE - FAKENOCDS NEEDS THE SUBSYSTEM'));
  r = run([" FAKENOCDS ECHO('hi')"]);
  t.is(r.rc, 0);
  t.true(r.text.includes('ECHO hi'));
});

test('set-based deletes over ranges through rangesCondition', (t) => {
  const c = tempCds((cds) => {
    cds.db.exec('CREATE TABLE fake_vol (volser TEXT PRIMARY KEY)');
    const ins = cds.db.prepare('INSERT INTO fake_vol VALUES (?)');
    for (const v of ['A00000', 'A00005', 'A00010', 'A0005', 'B00001', 'B00002']) ins.run(v);
  });
  t.teardown(c.cleanup);
  const r = run([' FAKEDEL VOL(A00000-A00009,B00002)'], { slscntl: c.path });
  t.true(r.text.includes('DELETED 3'));
});

test('PARM: MIXED keeps case; other values are noted and ignored; without MIXED the listing is upper case', (t) => {
  let r = run([" FAKENOCDS ECHO('hi')"], { parm: 'MIXED,LINECNT=40' });
  t.true(r.text.includes('SIM0306I PARM LINECNT=40 NOT RECOGNISED - IGNORED'));
  t.true(r.text.includes('ECHO hi'));
  r = run([" FAKENOCDS ECHO('hi')"], { parm: '' });
  t.true(r.text.includes('ECHO HI'));
  t.true(r.text.includes('SLS0155I CONDITION CODE FOR UTILITY FUNCTION IS 0'));
});

test('the step code is the highest condition code', (t) => {
  const c = tempCds();
  t.teardown(c.cleanup);
  t.is(run([' FAKEUPD VOL(A) RC(4)', ' FAKEUPD VOL(A) RC(0)'], { slscntl: c.path }).rc, 4);
  t.is(run([' FAKEUPD VOL(A) RC(4)', ' FAKEUPD VOL(A) RC(8)', ' FAKEUPD VOL(A) RC(0)'], { slscntl: c.path }).rc, 8);
});

import test from 'ava';
import type { ExecutionContext } from 'ava';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Utility } from '../../../src/sluadmin/types.js';
import { mgmtdefSchema } from '../../../src/utilities/mgmtdef/schema.js';
import { runMgmtdef } from '../../../src/utilities/mgmtdef/run.js';
import { dumpCds } from '../../../src/cds/dumpCds.js';
import { tempCds, type TempCds } from '../../helpers/tempCds.js';
import { validated } from '../../helpers/validated.js';
import { utilityContext, type TestContext } from '../../helpers/utilityContext.js';
import { runUtility } from '../../helpers/runUtility.js';

const mgmtdef: Utility = { schema: mgmtdefSchema, run: runMgmtdef };

/** Catalogs HLQ.PARMLIB with one member in the test's directory, runs MGMTDEF DSN(HLQ.PARMLIB(MEMBER)). */
function run(tc: TempCds, member: string[] | undefined, dsn = 'HLQ.PARMLIB(MGMTCLAS)'): { rc: number; ctx: TestContext } {
  const lib = join(tc.dir, 'HLQ.PARMLIB');
  mkdirSync(lib, { recursive: true });
  if (member) writeFileSync(join(lib, 'MGMTCLAS'), member.join('\n') + '\n');
  const ctx = utilityContext(tc.cds, { datasets: { 'HLQ.PARMLIB': lib } });
  const out = runUtility(mgmtdef, ctx, validated(mgmtdefSchema, `MGMTDEF DSN(${dsn})`));
  return { rc: out.rc, ctx };
}

const q = (tc: TempCds, sql: string): unknown[] => tc.cds.db.prepare(sql).all();

/** Every MGMT/STOR statement of the seed guide that is a whole statement (FIGURES 4-8/4-9, 4-15/4-16, A-5/A-6, A-15/A-16, CODE EXAMPLES 7-5, the VLE chapter, the checkpoint example). */
const seedClasses = [
  'STOR NAME(LOCAL1) ACS(00) MEDIA(STK1R)',
  'STOR NAME(EEPA1) TAPEPLEX(TAPEPLXB)',
  'MGMT NAME(LOCEEX1) MIGPOL(LOCAL1) EEXPOL(EEPA1)',
  'STOR NAME(DRVLT1) ACS(00) MEDIA(STK1RD)',
  'STOR NAME(TPEPLXA1) MVCPOOL(AMVCCTR)',
  'STOR NAME(TPEPLXA2) MVCPOOL(AMVCDR)',
  'MGMT NAME(LOCPLXA) MIGPOL(TPEPLXA2)',
  'MGMT NAME(VSMREPL) REPLICAT(YES) MIGPOL(REPLSTR1,REPLSTR2)',
  'STOR NAME(REPLSTR1) ACS(00) MEDIA(STK1R) MIRATE(RECEIVER)',
  'STOR NAME(REPLSTR2) ACS(01) MEDIA(STK1R) MIGRATE(RECEIVER)',
  'STOR NAME(REMLIB) STORMNGR(TMVSB)',
  'STOR NAME(LOCAL) ACS(01) MVCPOOL(MVCP1)',
  'MGMT NAME(CRITICAL) MIGPOL(LOCAL) IMMWAIT(0) DELSCR(YES)',
  'MGMT NAME(DR)  MIGPOL(LOCAL,REMOTE) IMMDELAY(0)',
  'STOR NAME(REMOTE) ACS(01)',
  'STOR NAME(VLE1) STORMNGR(SITE1VLE) MVCPOOL(LOCAL)',
  'STOR NAME(VLE2) STORMNGR(SITE2VLE) MVCPOOL(VAULT1)',
  'MGMT NAME(VLEMGMT) DELSCR(YES) MIGPOL(VLE1,VLE2)',
  'VTSSLST NAME(SITEA) VTSS(VSMPR1)',
  'VTSSSEL FUNCTION(SCRATCH) HOST(MVSA) VTSSLST(SITEA)',
  'VTSSSEL FUNCTION(SPECIFIC) HOST(MVSA) VTSSLST(SITEA)',
];

function definePools(tc: TempCds, ...names: string[]): void {
  names.forEach((n, i) => tc.cds.db.prepare("INSERT INTO pool (name, type, seq) VALUES (?, 'MVC', ?)").run(n, i + 1));
}

test('the seed guide\'s class statements load, MIRATE read as MIGRATE, IMMWAIT as IMMDELAY', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  definePools(tc, 'AMVCCTR', 'AMVCDR', 'MVCP1', 'LOCAL', 'VAULT1');
  const { rc, ctx } = run(tc, seedClasses);
  t.is(rc, 0, ctx.report.text());
  const text = ctx.report.text();
  t.regex(text, /^ {4}9 {3}STOR NAME\(REPLSTR1\) ACS\(00\) MEDIA\(STK1R\) MIRATE\(RECEIVER\)\n {8}SIM0444I CARD 9: MIRATE READ AS MIGRATE$/m);
  t.regex(text, /SIM0445I 12 STORAGE CLASSES, 6 MANAGEMENT CLASSES, 1 VTSS LISTS AND 2 VTSS SELECTIONS LOADED FROM HLQ.PARMLIB\(MGMTCLAS\)/);
  t.deepEqual(q(tc, "SELECT name, acs, media, migrate FROM stor_class WHERE name LIKE 'REPLSTR%' ORDER BY seq"), [
    { name: 'REPLSTR1', acs: '00', media: 'STK1R', migrate: 'RECEIVER' },
    { name: 'REPLSTR2', acs: '01', media: 'STK1R', migrate: 'RECEIVER' },
  ]);
  t.deepEqual(q(tc, "SELECT kind, pos, stor FROM mgmt_policy WHERE mgmt = 'LOCEEX1' ORDER BY kind, pos"), [
    { kind: 'EEXPOL', pos: 1, stor: 'EEPA1' },
    { kind: 'MIGPOL', pos: 1, stor: 'LOCAL1' },
  ]);
  t.regex(text, /^ {3}13 {3}MGMT NAME\(CRITICAL\) MIGPOL\(LOCAL\) IMMWAIT\(0\) DELSCR\(YES\)\n {8}SIM0444I CARD 13: IMMWAIT READ AS IMMDELAY$/m);
  t.deepEqual(q(tc, "SELECT delscr, immdelay FROM mgmt_class WHERE name = 'CRITICAL'"), [{ delscr: 'YES', immdelay: 0 }]);
  t.deepEqual(q(tc, "SELECT replicat FROM mgmt_class WHERE name = 'VSMREPL'"), [{ replicat: 'YES' }]);
  t.deepEqual(q(tc, 'SELECT function, host, vtsslst FROM vtss_sel ORDER BY seq'), [
    { function: 'SCRATCH', host: 'MVSA', vtsslst: 'SITEA' },
    { function: 'SPECIFIC', host: 'MVSA', vtsslst: 'SITEA' },
  ]);
  t.regex(text, /^VLEMGMT +VLE1,VLE2 +DELSCR\(YES\)$/m);
  t.true(text.split('\n').every((l) => l.replace(/^\[heading\] /, '').length <= 132), 'a line is wider than the 132-column print');
});

test('a second MGMTDEF replaces every definition', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  definePools(tc, 'AMVCCTR', 'AMVCDR', 'MVCP1', 'LOCAL', 'VAULT1');
  t.is(run(tc, seedClasses).rc, 0);
  t.is(run(tc, ['STOR NAME(DRVLE) STORMNGR(SITE2VLE) MVCPOOL(LOCAL)', 'MGMT NAME(VLEMGMT) DELSCR(YES) MIGPOL(DRVLE)']).rc, 0);
  t.deepEqual(q(tc, 'SELECT name FROM stor_class'), [{ name: 'DRVLE' }]);
  t.deepEqual(q(tc, 'SELECT mgmt, stor FROM mgmt_policy'), [{ mgmt: 'VLEMGMT', stor: 'DRVLE' }]);
  t.is(q(tc, 'SELECT * FROM vtss_sel').length, 0);
});

test('an MVC pool or ACS the CDS does not have is a warning; the classes load', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  const { rc, ctx } = run(tc, ['STOR NAME(LOCAL) ACS(07) MVCPOOL(NOPOOL)', 'MGMT NAME(PAY) MIGPOL(LOCAL)']);
  t.is(rc, 4);
  t.regex(ctx.report.text(), /SIM0442W STORCLAS LOCAL ON CARD 1: MVCPOOL\(NOPOOL\) IS NOT AN MVC POOL OF THIS CDS/);
  t.regex(ctx.report.text(), /SIM0443W STORCLAS LOCAL ON CARD 1: ACS\(07\) IS NOT AN ACS OF THIS CDS/);
  t.is(q(tc, 'SELECT * FROM mgmt_class').length, 1);
});

function refused(t: ExecutionContext, member: string[] | undefined, message: RegExp, dsn?: string): void {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  t.is(run(tc, ['STOR NAME(KEEP) ACS(00)', 'MGMT NAME(KEEPME) MIGPOL(KEEP)']).rc, 0);
  const before = JSON.stringify(dumpCds(tc.cds));
  const { rc, ctx } = run(tc, member, dsn);
  t.is(rc, 8, ctx.report.text());
  t.regex(ctx.report.text(), message);
  t.is(JSON.stringify(dumpCds(tc.cds)), before);
}

test('MIGPOL to an undefined storage class is refused', (t) => {
  refused(t, ['STOR NAME(LOCAL) ACS(00)', 'MGMT NAME(PAY) MIGPOL(LOCAL,OFF1)'], /^ {4}2 {3}MGMT NAME\(PAY\) MIGPOL\(LOCAL,OFF1\)\n {8}SIM0441E MGMTCLAS PAY ON CARD 2: MIGPOL NAMES STORAGE CLASS OFF1, WHICH IS NOT DEFINED$/m);
  refused(t, ['STOR NAME(LOCAL) ACS(00)', 'MGMT NAME(PAY) MIGPOL(LOCAL) EEXPOL(EEPA1)'], /SIM0441E MGMTCLAS PAY ON CARD 2: EEXPOL NAMES STORAGE CLASS EEPA1/);
});

test('duplicates, ARCHAGE without ARCHPOL and undefined VTSS lists are refused', (t) => {
  refused(t, ['STOR NAME(LOCAL) ACS(00)', 'STOR NAME(LOCAL) ACS(01)'], /SIM0403E DUPLICATE STORCLAS LOCAL ON CARD 2/);
  refused(t, ['STOR NAME(LOCAL) ACS(00)', 'MGMT NAME(PAY) MIGPOL(LOCAL) ARCHAGE(30)'], /SIM0446E MGMTCLAS PAY ON CARD 2: ARCHAGE NEEDS ARCHPOL/);
  refused(t, ['STOR NAME(LOCAL) ACS(00)', 'MGMT NAME(PAY) MIGPOL(LOCAL,LOCAL)'], /MIGPOL NAMES STORAGE CLASS LOCAL TWICE/);
  refused(t, ['VTSSSEL FUNCTION(SCRATCH) HOST(MVSA) VTSSLST(SITEZ)'], /SIM0447E VTSSSEL ON CARD 1 NAMES VTSS LIST SITEZ, WHICH IS NOT DEFINED/);
});

test('keyword and value errors in the data set come from the shell validation', (t) => {
  refused(t, ['STOR NAME(LOCAL) ACS(00) COLOUR(RED)'], /^ {4}1 {3}STOR NAME\(LOCAL\) ACS\(00\) COLOUR\(RED\)\n {8}SLS0005I Parameter error on COLOUR for STORCLAS command$/m);
  refused(t, ['STOR NAME(LOCAL)', 'MGMT NAME(PAY) MIGPOL(LOCAL) MAXVTVSZ(999)'], /SLS0002I Keyword MAXVTVSZ must have a value for MGMTCLAS command/);
  refused(t, ['STOR NAME(LOCAL)', 'MGMT NAME(PAY) MIGPOL(A,B,C,D,E)'], /AT MOST 4 VALUES ALLOWED, 5 CODED/);
  refused(t, ['TAPEREQ DSN(*.PAYROLL.**) POLICY(PPAY)'], /SIM0425E TAPEREQ STATEMENT ON CARD 1 IS NOT VALID IN MGMTDEF DSN\(HLQ.PARMLIB\(MGMTCLAS\)\)/);
});

test('a data set that is not cataloged, or holds no statements, is refused', (t) => {
  refused(t, undefined, /SIM0440E DATA SET HLQ.PARMLIB\(NOSUCH\) IS NOT CATALOGED/, 'HLQ.PARMLIB(NOSUCH)');
  refused(t, undefined, /SIM0440E DATA SET HLQ.OTHER IS NOT CATALOGED/, 'HLQ.OTHER');
  refused(t, ['* NOTHING BUT A COMMENT'], /SIM0448E DATA SET HLQ.PARMLIB\(MGMTCLAS\) HOLDS NO MGMTCLAS/);
});

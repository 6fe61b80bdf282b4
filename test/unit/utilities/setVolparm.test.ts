import test from 'ava';
import type { ExecutionContext } from 'ava';
import type { Utility } from '../../../src/sluadmin/types.js';
import { setVolparmSchema } from '../../../src/utilities/setVolparm/schema.js';
import { runSetVolparm } from '../../../src/utilities/setVolparm/run.js';
import { dumpCds } from '../../../src/cds/dumpCds.js';
import { loadPopulation } from '../../../src/cds/loadPopulation.js';
import { tempCds, type TempCds } from '../../helpers/tempCds.js';
import { validated } from '../../helpers/validated.js';
import { utilityContext, type TestContext } from '../../helpers/utilityContext.js';
import { runUtility } from '../../helpers/runUtility.js';

const setVolparm: Utility = { schema: setVolparmSchema, run: runSetVolparm };

function run(tc: TempCds, slsparm: string[] | undefined, statement = 'SET VOLPARM'): { rc: number; rollback: boolean; ctx: TestContext } {
  const ctx = utilityContext(tc.cds, slsparm === undefined ? {} : { dds: { SLSPARM: slsparm } });
  const out = runUtility(setVolparm, ctx, validated(setVolparmSchema, statement));
  return { rc: out.rc, rollback: out.rollback ?? false, ctx };
}

const q = (tc: TempCds, sql: string): unknown[] => tc.cds.db.prepare(sql).all();

/** FIGURES 4-6 and 4-7: TAPEPLXA's MVC pool and VTV scratch pool. */
const fig46 = [
  'POOLPARM TYPE(MVC) NAME(MVCPLA) INITMVC(YES) MVCFREE(25) -',
  ' MAXMVC(98) THRESH(85) START(98)',
  'VOLPARM VOLSER(AM1000-AM1299) MEDIA(STK1R)',
  '',
  'POOLPARM TYPE(SCRATCH) NAME(ASCRPL)',
  'VOLPARM VOLSER(AV1000-AV1999) MEDIA(VIRTUAL) REC(VIRTUAL)',
];

/** CODE EXAMPLES 7-1 and 7-2: production and DR test subpools of the same names. */
const ex71 = [
  '*   SCRATCH POOLS',
  'POOLPARM NAME(SCRP1) TYPE(SCRATCH)',
  'VOLPARM VOLSER(T11000-T11999) MEDIA(T10000T1) RECTECH(T1AE)',
  'POOLPARM NAME(SCRP1) TYPE(SCRATCH) DRTEST',
  'VOLPARM VOLSER(T12000-T12999) MEDIA(T10000T1) RECTECH(T1AE)',
  'POOLPARM NAME(SCRVTV1) TYPE(SCRATCH)',
  'VOLPARM VOLSER(V1000-V1999) MEDIA(VIRTUAL)',
  'POOLPARM NAME(SCRVTV1) TYPE(SCRATCH) DRTEST',
  'VOLPARM VOLSER(V2000-V2999) MEDIA(VIRTUAL)',
  '*   MVC POOLS',
  'POOLPARM NAME(MVCP1) TYPE(MVC) MVCFREE(40) MAXMVC(4) THRESH(60) +',
  'START(70)',
  'VOLPARM VOLSER(T14000-T14999) MEDIA(T10000T1) RECTECH(T1AE)',
  'POOLPARM NAME(MVCP1) TYPE(MVC) MVCFREE(40) MAXMVC(4) THRESH(60) +',
  'START(70) DRTEST',
  'VOLPARM VOLSER(T13000-T13999) MEDIA(T10000T1) RECTECH(T1AE)',
];

/** FIGURES 4-11 to 4-14: TAPEPLXB's pools for TAPEPLXA's work, with an EXTERNAL pool. */
const fig411 = [
  'POOLPARM TYPE(MVC) NAME(AMVCCTR) INITMVC(YES) MVCFREE(25) -',
  'MAXMVC(98) THRESH(85) START(98)',
  'VOLPARM VOLSER(BM1000-BM1099) MEDIA(STK1R)',
  'POOLPARM TYPE(EXTERNAL) NAME(AEXTBPL) OWNRPLEX(TAPEPLXA)',
  'VOLPARM VOLSER(AV1000-AV1999) MEDIA(VIRTUAL) REC(VIRTUAL)',
  'POOLPARM TYPE(SCRATCH) NAME(ASCRPL)',
  'VOLPARM VOLSER(BV1000-BV1999) MEDIA(VIRTUAL) REC(VIRTUAL)',
  'POOLPARM TYPE(MVC) NAME(AMVCDR) INITMVC(YES) MVCFREE(25) -',
  'MAXMVC(98) THRESH(85) START(98)',
  'VOLPARM VOLSER(BM2000-BM2099) MEDIA(STK1R)',
];

/** The VLE chapter's DR test pools: VMVCs without media, an EXTERNAL pool without owner. */
const vleDr = [
  'POOLPARM TYPE(MVC)  NAME(VAULT1)',
  '',
  'VOLPARM VOLSER(VLV000-VLV099)',
  'POOLPARM TYPE(EXTERNAL) NAME(PRODVTVS)',
  'VOLPARM VOLSER(V00000-V99999) MEDIA(VIRTUAL)',
  'POOLPARM TYPE(MVC)  NAME(DRMVC)',
  'VOLPARM VOLSER(VLT000-VLT099)',
  'POOLPARM TYPE(SCRATCH) NAME(VIRTSCR)',
  'VOLPARM VOLSER(VT0000-VT9999) MEDIA(VIRTUAL)',
];

test('FIGURES 4-6/4-7 define an MVC pool and a VTV scratch pool', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  const { rc, ctx } = run(tc, fig46);
  t.is(rc, 0, ctx.report.text());
  t.deepEqual(q(tc, 'SELECT name, type, drtest, initmvc, mvcfree, maxmvc, thresh, start FROM pool ORDER BY seq'), [
    { name: 'MVCPLA', type: 'MVC', drtest: 0, initmvc: 'YES', mvcfree: 25, maxmvc: 98, thresh: 85, start: 98 },
    { name: 'ASCRPL', type: 'SCRATCH', drtest: 0, initmvc: null, mvcfree: null, maxmvc: null, thresh: null, start: null },
  ]);
  t.deepEqual(q(tc, 'SELECT prefix, lo, hi, width, lo_volser, hi_volser, media, rectech FROM volparm ORDER BY seq'), [
    { prefix: 'AM', lo: 1000, hi: 1299, width: 4, lo_volser: 'AM1000', hi_volser: 'AM1299', media: 'STK1R', rectech: null },
    { prefix: 'AV', lo: 1000, hi: 1999, width: 4, lo_volser: 'AV1000', hi_volser: 'AV1999', media: 'VIRTUAL', rectech: 'VIRTUAL' },
  ]);
  const text = ctx.report.text();
  t.regex(text, /^ {4}2 {3} MAXMVC\(98\) THRESH\(85\) START\(98\)$/m);
  t.regex(text, /^MVCPLA +MVC +AM1000-AM1299 +STK1R +300 +INITMVC\(YES\) MVCFREE\(25\) MAXMVC\(98\) THRESH\(85\) START\(98\)$/m);
  t.regex(text, /^TOTAL: 2 POOLS \(1 MVC, 1 SCRATCH\), 2 RANGES, 1300 VOLUMES$/m);
  t.regex(text, /SIM0428I 2 POOLS AND 2 VOLPARM RANGES \(1300 VOLUMES\) STORED/);
  t.true(text.split('\n').every((l) => l.replace(/^\[heading\] /, '').length <= 132), 'a line is wider than the 132-column print');
});

test('CODE EXAMPLES 7-1/7-2: DR test subpools share their production pool names', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  const { rc, ctx } = run(tc, ex71);
  t.is(rc, 0, ctx.report.text());
  t.deepEqual(q(tc, 'SELECT name, type, drtest, start FROM pool ORDER BY seq'), [
    { name: 'SCRP1', type: 'SCRATCH', drtest: 0, start: null },
    { name: 'SCRP1', type: 'SCRATCH', drtest: 1, start: null },
    { name: 'SCRVTV1', type: 'SCRATCH', drtest: 0, start: null },
    { name: 'SCRVTV1', type: 'SCRATCH', drtest: 1, start: null },
    { name: 'MVCP1', type: 'MVC', drtest: 0, start: 70 },
    { name: 'MVCP1', type: 'MVC', drtest: 1, start: 70 },
  ]);
  t.is(tc.cds.db.prepare("SELECT lo_volser FROM volparm v JOIN pool p USING (pool_id) WHERE p.name = 'SCRVTV1' AND p.drtest = 1").pluck().get(), 'V2000');
});

test('FIGURES 4-11 to 4-14 and the VLE DR test pools are accepted', (t) => {
  for (const deck of [fig411, vleDr]) {
    const tc = tempCds();
    const { rc, ctx } = run(tc, deck);
    t.is(rc, 0, ctx.report.text());
    tc.dispose();
  }
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  run(tc, fig411);
  t.deepEqual(q(tc, "SELECT type, ownrplex FROM pool WHERE name = 'AEXTBPL'"), [{ type: 'EXTERNAL', ownrplex: 'TAPEPLXA' }]);
});

test('MVCs already in the CDS are filed into the MVC pool covering them', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  loadPopulation(tc.cds, { mvcs: [{ range: 'AM1000-AM1009', media: 'STK1R', acs: '00' }, { range: 'ZZ0000-ZZ0001', pool: 'OTHER' }] });
  t.is(run(tc, fig46).rc, 0);
  t.deepEqual(q(tc, "SELECT pool, count(*) AS n FROM mvc GROUP BY pool ORDER BY pool"), [
    { pool: 'MVCPLA', n: 10 },
    { pool: 'OTHER', n: 2 },
  ]);
});

test('APPLY(NO) checks and reports but stores nothing', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  const { rc, rollback, ctx } = run(tc, fig46, 'SET VOLPARM APPLY(NO)');
  t.is(rc, 0);
  t.true(rollback);
  t.regex(ctx.report.text(), /SIM0426I SET VOLPARM APPLY\(NO\) - DEFINITIONS CHECKED, THE CDS IS UNCHANGED/);
  t.regex(ctx.report.text(), /^ASCRPL +SCRATCH/m);
  t.deepEqual(q(tc, 'SELECT count(*) AS n FROM pool'), [{ n: 0 }]);
});

test('warnings: a pool without volumes, volumes without a pool', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  const { rc, ctx } = run(tc, ['VOLPARM VOLSER(X00000-X00099) MEDIA(VIRTUAL)', 'POOLPARM NAME(EMPTY) TYPE(SCRATCH)']);
  t.is(rc, 4, ctx.report.text());
  t.regex(ctx.report.text(), /^ {4}1 {3}VOLPARM VOLSER\(X00000-X00099\) MEDIA\(VIRTUAL\)\n {8}SIM0424W VOLPARM X00000-X00099 ON CARD 1 FOLLOWS NO POOLPARM/m);
  t.regex(ctx.report.text(), /SIM0423W POOLPARM EMPTY ON CARD 2 HAS NO VOLPARM STATEMENTS/);
  t.deepEqual(q(tc, 'SELECT pool_id, lo_volser FROM volparm'), [{ pool_id: null, lo_volser: 'X00000' }]);
});

/** A refused SLSPARM: RC 8, the message under its card, and the CDS exactly as before. */
function refused(t: ExecutionContext, slsparm: string[] | undefined, message: RegExp): void {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  t.is(run(tc, fig46).rc, 0);
  const before = JSON.stringify(dumpCds(tc.cds));
  const { rc, ctx } = run(tc, slsparm);
  t.is(rc, 8, ctx.report.text());
  t.regex(ctx.report.text(), message);
  t.is(JSON.stringify(dumpCds(tc.cds)), before);
}

test('overlapping VOLPARM ranges are refused (the business continuance deck of chapter 4)', (t) => {
  refused(
    t,
    [
      'POOLPARM TYPE(SCRATCH) NAME(AEXTBPL)',
      'VOLPARM VOLSER(AV1000-AV1999) MEDIA(VIRTUAL)',
      '',
      'POOLPARM TYPE(SCRATCH) NAME(ASCRPL)',
      'VOLPARM VOLSER(AV1000-AV1999) MEDIA(VIRTUAL)',
      'VOLPARM VOLSER(BV1000-BV1999) MEDIA(VIRTUAL)',
    ],
    /^ {4}5 {3}VOLPARM VOLSER\(AV1000-AV1999\) MEDIA\(VIRTUAL\)\n {8}SIM0420E VOLPARM AV1000-AV1999 ON CARD 5 OVERLAPS AV1000-AV1999 ON CARD 2$/m,
  );
  refused(t, ['POOLPARM NAME(P) TYPE(SCRATCH)', 'VOLPARM VOLSER(V00000-V09999,V05000-V05009) MEDIA(VIRTUAL)'], /SIM0420E VOLPARM V05000-V05009 ON CARD 2 OVERLAPS V00000-V09999 ON CARD 2/);
});

test('parameters of another pool type, bad media, duplicates are refused', (t) => {
  refused(t, ['POOLPARM NAME(S) TYPE(SCRATCH) MVCFREE(10)', 'VOLPARM VOLSER(V00000-V00009) MEDIA(VIRTUAL)'], /SIM0422E POOLPARM S TYPE\(SCRATCH\) ON CARD 1: MVCFREE IS ONLY FOR TYPE\(MVC\) POOLS/);
  refused(t, ['POOLPARM NAME(S) TYPE(SCRATCH) OWNRPLEX(X)', 'VOLPARM VOLSER(V00000-V00009)'], /OWNRPLEX IS ONLY FOR TYPE\(EXTERNAL\) POOLS/);
  refused(t, ['POOLPARM NAME(S) TYPE(EXTERNAL) DRTEST', 'VOLPARM VOLSER(V00000-V00009)'], /DR TEST SUBPOOLS ARE SCRATCH AND MVC POOLS/);
  refused(t, ['POOLPARM NAME(S) TYPE(SCRATCH)', 'VOLPARM VOLSER(V00000-V00009) MEDIA(VIRTUAL) RECTECH(T1AE)'], /SIM0421E VOLPARM V00000-V00009 ON CARD 2: RECTECH\(T1AE\) DOES NOT RECORD ON MEDIA\(VIRTUAL\)/);
  refused(t, ['POOLPARM NAME(S) TYPE(SCRATCH)', 'VOLPARM VOLSER(V00000-V00009) MEDIA(FLOPPY)'], /MEDIA\(FLOPPY\) IS NOT A MEDIA TYPE/);
  refused(t, ['POOLPARM NAME(M) TYPE(MVC)', 'VOLPARM VOLSER(V00000-V00009) MEDIA(VIRTUAL)'], /MVC POOL M CANNOT HOLD VIRTUAL VOLUMES/);
  refused(t, ['POOLPARM NAME(S) TYPE(SCRATCH)', 'VOLPARM VOLSER(V00000-V00009)', 'POOLPARM NAME(S) TYPE(SCRATCH)', 'VOLPARM VOLSER(V10000-V10009)'], /SIM0403E DUPLICATE POOLPARM S ON CARD 3/);
});

test('keyword and value errors come from the shell validation, listed under their card', (t) => {
  refused(t, ['POOLPARM NAME(S) TYPE(SCRATCH) BOGUS(1)', 'VOLPARM VOLSER(V00000-V00009)'], /^ {4}1 {3}POOLPARM NAME\(S\) TYPE\(SCRATCH\) BOGUS\(1\)\n {8}SLS0005I Parameter error on BOGUS for POOLPARM command/m);
  refused(t, ['POOLPARM NAME(M) TYPE(MVC) MVCFREE(300)', 'VOLPARM VOLSER(M00000-M00009)'], /SLS0002I Keyword MVCFREE must have a value for POOLPARM command[\s\S]*HIGHER THAN 255/);
  refused(t, ['POOLPARM NAME(M) TYPE(MVC)', 'VOLPARM VOLSER(M00009-M00000)'], /SLS0002I Keyword VOLSER must have a value for VOLPARM command/);
  refused(t, ['POOLPARM NAME(M) TYPE(MVC)', 'MGMT NAME(PAY)'], /SIM0425E MGMT STATEMENT ON CARD 2 IS NOT VALID IN SLSPARM/);
});

test('no SLSPARM DD, or one without statements, is an error', (t) => {
  refused(t, undefined, /SIM0427E DD SLSPARM IS MISSING OR EMPTY/);
  refused(t, ['* ONLY A COMMENT'], /SIM0427E DD SLSPARM IS MISSING OR EMPTY/);
});

test('a DR test CDS refuses SET VOLPARM', (t) => {
  const tc = tempCds({ role: 'DRTEST' });
  t.teardown(() => tc.dispose());
  const { rc, ctx } = run(tc, fig46);
  t.is(rc, 8);
  t.regex(ctx.report.text(), /SIM0429E SET VOLPARM IS NOT VALID FOR A DR TEST CDS/);
});

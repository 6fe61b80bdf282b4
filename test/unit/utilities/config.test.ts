import test from 'ava';
import type { Utility } from '../../../src/sluadmin/types.js';
import { configSchema } from '../../../src/utilities/config/schema.js';
import { runConfig } from '../../../src/utilities/config/run.js';
import { dumpCds } from '../../../src/cds/dumpCds.js';
import { tempCds, type TempCds } from '../../helpers/tempCds.js';
import { validatedDeck } from '../../helpers/validated.js';
import { utilityContext, type TestContext } from '../../helpers/utilityContext.js';
import { runUtility } from '../../helpers/runUtility.js';
import { ex52, fig44, fig45, figA20, figA21, figA23, figA27, figA3 } from '../../helpers/seedConfigDecks.js';

const config: Utility = { schema: configSchema, run: runConfig };

function run(tc: TempCds, deck: { config: string; deck: string[] }): { rc: number; rollback: boolean; ctx: TestContext } {
  const ctx = utilityContext(tc.cds);
  const out = runUtility(config, ctx, validatedDeck(configSchema, deck.config, deck.deck));
  return { rc: out.rc, rollback: out.rollback ?? false, ctx };
}

const q = (tc: TempCds, sql: string): unknown[] => tc.cds.db.prepare(sql).all();
const one = (tc: TempCds, sql: string): unknown => tc.cds.db.prepare(sql).pluck().get();

test('FIGURE 4-4 (CTR, TAPEPLXA) is stored as coded', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  const { rc, ctx } = run(tc, fig44);
  t.is(rc, 0, ctx.report.text());
  t.deepEqual(q(tc, 'SELECT maxvtv, mvcfree, vtvattr, recalwer, lockstr, vtvpage, replicat, synchrep FROM cfg_global'), [
    { maxvtv: 65000, mvcfree: 60, vtvattr: 'SCRATCH', recalwer: 'YES', lockstr: 'STK_VTCS_LOCKS', vtvpage: 'LARGE', replicat: 'CHANGED', synchrep: null },
  ]);
  t.deepEqual(q(tc, 'SELECT threshld, maxmvc, start, conmvc FROM cfg_reclaim'), [{ threshld: 70, maxmvc: 30, start: 98, conmvc: 1 }]);
  t.deepEqual(q(tc, 'SELECT name, relation FROM cfg_tapeplex'), [{ name: 'TAPEPLXA', relation: 'THISPLEX' }]);
  t.deepEqual(q(tc, 'SELECT name, low, high, maxmig, minmig, retain FROM cfg_vtss'), [{ name: 'VTSSA', low: 71, high: 80, maxmig: 8, minmig: 1, retain: 10 }]);
  t.is(one(tc, "SELECT count(*) FROM cfg_rtd WHERE vtss = 'VTSSA'"), 8);
  t.deepEqual(q(tc, 'SELECT name, devno, chanif FROM cfg_rtd ORDER BY seq LIMIT 1'), [{ name: 'VSMA1A00', devno: '1A00', chanif: '0C' }]);
  t.deepEqual(q(tc, 'SELECT low, high FROM cfg_vtd ORDER BY seq'), [
    { low: '7900', high: '79FF' },
    { low: '8900', high: '89FF' },
  ]);
  t.deepEqual(q(tc, 'SELECT vtss, chanif, partner, remplex FROM cfg_clink ORDER BY seq'), [
    { vtss: 'VTSSA', chanif: '0G', partner: 'VTSSB', remplex: 'TAPEPLXB' },
    { vtss: 'VTSSA', chanif: '0O', partner: 'VTSSB', remplex: 'TAPEPLXB' },
  ]);
  t.deepEqual(q(tc, 'SELECT tapeplex, cds_level, configured FROM cds_identity'), [{ tapeplex: 'TAPEPLXA', cds_level: 'V62ABOVE', configured: '2024-06-01T10:00:00Z' }]);
  const report = ctx.report.text();
  t.regex(report, /^CONFIG RESET CDSLEVEL\(V62ABOVE\)$/m);
  t.regex(report, /^ {2}GLOBAL {4}MAXVTV=65000 MVCFREE=60 VTVATTR=SCRATCH RECALWER=YES LOCKSTR=STK_VTCS_LOCKS REPLICAT=CHANGED VTVPAGE=LARGE$/m);
  t.regex(report, /^ {4}RTD {5}NAME=VSMA1A00 DEVNO=1A00 CHANIF=0C$/m);
  t.regex(report, /^ {4}VTD {5}LOW=7900 HIGH=79FF \(256 VTDS\)$/m);
  t.regex(report, /VTCS CONFIGURATION IN THE CDS: {2}TAPEPLEX TAPEPLXA {3}CDSLEVEL V62ABOVE/);
  t.regex(report, /^ {2}VTSSA +8 +0 +512 +2$/m);
  t.true(report.split('\n').every((l) => l.replace(/^\[heading\] /, '').length <= 132), 'a line is wider than the 132-column print');
});

test('every other CONFIG deck of the guide is accepted', (t) => {
  for (const [name, deck, rc] of [
    ['4-5', fig45, 0],
    ['A-3', figA3, 0],
    ['A-20', figA20, 0],
    ['A-23', figA23, 0],
    ['A-27', figA27, 0],
  ] as const) {
    const tc = tempCds();
    const r = run(tc, deck);
    t.is(r.rc, rc, `FIGURE ${name}\n${r.ctx.report.text()}`);
    tc.dispose();
  }
});

test('FIGURE A-21 is refused: CHANIF 0G of VTSS3 carries two CLINKs; nothing is stored', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  const { rc, ctx } = run(tc, figA21);
  t.is(rc, 8, ctx.report.text());
  t.regex(ctx.report.text(), /SIM0403E DUPLICATE CLINK VTSS3 0G ON CARD 12/);
  t.deepEqual(q(tc, 'SELECT count(*) AS n FROM cfg_vtss'), [{ n: 0 }]);
});

test('CODE EXAMPLE 5-2: RTDPATHs to a remote library, DEVNO=1I00 accepted with a note', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  const { rc, ctx } = run(tc, ex52);
  // The example is a fragment without GLOBAL: stored, with a warning.
  t.is(rc, 4, ctx.report.text());
  t.regex(ctx.report.text(), /SIM0410I DEVNO=1I00 OF RTDPATH RM1RTD3 ON CARD 7 IS NOT HEXADECIMAL - ACCEPTED/);
  t.deepEqual(q(tc, 'SELECT name, vtss, stormngr, devno, chanif FROM cfg_rtdpath ORDER BY seq LIMIT 1'), [{ name: 'RM1RTD1', vtss: 'VTSS1', stormngr: 'TMVSB', devno: '1A00', chanif: '0A:0' }]);
  t.regex(ctx.report.text(), /SIM0411W CONFIG RESET DECK HAS NO GLOBAL STATEMENT/);
});

test('FIGURE A-3 stores VTVVOL/MVCVOL ranges, the cluster and its CLINKs', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  t.is(run(tc, figA3).rc, 0);
  t.deepEqual(q(tc, 'SELECT kind, lo_volser, hi_volser, scratch FROM cfg_volrange ORDER BY seq'), [
    { kind: 'VTV', lo_volser: '905000', hi_volser: '999999', scratch: 1 },
    { kind: 'VTV', lo_volser: 'C00000', hi_volser: 'C25000', scratch: 1 },
    { kind: 'VTV', lo_volser: 'RMM000', hi_volser: 'RMM020', scratch: 1 },
    { kind: 'MVC', lo_volser: 'N25980', hi_volser: 'N25989', scratch: 0 },
    { kind: 'MVC', lo_volser: 'N35000', hi_volser: 'N35999', scratch: 0 },
  ]);
  t.deepEqual(q(tc, 'SELECT cluster, pos, vtss FROM cfg_cluster_vtss ORDER BY pos'), [
    { cluster: 'CLUSTER1', pos: 1, vtss: 'VTSS1' },
    { cluster: 'CLUSTER1', pos: 2, vtss: 'VTSS2' },
  ]);
  t.is(one(tc, "SELECT count(*) FROM cfg_clink WHERE vtss = 'VTSS1'"), 4);
});

test('RESET rebuilds: a second RESET deck replaces the whole configuration', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  t.is(run(tc, fig44).rc, 0);
  t.is(run(tc, fig45).rc, 0);
  t.deepEqual(q(tc, 'SELECT name FROM cfg_vtss'), [{ name: 'VTSSB' }]);
  t.is(one(tc, 'SELECT count(*) FROM cfg_clink'), 0);
  t.is(one(tc, 'SELECT count(*) FROM cfg_vtd'), 0);
  t.deepEqual(q(tc, 'SELECT name, relation FROM cfg_tapeplex ORDER BY relation DESC'), [
    { name: 'TAPEPLXB', relation: 'THISPLEX' },
    { name: 'TAPEPLXA', relation: 'RECVPLEX' },
  ]);
  t.is(one(tc, 'SELECT replicat FROM cfg_global'), null);
});

test('without RESET the deck updates: CONFIG GLOBAL SYNCHREP=NO keeps the rest', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  t.is(run(tc, figA23).rc, 0);
  const { rc, ctx } = run(tc, { config: 'CONFIG', deck: ['GLOBAL SYNCHREP=NO'] });
  t.is(rc, 0, ctx.report.text());
  t.deepEqual(q(tc, 'SELECT maxvtv, synchrep, replicat FROM cfg_global'), [{ maxvtv: 32000, synchrep: 'NO', replicat: 'ALWAYS' }]);
  t.is(one(tc, 'SELECT count(*) FROM cfg_vtss'), 2);
  t.is(one(tc, 'SELECT count(*) FROM cfg_clink'), 8);
  t.is(one(tc, 'SELECT cds_level FROM cds_identity'), 'V61ABOVE');
  // A VTSS statement replaces that VTSS with its children; a CLINK to an existing VTSS is accepted.
  const r2 = run(tc, { config: 'CONFIG', deck: ['VTSS NAME=VSMPR2 LOW=60 HIGH=90', 'VTD LOW=9A00 HIGH=9AFF', 'CLINK VTSS=VSMPR1 IPIF=0A:0'] });
  t.is(r2.rc, 0, r2.ctx.report.text());
  t.deepEqual(q(tc, "SELECT low, high, maxmig FROM cfg_vtss WHERE name = 'VSMPR2'"), [{ low: 60, high: 90, maxmig: null }]);
  t.deepEqual(q(tc, "SELECT low FROM cfg_vtd WHERE vtss = 'VSMPR2'"), [{ low: '9A00' }]);
  t.is(one(tc, "SELECT count(*) FROM cfg_clink WHERE vtss = 'VSMPR1'"), 1);
  t.is(one(tc, "SELECT count(*) FROM cfg_clink WHERE vtss = 'VSMPR2'"), 4);
});

/** Runs a bad deck on a configured CDS: RC 8, the message, and the CDS exactly as before. */
function refused(t: import('ava').ExecutionContext, deck: string[], message: RegExp, configLine = 'CONFIG RESET CDSLEVEL(V62ABOVE)'): void {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  t.is(run(tc, figA3).rc, 0);
  const before = JSON.stringify(dumpCds(tc.cds));
  const { rc, rollback, ctx } = run(tc, { config: configLine, deck });
  t.is(rc, 8, ctx.report.text());
  t.true(rollback);
  t.regex(ctx.report.text(), message);
  t.regex(ctx.report.text(), /SIM0409I CONFIG NOT APPLIED - THE CDS IS UNCHANGED/);
  t.is(JSON.stringify(dumpCds(tc.cds)), before);
}

test('an RTD before any VTSS is refused', (t) => {
  refused(t, ['GLOBAL MAXVTV=100', 'RTD NAME=R1 DEVNO=1A00 CHANIF=0C', 'VTSS NAME=V1'], /SIM0402E RTD STATEMENT ON CARD 3 DOES NOT FOLLOW A VTSS STATEMENT/);
});

test('a VTD before any VTSS is refused', (t) => {
  refused(t, ['VTD LOW=1000 HIGH=10FF'], /SIM0402E VTD STATEMENT ON CARD 2 DOES NOT FOLLOW A VTSS STATEMENT/);
});

test('duplicate names are refused', (t) => {
  refused(t, ['GLOBAL MAXVTV=100', 'VTSS NAME=V1', 'VTSS NAME=V1'], /SIM0403E DUPLICATE VTSS V1 ON CARD 4/);
  refused(t, ['VTSS NAME=V1', 'RTD NAME=R1 DEVNO=1A00 CHANIF=0C', 'RTD NAME=R1 DEVNO=1A01 CHANIF=0D'], /SIM0403E DUPLICATE RTD R1 ON CARD 4/);
  refused(t, ['VTSS NAME=V1', 'HOST NAME=MVS1', 'HOST NAME=MVS1 NORECLAM'], /SIM0403E DUPLICATE HOST MVS1 ON CARD 4/);
  refused(t, ['VTSS NAME=V1', 'VTSS NAME=V2', 'CLUSTER NAME=C1 VTSSS(V1,V2)', 'CLUSTER NAME=C1 VTSSS(V2,V1)'], /SIM0403E DUPLICATE CLUSTER C1 ON CARD 5/);
});

test('an RTD shared by two VTSSs is coded under each with the same definition', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  const shared = ['STORMNGR NAME=VLE1', 'VTSS NAME=V1', 'RTD NAME=VL1RTD1 STORMNGR=VLE1 IPIF=0A:1', 'VTSS NAME=V2', 'RTD NAME=VL1RTD1 STORMNGR=VLE1 IPIF=0A:1'];
  const r = run(tc, { config: 'CONFIG RESET', deck: ['GLOBAL MAXVTV=100', ...shared] });
  t.is(r.rc, 0, r.ctx.report.text());
  t.deepEqual(q(tc, 'SELECT vtss, name FROM cfg_rtd ORDER BY vtss'), [
    { vtss: 'V1', name: 'VL1RTD1' },
    { vtss: 'V2', name: 'VL1RTD1' },
  ]);
  refused(t, ['VTSS NAME=V1', 'RTD NAME=R1 DEVNO=1A00 CHANIF=0C', 'VTSS NAME=V2', 'RTD NAME=R1 DEVNO=2A00 CHANIF=0C'], /SIM0404E RTD R1 ON CARD 5: CODED ON CARD 3 UNDER ANOTHER VTSS WITH DEVNO=1A00/);
});

test('FIGURE A-25: VLE RTDs shared by both VTSSs, storage managers not defined: stored with warnings', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  const vle = ['RTD NAME=VL1RTD1 STORMNGR=VLE1 IPIF=0A:1', 'RTD NAME=VL1RTD2 STORMNGR=VLE1 IPIF=0I:1', 'RTD NAME=VL2RTD1 STORMNGR=VLE2 IPIF=1A:1', 'RTD NAME=VL2RTD2 STORMNGR=VLE2 IPIF=1I:1'];
  const deck = [...figA23.deck.slice(0, 4), ...vle, ...figA23.deck.slice(4, 6), ...vle, ...figA23.deck.slice(6)];
  const { rc, ctx } = run(tc, { config: 'CONFIG CDSLEVEL(V61ABOVE)', deck });
  t.is(rc, 4, ctx.report.text());
  t.regex(ctx.report.text(), /SIM0413W RTD VL1RTD1 ON CARD 6: STORMNGR VLE1 IS NOT DEFINED BY A STORMNGR OR TAPEPLEX STATEMENT/);
  t.is(one(tc, 'SELECT count(*) FROM cfg_rtd'), 8);
});

test('values that contradict each other are refused', (t) => {
  refused(t, ['GLOBAL MAXVTV=100', 'VTSS NAME=V1 LOW=80 HIGH=70 MAXMIG=2 MINMIG=4'], /SIM0404E VTSS V1 ON CARD 3: LOW=80 MUST BE BELOW HIGH=70[\s\S]*MINMIG=4 IS ABOVE MAXMIG=2/);
  refused(t, ['VTSS NAME=V1', 'VTD LOW=2000 HIGH=20FF', 'VTD LOW=2080 HIGH=21FF'], /SIM0404E VTD 2080-21FF ON CARD 4: OVERLAPS VTD 2000-20FF ON CARD 3 OF V1/);
  refused(t, ['VTSS NAME=V1', 'VTD LOW=2100 HIGH=20FF'], /LOW=2100 IS ABOVE HIGH=20FF/);
  refused(t, ['VTSS NAME=V1', 'RTD NAME=R1 DEVNO=1A00 CHANIF=2Z'], /CHANIF=2Z IS NOT AN INTERFACE/);
  refused(t, ['VTSS NAME=V1', 'RTD NAME=R1 DEVNO=1A00 CHANIF=0C', 'RTD NAME=R2 DEVNO=1A01 CHANIF=0C'], /INTERFACE 0C IS ALREADY USED BY THE PATH ON CARD 3/);
  refused(t, ['VTVVOL LOW=A00000 HIGH=A00999', 'MVCVOL LOW=A00500 HIGH=A00600'], /MVCVOL A00500-A00600 ON CARD 3: OVERLAPS VTVVOL A00000-A00999 ON CARD 2/);
});

test('references to VTSSs the deck does not define are refused', (t) => {
  refused(t, ['VTSS NAME=V1', 'CLINK VTSS=V9 CHANIF=0G'], /SIM0405E CLINK ON CARD 3 NAMES VTSS V9, WHICH THE DECK DOES NOT DEFINE/);
  refused(t, ['CLINK VTSS=V1 CHANIF=0G', 'VTSS NAME=V1'], /SIM0405E CLINK ON CARD 2 NAMES VTSS V1/);
  refused(t, ['VTSS NAME=V1', 'VTSS NAME=V2', 'CLUSTER NAME=C1 VTSSS(V1,V3)'], /SIM0405E CLUSTER C1 ON CARD 4 NAMES VTSS V3/);
  refused(t, ['VTSS NAME=V1', 'CLINK VTSS=V1 CHANIF=0G PARTNER=V7'], /SIM0405E CLINK PARTNER ON CARD 3 NAMES VTSS V7/);
});

test('a CLINK needs one interface', (t) => {
  refused(t, ['VTSS NAME=V1', 'CLINK VTSS=V1'], /SIM0406E CLINK STATEMENT ON CARD 3 NEEDS CHANIF= OR IPIF=/);
});

test('MAXVTV above 32000 needs a G-level CDS', (t) => {
  refused(t, ['GLOBAL MAXVTV=65000'], /SIM0408E GLOBAL MAXVTV=65000 NEEDS A G-LEVEL CDS - CDSLEVEL\(V6ABOVE\)/, 'CONFIG RESET CDSLEVEL(V6ABOVE)');
});

test('an RTD to an undefined storage manager is stored with a warning', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  const { rc, ctx } = run(tc, { config: 'CONFIG RESET', deck: ['GLOBAL MAXVTV=100', 'VTSS NAME=V1', 'RTD NAME=R1 STORMNGR=VLE9 IPIF=0A:1'] });
  t.is(rc, 4);
  t.regex(ctx.report.text(), /SIM0413W RTD R1 ON CARD 4: STORMNGR VLE9 IS NOT DEFINED/);
  t.is(one(tc, 'SELECT stormngr FROM cfg_rtd'), 'VLE9');
});

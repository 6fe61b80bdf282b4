import test from 'ava';
import { dumpCds } from '../../../src/cds/dumpCds.js';
import { loadPopulation, type PopulationSpec } from '../../../src/cds/loadPopulation.js';
import type { Cds } from '../../../src/cds/Cds.js';
import type { Utility } from '../../../src/sluadmin/types.js';
import { runScratch, runUnscratch } from '../../../src/utilities/scratch/run.js';
import { scratchSchema, unscratchSchema } from '../../../src/utilities/scratch/schema.js';
import { behavesLikeUtility } from '../../behaviours/behavesLikeUtility.js';
import { runUtility } from '../../helpers/runUtility.js';
import { tempCds, type TempCds } from '../../helpers/tempCds.js';
import { utilityContext, type TestContext } from '../../helpers/utilityContext.js';
import { validated } from '../../helpers/validated.js';

const scratch: Utility = { schema: scratchSchema, run: runScratch };
const unscratch: Utility = { schema: unscratchSchema, run: runUnscratch };

const population: PopulationSpec = {
  mvcs: [
    { range: 'M00000-M00009', pool: 'MVCP1', media: 'T10000T1', rectech: 'T1AE', acs: '00', capacityMb: 500000 },
    { range: 'VLL000-VLL009', pool: 'LOCAL', stormngr: 'SITE1VLE', capacityMb: 250000 },
    { range: 'VLV000-VLV009', pool: 'VAULT1', stormngr: 'SITE2VLE', capacityMb: 250000, readOnly: true },
  ],
  vtvs: [
    { range: 'V00000-V00009', mgmtClass: 'VLEMGMT', sizeMb: 1000, resident: 'VTSS0', copies: [{ pool: 'LOCAL', perMvc: 5 }, { pool: 'VAULT1', perMvc: 5 }] },
    { range: 'V00020-V00029', mgmtClass: 'PAY', sizeMb: 800, compPct: 50, copies: [{ pool: 'MVCP1', perMvc: 5 }] },
    { range: 'V00030-V00039', mgmtClass: 'DELR', sizeMb: 400, resident: 'VTSS1', copies: [{ pool: 'MVCP1', perMvc: 10 }] },
    { range: 'V00040-V00044', scratch: true, mgmtClass: 'PAY' },
    { range: 'VT0000-VT0009', mgmtClass: 'VLEMGMT', sizeMb: 200, resident: 'DRVTSS', drtest: true },
    { range: 'BV1000-BV1004', mgmtClass: 'PAY', sizeMb: 100 },
  ],
};

function prepare(cds: Cds): void {
  loadPopulation(cds, population);
  cds.db.exec(`
    INSERT INTO pool (pool_id, name, type, drtest, seq, ownrplex) VALUES
      (1, 'VIRTSCR', 'SCRATCH', 0, 1, NULL), (2, 'VIRTSCR', 'SCRATCH', 1, 2, NULL),
      (3, 'BEXTAPL', 'EXTERNAL', 0, 3, 'TAPEPLXB'), (4, 'MVCP1', 'MVC', 0, 4, NULL);
    INSERT INTO volparm (pool_id, seq, media, prefix, lo, hi, width, suffix, lo_volser, hi_volser) VALUES
      (1, 1, 'VIRTUAL', 'V', 0, 99999, 5, '', 'V00000', 'V99999'),
      (2, 2, 'VIRTUAL', 'VT', 0, 9999, 4, '', 'VT0000', 'VT9999'),
      (3, 3, 'VIRTUAL', 'BV', 1000, 2999, 4, '', 'BV1000', 'BV2999'),
      (4, 4, NULL, 'M', 0, 99, 5, '', 'M00000', 'M00099');
    INSERT INTO mgmt_class (name, seq, delscr) VALUES ('VLEMGMT', 1, 'YES'), ('PAY', 2, NULL), ('DELR', 3, 'FORCE');`);
}

behavesLikeUtility(test, 'SCRAtch', { valid: 'SCRATCH VOLSER(V00020-V00029)', prepareCds: prepare });
behavesLikeUtility(test, 'UNSCratch', { valid: 'UNSCRATCH VOLSER(V00040-V00044)', prepareCds: prepare });

function setup(): TempCds {
  const tc = tempCds();
  prepare(tc.cds);
  return tc;
}

function run(tc: TempCds, u: Utility, statement: string, ctx: TestContext = utilityContext(tc.cds)): { rc: number; text: string; ctx: TestContext } {
  const out = runUtility(u, ctx, validated(u.schema, statement));
  return { rc: out.rc, text: ctx.report.text(), ctx };
}

const scratched = (tc: TempCds, like: string): string[] =>
  tc.cds.db.prepare('SELECT volser FROM vtv WHERE scratch = 1 AND volser LIKE ? ORDER BY volser').pluck().all(like) as string[];

test('SCRATCH of a range without DELSCR marks the VTVs scratch and keeps their data', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  const { rc, text } = run(tc, scratch, 'SCRATCH VOL(V00020-V00029)');
  t.is(rc, 0, text);
  t.deepEqual(scratched(tc, 'V0002%'), ['V00020', 'V00021', 'V00022', 'V00023', 'V00024', 'V00025', 'V00026', 'V00027', 'V00028', 'V00029']);
  t.is(tc.cds.db.prepare("SELECT count(*) FROM vtv_copy WHERE vtv LIKE 'V0002%' AND current = 1").pluck().get(), 10);
  t.is(tc.cds.db.prepare("SELECT sum(size_mb) FROM vtv WHERE volser LIKE 'V0002%'").pluck().get(), 8000);
  t.regex(text, /^V00020 VIRTSCR +PAY +SCRATCHED$/m);
  t.regex(text, /^V00020-V00029 +VIRTSCR +SCRATCH +10 +10 +10 +0$/m);
  t.regex(text, /^SIM0656I 10 VTVS SCRATCHED, 0 WERE ALREADY SCRATCH, 0 VOLSERS NAMED HAVE NO VTV$/m);
});

test('a range is cut at the pools it spans; volsers without a VTV are only counted', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  const { rc, text } = run(tc, scratch, 'SCRATCH VOL(V00020-V00049,V00100)');
  t.is(rc, 4, text); // V00100 named on its own is not a VTV
  t.regex(text, /^SIM0653W VTV V00100 IS NOT IN THE CDS - NOT SCRATCHED$/m);
  t.regex(text, /^V00020-V00049 +VIRTSCR +SCRATCH +30 +25 +20 +5$/m);
  t.regex(text, /^SIM0656I 20 VTVS SCRATCHED, 5 WERE ALREADY SCRATCH, 6 VOLSERS NAMED HAVE NO VTV$/m);
});

test('DELSCR(YES): residency, size and the copies on writable MVCs go; read-only VMVC copies stay superseded; hardware follows', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  const ctx = utilityContext(tc.cds);
  const hw = ctx.step.system.hardware();
  // The hardware as the CDS describes it: V00000 in VTSS0, on VLL000 (writable) and VLV000 (read-only).
  hw.writeToBuffer('VTSS0', 'V00000', 1000, '2024-05-01T00:00:00Z');
  hw.enterMvc({ volser: 'VLL000', stormngr: 'SITE1VLE' }, '2024-05-01T00:00:00Z');
  hw.enterMvc({ volser: 'VLV000', stormngr: 'SITE2VLE' }, '2024-05-01T00:00:00Z');
  for (const c of tc.cds.db.prepare("SELECT mvc, block_id FROM vtv_copy WHERE vtv = 'V00000'").all() as { mvc: string; block_id: string }[]) {
    hw.writeCopyAt(c.mvc, c.block_id, 'V00000', 1000, null);
  }
  const vll = tc.cds.db.prepare("SELECT used_mb, frag_mb FROM mvc WHERE volser = 'VLL000'").get() as { used_mb: number; frag_mb: number };
  const { rc, text } = run(tc, scratch, 'SCRATCH VOL(V00000-V00009)', ctx);
  t.is(rc, 0, text);
  const v = tc.cds.db.prepare("SELECT scratch, resident, resident_vtss, size_mb FROM vtv WHERE volser = 'V00000'").get();
  t.deepEqual(v, { scratch: 1, resident: 0, resident_vtss: null, size_mb: 0 });
  const copies = tc.cds.db.prepare("SELECT mvc, current FROM vtv_copy WHERE vtv = 'V00000' ORDER BY mvc").all();
  t.deepEqual(copies, [{ mvc: 'VLV000', current: 0 }]);
  // VMVC space is freed (5 VTVs of 1000 MB each left VLL000), not fragmented.
  t.deepEqual(tc.cds.db.prepare("SELECT used_mb, frag_mb FROM mvc WHERE volser = 'VLL000'").get(), { used_mb: vll.used_mb - 5000, frag_mb: 0 });
  t.regex(text, /^V00000 VIRTSCR +VLEMGMT  VTSS0    SCRATCHED, DELETED: VTSS0 BUFFER, 1 VLE COPY, 1 KEPT \(READ-ONLY MVC\)$/m);
  t.regex(text, /^SIM0657I 10 SCRATCHED VTVS DELETED \(MANAGEMENT CLASS DELSCR\): 10 FROM VTSS BUFFERS, 0 MVC COPIES, 10 VLE COPIES$/m);
  t.deepEqual(hw.residentIn('V00000'), []);
  t.deepEqual(hw.copiesOf('V00000').map((c) => c.mvc), ['VLV000']);
});

test('DELSCR(FORCE) on real MVCs turns the space of the copies into fragmented space', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  const before = tc.cds.db.prepare("SELECT used_mb, frag_mb FROM mvc WHERE volser = 'M00000'").get() as { used_mb: number; frag_mb: number };
  const { rc, text } = run(tc, scratch, 'SCRATCH VOL(V00030-V00039)');
  t.is(rc, 0, text);
  t.is(tc.cds.db.prepare("SELECT count(*) FROM vtv_copy WHERE vtv LIKE 'V0003%'").pluck().get(), 0);
  const after = tc.cds.db.prepare("SELECT used_mb, frag_mb FROM mvc WHERE volser = 'M00000'").get() as { used_mb: number; frag_mb: number };
  t.is(after.used_mb, before.used_mb - 4000);
  t.is(after.frag_mb, before.frag_mb + 4000);
  t.regex(text, /SIM0657I 10 SCRATCHED VTVS DELETED \(MANAGEMENT CLASS DELSCR\): 10 FROM VTSS BUFFERS, 10 MVC COPIES, 0 VLE COPIES/);
});

test('an EXTERNAL pool volume refuses the whole statement and leaves the CDS unchanged', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  const before = dumpCds(tc.cds);
  const { rc, text } = run(tc, scratch, 'SCRATCH VOL(V00020-V00029,BV1000-BV2999)');
  t.is(rc, 8);
  t.regex(text, /^SIM0650E BV1000-BV2999 IS IN EXTERNAL POOL BEXTAPL \(OWNER TAPEPLXB\) - ITS VOLUMES ARE NOT SCRATCH VOLUMES, SCRATCH REFUSED$/m);
  t.regex(text, /^SIM0409I SCRATCH NOT APPLIED - THE CDS IS UNCHANGED$/m);
  t.deepEqual(dumpCds(tc.cds), before);
  const u = run(tc, unscratch, 'UNSCRATCH VOL(M00000)');
  t.is(u.rc, 8);
  t.regex(u.text, /SIM0650E M00000 IS IN MVC POOL MVCP1/);
  t.deepEqual(dumpCds(tc.cds), before);
});

test('on a DR test CDS only DR test scratch subpool volumes may be scratched', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  tc.cds.db.exec("UPDATE drtest SET state = 'CREATED', test_cds = 1");
  const before = dumpCds(tc.cds);
  const refused = run(tc, scratch, 'SCRATCH VOL(VT0000-VT9999,V00020)');
  t.is(refused.rc, 8);
  t.regex(refused.text, /^SIM0651E V00020 IS NOT IN A DR TEST SCRATCH SUBPOOL - THIS IS A DR TEST CDS$/m);
  t.deepEqual(dumpCds(tc.cds), before);
  const ok = run(tc, scratch, 'SCRATCH VOL(VT0000-VT9999)');
  t.is(ok.rc, 0, ok.text);
  t.is(scratched(tc, 'VT%').length, 10);
});

test('on production during an active DR test the DR test subpools are refused; DR VTSS buffers are left to the test', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  tc.cds.db.exec("UPDATE drtest SET state = 'ACTIVE'; INSERT INTO drtest_resource (kind, name) VALUES ('VTSS', 'VTSS1')");
  const before = dumpCds(tc.cds);
  const refused = run(tc, scratch, 'SCRATCH VOL(VT0000-VT0009)');
  t.is(refused.rc, 8);
  t.regex(refused.text, /^SIM0652E VT0000-VT0009 IS IN DR TEST SUBPOOL VIRTSCR - A DR TEST IS ACTIVE ON THIS CDS$/m);
  t.deepEqual(dumpCds(tc.cds), before);
  const held = run(tc, scratch, 'SCRATCH VOL(V00030-V00039)');
  t.is(held.rc, 0, held.text);
  t.regex(held.text, /^SIM0658I 10 SCRATCHED VTVS ARE RESIDENT IN DR TEST VTSS VTSS1 - THEIR DELETION WAITS FOR THE END OF THE TEST$/m);
  t.deepEqual(tc.cds.db.prepare("SELECT DISTINCT scratch, resident, resident_vtss, size_mb FROM vtv WHERE volser LIKE 'V0003%'").all(), [{ scratch: 1, resident: 1, resident_vtss: 'VTSS1', size_mb: 400 }]);
});

test('UNSCRATCH takes VTVs off the scratch list; one already not scratch is a warning', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  const { rc, text } = run(tc, unscratch, 'UNSCRATCH VOL(V00040-V00044,V00020)');
  t.is(rc, 4, text);
  t.deepEqual(scratched(tc, 'V000%'), []);
  t.regex(text, /^SIM0654W VTV V00020 IS ALREADY NOT SCRATCH$/m);
  t.regex(text, /^SIM0656I 5 VTVS UNSCRATCHED, 1 WERE ALREADY NOT SCRATCH, 0 VOLSERS NAMED HAVE NO VTV$/m);
});

test('a selection without any VTV changes nothing: code 4', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  const before = dumpCds(tc.cds);
  const { rc, text } = run(tc, scratch, 'SCRATCH VOL(V50000-V59999)');
  t.is(rc, 4);
  t.regex(text, /^SIM0655W NO VTV IN THE VOLSERS NAMED - NOTHING SCRATCHED$/m);
  t.deepEqual(dumpCds(tc.cds), before);
});

test('the VTVs of a range are selected over the primary key and deleted copies found through the copy index', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  const plan = (sql: string): string => (tc.cds.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' | ');
  t.regex(plan("SELECT volser FROM vtv v WHERE (v.volser BETWEEN 'V00000' AND 'V99999' AND v.volser GLOB 'V[0-9][0-9][0-9][0-9][0-9]') AND v.scratch = 0"), /SEARCH v USING PRIMARY KEY/);
  tc.cds.db.exec('CREATE TEMP TABLE elsim_scratch_target (volser TEXT PRIMARY KEY, del INTEGER NOT NULL, deferred INTEGER NOT NULL) WITHOUT ROWID');
  t.regex(plan('DELETE FROM vtv_copy WHERE current = 1 AND vtv IN (SELECT volser FROM temp.elsim_scratch_target WHERE del = 1)'), /SEARCH vtv_copy USING (COVERING )?INDEX vtv_copy_vtv/);
});

import test from 'ava';
import type { Cds } from '../../../src/cds/Cds.js';
import { dumpCds } from '../../../src/cds/dumpCds.js';
import { loadPopulation, type PopulationSpec } from '../../../src/cds/loadPopulation.js';
import type { Utility } from '../../../src/sluadmin/types.js';
import { runVtvmaint } from '../../../src/utilities/vtvmaint/run.js';
import { vtvmaintSchema } from '../../../src/utilities/vtvmaint/schema.js';
import { behavesLikeUtility } from '../../behaviours/behavesLikeUtility.js';
import { runUtility } from '../../helpers/runUtility.js';
import { tempCds, type TempCds } from '../../helpers/tempCds.js';
import { utilityContext } from '../../helpers/utilityContext.js';
import { validated } from '../../helpers/validated.js';

const vtvmaint: Utility = { schema: vtvmaintSchema, run: runVtvmaint };

const population: PopulationSpec = {
  mvcs: [
    { range: 'M00000-M00009', pool: 'MVCP1', media: 'T10000T1', acs: '00', capacityMb: 500000 },
    { range: 'VLL000-VLL004', pool: 'LOCAL', stormngr: 'VLE1', capacityMb: 250000 },
    { range: 'T13000-T13004', pool: 'DRMVC', media: 'T10000T1', acs: '01', capacityMb: 500000, drtest: true },
  ],
  vtvs: [
    { range: 'DV0000-DV0009', mgmtClass: 'PAY', sizeMb: 800, compPct: 50, copies: [{ pool: 'MVCP1', perMvc: 5, storClass: 'LOCAL' }, { stormngr: 'VLE1', perMvc: 5, storClass: 'VLE1' }] },
    { range: 'DV0100-DV0104', mgmtClass: 'ACCOUNT', sizeMb: 400, resident: 'VTSS0', copies: [{ mvcs: 'M00009', perMvc: 5, storClass: 'LOCAL' }] },
    { range: 'AV1100-AV1104', mgmtClass: 'LOCEEX1', sizeMb: 100, ownerPlex: 'TAPEPLXB', readOnly: true, copies: [{ mvcs: 'M00008', perMvc: 5 }] },
    { range: 'AV1105-AV1109', scratch: true, ownerPlex: 'TAPEPLXB', readOnly: true },
    { range: 'V00000-V00009', scratch: true },
    { range: 'VT0000-VT0004', mgmtClass: 'VLEMGMT', sizeMb: 200, drtest: true, copies: [{ mvcs: 'T13000', perMvc: 5 }] },
  ],
};

function prepare(cds: Cds): void {
  loadPopulation(cds, population);
  cds.db.exec(`
    INSERT INTO cfg_tapeplex (name, relation, seq) VALUES ('TMVSA', 'THISPLEX', 1), ('TAPEPLXB', 'RECVPLEX', 2);
    INSERT INTO cfg_vtss (name, seq) VALUES ('VTSS0', 1), ('VTSS1', 2);
    INSERT INTO cfg_clink (vtss, seq, chanif, remplex) VALUES ('VTSS0', 1, '0G', 'TAPEPLXC');
    INSERT INTO mgmt_class (name, seq) VALUES ('PAY', 1), ('ACCOUNT', 2), ('LOCEEX1', 3), ('VLEMGMT', 4);
    INSERT INTO pool (pool_id, name, type, drtest, seq) VALUES (1, 'VIRTSCR', 'SCRATCH', 1, 1), (2, 'DRMVC', 'MVC', 1, 2);
    INSERT INTO volparm (pool_id, seq, media, prefix, lo, hi, width, suffix, lo_volser, hi_volser) VALUES
      (1, 1, 'VIRTUAL', 'VT', 0, 9999, 4, '', 'VT0000', 'VT9999'),
      (2, 2, NULL, 'T', 13000, 13999, 5, '', 'T13000', 'T13999');
    INSERT INTO vtv_plex_copy (vtv, tapeplex, status) VALUES ('DV0000', 'TAPEPLXC', 'COMPLETE'), ('DV0001', 'TAPEPLXC', 'PENDING');`);
}

behavesLikeUtility(test, 'VTVMAINT', { valid: 'VTVMAINT VTV(DV0000-DV0004) MGMT(ACCOUNT)', prepareCds: prepare, samples: { ADDEXPOT: 'ADDEX(TAPEPLXC)', DELEXPOT: 'DELEX(TAPEPLXC)' } });

function setup(): TempCds {
  const tc = tempCds();
  prepare(tc.cds);
  return tc;
}

function run(tc: TempCds, statement: string): { rc: number; text: string } {
  const ctx = utilityContext(tc.cds);
  const out = runUtility(vtvmaint, ctx, validated(vtvmaintSchema, statement));
  return { rc: out.rc, text: ctx.report.text() };
}

const col = (tc: TempCds, sql: string, ...params: unknown[]): unknown[] => tc.cds.db.prepare(sql).pluck().all(...params);

/** A refused statement: the message, code 8, and the CDS exactly as before. */
function refused(statement: string, id: RegExp, before?: (tc: TempCds) => void): void {
  test(`refused with the CDS unchanged: ${statement}`, (t) => {
    const tc = setup();
    t.teardown(() => tc.dispose());
    before?.(tc);
    const dump = dumpCds(tc.cds);
    const { rc, text } = run(tc, statement);
    t.is(rc, 8, text);
    t.regex(text, id);
    t.regex(text, /^SIM0409I VTVMAINT NOT APPLIED - THE CDS IS UNCHANGED$/m);
    t.deepEqual(dumpCds(tc.cds), dump);
  });
}

test('MGMTclas changes the class of exactly the VTVs of a list and range, and lists them after the change', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  const { rc, text } = run(tc, 'VTVMAINT VTV(DV0000-DV0002,DV0100) MGMTCLAS(ACCOUNT)');
  t.is(rc, 0, text);
  t.deepEqual(col(tc, "SELECT volser FROM vtv WHERE mgmt_class = 'ACCOUNT' ORDER BY volser"), ['DV0000', 'DV0001', 'DV0002', 'DV0100', 'DV0101', 'DV0102', 'DV0103', 'DV0104']);
  t.deepEqual(col(tc, "SELECT volser FROM vtv WHERE updated = '2024-06-01T10:00:00Z' ORDER BY volser"), ['DV0000', 'DV0001', 'DV0002']);
  t.regex(text, /^SIM0690I MGMTCLAS ACCOUNT: 3 VTVS CHANGED, 1 HAD IT ALREADY$/m);
  t.regex(text, /^DV0000 +800 +50 .* ACCOUNT +M00000 VLL000 .* TMVSA$/m);
  t.regex(text, /^SIM0699I 4 VTVS SELECTED, 0 VOLSERS NAMED HAVE NO VTV$/m);
});

test('ULINKMVC removes the copy records on the MVCs named; the space becomes fragmented on tape, freed on a VMVC', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  const usage = (v: string): unknown => tc.cds.db.prepare('SELECT used_mb || \'/\' || frag_mb FROM mvc WHERE volser = ?').pluck().get(v);
  t.is(usage('M00000'), '2000/0');
  t.is(usage('VLL000'), '2000/0');
  const { rc, text } = run(tc, 'VTVMAINT VTV(DV0000-DV0001) ULINKMVC(M00000,VLL000)');
  t.is(rc, 4, text);
  t.deepEqual(col(tc, "SELECT vtv || ':' || mvc FROM vtv_copy WHERE vtv IN ('DV0000','DV0001') ORDER BY vtv, mvc"), []);
  t.is(usage('M00000'), '1200/800');
  t.is(usage('VLL000'), '1200/0');
  t.regex(text, /^SIM0692I ULINKMVC: 4 COPY RECORDS OF 2 VTVS REMOVED \(4 CURRENT\), 0 VTVS HAD NO COPY ON THE MVCS NAMED$/m);
  // Both copies gone and the VTVs are not resident: their data is in no record now.
  t.regex(text, /^SIM0693W 2 VTVS NOW HAVE NO CURRENT MVC COPY AND ARE NOT RESIDENT: DV0000 DV0001$/m);
  t.regex(text, /^DV0001 .* PAY +-I-----U--- TMVSA$/m);
});

test('ULINKMVC of one copy keeps the other; a resident VTV without copies is no warning; a VTV with no copy there is counted', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  const { rc, text } = run(tc, 'VTVMAINT VTV(DV0000,DV0100,DV0005) ULINKMVC(M00000,M00009)');
  t.is(rc, 0, text);
  t.deepEqual(col(tc, "SELECT vtv || ':' || mvc FROM vtv_copy WHERE vtv IN ('DV0000','DV0100','DV0005') ORDER BY vtv, mvc"), ['DV0000:VLL000', 'DV0005:M00001', 'DV0005:VLL001']);
  t.regex(text, /^SIM0692I ULINKMVC: 2 COPY RECORDS OF 2 VTVS REMOVED \(2 CURRENT\), 1 VTVS HAD NO COPY ON THE MVCS NAMED$/m);
  t.notRegex(text, /SIM0693W/);
});

test('ULINKMVC volsers without an MVC record are reported with code 4', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  const { rc, text } = run(tc, 'VTVMAINT VTV(DV0000) ULINKMVC(ZZ0001,M00009-M00012)');
  t.is(rc, 4, text);
  t.regex(text, /^SIM0697W MVC ZZ0001 OF ULINKMVC IS NOT IN THE CDS$/m);
  t.regex(text, /^SIM0698W 3 OF THE 4 VOLSERS OF M00009-M00012 ON ULINKMVC HAVE NO MVC RECORD$/m);
});

test('OWNRPLEX changes only scratch VTVs: to this TapePlex they become writable, others are reported (code 4)', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  const { rc, text } = run(tc, 'VTVMAINT VTV(AV1100-AV1109) OWNRPLEX(TMVSA)');
  t.is(rc, 4, text);
  t.deepEqual(col(tc, "SELECT volser || ':' || coalesce(owner_plex, '-') || ':' || read_only FROM vtv WHERE volser LIKE 'AV11%' ORDER BY volser"), [
    'AV1100:TAPEPLXB:1', 'AV1101:TAPEPLXB:1', 'AV1102:TAPEPLXB:1', 'AV1103:TAPEPLXB:1', 'AV1104:TAPEPLXB:1',
    'AV1105:-:0', 'AV1106:-:0', 'AV1107:-:0', 'AV1108:-:0', 'AV1109:-:0',
  ]);
  t.regex(text, /^SIM0691I OWNRPLEX TMVSA: 5 VTVS CHANGED, 0 OWNED BY IT ALREADY$/m);
  t.regex(text, /^SIM0689W 5 VTVS ARE NOT SCRATCH - OWNER NOT CHANGED: AV1100 AV1101 AV1102 AV1103 AV1104$/m);
  t.regex(text, /^AV1105 .* TMVSA$/m);
  t.regex(text, /^AV1100 .* TAPEPLXB$/m);
  // And back: owned by another TapePlex, a scratch VTV is read-only here.
  const back = run(tc, 'VTVMAINT VTV(AV1105,V00000) OWNRPLEX(TAPEPLXB)');
  t.is(back.rc, 0, back.text);
  t.deepEqual(col(tc, "SELECT volser || ':' || owner_plex || ':' || read_only FROM vtv WHERE volser IN ('AV1105','V00000') ORDER BY volser"), ['AV1105:TAPEPLXB:1', 'V00000:TAPEPLXB:1']);
});

test('ADDEXpot records the TapePlex as holding the VTVs, DELEXpot removes it; existing records are counted', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  const add = run(tc, 'VTVMAINT VTV(DV0000-DV0002) ADDEXPOT(TAPEPLXC)');
  t.is(add.rc, 0, add.text);
  t.deepEqual(col(tc, "SELECT vtv || ':' || status FROM vtv_plex_copy WHERE tapeplex = 'TAPEPLXC' ORDER BY vtv"), ['DV0000:COMPLETE', 'DV0001:PENDING', 'DV0002:COMPLETE']);
  t.regex(add.text, /^SIM0694I ADDEXPOT TAPEPLXC: ADDED TO 1 VTVS, 2 HAD IT ALREADY$/m);
  t.regex(add.text, /^DV0002 .*-E---- TMVSA$/m);
  const del = run(tc, 'VTVMAINT VTV(DV0000-DV0009) DELEX(TAPEPLXC)');
  t.is(del.rc, 0, del.text);
  t.deepEqual(col(tc, 'SELECT vtv FROM vtv_plex_copy'), []);
  t.regex(del.text, /^SIM0695I DELEXPOT TAPEPLXC: REMOVED FROM 3 VTVS, 7 DID NOT HAVE IT$/m);
});

test('DISMOUNT VTSSid clears the mounted flag of VTVs mounted in that VTSS only', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  tc.cds.db.exec("UPDATE vtv SET mounted = 1 WHERE volser IN ('DV0100','DV0101')");
  const { rc, text } = run(tc, 'VTVMAINT VTV(DV0100-DV0102) DISMOUNT VTSSID(VTSS0)');
  t.is(rc, 0, text);
  t.deepEqual(col(tc, 'SELECT volser FROM vtv WHERE mounted = 1'), []);
  t.regex(text, /^SIM0696I DISMOUNT VTSS0: 2 VTVS DISMOUNTED, 1 WERE NOT MOUNTED IN IT$/m);
  tc.cds.db.exec("UPDATE vtv SET mounted = 1 WHERE volser = 'DV0100'");
  const other = run(tc, 'VTVMAINT VTV(DV0100) DISMOUNT VTSS(VTSS1)');
  t.regex(other.text, /^SIM0696I DISMOUNT VTSS1: 0 VTVS DISMOUNTED, 1 WERE NOT MOUNTED IN IT$/m);
  t.deepEqual(col(tc, 'SELECT volser FROM vtv WHERE mounted = 1'), ['DV0100']);
});

test('several repairs in one statement; volsers without a VTV give code 4; an empty selection changes nothing', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  const both = run(tc, 'VTVMAINT VTV(DV0003,ZZ0001,DV0990-DV0999) MGMT(ACCOUNT) ULINKMVC(VLL000) ADDEX(TAPEPLXB)');
  t.is(both.rc, 4, both.text);
  t.regex(both.text, /^SIM0653W VTV ZZ0001 IS NOT IN THE CDS - NOT CHANGED$/m);
  t.regex(both.text, /^SIM0699I 1 VTVS SELECTED, 11 VOLSERS NAMED HAVE NO VTV$/m);
  t.deepEqual(col(tc, "SELECT mgmt_class FROM vtv WHERE volser = 'DV0003'"), ['ACCOUNT']);
  t.deepEqual(col(tc, "SELECT mvc FROM vtv_copy WHERE vtv = 'DV0003'"), ['M00000']);
  t.deepEqual(col(tc, "SELECT tapeplex FROM vtv_plex_copy WHERE vtv = 'DV0003'"), ['TAPEPLXB']);
  const dump = dumpCds(tc.cds);
  const none = run(tc, 'VTVMAINT VTV(ZZ0000-ZZ0099) MGMT(PAY)');
  t.is(none.rc, 4, none.text);
  t.regex(none.text, /^SIM0655W NO VTV IN THE VOLSERS NAMED - NOTHING CHANGED$/m);
  t.deepEqual(dumpCds(tc.cds), dump);
});

refused('VTVMAINT VTV(DV0000)', /^SIM0680E /m);
refused('VTVMAINT VTV(DV0000) MGMT(NOSUCH)', /^SIM0681E MANAGEMENT CLASS NOSUCH IS NOT DEFINED$/m);
refused('VTVMAINT VTV(AV1105) OWNRPLEX(TAPEPLXZ)', /^SIM0682E TAPEPLEX TAPEPLXZ OF OWNRPLEX IS NOT KNOWN TO THIS CDS$/m);
refused('VTVMAINT VTV(DV0000) ADDEX(TMVSA)', /^SIM0683E TAPEPLEX TMVSA OF ADDEXPOT IS THIS TAPEPLEX$/m);
refused('VTVMAINT VTV(DV0000) DISMOUNT', /^SIM0684E DISMOUNT IS CODED WITHOUT VTSSID$/m);
refused('VTVMAINT VTV(DV0000) VTSSID(VTSS0) MGMT(PAY)', /^SIM0684E VTSSID IS CODED WITHOUT DISMOUNT$/m);
refused('VTVMAINT VTV(DV0000) DISMOUNT VTSSID(VTSS9)', /^SIM0685E VTSS VTSS9 IS NOT DEFINED$/m);
refused('VTVMAINT VTV(DV0000,VT0000) MGMT(PAY)', /^SIM0686E 1 VTVS SELECTED ARE NOT IN A DR TEST SCRATCH SUBPOOL \(DV0000\) - THIS IS A DR TEST CDS$/m, (tc) =>
  tc.cds.db.exec("UPDATE drtest SET state = 'CREATED', test_cds = 1"),
);
refused('VTVMAINT VTV(VT0000) ULINKMVC(T13000,M00000)', /^SIM0687E 1 MVCS OF ULINKMVC ARE NOT DR TEST MVCS \(M00000\) - THIS IS A DR TEST CDS$/m, (tc) =>
  tc.cds.db.exec("UPDATE drtest SET state = 'CREATED', test_cds = 1"),
);
refused('VTVMAINT VTV(DV0000-DV0009,VT0000-VT0004) MGMT(PAY)', /^SIM0688E 5 VTVS SELECTED ARE IN DR TEST SUBPOOLS \(VT0000 VT0001 VT0002 VT0003 VT0004\) - A DR TEST IS ACTIVE ON THIS CDS$/m, (tc) =>
  tc.cds.db.exec("UPDATE drtest SET state = 'ACTIVE'"),
);

test('on a DR test CDS the test changes its own VTVs and MVCs', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  tc.cds.db.exec("UPDATE drtest SET state = 'CREATED', test_cds = 1");
  const { rc, text } = run(tc, 'VTVMAINT VTV(VT0000-VT0001) ULINKMVC(T13000) MGMT(PAY)');
  t.true(rc <= 4, text);
  t.deepEqual(col(tc, "SELECT count(*) FROM vtv_copy WHERE vtv IN ('VT0000','VT0001')"), [0]);
  t.deepEqual(col(tc, "SELECT DISTINCT mgmt_class FROM vtv WHERE volser IN ('VT0000','VT0001')"), ['PAY']);
});

test('the selection is one INSERT over the VTV primary key and the unlink finds copies through the copy index', (t) => {
  const tc = setup();
  t.teardown(() => tc.dispose());
  const plan = (sql: string): string => (tc.cds.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join('; ');
  t.regex(plan("SELECT v.volser FROM vtv v WHERE v.volser BETWEEN 'DV0000' AND 'DV0099' AND v.volser GLOB 'DV[0-9][0-9][0-9][0-9]'"), /SEARCH v USING PRIMARY KEY/);
  t.regex(plan("SELECT 1 FROM vtv_copy c WHERE c.vtv = 'DV0000' AND c.mvc BETWEEN 'M00000' AND 'M00009'"), /USING (COVERING )?INDEX vtv_copy_vtv/);
});

// DRMON, MIGRATE and AUDIT: the shared utility behaviours, then their work on the simulated
// hardware (test/helpers/hardwareFixture: the sample population, classes and a derived Hardware).
import test from 'ava';
import { Cds } from '../../../src/cds/Cds.js';
import { loadPopulation } from '../../../src/cds/loadPopulation.js';
import { utilities } from '../../../src/utilities/index.js';
import { behavesLikeUtility } from '../../behaviours/behavesLikeUtility.js';
import { conditionCodes, dumpTables, messageIds, runSlsin, TEST_NOW } from '../../behaviours/sluadminHarness.js';
import { defineClasses, hardwareFixture, type HardwareFixture } from '../../helpers/hardwareFixture.js';
import { samplePopulation } from '../../helpers/samplePopulation.js';

const prepareCds = (cds: Parameters<typeof defineClasses>[0]): void => {
  loadPopulation(cds, samplePopulation);
  defineClasses(cds);
};

behavesLikeUtility(test, 'DRMONitr', { valid: 'DRMON MGMTCLAS(PAY) STORCLAS(REMOTE) MAXAGE(24) TIMEOUT(30)', prepareCds, samples: { VTVID: 'VTVID(DV0000-DV0009)' } });
behavesLikeUtility(test, 'MIGrate', { valid: 'MIGRATE VTSS(VTSS0) THRESHLD(0)', prepareCds, samples: { VTVID: 'VTVID(DV0100)', MGMTCLAS: 'MGMTCLAS(ACCOUNT)' } });
behavesLikeUtility(test, 'AUDIt', { valid: 'AUDIT VTSS(VTSS0)', prepareCds, samples: { MVCID: 'MVC(M00000)' } });

const after = (min: number): string => new Date(Date.parse(TEST_NOW) + min * 60000).toISOString();

function run(f: HardwareFixture, slsin: string[]): ReturnType<typeof runSlsin> {
  f.cds.close();
  const r = runSlsin({ registry: utilities, slsin, slscntl: f.path, system: { activeCds: 'HLQ.DBASEPRM', datasets: { 'HLQ.DBASEPRM': f.path }, hardware: () => f.hw } });
  return r;
}

function sql<T>(f: HardwareFixture, q: string): T {
  const c = Cds.open(f.path);
  try {
    return c.db.prepare(q).get() as T;
  } finally {
    c.close();
  }
}

test('DRMON waits for the queued migration and reports when the copy arrived', (t) => {
  const f = hardwareFixture();
  try {
    f.hw.addWork({ kind: 'MIGRATE', vtv: 'DV0100', source: 'VTSS0', target: 'REMOTE', due: after(10) });
    const r = run(f, [' DRMON VTVID(DV0100) STOR(REMOTE) TIMEOUT(30)']);
    t.deepEqual(conditionCodes(r.lines), [0]);
    t.regex(r.text, /DV0100 ACCOUNT .* REMOTE MVC COPY +ARRIVED +2024-03-05 10:30:30 +10/);
    t.true(messageIds(r.lines).includes('SIM0711I'));
    t.is(sql<{ n: number }>(f, "SELECT count(*) AS n FROM vtv_copy WHERE vtv = 'DV0100' AND stor_class = 'REMOTE' AND current = 1").n, 1);
  } finally {
    f.dispose();
  }
});

test('DRMON times out with RC 8 and names what is missing', (t) => {
  const f = hardwareFixture();
  try {
    f.hw.addWork({ kind: 'MIGRATE', vtv: 'DV0100', source: 'VTSS0', target: 'REMOTE', due: after(60) });
    const r = run(f, [' DRMON VTVID(DV0100,DV0101) STOR(REMOTE) TIMEOUT(30)']);
    t.deepEqual(conditionCodes(r.lines), [8]);
    t.true(messageIds(r.lines).includes('SIM0712E'));
    t.regex(r.text, /MISSING: VTV DV0100 REMOTE MVC COPY/);
    t.regex(r.text, /MISSING: VTV DV0101 REMOTE MVC COPY/);
    t.is(f.hw.listWork().length, 1, 'the work due after the timeout is still queued');
  } finally {
    f.dispose();
  }
});

test('DRMON on an unknown class: message, RC 8, CDS unchanged', (t) => {
  const f = hardwareFixture();
  try {
    f.cds.close();
    const before = dumpTables(f.path);
    const r = run(f, [' DRMON MGMT(NOSUCH) STOR(REMOTE)']);
    t.deepEqual(conditionCodes(r.lines), [8]);
    t.true(messageIds(r.lines).includes('SIM0713E'));
    t.deepEqual(dumpTables(f.path), before);
  } finally {
    f.dispose();
  }
});

test('MIGRATE VTSS THRESHLD(0) writes the policy copies and empties the buffer', (t) => {
  const f = hardwareFixture();
  try {
    const r = run(f, [' MIGRATE VTSS(VTSS0) THRESHLD(0)']);
    t.deepEqual(conditionCodes(r.lines), [0]);
    t.deepEqual(f.hw.bufferContents('VTSS0'), []);
    t.is(sql<{ n: number }>(f, "SELECT count(*) AS n FROM vtv WHERE resident_vtss = 'VTSS0'").n, 0);
    t.is(sql<{ n: number }>(f, "SELECT count(*) AS n FROM vtv_copy WHERE vtv BETWEEN 'DV0100' AND 'DV0119' AND current = 1").n, 40);
    const c = sql<{ mvc: string; block_id: string }>(f, "SELECT mvc, block_id FROM vtv_copy WHERE vtv = 'DV0100' AND stor_class = 'REMOTE'");
    t.true(f.hw.mvcContents(c.mvc).some((x) => x.vtv === 'DV0100' && x.blockId === c.block_id));
  } finally {
    f.dispose();
  }
});

test('AUDIT VTSS corrects each discrepancy between the CDS and the buffer', (t) => {
  const f = hardwareFixture();
  try {
    f.hw.deleteFromBuffer('VTSS0', 'DV0100');
    f.hw.writeToBuffer('VTSS0', 'DV0001', 800, TEST_NOW);
    f.hw.writeToBuffer('VTSS0', 'ZZ0001', 100, TEST_NOW);
    const r = run(f, [' AUDIT VTSS(VTSS0)']);
    t.deepEqual(conditionCodes(r.lines), [4]);
    t.regex(r.text, /VTV DV0001 +IN THE BUFFER, CDS SAID NOT RESIDENT - NOW RESIDENT IN VTSS0/);
    t.regex(r.text, /VTV DV0100 +CDS SAID RESIDENT, NOT IN THE BUFFER/);
    t.regex(r.text, /VTV ZZ0001 +IN THE BUFFER, NOT IN THE CDS - VTV RECORD ADDED/);
    t.deepEqual(sql(f, "SELECT resident, resident_vtss FROM vtv WHERE volser = 'DV0100'"), { resident: 0, resident_vtss: null });
    t.deepEqual(sql(f, "SELECT resident, resident_vtss FROM vtv WHERE volser = 'ZZ0001'"), { resident: 1, resident_vtss: 'VTSS0' });
    const again = run(f, [' AUDIT VTSS(VTSS0)']);
    t.deepEqual(conditionCodes(again.lines), [0], 'a second audit finds nothing');
  } finally {
    f.dispose();
  }
});

test('AUDIT MVC removes stale copy records of an erased MVC', (t) => {
  const f = hardwareFixture();
  try {
    const n = f.hw.eraseMvc('M00000');
    t.true(n > 0);
    const r = run(f, [' AUDIT MVC(M00000)']);
    t.deepEqual(conditionCodes(r.lines), [4]);
    t.is(sql<{ n: number }>(f, "SELECT count(*) AS n FROM vtv_copy WHERE mvc = 'M00000' AND current = 1").n, 0);
    t.is(sql<{ u: number }>(f, "SELECT used_mb AS u FROM mvc WHERE volser = 'M00000'").u, 0);
  } finally {
    f.dispose();
  }
});

test('during an active DR test, production may not audit the DR VTSS or DR ACS MVCs; CDS unchanged', (t) => {
  const f = hardwareFixture();
  try {
    f.cds.db.exec("INSERT OR REPLACE INTO drtest (id, state, dracs) VALUES (1, 'ACTIVE', '01'); INSERT INTO drtest_resource (kind, name) VALUES ('ACS', '01'), ('VTSS', 'VTSS1')");
    f.hw.writeToBuffer('VTSS1', 'DV0001', 800, TEST_NOW);
    f.cds.close();
    const before = dumpTables(f.path);
    const r = run(f, [' AUDIT VTSS(VTSS1)', ' AUDIT MVC(M10000-M10001)']);
    t.deepEqual(conditionCodes(r.lines), [8, 8]);
    t.is(messageIds(r.lines).filter((m) => m === 'SIM0735E').length, 2);
    t.deepEqual(dumpTables(f.path), before);
    t.deepEqual(conditionCodes(run(f, [' AUDIT MVC(M00000)']).lines), [0], 'production MVCs can still be audited');
  } finally {
    f.dispose();
  }
});

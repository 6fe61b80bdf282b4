import test from 'ava';
import { performance } from 'node:perf_hooks';
import { loadPopulation } from '../../../src/cds/loadPopulation.js';
import { ElsimError } from '../../../src/core/errors.js';
import { tempCds } from '../../helpers/tempCds.js';
import { samplePopulation } from '../../helpers/samplePopulation.js';

const count = (db: import('better-sqlite3').Database, sql: string, ...p: unknown[]): number => (db.prepare(sql).get(...p) as { n: number }).n;

test('the sample population loads with its copies spread over the picked MVCs', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  const r = loadPopulation(tc.cds, samplePopulation);
  t.deepEqual(r, { mvcs: 50, vtvs: 200, copies: 230, native: 0, vaulted: 2 });
  const db = tc.cds.db;
  // VTV i of DV0000-DV0099 goes to MVC (i / 10) mod 20 of the ACS 00 MVCs: DV0000-DV0009 on M00000.
  t.deepEqual(
    (db.prepare("SELECT vtv FROM vtv_copy WHERE mvc = 'M00000' ORDER BY vtv").all() as { vtv: string }[]).map((x) => x.vtv),
    ['DV0000', 'DV0001', 'DV0002', 'DV0003', 'DV0004', 'DV0005', 'DV0006', 'DV0007', 'DV0008', 'DV0009'],
  );
  t.deepEqual(db.prepare("SELECT mvc, copy_index, block_id, stor_class, migrated FROM vtv_copy WHERE vtv = 'DV0013' ORDER BY copy_index").all(), [
    { mvc: 'M00001', copy_index: 1, block_id: '00000964', stor_class: 'LOCAL', migrated: '2024-03-01T08:13:00Z' },
    { mvc: 'M10001', copy_index: 2, block_id: '00000964', stor_class: 'REMOTE', migrated: '2024-03-01T08:13:00Z' },
  ]);
  t.deepEqual(db.prepare("SELECT created, last_used, mgmt_class, size_mb FROM vtv WHERE volser = 'DV0099'").get(), {
    created: '2024-03-01T09:39:00Z',
    last_used: '2024-03-01T09:39:00Z',
    mgmt_class: 'PAY',
    size_mb: 800,
  });
  // Used space is the compressed size of the current copies: 10 VTVs x 800 MB x 50%.
  t.deepEqual(db.prepare("SELECT used_mb, last_migrated FROM mvc WHERE volser = 'M00000'").get(), { used_mb: 4000, last_migrated: '2024-03-01T08:09:00Z' });
  t.is(count(db, "SELECT count(*) AS n FROM vtv_copy WHERE mvc LIKE 'VLL%'"), 30);
  t.is(count(db, "SELECT count(DISTINCT mvc) AS n FROM vtv_copy WHERE mvc LIKE 'VLL%'"), 10);
  t.is(count(db, 'SELECT count(*) AS n FROM vtv WHERE scratch = 1'), 50);
  t.is(count(db, "SELECT count(*) AS n FROM vtv WHERE resident = 1 AND resident_vtss = 'VTSS0'"), 20);
  t.deepEqual(db.prepare("SELECT location FROM mvc WHERE volser IN ('M10017','M10018') ORDER BY volser").all(), [{ location: 'LIBRARY' }, { location: 'OUTSIDE' }]);
});

test('a population that cannot load changes nothing and says why', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  loadPopulation(tc.cds, { mvcs: [{ range: 'M00000-M00009', pool: 'P' }] });
  const e = t.throws(
    () =>
      loadPopulation(tc.cds, {
        mvcs: [{ range: 'M00010-M00019', pool: 'P' }],
        vtvs: [{ range: 'X00000-X00009', copies: [{ pool: 'NOPOOL' }] }],
      }),
    { instanceOf: ElsimError },
  );
  t.regex(e.message, /no MVC matches pool NOPOOL/);
  t.is(count(tc.cds.db, 'SELECT count(*) AS n FROM mvc'), 10);
  t.is(count(tc.cds.db, 'SELECT count(*) AS n FROM vtv'), 0);
  t.throws(() => loadPopulation(tc.cds, { mvcs: [{ range: 'M00005-M00015' }] }), { instanceOf: ElsimError, message: /M00005 of M00005-M00015 is already in the CDS/ });
  t.throws(() => loadPopulation(tc.cds, { vtvs: [{ range: 'X00009-X00001' }] }), { instanceOf: ElsimError, message: /higher/ });
});

test('100,000 VTVs with duplex copies load in one set-based pass', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  const t0 = performance.now();
  const r = loadPopulation(tc.cds, {
    mvcs: [
      { range: 'M00000-M00999', pool: 'MVCP1', media: 'T10000T1', rectech: 'T1AE', acs: '00', capacityMb: 500000 },
      { range: 'M10000-M10999', pool: 'MVCP1', media: 'T10000T1', rectech: 'T1AE', acs: '01', capacityMb: 500000 },
    ],
    vtvs: [
      {
        range: 'DV0000-DV9999',
        mgmtClass: 'PAY',
        sizeMb: 800,
        compPct: 50,
        spreadSeconds: 10,
        copies: [
          { pool: 'MVCP1', acs: '00', perMvc: 100 },
          { pool: 'MVCP1', acs: '01', perMvc: 100 },
        ],
      },
      { range: 'X00000-X89999', mgmtClass: 'ACCOUNT', sizeMb: 400, copies: [{ pool: 'MVCP1', acs: '00', perMvc: 90 }] },
    ],
  });
  const ms = performance.now() - t0;
  t.log(`loaded ${r.vtvs} VTVs, ${r.copies} copies, ${r.mvcs} MVCs in ${ms.toFixed(0)} ms`);
  t.deepEqual(r, { mvcs: 2000, vtvs: 100000, copies: 110000, native: 0, vaulted: 0 });
  t.is(count(tc.cds.db, "SELECT count(*) AS n FROM vtv_copy WHERE mvc = 'M00000'"), 190);
});

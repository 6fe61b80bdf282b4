import test from 'ava';
import { dumpCds } from '../../../src/cds/dumpCds.js';
import { loadPopulation, type PopulationSpec } from '../../../src/cds/loadPopulation.js';
import { tempCds } from '../../helpers/tempCds.js';
import { samplePopulation } from '../../helpers/samplePopulation.js';

test('the dump has exactly the eight top-level keys, in order', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  t.deepEqual(Object.keys(dumpCds(tc.cds)), ['vtvs', 'mvcs', 'vaults', 'pools', 'classes', 'config', 'drtest', 'checkpoints']);
});

test('equal CDSs dump to equal text whatever the order rows were written in', (t) => {
  const a = tempCds();
  const b = tempCds();
  t.teardown(() => {
    a.dispose();
    b.dispose();
  });
  loadPopulation(a.cds, samplePopulation);
  const reversed: PopulationSpec = {
    mvcs: [...(samplePopulation.mvcs ?? [])].reverse(),
    vtvs: [...(samplePopulation.vtvs ?? [])].reverse(),
    vaults: samplePopulation.vaults ?? [],
    vaulted: samplePopulation.vaulted ?? [],
  };
  loadPopulation(b.cds, reversed);
  // Pools and classes written in another physical order but the same coded order (seq).
  a.cds.db.exec(`INSERT INTO pool (name, type, seq) VALUES ('MVCP1','MVC',1), ('SCRP1','SCRATCH',2);
                 INSERT INTO stor_class (name, seq, acs) VALUES ('LOCAL',1,'00'), ('REMOTE',2,'01');`);
  b.cds.db.exec(`INSERT INTO pool (name, type, seq) VALUES ('SCRP1','SCRATCH',2), ('MVCP1','MVC',1);
                 INSERT INTO stor_class (name, seq, acs) VALUES ('REMOTE',2,'01'), ('LOCAL',1,'00');`);
  const ja = JSON.stringify(dumpCds(a.cds), null, 2);
  const jb = JSON.stringify(dumpCds(b.cds), null, 2);
  t.is(ja, jb);
  t.is(ja, JSON.stringify(dumpCds(a.cds), null, 2));
});

test('copies sit under their VTV, current ones first by copy index', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  loadPopulation(tc.cds, samplePopulation);
  tc.cds.db.exec(`INSERT INTO vtv_copy (vtv, mvc, copy_index, block_id, current) VALUES ('DV0000', 'M00019', NULL, '0000FFFF', 0)`);
  const d = dumpCds(tc.cds) as unknown as { vtvs: { volser: string; copies: { index: number | null; mvc: string; current: boolean }[] }[]; mvcs: { volser: string; vtvCount: number; vault: string | null }[] };
  t.is(d.vtvs[0]!.volser, 'DV0000');
  t.deepEqual(
    d.vtvs[0]!.copies.map((c) => [c.index, c.mvc, c.current]),
    [
      [1, 'M00000', true],
      [2, 'M10000', true],
      [null, 'M00019', false],
    ],
  );
  const volsers = d.vtvs.map((v) => v.volser);
  t.deepEqual(volsers, [...volsers].sort());
  t.is(d.mvcs.find((m) => m.volser === 'M00000')!.vtvCount, 10);
  t.is(d.mvcs.find((m) => m.volser === 'M10019')!.vault, 'VAULT1');
});

import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCds, type GenerateSpec } from '../../../src/app/generateCds.js';
import { Cds } from '../../../src/cds/Cds.js';
import { dumpCds } from '../../../src/cds/dumpCds.js';
import { verifyCds } from '../../../src/cds/verifyCds.js';
import { ElsimError } from '../../../src/core/errors.js';

const NOW = new Date('2026-03-01T12:00:00Z');

function generated(spec: Partial<GenerateSpec>, fn: (cds: Cds) => void): ReturnType<typeof generateCds> {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-gen-'));
  const cds = Cds.open(join(dir, 'GEN.CDS'), { create: true });
  try {
    const r = generateCds(cds, { vtvs: 2500, mvcs: 300, copiesPerVtv: 2, seed: 11, now: NOW, checkConstraints: true, ...spec });
    fn(cds);
    return r;
  } finally {
    cds.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const one = <T>(cds: Cds, sql: string): T => cds.db.prepare(sql).pluck().get() as T;

test('the counts asked for, every row within the schema CHECKs, and a CDS that verifies clean', (t) => {
  const r = generated({}, (cds) => {
    t.is(one<number>(cds, 'SELECT count(*) FROM vtv'), 2500);
    t.is(one<number>(cds, 'SELECT count(*) FROM mvc'), 300);
    t.is(one<number>(cds, 'SELECT count(*) FROM vtv_copy WHERE current = 1'), 5000);
    // K copies per VTV, copy indexes 1..K, each in the storage class its management class names at that position.
    t.is(one<number>(cds, 'SELECT count(*) FROM (SELECT vtv FROM vtv_copy GROUP BY vtv HAVING count(*) <> 2 OR min(copy_index) <> 1 OR max(copy_index) <> 2)'), 0);
    t.is(
      one<number>(cds, `SELECT count(*) FROM vtv_copy c JOIN vtv v ON v.volser = c.vtv
                         LEFT JOIN mgmt_policy p ON p.mgmt = v.mgmt_class AND p.kind = 'MIGPOL' AND p.pos = c.copy_index AND p.stor = c.stor_class
                        WHERE p.mgmt IS NULL`),
      0,
    );
    // Each copy's MVC is in the pool of its storage class.
    t.is(one<number>(cds, 'SELECT count(*) FROM vtv_copy c JOIN mvc m ON m.volser = c.mvc JOIN stor_class s ON s.name = c.stor_class WHERE m.pool <> s.mvcpool'), 0);
    // Every volume is in a VOLPARM range of a pool of its kind.
    t.is(one<number>(cds, "SELECT count(*) FROM vtv v WHERE NOT EXISTS (SELECT 1 FROM volparm r JOIN pool p USING (pool_id) WHERE p.type = 'SCRATCH' AND v.volser BETWEEN r.lo_volser AND r.hi_volser)"), 0);
    t.is(one<number>(cds, "SELECT count(*) FROM mvc m WHERE NOT EXISTS (SELECT 1 FROM volparm r JOIN pool p USING (pool_id) WHERE p.type = 'MVC' AND p.name = m.pool AND m.volser BETWEEN r.lo_volser AND r.hi_volser)"), 0);
    // An MVC's used space and last migration are those of its copies.
    t.is(
      one<number>(cds, `SELECT count(*) FROM mvc m LEFT JOIN (SELECT c.mvc, sum(v.size_mb * (100 - v.comp_pct) / 100) AS used, max(c.migrated) AS last
                          FROM vtv_copy c JOIN vtv v ON v.volser = c.vtv GROUP BY c.mvc) u ON u.mvc = m.volser
                         WHERE m.used_mb <> coalesce(u.used, 0) OR m.last_migrated IS NOT u.last`),
      0,
    );
    t.is(one<number>(cds, "SELECT count(*) FROM vtv WHERE created > '2026-03-01T12:00:00Z' OR last_used > '2026-03-01T12:00:00Z' OR created < '2025-03-01'"), 0);
    t.deepEqual(verifyCds(cds).findings, []);
    t.is(cds.db.pragma('journal_mode', { simple: true }), 'wal');
    t.is(cds.db.pragma('foreign_keys', { simple: true }), 1);
  });
  t.deepEqual(r.vtvRanges, ['A00000-A02499']);
  t.deepEqual(r.mvcPools.map((p) => [p.pool, p.first, p.last, p.count]), [
    ['LOCALMVC', 'M00000', 'M00149', 150],
    ['OFFSITE', 'M00150', 'M00179', 30],
    ['REMOTE', 'M00180', 'M00299', 120],
  ]);
  t.like(r, { vtvs: 2500, mvcs: 300, copies: 5000 });
});

test('the same seed and time give the same CDS; another seed gives another', (t) => {
  let a: unknown;
  let b: unknown;
  let c: unknown;
  generated({ vtvs: 400, mvcs: 50 }, (cds) => (a = dumpCds(cds)));
  generated({ vtvs: 400, mvcs: 50, checkConstraints: false }, (cds) => (b = dumpCds(cds)));
  generated({ vtvs: 400, mvcs: 50, seed: 12 }, (cds) => (c = dumpCds(cds)));
  t.deepEqual(a, b);
  t.notDeepEqual(a, c);
});

test('volsers run across letters and MVC pools across M and N; four copies use every pool', (t) => {
  const r = generated({ vtvs: 100_003, mvcs: 100_010, copiesPerVtv: 4, seed: 5 }, (cds) => {
    t.is(one<string>(cds, 'SELECT max(volser) FROM vtv'), 'B00002');
    t.is(one<string>(cds, 'SELECT max(volser) FROM mvc'), 'N00009');
    t.is(one<number>(cds, 'SELECT count(*) FROM vtv_copy'), 400_012);
    t.is(one<number>(cds, 'SELECT count(DISTINCT stor_class) FROM vtv_copy'), 5);
  });
  t.deepEqual(r.vtvRanges, ['A00000-A99999', 'B00000-B00002']);
  t.is(r.mvcPools.reduce((n, p) => n + p.count, 0), 100_010);
});

test('config-only: the pools, ranges and classes of that size, no volumes', (t) => {
  generated({ configOnly: true }, (cds) => {
    t.is(one<number>(cds, 'SELECT count(*) FROM vtv') + one<number>(cds, 'SELECT count(*) FROM mvc'), 0);
    t.is(one<number>(cds, "SELECT count(*) FROM pool WHERE type = 'MVC' AND drtest = 0"), 3);
    t.is(one<string>(cds, "SELECT group_concat(stor, ',') FROM mgmt_policy WHERE mgmt = 'PAY'"), 'LOCAL,OFFSITE');
    t.is(one<string>(cds, 'SELECT tapeplex FROM cds_identity'), 'GENPLEX');
  });
});

test('refused sizes are SIM0800E and leave the new CDS unformatted', (t) => {
  const cases: [Partial<GenerateSpec>, RegExp][] = [
    [{ vtvs: -1 }, /--vtvs -1/],
    [{ vtvs: 3_000_000 }, /--vtvs 3000000: from 0 to 2200000/],
    [{ copiesPerVtv: 5 }, /at most 4 copies/],
    [{ mvcs: 2 }, /at least 3 MVCs/],
    [{ seed: 1.5 }, /--seed/],
  ];
  for (const [spec, message] of cases) {
    const dir = mkdtempSync(join(tmpdir(), 'elsim-gen-'));
    const cds = Cds.open(join(dir, 'GEN.CDS'), { create: true });
    try {
      const e = t.throws(() => generateCds(cds, { vtvs: 10, mvcs: 10, copiesPerVtv: 2, seed: 1, now: NOW, ...spec }), { instanceOf: ElsimError, message });
      t.is((e as ElsimError).id, 'SIM0800E');
      t.is(one<number>(cds, 'SELECT count(*) FROM cds_identity'), 0);
    } finally {
      cds.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

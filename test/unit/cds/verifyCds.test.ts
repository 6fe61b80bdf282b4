/**
 * `elsim cds verify`: a sound CDS verifies clean (RC 0); each broken invariant, written into a
 * sound CDS behind the schema's back, is found by its own message (RC 8 for violations, 4 for
 * warnings); a damaged file is SIM0830E.
 */
import test from 'ava';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cds } from '../../../src/cds/Cds.js';
import { verificationReport, verifyCds } from '../../../src/cds/verifyCds.js';
import { tempCds, type TempCds } from '../../helpers/tempCds.js';
import { verifyCdsOf } from '../../../src/app/verifyCdsOf.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';
import { System } from '../../../src/jes/System.js';

/** A small consistent CDS: one VTSS, pools with disjoint ranges, classes, VTVs with copies, a vault. */
function soundCds(): TempCds {
  const tc = tempCds();
  tc.cds.db.exec(`
    INSERT INTO cfg_vtss (name, seq) VALUES ('VTSS0', 1), ('VTSS1', 2);
    INSERT INTO cfg_cluster (name, seq) VALUES ('CL1', 1);
    INSERT INTO cfg_cluster_vtss (cluster, pos, vtss) VALUES ('CL1', 1, 'VTSS0'), ('CL1', 2, 'VTSS1');
    INSERT INTO pool (pool_id, name, type, seq) VALUES (1, 'MVCP1', 'MVC', 1), (2, 'SCRP1', 'SCRATCH', 2);
    INSERT INTO pool (pool_id, name, type, drtest, seq) VALUES (3, 'MVCP1', 'MVC', 1, 3);
    INSERT INTO volparm (pool_id, seq, prefix, lo, hi, width, suffix, lo_volser, hi_volser) VALUES
      (1, 1, 'M', 0, 99, 5, '', 'M00000', 'M00099'),
      (3, 2, 'M', 100, 199, 5, '', 'M00100', 'M00199'),
      (2, 3, 'V', 0, 999, 5, '', 'V00000', 'V00999');
    INSERT INTO stor_class (name, seq) VALUES ('LOCAL', 1);
    INSERT INTO mgmt_class (name, seq) VALUES ('PAY', 1);
    INSERT INTO mgmt_policy (mgmt, kind, pos, stor) VALUES ('PAY', 'MIGPOL', 1, 'LOCAL');
    INSERT INTO mvc (volser, pool, capacity_mb, used_mb) VALUES ('M00000', 'MVCP1', 1000, 100), ('M00001', 'MVCP1', 1000, 0);
    INSERT INTO vtv (volser, mgmt_class, resident, resident_vtss) VALUES ('V00000', 'PAY', 1, 'VTSS0'), ('V00001', 'PAY', 0, NULL);
    INSERT INTO vtv_copy (vtv, mvc, copy_index, block_id, current) VALUES
      ('V00000', 'M00000', 1, '00000001', 1), ('V00000', 'M00001', 1, '00000002', 0), ('V00001', 'M00000', 1, '00000003', 1);
    INSERT INTO vaultvol_area (id, capacity) VALUES (1, 100);
    INSERT INTO vault (name, seq, slots) VALUES ('VAULT1', 1, 10);
    INSERT INTO vault_volume (volser, vault, slot) VALUES ('M00001', 'VAULT1', 1);
  `);
  return tc;
}

/** Writes around the schema: no foreign keys, and the unique index of current copies dropped when asked. */
function breakWith(tc: TempCds, sql: string): void {
  tc.cds.db.pragma('foreign_keys = OFF');
  tc.cds.db.exec(sql);
  tc.cds.db.pragma('foreign_keys = ON');
}

test('a sound CDS verifies clean', (t) => {
  const tc = soundCds();
  t.teardown(() => tc.dispose());
  const v = verifyCds(tc.cds);
  t.deepEqual(v.findings, []);
  t.is(v.rc, 0);
  const report = verificationReport('HLQ.DBASEPRM', v);
  t.regex(report[0]!, /^SIM0820I CDS HLQ.DBASEPRM VERIFY - \d+ CHECKS$/);
  t.is(report.at(-1), 'SIM0821I CDS HLQ.DBASEPRM VERIFIED - 0 VIOLATIONS, 0 WARNINGS - RC=0');
});

const broken: [string, string, string, RegExp][] = [
  ['a copy on a missing MVC', "INSERT INTO vtv_copy (vtv, mvc, copy_index, block_id, current) VALUES ('V00001', 'M09999', 2, '00000009', 1)", 'SIM0832E', /MVC M09999 \(1 COPIES\)/],
  ['two current copies of one index', "DROP INDEX vtv_copy_current; INSERT INTO vtv_copy (vtv, mvc, copy_index, block_id, current) VALUES ('V00000', 'M00001', 1, '00000004', 1)", 'SIM0833E', /VTV V00000 COPY 1 ON M0000[01],M0000[01]/],
  ['a volser both VTV and MVC', "INSERT INTO vtv (volser) VALUES ('M00001')", 'SIM0834E', /^M00001$/],
  ['overlapping VOLPARM ranges', "INSERT INTO volparm (pool_id, seq, prefix, lo, hi, width, suffix, lo_volser, hi_volser) VALUES (2, 4, 'M', 150, 250, 5, '', 'M00150', 'M00250')", 'SIM0835E', /M00100-M00199 \(MVCP1 DRTEST\) AND M00150-M00250 \(SCRP1\)/],
  ['overlapping CONFIG ranges', "INSERT INTO cfg_volrange (kind, seq, prefix, lo, hi, width, suffix, lo_volser, hi_volser) VALUES ('VTV', 1, 'X', 0, 9, 1, '', 'X0', 'X9'), ('MVC', 2, 'X', 5, 5, 1, '', 'X5', 'X5')", 'SIM0836E', /VTVVOL X0-X9 AND MVCVOL X5/],
  ['a full vault overfilled', "UPDATE vault SET slots = 0", 'SIM0837E', /VAULT VAULT1: 1 VOLUMES, 0 SLOTS/],
  ['a slot outside its vault', "UPDATE vault_volume SET slot = 11", 'SIM0838E', /M00001 SLOT 11 OF VAULT VAULT1 \(10 SLOTS\)/],
  ['vaults larger than VAULTVOL', "UPDATE vaultvol_area SET capacity = 5", 'SIM0839E', /VAULTS HAVE 10 SLOTS, VAULTVOL CAPACITY 5/],
  ['a resident VTV in an unknown VTSS', "UPDATE vtv SET resident_vtss = 'GONE' WHERE volser = 'V00000'", 'SIM0840E', /GONE \(1 VTVS, E.G. V00000\)/],
  ['a cluster of an unknown VTSS', "INSERT INTO cfg_cluster_vtss (cluster, pos, vtss) VALUES ('CL1', 3, 'VTSS9')", 'SIM0841E', /CLUSTER CL1 VTSS VTSS9/],
  ['a policy naming no storage class', "INSERT INTO mgmt_policy (mgmt, kind, pos, stor) VALUES ('PAY', 'MIGPOL', 2, 'REMOTE')", 'SIM0842E', /MGMTCLAS PAY MIGPOL REMOTE/],
  ['a test CDS role without its DR test record', "UPDATE cds_identity SET role = 'DRTEST'", 'SIM0843E', /ROLE DRTEST, DR TEST RECORD OF PRODUCTION/],
  ['a vaulted volume in no vault', "INSERT INTO vault_volume (volser, vault, slot) VALUES ('M00000', 'NOVAULT', 1)", 'SIM0831E', /vault_volume -> vault \(1 ROWS\)/],
];

for (const [what, sql, id, sample] of broken) {
  test(`violation found: ${what}`, (t) => {
    const tc = soundCds();
    t.teardown(() => tc.dispose());
    breakWith(tc, sql);
    const v = verifyCds(tc.cds);
    t.is(v.rc, 8);
    const f = v.findings.find((x) => x.id === id);
    t.truthy(f, verificationReport('X', v).join('\n'));
    t.is(f!.severity, 'violation');
    t.true(f!.samples.some((s) => sample.test(s)), f!.samples.join('\n'));
  });
}

const warned: [string, string, string][] = [
  ['an MVC in an undefined pool', "UPDATE mvc SET pool = 'OLDPOOL' WHERE volser = 'M00001'", 'SIM0850W'],
  ['a VTV of an undefined class', "UPDATE vtv SET mgmt_class = 'OLD' WHERE volser = 'V00001'", 'SIM0851W'],
  ['an MVC fuller than its capacity', "UPDATE mvc SET used_mb = 2000 WHERE volser = 'M00000'", 'SIM0852W'],
  ['DR test resources without a test', "INSERT INTO drtest_resource (kind, name) VALUES ('ACS', '01')", 'SIM0853W'],
  ['writable production MVCs during an active DR test', "UPDATE drtest SET state = 'ACTIVE', primed = '2024-01-01T00:00:00Z', started = '2024-01-02T00:00:00Z'", 'SIM0856W'],
  ['an exported MVC that is writable', "UPDATE mvc SET exported = 1 WHERE volser = 'M00001'", 'SIM0857W'],
  ['an active DR test without its start date', "UPDATE drtest SET state = 'ACTIVE', primed = '2024-01-01T00:00:00Z'; UPDATE mvc SET read_only = 1", 'SIM0855W'],
];

for (const [what, sql, id] of warned) {
  test(`warning found: ${what}`, (t) => {
    const tc = soundCds();
    t.teardown(() => tc.dispose());
    breakWith(tc, sql);
    const v = verifyCds(tc.cds);
    t.deepEqual(v.findings.map((f) => f.id), [id]);
    t.is(v.rc, 4);
  });
}

test('many items: the report shows the first five and counts the rest', (t) => {
  const tc = soundCds();
  t.teardown(() => tc.dispose());
  breakWith(tc, "INSERT INTO vtv (volser) SELECT volser FROM mvc; INSERT INTO mvc (volser) VALUES ('A1'),('A2'),('A3'),('A4'),('A5'); INSERT INTO vtv (volser) VALUES ('A1'),('A2'),('A3'),('A4'),('A5')");
  const v = verifyCds(tc.cds);
  const lines = verificationReport('HLQ.DBASEPRM', v);
  t.true(lines.includes('SIM0834E 7 VOLSERS ARE BOTH A VTV AND AN MVC'), lines.join('\n'));
  t.true(lines.includes('         ... 2 MORE'));
  t.is(lines.at(-1), 'SIM0821I CDS HLQ.DBASEPRM VERIFIED - 1 VIOLATIONS, 0 WARNINGS - RC=8');
});

test('a damaged file is SIM0830E with RC 8, not an exception', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-verify-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const system = System.create(dir);
  system.catalog.define('HLQ.DBASEPRM', { dsorg: 'CDS' });
  const path = system.catalog.pathOf('HLQ.DBASEPRM');
  system.setActiveCds('HLQ.DBASEPRM');
  system.close();
  const cds = Cds.open(path, { create: true });
  cds.db.exec("CREATE TABLE filler (x TEXT); INSERT INTO filler SELECT printf('%.500c', 'x') FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) SELECT i FROM n)");
  cds.db.pragma('wal_checkpoint(TRUNCATE)');
  cds.close();
  const io = memoryIo(fixedClock('2026-11-21T08:00:00Z'));
  t.is(verifyCdsOf({ dir }, io).rc, 0);
  // Garbage over every page but the first (the header and the schema stay readable) ...
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(size - 8192, 0x5a), 0, size - 8192, 8192);
  closeSync(fd);
  const damaged = verifyCdsOf({ dir }, io);
  t.is(damaged.rc, 8);
  t.regex(damaged.lines[1]!, /^SIM0830E /);
  // ... and over the header too: the file does not open as a database at all.
  const fd2 = openSync(path, 'r+');
  writeSync(fd2, Buffer.alloc(100, 0x5a), 0, 100, 0);
  closeSync(fd2);
  const unreadable = verifyCdsOf({ dir }, io);
  t.is(unreadable.rc, 8);
  t.regex(unreadable.lines[1]!, /^SIM0830E /);
});

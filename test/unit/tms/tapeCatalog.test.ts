import test from 'ava';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cds } from '../../../src/cds/Cds.js';
import { ElsimError } from '../../../src/core/errors.js';
import { System } from '../../../src/jes/System.js';
import { systemMigrations } from '../../../src/jes/systemDb.js';
import { TapeCatalog } from '../../../src/tms/TapeCatalog.js';
import { loadTms } from '../../../src/tms/loadTms.js';
import { tmsLines } from '../../../src/tms/dumpTms.js';

function scratchDir(t: { teardown(f: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-tms-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function newTms(t: { teardown(f: () => void): void }): TapeCatalog {
  const tms = TapeCatalog.open('HLQ.TMSDB', join(scratchDir(t), 'HLQ.TMSDB'), { create: true, now: new Date('2026-11-21T08:00:00Z') });
  t.teardown(() => tms.close());
  return tms;
}

test('a data set written on a new volume makes it master; files append; file 1 rewrites the volume', (t) => {
  const tms = newTms(t);
  t.is(tms.recordDataset({ volser: 'T11000', kind: 'NATIVE', dsn: 'drvlt.manifest', at: '2026-11-21T09:00:00Z', expiration: '2026-12-13', job: 'DRVAULT' }), 1);
  t.is(tms.recordDataset({ volser: 'T11000', kind: 'NATIVE', dsn: 'HLQ.CDS.BACKUP', at: '2026-11-21T09:05:00Z' }), 2);
  let v = tms.volume('T11000', '2026-11-21T10:00:00Z')!;
  t.is(v.status, 'MASTER');
  t.false(v.scratch);
  t.is(v.expiration, '2026-12-13', 'appending keeps the expiration');
  t.is(v.lastRef, '2026-11-21T09:05:00Z');
  t.deepEqual(v.datasets.map((d) => [d.fileSeq, d.dsn]), [[1, 'DRVLT.MANIFEST'], [2, 'HLQ.CDS.BACKUP']]);
  t.is(tms.recordDataset({ volser: 'T11000', kind: 'NATIVE', dsn: 'OTHER.FILE1', at: '2026-11-22T09:00:00Z', fileSeq: 1 }), 1);
  v = tms.volume('T11000', '2026-11-22T10:00:00Z')!;
  t.deepEqual(v.datasets.map((d) => d.dsn), ['OTHER.FILE1'], 'writing file 1 overwrites the tape');
  t.is(v.expiration, null, 'a rewrite without an expiration has none');
  t.deepEqual(tms.volumesOf('other.file1'), ['T11000']);
});

test('scratch status is asked as of a day: scratched, or expired by then', (t) => {
  const tms = newTms(t);
  tms.recordDataset({ volser: 'AV1300', kind: 'VTV', dsn: 'DR.BACKUP', at: '2026-11-15T08:00:00Z', expiration: '2026-12-07' });
  t.false(tms.volume('AV1300', '2026-12-06T23:59:59Z')!.scratch);
  t.true(tms.volume('AV1300', '2026-12-07T00:00:00Z')!.scratch, 'expires on its expiration day');
  t.is(tms.volume('AV1300', '2026-12-08T00:00:00Z')!.status, 'MASTER', 'the stored status is unchanged');
  t.deepEqual(tms.volumes({ scratch: true }, '2026-12-08T00:00:00Z').map((v) => v.volser), ['AV1300']);
  t.deepEqual(tms.volumes({ scratch: true }, '2026-12-01T00:00:00Z'), []);
  tms.recordDataset({ volser: 'T11001', kind: 'NATIVE', dsn: 'PROD.GL', at: '2026-11-15T08:00:00Z' });
  t.true(tms.scratch('T11001', '2026-11-20T08:00:00Z'));
  t.false(tms.scratch('T11001', '2026-11-20T08:00:00Z'), 'already scratch');
  t.false(tms.scratch('NOSUCH', '2026-11-20T08:00:00Z'));
  const s = tms.volume('T11001', '2026-11-20T09:00:00Z')!;
  t.true(s.scratch);
  t.deepEqual(s.datasets.map((d) => d.dsn), ['PROD.GL'], 'a scratched volume still lists its data set until rewritten');
  t.is(tms.recordDataset({ volser: 'T11001', kind: 'NATIVE', dsn: 'NEW.DATA', at: '2026-11-21T08:00:00Z' }), 1, 'a scratch volume is written from its start');
  t.false(tms.volume('T11001', '2026-11-21T09:00:00Z')!.scratch);
  t.true(tms.setVolume('T11001', { expiration: '2026-11-22', lastRef: '2026-11-21T10:00:00Z' }, '2026-11-21T10:00:00Z'));
  t.true(tms.volume('T11001', '2026-11-22T00:00:00Z')!.scratch);
  t.false(tms.setVolume('NOSUCH', { expiration: null }, '2026-11-21T10:00:00Z'));
});

test('loadTms loads ranges set-based, {VOLSER} in data set names; tmsLines is one volume a line', (t) => {
  const tms = newTms(t);
  const n = loadTms(tms, {
    volumes: [
      { range: 'T11000-T11004', kind: 'NATIVE', media: 't10000t1', dsn: 'HMIG.T{VOLSER}', created: '2026-04-01T00:00:00Z', spreadSeconds: 60, expires: '2027-01-01' },
      { range: 'T11005-T11009', kind: 'NATIVE', scratch: true },
    ],
  });
  t.is(n, 10);
  const v = tms.volume('T11003', '2026-11-21T00:00:00Z')!;
  t.is(v.datasets[0]!.dsn, 'HMIG.TT11003');
  t.is(v.created, '2026-04-01T00:03:00Z');
  t.is(v.lastRef, v.created);
  t.true(tms.volume('T11007', '2026-11-21T00:00:00Z')!.scratch);
  const lines = tmsLines(tms.db);
  t.is(lines.length, 10);
  t.regex(lines[0]!, /^volumes \{"volser":"T11000","kind":"NATIVE","media":"T10000T1","status":"MASTER"/);
  t.throws(() => loadTms(tms, { volumes: [{ range: 'T11000', kind: 'NATIVE' }] }), { instanceOf: ElsimError, message: /T11000/ });
  t.is(tmsLines(tms.db).length, 10, 'a failed load changes nothing');
});

test('a file that is not a TMS is refused and left as it was', (t) => {
  const dir = scratchDir(t);
  const cdsPath = join(dir, 'HLQ.DBASEPRM');
  Cds.open(cdsPath, { create: true }).close();
  t.is(t.throws(() => TapeCatalog.open('HLQ.DBASEPRM', cdsPath, { create: true }), { instanceOf: ElsimError })?.id, 'SIM1002E');
  const c = Cds.open(cdsPath);
  t.is(c.version(), Cds.schemaVersion);
  c.close();
  const junk = join(dir, 'JUNK');
  writeFileSync(junk, 'this is not a database at all, just text that is long enough');
  t.is(t.throws(() => TapeCatalog.open('JUNK', junk), { instanceOf: ElsimError })?.id, 'SIM1001E');
  const empty = join(dir, 'EMPTY');
  writeFileSync(empty, '');
  t.is(t.throws(() => TapeCatalog.open('EMPTY', empty), { instanceOf: ElsimError })?.id, 'SIM1002E', 'an empty file is created only when asked');
});

test('a system gets a TMS data set of dsorg TMS; system.db migration 2 keeps the catalog and its aliases', (t) => {
  const dir = scratchDir(t);
  // A system.db as an elsim before the TMS wrote it (version 1), with a data set and an alias.
  const db = new Database(join(dir, 'system.db'));
  systemMigrations[0]!(db);
  db.pragma('user_version = 1');
  db.exec(`INSERT INTO state (key, value) VALUES ('next_job', '7'), ('hsc_active', 'N');
           INSERT INTO catalog (dsn, dsorg) VALUES ('HLQ.DBASEPRM', 'CDS');
           INSERT INTO catalog (dsn, dsorg, alias_of) VALUES ('HLQ.DBASESEC', 'CDS', 'HLQ.DBASEPRM');`);
  db.close();
  const sys = System.open(dir);
  t.teardown(() => sys.close());
  t.deepEqual(sys.catalog.list().map((e) => [e.dsn, e.dsorg, e.aliasOf ?? null]), [['HLQ.DBASEPRM', 'CDS', null], ['HLQ.DBASESEC', 'CDS', 'HLQ.DBASEPRM']]);
  t.is(sys.tms(), undefined, 'no TMS until one is created');
  const tms = sys.createTms('HLQ.TMSDB', new Date('2026-11-21T08:00:00Z'));
  t.is(sys.catalog.entry('HLQ.TMSDB')?.dsorg, 'TMS');
  tms.recordDataset({ volser: 'T11000', kind: 'NATIVE', dsn: 'A.B', at: '2026-11-21T08:00:00Z' });
  t.is(sys.tms(), tms);
  t.true(sys.catalog.delete('HLQ.DBASEPRM'));
  t.deepEqual(sys.catalog.list().map((e) => e.dsn), ['HLQ.TMSDB'], 'deleting a data set still deletes its aliases');
  sys.close();
  const again = System.open(dir);
  t.is(again.tms()?.volume('T11000', '2026-11-21T09:00:00Z')?.datasets[0]?.dsn, 'A.B');
  again.catalog.delete('HLQ.TMSDB');
  again.close();
  const gone = System.open(dir);
  t.is(t.throws(() => gone.tms(), { instanceOf: ElsimError })?.id, 'SIM1003E');
  gone.close();
});

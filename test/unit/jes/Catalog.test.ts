import test from 'ava';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ElsimError } from '../../../src/core/errors.js';
import { tempSystem } from '../../helpers/jclJobs.js';

test('define, write, read and delete a sequential data set', (t) => {
  const { catalog } = tempSystem(t);
  catalog.define('HLQ.DATA', { recfm: 'FB', lrecl: 80 });
  t.deepEqual(catalog.readRecords('HLQ.DATA'), []);
  catalog.writeRecords('HLQ.DATA', ['ONE', 'TWO  ']);
  catalog.writeRecords('HLQ.DATA', ['THREE'], { append: true });
  t.deepEqual(catalog.readRecords('HLQ.DATA'), ['ONE', 'TWO  ', 'THREE']);
  t.like(catalog.entry('HLQ.DATA'), { dsn: 'HLQ.DATA', dsorg: 'PS', recfm: 'FB', lrecl: 80 });
  t.true(catalog.delete('HLQ.DATA'));
  t.false(existsSync(catalog.pathOf('HLQ.DATA')));
  t.is(catalog.readRecords('HLQ.DATA'), undefined);
  t.false(catalog.delete('HLQ.DATA'));
});

test('partitioned data sets keep one file per member', (t) => {
  const { catalog } = tempSystem(t);
  catalog.define('HLQ.PARMLIB', { dsorg: 'PO' });
  catalog.writeMember('HLQ.PARMLIB', 'BKPCNTL', ['A']);
  catalog.writeMember('HLQ.PARMLIB', 'BKPSTBY', ['B']);
  t.deepEqual(catalog.members('HLQ.PARMLIB'), ['BKPCNTL', 'BKPSTBY']);
  t.deepEqual(catalog.readMember('HLQ.PARMLIB', 'BKPSTBY'), ['B']);
  t.is(catalog.readMember('HLQ.PARMLIB', 'NONE'), undefined);
  t.true(existsSync(join(catalog.dir, 'HLQ.PARMLIB', 'BKPCNTL')));
  t.throws(() => catalog.writeMember('HLQ.PARMLIB', '../X', []), { instanceOf: ElsimError });
});

test('an alias resolves to its data set; deleting the data set removes its aliases', (t) => {
  const sys = tempSystem(t);
  const { catalog } = sys;
  const p = sys.createDataset('HLQ.DBASEPRM', { dsorg: 'CDS' });
  catalog.defineAlias('HLQ.DBASESEC', 'HLQ.DBASEPRM');
  catalog.defineAlias('HLQ.DBASESBY', 'HLQ.DBASESEC'); // an alias of an alias names the data set itself
  t.is(catalog.pathOf('HLQ.DBASESEC'), p);
  t.is(sys.datasetPath('HLQ.DBASESBY'), p);
  t.is(catalog.resolve('HLQ.DBASESBY')?.dsn, 'HLQ.DBASEPRM');
  t.deepEqual(catalog.aliasesOf('HLQ.DBASEPRM'), ['HLQ.DBASESBY', 'HLQ.DBASESEC']);
  t.true(catalog.delete('HLQ.DBASESEC'), 'deleting an alias');
  t.true(existsSync(p), 'leaves the data set');
  writeFileSync(`${p}-wal`, '');
  catalog.delete('HLQ.DBASEPRM');
  t.false(existsSync(p));
  t.false(existsSync(`${p}-wal`), 'SQLite side files go with it');
  t.is(catalog.entry('HLQ.DBASESBY'), undefined);
  t.is(t.throws(() => catalog.defineAlias('HLQ.X', 'HLQ.NOPE'), { instanceOf: ElsimError })?.id, 'SIM0213E');
});

test('list by prefix, in name order, without side files', (t) => {
  const sys = tempSystem(t);
  const { catalog } = sys;
  for (const n of ['HLQ.B', 'HLQ.A', 'HLQX.C', 'OTHER.D']) catalog.define(n);
  sys.createDataset('HLQ.CDS', { dsorg: 'CDS' });
  writeFileSync(`${catalog.pathOf('HLQ.CDS')}-wal`, '');
  t.deepEqual(catalog.list('HLQ').map((e) => e.dsn), ['HLQ.A', 'HLQ.B', 'HLQ.CDS']);
  t.deepEqual(catalog.list().map((e) => e.dsn), ['HLQ.A', 'HLQ.B', 'HLQ.CDS', 'HLQX.C', 'OTHER.D']);
});

test('invalid names never become paths', (t) => {
  const { catalog } = tempSystem(t);
  for (const bad of ['../OUT', 'A/B', '/ETC/PASSWD', 'A..B', 'lower']) {
    const e = t.throws(() => catalog.define(bad), { instanceOf: ElsimError });
    t.is(e?.id, 'SIM0208E', bad);
    t.throws(() => catalog.pathOf(bad), { instanceOf: ElsimError });
  }
});

test('a symbolic link out of the system directory is refused', (t) => {
  const sys = tempSystem(t);
  const outside = mkdtempSync(join(tmpdir(), 'elsim-outside-'));
  t.teardown(() => rmSync(outside, { recursive: true, force: true }));
  writeFileSync(join(outside, 'secret'), 'SECRET\n');
  symlinkSync(join(outside, 'secret'), join(sys.catalog.dir, 'HLQ.LINK'));
  sys.catalog.define('HLQ.INSIDE');
  // Catalog the link's name by hand, as a tampered directory would have it.
  (sys.catalog as unknown as { db: { prepare(s: string): { run(...a: unknown[]): void } } }).db
    .prepare("INSERT INTO catalog (dsn, dsorg) VALUES ('HLQ.LINK', 'PS')")
    .run();
  const e = t.throws(() => sys.catalog.readRecords('HLQ.LINK'), { instanceOf: ElsimError });
  t.is(e?.id, 'SIM0214E');
  // A link that stays inside is followed.
  mkdirSync(join(sys.root, 'work'), { recursive: true });
  symlinkSync(sys.catalog.pathOf('HLQ.INSIDE'), join(sys.catalog.dir, 'HLQ.INLINK'));
  (sys.catalog as unknown as { db: { prepare(s: string): { run(...a: unknown[]): void } } }).db
    .prepare("INSERT INTO catalog (dsn, dsorg) VALUES ('HLQ.INLINK', 'PS')")
    .run();
  t.deepEqual(sys.catalog.readRecords('HLQ.INLINK'), []);
});

test('generations of a GDG, oldest first, and relative names', (t) => {
  const { catalog } = tempSystem(t);
  catalog.define('HLQ.BKUP', { dsorg: 'GDG' });
  t.deepEqual(catalog.generations('HLQ.BKUP'), []);
  t.is(catalog.generationDsn('HLQ.BKUP', 1), 'HLQ.BKUP.G0001V00');
  t.is(catalog.generationDsn('HLQ.BKUP', 0), undefined);
  catalog.define('HLQ.BKUP.G0002V00');
  catalog.define('HLQ.BKUP.G0010V00');
  catalog.define('HLQ.BKUPX.G0001V00');
  t.deepEqual(catalog.generations('HLQ.BKUP').map((g) => g.generation), [2, 10]);
  t.is(catalog.generationDsn('HLQ.BKUP', 0), 'HLQ.BKUP.G0010V00');
  t.is(catalog.generationDsn('HLQ.BKUP', -1), 'HLQ.BKUP.G0009V00');
  t.is(catalog.generationDsn('HLQ.BKUP', 1), 'HLQ.BKUP.G0011V00');
});

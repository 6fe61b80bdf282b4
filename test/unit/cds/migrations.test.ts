import test from 'ava';
import Database from 'better-sqlite3';
import { Cds } from '../../../src/cds/Cds.js';
import { ElsimError } from '../../../src/core/errors.js';
import { tempCds } from '../../helpers/tempCds.js';

test('a new CDS is brought to the current schema version with every table', (t) => {
  const tc = tempCds(false);
  t.teardown(() => tc.dispose());
  t.is(tc.cds.version(), Cds.schemaVersion);
  t.true(Cds.schemaVersion >= 1);
  const tables = (tc.cds.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  for (const name of ['cds_identity', 'cfg_global', 'cfg_vtss', 'cfg_rtd', 'pool', 'volparm', 'mgmt_class', 'stor_class', 'vtv', 'mvc', 'vtv_copy', 'vault', 'vault_volume', 'drtest', 'checkpoint']) {
    t.true(tables.includes(name), name);
  }
});

test('reopening a CDS keeps its content and does not migrate again', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  tc.cds.close();
  const again = Cds.open(tc.path);
  t.teardown(() => again.close());
  t.is(again.version(), Cds.schemaVersion);
  const id = again.db.prepare('SELECT tapeplex, created FROM cds_identity').get() as { tapeplex: string; created: string };
  t.deepEqual(id, { tapeplex: 'TMVSA', created: '2024-05-01T12:00:00Z' });
  const ro = Cds.open(tc.path, { readonly: true });
  t.is((ro.db.prepare('SELECT count(*) AS n FROM acs').get() as { n: number }).n, 2);
  ro.close();
});

test('a CDS written by a newer elsim is refused, read-write and read-only', (t) => {
  const tc = tempCds(false);
  t.teardown(() => tc.dispose());
  tc.cds.close();
  const raw = new Database(tc.path);
  raw.pragma(`user_version = ${Cds.schemaVersion + 1}`);
  raw.close();
  const e1 = t.throws(() => Cds.open(tc.path), { instanceOf: ElsimError });
  t.regex(e1.message, /newer than this elsim/);
  t.throws(() => Cds.open(tc.path, { readonly: true }), { instanceOf: ElsimError });
});

test('a missing CDS file is not created unless asked', (t) => {
  const tc = tempCds(false);
  t.teardown(() => tc.dispose());
  t.throws(() => Cds.open(`${tc.dir}/NO.SUCH.CDS`), { instanceOf: ElsimError, message: /cannot be opened/ });
});

/** Runs fn and returns the SQLite error code it failed with (better-sqlite3 errors are not ava Errors). */
function sqlErrorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

test('CHECK constraints guard volsers, flags and names', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  const db = tc.cds.db;
  t.is(sqlErrorCode(() => db.prepare("INSERT INTO vtv (volser) VALUES ('abc123')").run()), 'SQLITE_CONSTRAINT_CHECK');
  t.is(sqlErrorCode(() => db.prepare("INSERT INTO vtv (volser) VALUES ('ABC1234')").run()), 'SQLITE_CONSTRAINT_CHECK');
  t.is(sqlErrorCode(() => db.prepare("INSERT INTO vtv (volser) VALUES ('AB-123')").run()), 'SQLITE_CONSTRAINT_CHECK');
  t.is(sqlErrorCode(() => db.prepare("INSERT INTO vtv (volser, scratch) VALUES ('A00001', 2)").run()), 'SQLITE_CONSTRAINT_CHECK');
  t.is(sqlErrorCode(() => db.prepare("INSERT INTO vtv (volser, resident) VALUES ('A00001', 1)").run()), 'SQLITE_CONSTRAINT_CHECK');
  t.notThrows(() => db.prepare("INSERT INTO vtv (volser, resident, resident_vtss) VALUES ('A#@$01', 1, 'VTSS0')").run());
  t.is(sqlErrorCode(() => db.prepare("INSERT INTO pool (name, type, seq) VALUES ('P', 'BOGUS', 1)").run()), 'SQLITE_CONSTRAINT_CHECK');
  t.is(sqlErrorCode(() => db.prepare("INSERT INTO vtv_copy (vtv, mvc, copy_index, block_id) VALUES ('A#@$01', 'NOMVC', 1, '00000001')").run()), 'SQLITE_CONSTRAINT_FOREIGNKEY');
});

test('the indexes later utilities filter on exist', (t) => {
  const tc = tempCds(false);
  t.teardown(() => tc.dispose());
  const idx = (tc.cds.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((r) => r.name);
  for (const name of ['vtv_mgmt', 'vtv_updated', 'vtv_copy_mvc', 'vtv_copy_vtv', 'mvc_pool', 'volparm_volser', 'mgmt_policy_stor']) t.true(idx.includes(name), name);
});

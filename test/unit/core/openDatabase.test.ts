/** The one way elsim opens a SQLite file: the busy timeout, the migrations, the refusals. */
import test from 'ava';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogue } from '../../../src/core/catalogue.js';
import { ElsimError } from '../../../src/core/errors.js';
import { busyTimeout, openDatabase, openSqlite, refusal, setBusyTimeout, type DatabaseSchema } from '../../../src/core/openDatabase.js';

const cat = catalogue({
  TST0001E: { text: '{0} is version {1}, this build knows {2}', explain: 'test' },
  TST0002E: { text: '{0} cannot be opened: {1}', explain: 'test' },
  TST0003E: { text: '{0} is not one - {1}', explain: 'test' },
});

const schema: DatabaseSchema = {
  migrations: [
    (db) => db.exec('CREATE TABLE a (x INTEGER)'),
    (db) => db.exec('CREATE TABLE b (y INTEGER)'),
  ],
  pragmas: ['foreign_keys = ON'],
  writePragmas: ['journal_mode = WAL'],
  newer: refusal(cat, 'TST0001E'),
  cannotOpen: refusal(cat, 'TST0002E'),
  marker: 'a',
  notThisKind: refusal(cat, 'TST0003E'),
};

function tmp(t: { teardown: (f: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-db-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('a new database is created and migrated one user_version at a time', (t) => {
  const path = join(tmp(t), 'x.db');
  const db = openDatabase(path, schema, { create: true });
  t.is(db.pragma('user_version', { simple: true }), 2);
  t.is(db.pragma('journal_mode', { simple: true }), 'wal');
  t.is(db.pragma('foreign_keys', { simple: true }), 1);
  db.close();
  const again = openDatabase(path, { ...schema, migrations: [...schema.migrations, (d) => d.exec('CREATE TABLE c (z INTEGER)')] });
  t.is(again.pragma('user_version', { simple: true }), 3);
  t.is(again.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get(), 3);
  again.close();
});

test('read-only, the version is checked and nothing is migrated', (t) => {
  const path = join(tmp(t), 'x.db');
  const old = openDatabase(path, { ...schema, migrations: schema.migrations.slice(0, 1) }, { create: true });
  old.close();
  const db = openDatabase(path, schema, { readonly: true });
  t.is(db.pragma('user_version', { simple: true }), 1);
  db.close();
});

test('opening is not creating: an empty, foreign or unformatted file is refused and left as it was', (t) => {
  const dir = tmp(t);
  const cases: [string, (p: string) => void, RegExp][] = [
    ['empty', (p) => writeFileSync(p, ''), /THE FILE IS EMPTY/],
    ['garbage', (p) => writeFileSync(p, 'x'.repeat(5000)), /NOT A SQLITE DATABASE/],
    ['no tables', (p) => openSqlite(p, { create: true }).close(), /NEVER FORMATTED|THE FILE IS EMPTY/],
    [
      'other tables',
      (p) => {
        const d = openSqlite(p, { create: true });
        d.exec('CREATE TABLE other (q INTEGER)');
        d.pragma('user_version = 1');
        d.close();
      },
      /DOES NOT HOLD THE TABLES/,
    ],
  ];
  for (const [name, make, why] of cases) {
    const path = join(dir, `${name}.db`);
    make(path);
    const bytes = readFileSync(path);
    for (const readonly of [false, true]) {
      const e = t.throws(() => openDatabase(path, schema, { readonly }), { instanceOf: ElsimError }, name);
      t.is(e.id, 'TST0003E', name);
      t.regex(e.message, why, name);
      t.regex(e.detail ?? '', why);
    }
    t.deepEqual(readFileSync(path), bytes, `${name} was changed`);
  }
  // create takes an empty file (a data set allocated for a new CDS) and formats it…
  const empty = join(dir, 'new.db');
  writeFileSync(empty, '');
  const made = openDatabase(empty, schema, { create: true });
  t.is(made.pragma('user_version', { simple: true }), 2);
  made.close();
  // …but never a file that holds something else.
  t.throws(() => openDatabase(join(dir, 'garbage.db'), schema, { create: true }), { instanceOf: ElsimError });
  t.throws(() => openDatabase(join(dir, 'other tables.db'), schema, { create: true }), { instanceOf: ElsimError });
});

test('a newer file and a missing one are refused with their catalogued messages', (t) => {
  const dir = tmp(t);
  const path = join(dir, 'x.db');
  const raw = openSqlite(path, { create: true });
  raw.pragma('user_version = 5');
  raw.close();
  for (const readonly of [false, true]) {
    const e = t.throws(() => openDatabase(path, schema, { readonly }), { instanceOf: ElsimError });
    t.is(e.id, 'TST0001E');
    t.is(e.message, `${path} is version 5, this build knows 2`);
  }
  const missing = t.throws(() => openDatabase(join(dir, 'none.db'), schema), { instanceOf: ElsimError });
  t.is(missing.id, 'TST0002E');
  t.true(missing.message.startsWith(`${join(dir, 'none.db')} cannot be opened: `));
  const { cannotOpen: _, ...raw2 } = schema;
  // Without a refusal SQLite's own error comes through (better-sqlite3 errors are not ava Errors).
  let code: unknown;
  try {
    openDatabase(join(dir, 'none.db'), raw2);
  } catch (e) {
    code = (e as { code?: unknown }).code;
  }
  t.is(code, 'SQLITE_CANTOPEN');
});

test('every connection gets the one busy timeout', (t) => {
  const path = join(tmp(t), 'x.db');
  const before = busyTimeout();
  t.teardown(() => setBusyTimeout(before));
  setBusyTimeout(1500);
  const db = openSqlite(path, { create: true });
  t.is(db.pragma('busy_timeout', { simple: true }), 1500);
  db.close();
});

/**
 * `DIR/system.db`: the state of one simulated MVS image — key/value state (job number counter,
 * pinned clock, active CDS, HSC flag, user id), the catalog, and the jobs whose output is on the
 * spool. SQLite in WAL mode with a busy timeout, because several `elsim submit` processes may use
 * one system at once. Schema changes are numbered migrations keyed on PRAGMA user_version.
 */
import Database from 'better-sqlite3';
import { ElsimError } from '../core/errors.js';
import { sim } from '../core/simMessages.js';

type Migration = (db: Database.Database) => void;

export const systemMigrations: Migration[] = [
  (db) => {
    db.exec(`
      CREATE TABLE state (
        key   TEXT PRIMARY KEY,
        value TEXT
      );
      CREATE TABLE catalog (
        dsn      TEXT PRIMARY KEY,
        dsorg    TEXT NOT NULL CHECK (dsorg IN ('PS', 'PO', 'CDS', 'GDG')),
        recfm    TEXT,
        lrecl    INTEGER,
        alias_of TEXT REFERENCES catalog(dsn) ON DELETE CASCADE,
        created  TEXT
      );
      CREATE INDEX catalog_alias ON catalog(alias_of);
      CREATE TABLE jobs (
        jobid     TEXT PRIMARY KEY,
        jobname   TEXT,
        status    TEXT NOT NULL,
        maxcc     INTEGER,
        spool     TEXT,
        submitted TEXT
      );
    `);
  },
];

export const SYSTEM_DB = 'system.db';

/** Opens (creating when asked) the system database and brings its schema up to date. */
export function openSystemDb(path: string, create: boolean): Database.Database {
  const db = new Database(path, { fileMustExist: !create, timeout: 10000 });
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > systemMigrations.length) {
    db.close();
    throw new ElsimError(sim.text('SIM0216E', path, from, systemMigrations.length), 'SIM0216E');
  }
  for (let v = from; v < systemMigrations.length; v++) {
    const step = systemMigrations[v]!;
    db.transaction(() => {
      step(db);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
  return db;
}

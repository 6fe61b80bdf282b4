/**
 * `DIR/system.db`: the state of one simulated MVS image — key/value state (job number counter,
 * pinned clock, active CDS, HSC flag, user id), the catalog, and the jobs whose output is on the
 * spool. SQLite in WAL mode with a busy timeout, because several `elsim submit` processes may use
 * one system at once. Schema changes are numbered migrations keyed on PRAGMA user_version:
 * 1 the tables; 2 the catalog takes dsorg TMS; 3 the job table's ended, owner, abend, file and result columns.
 */
import type Database from 'better-sqlite3';
import { openDatabase, refusal, type DatabaseSchema, type Migration } from '../core/openDatabase.js';
import { sim } from '../core/simMessages.js';

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
  // The tape management catalog (src/tms) is a cataloged data set of dsorg TMS: the catalog table
  // is rebuilt with the wider CHECK (SQLite cannot alter one), rows and aliases kept.
  (db) => {
    db.exec(`
      CREATE TABLE catalog_new (
        dsn      TEXT PRIMARY KEY,
        dsorg    TEXT NOT NULL CHECK (dsorg IN ('PS', 'PO', 'CDS', 'GDG', 'TMS')),
        recfm    TEXT,
        lrecl    INTEGER,
        alias_of TEXT REFERENCES catalog_new(dsn) ON DELETE CASCADE,
        created  TEXT
      );
      INSERT INTO catalog_new (dsn, dsorg, recfm, lrecl, alias_of, created)
        SELECT dsn, dsorg, recfm, lrecl, alias_of, created FROM catalog;
      DROP TABLE catalog;
      ALTER TABLE catalog_new RENAME TO catalog;
      CREATE INDEX catalog_alias ON catalog(alias_of);
    `);
  },
  // 3: what `elsim jobs` and `elsim job show` list without reading the spool: when the job ended,
  // who submitted it, its abend code, the file it came from, and its steps, failure reasons and
  // spool data sets (JSON, src/jes/jobRecord.ts).
  (db) => {
    db.exec(`
      ALTER TABLE jobs ADD COLUMN ended  TEXT;
      ALTER TABLE jobs ADD COLUMN owner  TEXT;
      ALTER TABLE jobs ADD COLUMN abend  TEXT;
      ALTER TABLE jobs ADD COLUMN file   TEXT;
      ALTER TABLE jobs ADD COLUMN result TEXT;
      CREATE INDEX jobs_jobname ON jobs(jobname);
    `);
  },
  // 4: a data set on tape: the catalog names its volume and unit (the data is on the volume, a VTV:
  // the catalog directory holds no file for it).
  (db) => {
    db.exec(`
      ALTER TABLE catalog ADD COLUMN volser TEXT;
      ALTER TABLE catalog ADD COLUMN unit TEXT;
    `);
  },
];

export const SYSTEM_DB = 'system.db';

const systemSchema: DatabaseSchema = {
  migrations: systemMigrations,
  pragmas: ['foreign_keys = ON'],
  writePragmas: ['journal_mode = WAL'],
  newer: refusal(sim, 'SIM0216E'),
  marker: 'state',
  notThisKind: refusal(sim, 'SIM1502E'),
};

/** Opens (creating when asked) the system database and brings its schema up to date. */
export function openSystemDb(path: string, create: boolean): Database.Database {
  return openDatabase(path, systemSchema, { create });
}

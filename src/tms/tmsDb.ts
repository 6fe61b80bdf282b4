/**
 * The TMS database (see types.ts): a SQLite file kept as a cataloged data set of dsorg TMS. Schema
 * changes are numbered migrations keyed on PRAGMA user_version, applied by core/openDatabase.
 *
 *  tms_identity  the TMS type (RMM) and when the catalog was created          (id = 1)
 *  tms_volume    one row per tape volume: native cartridge or VTV           (volser)
 *  tms_dataset   the data sets on each volume, by file sequence             (volser, file_seq)
 */
import type Database from 'better-sqlite3';
import { openDatabase, refusal, type DatabaseSchema, type Migration } from '../core/openDatabase.js';
import { sim } from '../core/simMessages.js';

const VOLSER_OK = (c: string): string => `length(${c}) BETWEEN 1 AND 6 AND ${c} = upper(${c}) AND ${c} NOT GLOB '*[^A-Z0-9#@$]*'`;
const DAY = (c: string): string => `${c} IS NULL OR ${c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;

export const tmsMigrations: Migration[] = [
  (db) => {
    db.exec(`
      CREATE TABLE tms_identity (
        id      INTEGER PRIMARY KEY CHECK (id = 1),
        type    TEXT NOT NULL DEFAULT 'RMM',
        created TEXT
      );
      CREATE TABLE tms_volume (
        volser     TEXT PRIMARY KEY CHECK (${VOLSER_OK('volser')}),
        kind       TEXT NOT NULL CHECK (kind IN ('NATIVE','VTV')),
        media      TEXT,
        status     TEXT NOT NULL DEFAULT 'MASTER' CHECK (status IN ('MASTER','SCRATCH')),
        created    TEXT,
        expiration TEXT CHECK (${DAY('expiration')}),
        last_ref   TEXT,
        scratched  TEXT,
        job        TEXT
      ) WITHOUT ROWID;
      CREATE INDEX tms_volume_status ON tms_volume(status, volser);
      CREATE INDEX tms_volume_expiration ON tms_volume(expiration, volser) WHERE expiration IS NOT NULL;
      CREATE TABLE tms_dataset (
        volser   TEXT NOT NULL REFERENCES tms_volume(volser) ON DELETE CASCADE,
        file_seq INTEGER NOT NULL CHECK (file_seq >= 1),
        dsn      TEXT NOT NULL CHECK (length(dsn) BETWEEN 1 AND 44 AND dsn = upper(dsn)),
        created  TEXT,
        job      TEXT,
        step     TEXT,
        ddname   TEXT,
        PRIMARY KEY (volser, file_seq)
      ) WITHOUT ROWID;
      CREATE INDEX tms_dataset_dsn ON tms_dataset(dsn, volser);
    `);
  },
];

const tmsSchema: DatabaseSchema = {
  migrations: tmsMigrations,
  pragmas: ['foreign_keys = ON'],
  writePragmas: ['journal_mode = WAL', 'synchronous = NORMAL'],
  newer: refusal(sim, 'SIM1000E'),
  cannotOpen: refusal(sim, 'SIM1001E'),
  marker: 'tms_volume',
  notThisKind: refusal(sim, 'SIM1002E'),
};

/** Opens a TMS file (with `create`, a new one), bringing its schema up to date. */
export function openTmsDb(path: string, opts: { create?: boolean; readonly?: boolean } = {}): Database.Database {
  return openDatabase(path, tmsSchema, opts);
}

/** Whether a database is a TMS (it has the TMS tables): a CDS named by mistake is not. */
export function isTmsDb(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'tms_volume'").get() !== undefined;
}

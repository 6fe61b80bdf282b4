/**
 * `DIR/hardware.db`: the simulated hardware of one system (see types.ts). SQLite in WAL mode with a
 * busy timeout like system.db; schema changes are numbered migrations keyed on PRAGMA user_version.
 *
 *  hw_vtss      the VTSSs and their buffer capacity         (name)
 *  hw_vtss_vtv  VTV images in VTSS buffers                 (vtss, vtv)
 *  hw_mvc       cartridges in the ACSs and VMVCs in VLEs   (volser)
 *  hw_mvc_vtv   VTV copies on them, by block position      (mvc, block, vtv)
 *  hw_work      queued work with due times                 (work_id; by status+due, by vtv)
 *  hw_mount     VTVs mounted on VTDs now                   (vtss, vtd)
 *  hw_vtv_file  what is written on each VTV: its data set  (vtv, seq)
 *  hw_move_out  MVCs on their way to another system        (move_id; see app/moveMvcs.ts)
 *  hw_move_in   MVCs announced by another system           (move_id)
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { ElsimError } from '../core/errors.js';
import { openDatabase, refusal, type DatabaseSchema, type Migration } from '../core/openDatabase.js';
import { sim } from '../core/simMessages.js';

export const HARDWARE_DB = 'hardware.db';

export const hardwareMigrations: Migration[] = [
  (db) => {
    db.exec(`
      CREATE TABLE hw_vtss_vtv (
        vtss    TEXT NOT NULL,
        vtv     TEXT NOT NULL,
        size_mb INTEGER NOT NULL DEFAULT 0,
        written TEXT,
        PRIMARY KEY (vtss, vtv)
      ) WITHOUT ROWID;
      CREATE INDEX hw_vtss_vtv_vtv ON hw_vtss_vtv(vtv);
      CREATE TABLE hw_mvc (
        volser      TEXT PRIMARY KEY,
        acs         TEXT,
        stormngr    TEXT,
        media       TEXT,
        capacity_mb INTEGER NOT NULL DEFAULT 0,
        entered     TEXT
      ) WITHOUT ROWID;
      CREATE TABLE hw_mvc_vtv (
        mvc     TEXT NOT NULL,
        block   INTEGER NOT NULL,
        vtv     TEXT NOT NULL,
        size_mb INTEGER NOT NULL DEFAULT 0,
        written TEXT,
        PRIMARY KEY (mvc, block, vtv)
      ) WITHOUT ROWID;
      CREATE INDEX hw_mvc_vtv_vtv ON hw_mvc_vtv(vtv, mvc);
      CREATE TABLE hw_work (
        work_id    INTEGER PRIMARY KEY,
        kind       TEXT NOT NULL CHECK (kind IN ('MIGRATE','REPLICATE','CTR')),
        vtv        TEXT NOT NULL,
        source     TEXT,
        target     TEXT NOT NULL,
        copy_index INTEGER CHECK (copy_index BETWEEN 1 AND 4),
        due        TEXT NOT NULL,
        added      TEXT NOT NULL,
        status     TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','DONE','FAILED')),
        done       TEXT,
        detail     TEXT
      );
      CREATE INDEX hw_work_due ON hw_work(status, due, work_id);
      CREATE INDEX hw_work_vtv ON hw_work(vtv, kind);
    `);
  },
  // The VTSSs of the system with their buffer capacity (MIGRATE THRESHLD works in percent of it).
  (db) => {
    db.exec(`
      CREATE TABLE hw_vtss (
        name        TEXT PRIMARY KEY,
        capacity_mb INTEGER NOT NULL CHECK (capacity_mb > 0)
      ) WITHOUT ROWID;
    `);
  },
  // The VTVs mounted on VTDs (a tape DD of a running step; Display VTD shows them). A mount that
  // a killed job left behind stays until VTVMAINT DISMOUNT or the next mount of that VTV.
  (db) => {
    db.exec(`
      CREATE TABLE hw_mount (
        vtss  TEXT NOT NULL,
        vtd   TEXT NOT NULL,
        vtv   TEXT NOT NULL,
        since TEXT NOT NULL,
        job   TEXT,
        PRIMARY KEY (vtss, vtd)
      ) WITHOUT ROWID;
      CREATE UNIQUE INDEX hw_mount_vtv ON hw_mount(vtv);
    `);
  },
  // The data set a job wrote on a VTV: its records, kept with the VTV wherever its images and
  // copies are (a buffer, an MVC, another TapePlex after CTR). Small data sets as text, larger
  // ones gzip-compressed (base64), so that golden files stay readable.
  (db) => {
    db.exec(`
      CREATE TABLE hw_vtv_file (
        vtv      TEXT NOT NULL,
        seq      INTEGER NOT NULL CHECK (seq >= 1),
        dsn      TEXT NOT NULL,
        recfm    TEXT,
        lrecl    INTEGER,
        records  INTEGER NOT NULL,
        bytes    INTEGER NOT NULL,
        encoding TEXT NOT NULL CHECK (encoding IN ('TEXT','GZIP64')),
        data     TEXT NOT NULL,
        written  TEXT,
        PRIMARY KEY (vtv, seq)
      ) WITHOUT ROWID;
    `);
  },
  // Intents of `elsim mvc move` (src/app/moveMvcs.ts): cartridges on their way out of this system
  // (with everything needed to finish or undo the move), and cartridges announced as coming in.
  (db) => {
    db.exec(`
      CREATE TABLE hw_move_out (
        move_id TEXT PRIMARY KEY,
        target  TEXT NOT NULL,
        acs     TEXT,
        at      TEXT NOT NULL,
        cds_dsn TEXT,
        payload TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE hw_move_in (
        move_id TEXT PRIMARY KEY,
        source  TEXT NOT NULL,
        volsers TEXT NOT NULL,
        at      TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
];

/**
 * The directory whose hardware.db system `root` uses: its own, or (a DR test system built by
 * `elsim drsystem`) the production directory `sharedFrom`. A shared hardware.db must exist —
 * an empty one made in its place would be different hardware — so SIM0790E when it is gone.
 */
export function hardwareDir(root: string, sharedFrom: string | undefined): string {
  if (sharedFrom === undefined) return root;
  const path = join(sharedFrom, HARDWARE_DB);
  if (!existsSync(path)) throw new ElsimError(sim.text('SIM0790E', path, root), 'SIM0790E');
  return sharedFrom;
}

const hardwareSchema: DatabaseSchema = {
  migrations: hardwareMigrations,
  pragmas: [],
  writePragmas: ['journal_mode = WAL', 'synchronous = NORMAL'],
  newer: refusal(sim, 'SIM0700E'),
  marker: 'hw_mvc',
  notThisKind: { id: 'SIM1504E', text: (path, why) => sim.text('SIM1504E', path, why ?? '', dirname(String(path))) },
};

/**
 * Opens the hardware database and brings its schema up to date. Only a new system (`create`)
 * makes one: a missing file is refused (SIM1503E), never made again empty, because every
 * cartridge would then seem empty; a damaged one likewise (SIM1504E). Both name
 * `elsim hardware rebuild`.
 */
export function openHardwareDb(path: string, opts: { create?: boolean } = {}): Database.Database {
  if (!opts.create && path !== ':memory:' && !existsSync(path)) throw new ElsimError(sim.text('SIM1503E', path, dirname(path)), 'SIM1503E');
  return openDatabase(path, hardwareSchema, { create: opts.create ?? false });
}

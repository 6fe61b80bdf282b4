/**
 * The one way elsim opens its SQLite files (a CDS, DIR/system.db, DIR/hardware.db and the copies
 * utilities make): every connection waits the same busy timeout for a lock another connection
 * (another `elsim` process, another job) holds, and a database with a schema is brought up to date
 * by numbered migrations keyed on PRAGMA user_version. A file this elsim cannot use is refused with
 * a catalogued message, as an ElsimError.
 */
import Database from 'better-sqlite3';
import type { Catalogue } from './catalogue.js';
import { ElsimError } from './errors.js';

/** Migration N (1-based) brings PRAGMA user_version from N-1 to N. Never edit a released one. */
export type Migration = (db: Database.Database) => void;

let busyTimeoutMs = 10_000;

/**
 * How long a connection waits for a lock held by another one before SQLITE_BUSY: for a CDS, how
 * long a job waits for the CDS reserve another job holds (SIM0872E gives up). Default 10 seconds.
 */
export function busyTimeout(): number {
  return busyTimeoutMs;
}

/** Sets the busy timeout of every connection opened from now on (the CLI's ELSIM_CDS_WAIT). */
export function setBusyTimeout(ms: number): void {
  busyTimeoutMs = ms;
}

export interface OpenOptions {
  /** Create the file when it does not exist (else it must exist). */
  create?: boolean;
  readonly?: boolean;
}

/** Opens a SQLite file as it is, with the busy timeout: no PRAGMA, no migration. */
export function openSqlite(path: string, opts: OpenOptions = {}): Database.Database {
  return new Database(path, { fileMustExist: !opts.create, readonly: opts.readonly ?? false, timeout: busyTimeoutMs });
}

/** A message of one catalogue by id: what a refusal says (its inserts given by the refusal). */
export interface Refusal {
  id: string;
  text: (...inserts: (string | number)[]) => string;
}

export function refusal<K extends string>(cat: Catalogue<K>, id: K): Refusal {
  return { id, text: (...inserts) => cat.text(id, ...inserts) };
}

/** What kind of database a file is: its migrations, its PRAGMAs and how it is refused. */
export interface DatabaseSchema {
  migrations: readonly Migration[];
  /** Set on every connection. */
  pragmas: readonly string[];
  /** Set on a read-write connection only (journal mode, synchronous). */
  writePragmas: readonly string[];
  /** A file a newer elsim wrote; inserts: the path, its user_version, the migrations known. */
  newer: Refusal;
  /**
   * A file SQLite cannot open; inserts: the path, SQLite's reason. Without it SQLite's own error
   * is thrown (a file elsim keeps for itself, which no user names).
   */
  cannotOpen?: Refusal;
}

/**
 * Opens a database of `schema`. Read-write, it is migrated to the newest version, one immediate
 * transaction per migration; read-only, its version is only checked. A file with a version newer
 * than the migrations known is closed again and refused.
 */
export function openDatabase(path: string, schema: DatabaseSchema, opts: OpenOptions = {}): Database.Database {
  let db: Database.Database;
  try {
    db = openSqlite(path, opts);
  } catch (e) {
    if (!schema.cannotOpen) throw e;
    throw refuse(schema.cannotOpen, path, (e as Error).message);
  }
  try {
    for (const p of schema.pragmas) db.pragma(p);
    if (!opts.readonly) for (const p of schema.writePragmas) db.pragma(p);
    const known = schema.migrations.length;
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from > known) throw refuse(schema.newer, path, from, known);
    if (!opts.readonly) {
      for (let v = from; v < known; v++) {
        const step = schema.migrations[v]!;
        db.transaction(() => {
          step(db);
          db.pragma(`user_version = ${v + 1}`);
        }).immediate();
      }
    }
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

function refuse(r: Refusal, ...inserts: (string | number)[]): ElsimError {
  return new ElsimError(r.text(...inserts), r.id);
}

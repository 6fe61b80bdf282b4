/**
 * The one way elsim opens its SQLite files (a CDS, DIR/system.db, DIR/hardware.db and the copies
 * utilities make): every connection waits the same busy timeout for a lock another connection
 * (another `elsim` process, another job) holds, and a database with a schema is brought up to date
 * by numbered migrations keyed on PRAGMA user_version. A file this elsim cannot use is refused with
 * a catalogued message, as an ElsimError.
 *
 * Opening is not creating. Only `create: true` makes a new file or formats an empty one (migration
 * 1 onwards); every other open requires a file that already is a database of its kind — not
 * empty, a SQLite file, its user_version at least 1 and its marker table present — and refuses
 * anything else with the schema's `notThisKind` message, leaving the file untouched. A full,
 * read-only or locked file system gives its SIM151x message (core/environmentFault.ts).
 */
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Catalogue } from './catalogue.js';
import { environmentError } from './environmentFault.js';
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
  /** A table migration 1 makes: a file without it is not a database of this kind. */
  marker: string;
  /**
   * An existing file that is not a database of this kind — empty, not SQLite, damaged, or
   * without the marker table; inserts: the path, why (upper case).
   */
  notThisKind: Refusal;
}

/** Why a file that exists is not a database of `schema`'s kind (SQLite's reason when it is damaged). */
function notThisKind(schema: DatabaseSchema, path: string, why: string): ElsimError {
  const e = refuse(schema.notThisKind, path, why);
  e.detail = why;
  return e;
}

function sqliteCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** A damaged or foreign file as SQLite reports it, or undefined for any other error. */
function damage(e: unknown): string | undefined {
  const code = sqliteCode(e);
  if (code === 'SQLITE_NOTADB') return 'THE FILE IS NOT A SQLITE DATABASE';
  if (code.startsWith('SQLITE_CORRUPT')) return `THE FILE IS DAMAGED (${(e as Error).message.toUpperCase()})`;
  return undefined;
}

/**
 * Opens a database of `schema`. Read-write, it is migrated to the newest version, one immediate
 * transaction per migration; read-only, its version is only checked. A file with a version newer
 * than the migrations known is closed again and refused. Without `create` the file must already
 * be a database of this kind (see the file comment); with it a missing or empty file is made one.
 */
export function openDatabase(path: string, schema: DatabaseSchema, opts: OpenOptions = {}): Database.Database {
  const memory = path === ':memory:';
  let empty = false;
  if (!memory && !opts.create && !existsSync(path) && schema.cannotOpen) throw refuse(schema.cannotOpen, path, 'the file does not exist');
  if (!memory && existsSync(path)) {
    const st = statSync(path);
    if (!st.isFile()) throw notThisKind(schema, path, 'IT IS NOT A FILE');
    empty = st.size === 0;
    if (empty && !opts.create) throw notThisKind(schema, path, 'THE FILE IS EMPTY');
  }
  let db: Database.Database;
  try {
    db = openSqlite(path, opts);
  } catch (e) {
    const fault = environmentError(e, path, busyTimeoutMs);
    if (fault) throw fault;
    const why = damage(e);
    if (why !== undefined) throw notThisKind(schema, path, why);
    if (!schema.cannotOpen) throw e;
    throw refuse(schema.cannotOpen, path, (e as Error).message);
  }
  try {
    const known = schema.migrations.length;
    // The first read of the file: a file that is not SQLite fails here, before anything is written.
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from > known) throw refuse(schema.newer, path, from, known);
    const formatted = from >= 1 && db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(schema.marker) !== undefined;
    if (!formatted && !(opts.create && (memory || empty || isBlank(db)))) {
      throw notThisKind(schema, path, from === 0 && isBlank(db) ? 'IT HOLDS NO TABLES (NEVER FORMATTED)' : 'IT DOES NOT HOLD THE TABLES OF ONE');
    }
    for (const p of schema.pragmas) db.pragma(p);
    if (!opts.readonly) for (const p of schema.writePragmas) db.pragma(p);
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
    if (e instanceof ElsimError) throw e;
    const fault = environmentError(e, path, busyTimeoutMs);
    if (fault) throw fault;
    const why = damage(e);
    if (why !== undefined) throw notThisKind(schema, path, why);
    throw e;
  }
  return db;
}

/** A database with no schema at all (a new file SQLite has not written yet). */
function isBlank(db: Database.Database): boolean {
  return db.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get() === undefined;
}

function refuse(r: Refusal, ...inserts: (string | number)[]): ElsimError {
  return new ElsimError(r.text(...inserts), r.id);
}

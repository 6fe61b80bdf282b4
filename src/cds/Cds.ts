/**
 * A CDS is a SQLite file (a cataloged data set in the system's catalog). One Cds object per open
 * file; statements are prepared once; each utility function runs in one immediate transaction.
 */
import type Database from 'better-sqlite3';
import { migrations } from './migrations.js';
import { registerDatabase, unregisterDatabase } from '../core/changeCapture.js';
import { cdsCaptureKind } from './changeClosure.js';
import { els } from '../core/elsMessages.js';
import { sim } from '../core/simMessages.js';
import { openDatabase, refusal, type DatabaseSchema } from '../core/openDatabase.js';

/** SQLITE_BUSY (and its variants): another connection holds the lock past the busy timeout. */
export function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

const cdsSchema: DatabaseSchema = {
  migrations,
  // A page cache that holds the hot indexes of a million-VTV CDS (the default is 2 MB).
  pragmas: ['foreign_keys = ON', 'cache_size = -65536', 'temp_store = MEMORY'],
  writePragmas: ['journal_mode = WAL', 'synchronous = NORMAL'],
  newer: refusal(els, 'ELS0002E'),
  cannotOpen: refusal(els, 'ELS0003E'),
  marker: 'cds_identity',
  notThisKind: refusal(sim, 'SIM1501E'),
};

export class Cds {
  readonly db: Database.Database;
  /** One transaction function for every `immediate`/`deferred` call (building one costs). */
  private readonly tx: Database.Transaction<(fn: () => unknown) => unknown>;
  /** Statements prepared on this connection, by mode and SQL text, most recently used last. */
  private readonly statements = new Map<string, Database.Statement>();

  /** How many prepared statements `statement` keeps per open CDS. */
  static readonly statementCacheSize = 256;

  private constructor(readonly path: string, db: Database.Database) {
    this.db = db;
    this.tx = db.transaction((fn: () => unknown) => fn());
  }

  /**
   * Opens a CDS file, bringing its schema up to date; read-only, checks it. Only `create` (the
   * commands that format a CDS) makes a new one or takes an empty file; any other open refuses a
   * file that is not a CDS (SIM1501E) and leaves it as it is.
   */
  static open(path: string, opts: { create?: boolean; readonly?: boolean } = {}): Cds {
    const cds = new Cds(path, openDatabase(path, cdsSchema, opts));
    // What a job changes in a CDS goes into its change record (elsim job diff).
    if (!opts.readonly) registerDatabase(cds.db, path, cdsCaptureKind);
    return cds;
  }

  /** Schema version this build writes. */
  static get schemaVersion(): number {
    return migrations.length;
  }

  version(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /** Runs fn in one immediate transaction (the CDS reserve); a throw rolls everything back. */
  immediate<T>(fn: () => T): T {
    return this.tx.immediate(fn) as T;
  }

  /** Runs fn in one deferred transaction (a consistent read); a throw rolls everything back. */
  deferred<T>(fn: () => T): T {
    return this.tx.deferred(fn) as T;
  }

  /**
   * `db.prepare(sql)` done once per open CDS: a utility that runs once per statement of a deck
   * (MVCMAINT of an ACTMVCGN deck) prepares its SQL on the first statement only. With `pluck`
   * the statement returns the first column. A statement must not be used again while one of its
   * own iterations is open (SQLite runs one query per statement at a time).
   */
  statement(sql: string, opts: { pluck?: boolean } = {}): Database.Statement {
    const key = `${opts.pluck ? 'P' : 'R'}${sql}`;
    let stmt = this.statements.get(key);
    if (stmt) {
      this.statements.delete(key);
    } else {
      stmt = this.db.prepare(sql);
      if (opts.pluck) stmt.pluck();
      if (this.statements.size >= Cds.statementCacheSize) this.statements.delete(this.statements.keys().next().value!);
    }
    this.statements.set(key, stmt);
    return stmt;
  }

  close(): void {
    this.statements.clear();
    unregisterDatabase(this.db);
    if (this.db.open) this.db.close();
  }
}

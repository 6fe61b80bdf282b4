/**
 * A CDS is a SQLite file (a cataloged data set in the system's catalog). One Cds object per open
 * file; statements are prepared once; each utility function runs in one immediate transaction.
 */
import Database from 'better-sqlite3';
import { migrations } from './migrations.js';
import { ElsimError } from '../core/errors.js';

/** SQLITE_BUSY (and its variants): another connection holds the lock past the busy timeout. */
export function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

export class Cds {
  /**
   * How long a job waits for the CDS reserve (another job's transaction) before giving up, as
   * SQLite's busy timeout. The CLI sets it from ELSIM_CDS_WAIT (seconds).
   */
  static busyTimeoutMs = 10_000;

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

  /** Opens (and with `create`, formats) a CDS file, bringing its schema up to date. */
  static open(path: string, opts: { create?: boolean; readonly?: boolean } = {}): Cds {
    let db: Database.Database;
    try {
      db = new Database(path, { fileMustExist: !opts.create, readonly: opts.readonly ?? false, timeout: Cds.busyTimeoutMs });
    } catch (e) {
      throw new ElsimError(`CDS ${path} cannot be opened: ${(e as Error).message}`, 'ELS0003E');
    }
    const cds = new Cds(path, db);
    db.pragma('foreign_keys = ON');
    // A page cache that holds the hot indexes of a million-VTV CDS (the default is 2 MB).
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      cds.migrate();
    } else {
      cds.checkVersion();
    }
    return cds;
  }

  /** Schema version this build writes. */
  static get schemaVersion(): number {
    return migrations.length;
  }

  version(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  private checkVersion(): void {
    const v = this.version();
    if (v > migrations.length) {
      throw new ElsimError(`CDS ${this.path} has schema version ${v}, newer than this elsim (${migrations.length})`, 'ELS0002E');
    }
  }

  private migrate(): void {
    this.checkVersion();
    const from = this.version();
    for (let v = from; v < migrations.length; v++) {
      const step = migrations[v]!;
      this.db.transaction(() => {
        step(this.db);
        this.db.pragma(`user_version = ${v + 1}`);
      }).immediate();
    }
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
    if (this.db.open) this.db.close();
  }
}

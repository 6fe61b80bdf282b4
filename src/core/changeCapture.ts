/**
 * What a job changed, captured while it runs (the per-job change record behind `elsim job diff`).
 *
 * Every read-write connection to a CDS or to hardware.db registers here when it opens. While a
 * capture is active (one job), each such connection gets TEMP triggers that note the key of every
 * row inserted, updated or deleted (the rowid, or the primary key of a WITHOUT ROWID table) in a
 * TEMP table — a few microseconds a row, nothing at all for rows the job does not touch. The first
 * time a file is watched, a second connection opens a read transaction on it: in WAL mode it keeps
 * seeing the file as it was before the job, for as long as the job runs.
 *
 * When the job ends the noted keys are moved (SQL, into the record file) and, for each file, the
 * touched rows are copied twice into the record: as they were (from the held read transaction) and
 * as they are. A file kind may add the rows its report needs besides them (the CDS adds a VTV's
 * other copies, an MVC's copies …: src/cds/changeClosure.ts). Nothing is read that the job did not
 * touch, so the cost follows the size of the change, never the size of the CDS. Reading the record
 * back (src/app/jobChanges.ts) rebuilds the rows on both sides and compares them.
 *
 * A file not in WAL mode is not captured (a held read would block its writers); the record says so.
 * Changes another process makes at the same time to rows this job also touched show in its record.
 */
import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { openSqlite } from './openDatabase.js';

export type Side = 'b' | 'a';

/** What a file kind adds to the record beyond the touched rows. */
export interface CaptureKind {
  /** `cds`, `hardware`. */
  name: string;
  /**
   * Copies the rows the report of this kind needs besides the touched ones, for one side: `db` has
   * the file as `main` (as it was for `b`, as it is for `a`) and the record attached as `rec`.
   * Called for `b` then `a`, after the touched rows of both sides were copied.
   */
  closure?(db: Database.Database, side: Side, rec: RecordTables): void;
}

/** Names in the record of one captured file (number n). */
export interface RecordTables {
  /** `rec."f0_b_vtv"`: the copied rows of table T on side s, or undefined when there is no such table. */
  table(db: Database.Database, side: Side, t: string): string | undefined;
  /** Creates (when needed) and names the record table of T on side s, shaped like main.T. */
  ensure(db: Database.Database, side: Side, t: string): string;
  /** The touched keys of table T: a subquery of (key) for `WHERE rowid IN (…)`. */
  touched(t: string): string;
  /** A condition true for the rows of main.T that were not touched (they still need copying). */
  untouched(db: Database.Database, t: string): string;
  /** Tables of this file with touched rows. */
  touchedTables(): string[];
  /** Tables of the file (main schema) and whether each has a rowid. */
  tables(db: Database.Database): Map<string, { rowid: boolean; pk: string[] }>;
  /** A name for a scratch table of this file in the record. */
  scratch(name: string): string;
}

interface Watched {
  path: string;
  kind: CaptureKind;
}

const openDbs = new Map<Database.Database, Watched>();
/** The captures running in this process: at most one per directory (one job per system at a time). */
const active = new Set<ChangeCapture>();

/** Called by whoever opens a CDS or hardware.db for writing (Cds.open, Hardware). */
export function registerDatabase(db: Database.Database, path: string, kind: CaptureKind): void {
  if (path === ':memory:' || path === '') return;
  const full = resolve(path);
  openDbs.set(db, { path: full, kind });
  for (const c of active) if (c.covers(full)) c.watch(db, full, kind);
}

/** Called before such a connection closes: its noted keys are saved first. */
export function unregisterDatabase(db: Database.Database): void {
  if (!openDbs.delete(db)) return;
  for (const c of active) c.release(db);
}

/**
 * Starts capturing what the connections to files under the `scope` directories change, into a
 * new record file (replaced if it exists). Undefined when a capture of an overlapping scope is
 * already running in this process (two jobs of one system at once): that job gets no record.
 */
export function startCapture(recordPath: string, scope: readonly string[]): ChangeCapture | undefined {
  const dirs = scope.map((d) => resolve(d));
  for (const c of active) if (dirs.some((d) => c.overlaps(d))) return undefined;
  const c = new ChangeCapture(recordPath, dirs);
  active.add(c);
  for (const [db, w] of openDbs) if (c.covers(w.path)) c.watch(db, w.path, w.kind);
  return c;
}

const inside = (dir: string, path: string): boolean => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

const q = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const TOUCHED = 'elsim_cap_touched';
const STATE = 'elsim_cap_state';

/** Connections that have the triggers (made once per connection; they note only while a capture is on). */
const instrumented = new WeakSet<Database.Database>();

/** The tables of a file, read once per file and process (a file's schema does not change under a job). */
type TableInfo = Map<string, { rowid: boolean; pk: string[] }>;
const tableInfo = new Map<string, TableInfo>();

function tablesOfFile(db: Database.Database, path: string): TableInfo {
  let info = tableInfo.get(path);
  if (info === undefined || info.size === 0) {
    info = tablesOf(db);
    tableInfo.set(path, info);
  }
  return info;
}

/**
 * Gives a connection the TEMP triggers that note the key of each row changed in its main tables,
 * when temp.elsim_cap_state says a capture is on. Done once per connection.
 */
function instrument(db: Database.Database, tables: TableInfo): void {
  if (instrumented.has(db)) return;
  const parts = [
    `CREATE TEMP TABLE IF NOT EXISTS ${TOUCHED} (tbl TEXT NOT NULL, key NOT NULL, PRIMARY KEY (tbl, key)) WITHOUT ROWID;`,
    `CREATE TEMP TABLE IF NOT EXISTS ${STATE} (capturing INTEGER NOT NULL);`,
    `INSERT INTO temp.${STATE} SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM temp.${STATE});`,
  ];
  const on = `WHEN (SELECT capturing FROM temp.${STATE})`;
  for (const [t, info] of tables) {
    const key = (row: 'NEW' | 'OLD'): string => (info.rowid ? `${row}.rowid` : `json_array(${info.pk.map((c) => `${row}.${q(c)}`).join(', ')})`);
    // Not INSERT OR IGNORE: the outer statement's conflict clause (OR REPLACE …) would override it.
    const note = (row: 'NEW' | 'OLD'): string =>
      `INSERT INTO temp.${TOUCHED} SELECT ${sqlString(t)}, ${key(row)} WHERE NOT EXISTS (SELECT 1 FROM temp.${TOUCHED} WHERE tbl = ${sqlString(t)} AND key = ${key(row)});`;
    parts.push(
      `CREATE TEMP TRIGGER IF NOT EXISTS ${q(`elsim_cap_${t}_i`)} AFTER INSERT ON main.${q(t)} ${on} BEGIN ${note('NEW')} END;`,
      `CREATE TEMP TRIGGER IF NOT EXISTS ${q(`elsim_cap_${t}_d`)} AFTER DELETE ON main.${q(t)} ${on} BEGIN ${note('OLD')} END;`,
      `CREATE TEMP TRIGGER IF NOT EXISTS ${q(`elsim_cap_${t}_u`)} AFTER UPDATE ON main.${q(t)} ${on} BEGIN ${note('OLD')} ${note('NEW')} END;`,
    );
  }
  db.exec(parts.join('\n'));
  instrumented.add(db);
}

function setCapturing(db: Database.Database, on: boolean): void {
  db.exec(`UPDATE temp.${STATE} SET capturing = ${on ? 1 : 0}; ${on ? `DELETE FROM temp.${TOUCHED};` : ''}`);
}

interface CapturedFile {
  n: number;
  path: string;
  kind: CaptureKind;
  /** The read transaction that sees the file as it was; undefined when the file is not captured. */
  snapshot?: Database.Database;
  note?: string;
}

export interface CaptureSummary {
  files: { n: number; path: string; kind: string; captured: boolean; note?: string }[];
}

export class ChangeCapture {
  private readonly files = new Map<string, CapturedFile>();
  private readonly watched = new Map<Database.Database, CapturedFile>();
  private readonly rec: Database.Database;
  private finished = false;

  constructor(
    readonly recordPath: string,
    private readonly scope: readonly string[],
  ) {
    mkdirSync(dirname(recordPath), { recursive: true });
    rmSync(recordPath, { force: true });
    this.rec = openSqlite(recordPath, { create: true });
    // WAL: the connection holding a file's before-state writes the record late in its read
    // transaction; in WAL mode it then sees (and may add to) what the others wrote meanwhile.
    // The record is derived, not data: no fsync of its own (a lost record loses a job diff, nothing else).
    this.rec.pragma('synchronous = OFF');
    this.rec.pragma('journal_mode = WAL');
    this.rec.exec(`
      CREATE TABLE files (n INTEGER PRIMARY KEY, path TEXT NOT NULL, kind TEXT NOT NULL, captured INTEGER NOT NULL, note TEXT);
      CREATE TABLE touched (file INTEGER NOT NULL, tbl TEXT NOT NULL, key NOT NULL, PRIMARY KEY (file, tbl, key)) WITHOUT ROWID;
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
      CREATE TABLE empty (file INTEGER NOT NULL, side TEXT NOT NULL, tbl TEXT NOT NULL, PRIMARY KEY (file, side, tbl)) WITHOUT ROWID;
    `);
  }

  /** Whether a file is one this capture watches. */
  covers(path: string): boolean {
    return this.scope.some((d) => inside(d, path));
  }

  /** Whether this capture and one of `dir` would watch some file in common. */
  overlaps(dir: string): boolean {
    return this.scope.some((d) => inside(d, dir) || inside(dir, d));
  }

  /** Keeps a fact with the record (the clock before and after the job …). */
  setMeta(key: string, value: string | null): void {
    this.rec.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  private fileOf(path: string, kind: CaptureKind): CapturedFile {
    let f = this.files.get(path);
    if (f) return f;
    f = { n: this.files.size, path, kind };
    this.files.set(path, f);
    try {
      // Read-write only so that the record can be attached writable: it reads nothing but the file as it was.
      const snap = openSqlite(path);
      const mode = String(snap.pragma('journal_mode', { simple: true })).toLowerCase();
      if (mode !== 'wal') {
        snap.close();
        f.note = `journal mode ${mode}, not WAL`;
      } else {
        snap.prepare('ATTACH DATABASE ? AS rec').run(this.recordPath);
        snap.pragma('rec.synchronous = OFF');
        snap.exec('BEGIN');
        snap.prepare('SELECT count(*) FROM main.sqlite_schema').get();
        f.snapshot = snap;
      }
    } catch (e) {
      f.note = (e as Error).message;
    }
    return f;
  }

  /** Starts noting what `db` changes (the first time its file is seen, its before-state is held). */
  watch(db: Database.Database, path: string, kind: CaptureKind): void {
    if (this.finished || !db.open || this.watched.has(db)) return;
    const f = this.fileOf(path, kind);
    if (!f.snapshot) return;
    instrument(db, tablesOfFile(db, path));
    setCapturing(db, true);
    this.watched.set(db, f);
  }

  /** Moves what `db` noted into the record (SQL: the keys never pass through JavaScript). */
  private drain(db: Database.Database, f: CapturedFile): void {
    if (!db.open || db.inTransaction) return;
    db.prepare('ATTACH DATABASE ? AS elsim_rec').run(this.recordPath);
    db.pragma('elsim_rec.synchronous = OFF');
    try {
      db.prepare(`INSERT OR IGNORE INTO elsim_rec.touched (file, tbl, key) SELECT ?, tbl, key FROM temp.${TOUCHED}`).run(f.n);
      db.exec(`DELETE FROM temp.${TOUCHED}`);
    } finally {
      db.exec('DETACH DATABASE elsim_rec');
    }
  }

  /** A watched connection is closing: what it noted is kept. */
  release(db: Database.Database): void {
    const f = this.watched.get(db);
    if (!f) return;
    this.drain(db, f);
    this.watched.delete(db);
  }

  /**
   * Ends the capture: the keys still noted on open connections are saved and their triggers
   * dropped, and the touched rows of each file (with what its kind adds) are copied into the
   * record as they were and as they are. Returns what was captured.
   */
  finish(): CaptureSummary {
    if (this.finished) throw new Error('capture already finished');
    this.finished = true;
    active.delete(this);
    for (const [db, f] of this.watched) {
      this.drain(db, f);
      if (db.open && !db.inTransaction) setCapturing(db, false);
    }
    this.watched.clear();
    const insert = this.rec.prepare('INSERT INTO files (n, path, kind, captured, note) VALUES (?, ?, ?, ?, ?)');
    for (const f of this.files.values()) insert.run(f.n, f.path, f.kind.name, f.snapshot ? 1 : 0, f.note ?? null);
    const touchedFiles = new Set(this.rec.prepare('SELECT DISTINCT file FROM touched').pluck().all() as number[]);
    this.rec.close();
    const summary: CaptureSummary = { files: [] };
    for (const f of this.files.values()) {
      try {
        // A file the job did not change needs nothing more: its before-state is simply let go.
        if (f.snapshot && touchedFiles.has(f.n)) this.copyFile(f);
      } finally {
        if (f.snapshot?.open) f.snapshot.close();
      }
      summary.files.push({ n: f.n, path: f.path, kind: f.kind.name, captured: f.snapshot !== undefined, ...(f.note ? { note: f.note } : {}) });
    }
    return summary;
  }

  /** Copies one file's touched rows (and its kind's closure), as they were and as they are. */
  private copyFile(f: CapturedFile): void {
    const snap = f.snapshot!;
    const now = existsSync(f.path) ? openSqlite(f.path) : undefined;
    try {
      if (now) {
        now.prepare('ATTACH DATABASE ? AS rec').run(this.recordPath);
        now.pragma('rec.synchronous = OFF');
      }
      const tables = recordTables(f.n, tableInfo.get(f.path) ?? tablesOf(snap));
      // Read through `now` when there is one: a read of the record by the held transaction would
      // fix its view of the record before the after-side rows are written (and then refuse writes).
      const touched = tables.touchedTablesOf(now ?? snap);
      // After first: the held read transaction takes the record's write lock until it ends.
      if (now) copyTouched(now, 'a', tables, touched);
      copyTouched(snap, 'b', tables, touched);
      if (f.kind.closure) {
        f.kind.closure(snap, 'b', tables);
        snap.exec('COMMIT');
        if (now) now.transaction(() => f.kind.closure!(now, 'a', tables))();
      } else {
        snap.exec('COMMIT');
      }
    } finally {
      now?.close();
    }
  }
}

function sqlString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** Tables of the main schema: whether each has a rowid, and its primary key columns. */
function tablesOf(db: Database.Database): Map<string, { rowid: boolean; pk: string[] }> {
  const out = new Map<string, { rowid: boolean; pk: string[] }>();
  const rows = db.prepare("SELECT name, sql FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").all() as { name: string; sql: string | null }[];
  for (const r of rows) {
    const rowid = !/WITHOUT\s+ROWID/i.test(r.sql ?? '');
    const cols = db.pragma(`main.table_info(${q(r.name)})`) as { name: string; pk: number }[];
    out.set(r.name, { rowid, pk: cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name) });
  }
  return out;
}

/** The record's table names for file n. */
function recordTables(n: number, info: TableInfo): RecordTables & { n: number; touchedTablesOf(db: Database.Database): string[] } {
  let touchedList: string[] | undefined;
  const name = (side: Side, t: string): string => `f${n}_${side}_${t}`;
  const self = {
    n,
    table(db: Database.Database, side: Side, t: string): string | undefined {
      const there = db.prepare("SELECT 1 FROM rec.sqlite_schema WHERE type = 'table' AND name = ?").get(name(side, t));
      return there === undefined ? undefined : `rec.${q(name(side, t))}`;
    },
    ensure(db: Database.Database, side: Side, t: string): string {
      db.exec(`CREATE TABLE IF NOT EXISTS rec.${q(name(side, t))} AS SELECT * FROM main.${q(t)} WHERE 0`);
      return `rec.${q(name(side, t))}`;
    },
    touched(t: string): string {
      return `(SELECT key FROM rec.touched WHERE file = ${n} AND tbl = ${sqlString(t)})`;
    },
    untouched(_db: Database.Database, t: string): string {
      const ti = info.get(t);
      const key = ti === undefined || ti.rowid ? 'rowid' : `json_array(${ti.pk.map(q).join(', ')})`;
      return `${key} NOT IN ${self.touched(t)}`;
    },
    touchedTables(): string[] {
      return touchedList ?? [];
    },
    touchedTablesOf(db: Database.Database): string[] {
      touchedList = db.prepare('SELECT DISTINCT tbl FROM rec.touched WHERE file = ? ORDER BY tbl').pluck().all(n) as string[];
      return touchedList;
    },
    tables: (): TableInfo => info,
    scratch(s: string): string {
      return `rec.${q(`f${n}_${s}`)}`;
    },
  };
  return self;
}

/** Copies the touched rows of each table as `side` sees them. */
function copyTouched(db: Database.Database, side: Side, tables: RecordTables & { n: number }, touched: readonly string[]): void {
  const info = tables.tables(db);
  const run = (): void => {
    for (const t of touched) {
      const ti = info.get(t);
      if (!ti) continue; // the table does not exist on this side
      const target = tables.ensure(db, side, t);
      // Whether the whole table is empty on this side: the report shows an emptied table as `T []`.
      db.exec(`INSERT OR IGNORE INTO rec.empty (file, side, tbl) SELECT ${tables.n}, '${side}', ${sqlString(t)} WHERE NOT EXISTS (SELECT 1 FROM main.${q(t)})`);
      if (ti.rowid) {
        db.exec(`INSERT INTO ${target} SELECT * FROM main.${q(t)} WHERE rowid IN ${tables.touched(t)}`);
      } else {
        const cols = ti.pk.map((c) => q(c)).join(', ');
        const parts = ti.pk.map((_c, i) => `json_extract(key, '$[${i}]')`).join(', ');
        db.exec(`INSERT INTO ${target} SELECT * FROM main.${q(t)} WHERE (${cols}) IN (SELECT ${parts} FROM rec.touched WHERE file = ${tables.n} AND tbl = ${sqlString(t)})`);
      }
    }
  };
  if (db.inTransaction) run();
  else db.transaction(run)();
}

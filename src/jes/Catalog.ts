/**
 * The system catalog: which data sets exist and where their files are.
 *
 * Every data set lives under `DIR/catalog/`: a sequential data set (PS) is one file named after
 * its DSN, a partitioned one (PO) a directory with one file per member, a CDS or a tape management
 * catalog (TMS) a SQLite file (its `-wal`/`-shm` side files are part of it), a GDG base has no file (its generations are PS data
 * sets named `BASE.GnnnnVnn`). A catalog row with `alias_of` is an alias: a second name for
 * another data set, resolving to that data set's file (the demo catalogs `HLQ.DBASESEC` and
 * `HLQ.DBASESBY` as aliases of the CDS `HLQ.DBASEPRM`). Deleting a data set deletes its aliases;
 * deleting an alias deletes only the alias.
 *
 * Names are validated before they become paths, and no path is followed through a symbolic link
 * that leads out of the system directory.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type Database from 'better-sqlite3';
import { ElsimError } from '../core/errors.js';
import { killPoint } from '../core/killPoint.js';
import { sim } from '../core/simMessages.js';
import { readRecordsFile, writeRecordsFile } from './records.js';
import { generationName, parseGenerationName, validateDsn, validateMember } from './validateDsn.js';

export type Dsorg = 'PS' | 'PO' | 'CDS' | 'GDG' | 'TMS';

export interface CatalogEntry {
  dsn: string;
  dsorg: Dsorg;
  recfm?: string;
  lrecl?: number;
  /** For an alias: the data set it names. */
  aliasOf?: string;
  created?: string;
  /** A data set on tape: its volume (the data is there; no file in the catalog directory) and unit. */
  volser?: string;
  unit?: string;
}

export interface DefineAttrs {
  dsorg?: Dsorg;
  recfm?: string;
  lrecl?: number;
  /** ISO time of creation (the job's or system's clock). */
  created?: string;
}

interface Row {
  dsn: string;
  dsorg: Dsorg;
  recfm: string | null;
  lrecl: number | null;
  alias_of: string | null;
  created: string | null;
  volser: string | null;
  unit: string | null;
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

function toEntry(r: Row): CatalogEntry {
  const e: CatalogEntry = { dsn: r.dsn, dsorg: r.dsorg };
  if (r.recfm !== null) e.recfm = r.recfm;
  if (r.lrecl !== null) e.lrecl = r.lrecl;
  if (r.alias_of !== null) e.aliasOf = r.alias_of;
  if (r.created !== null) e.created = r.created;
  if (r.volser !== null) e.volser = r.volser;
  if (r.unit !== null) e.unit = r.unit;
  return e;
}

/** Throws SIM0208E unless `dsn` is a valid data set name. */
export function assertDsn(dsn: string): void {
  const r = validateDsn(dsn);
  if (!r.ok) throw new ElsimError(sim.text('SIM0208E', dsn, r.reason), 'SIM0208E');
}

export function assertMember(member: string): void {
  const r = validateMember(member);
  if (!r.ok) throw new ElsimError(sim.text('SIM0208E', member, r.reason), 'SIM0208E');
}

/**
 * Throws SIM0214E when `path` (or the directory it is in) resolves, through a symbolic link,
 * outside `root`. Paths that do not exist yet are checked through their nearest existing parent.
 */
export function assertInside(root: string, path: string, what: string): void {
  const realRoot = realpathSync(root);
  let p = path;
  while (!existsSync(p) && !isLink(p)) {
    const parent = p.slice(0, p.lastIndexOf(sep));
    if (parent === p || parent.length === 0) return;
    p = parent;
  }
  let real: string;
  try {
    real = realpathSync(p);
  } catch {
    throw new ElsimError(sim.text('SIM0214E', what), 'SIM0214E'); // a dangling link
  }
  if (real !== realRoot && !real.startsWith(realRoot + sep)) throw new ElsimError(sim.text('SIM0214E', what), 'SIM0214E');
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

export class Catalog {
  /** `DIR/catalog`. */
  readonly dir: string;
  private readonly st: {
    get: Database.Statement<[string], Row>;
    insert: Database.Statement<[string, Dsorg, string | null, number | null, string | null, string | null]>;
    insertTape: Database.Statement<[string, string | null, number | null, string | null, string, string]>;
    remove: Database.Statement<[string]>;
    aliasesOf: Database.Statement<[string], { dsn: string }>;
    all: Database.Statement<[], Row>;
    prefix: Database.Statement<[{ p: string }], Row>;
    gens: Database.Statement<[string], { dsn: string }>;
  };

  constructor(private readonly db: Database.Database, readonly root: string) {
    this.dir = join(root, 'catalog');
    this.st = {
      get: db.prepare('SELECT dsn, dsorg, recfm, lrecl, alias_of, created, volser, unit FROM catalog WHERE dsn = ?'),
      insertTape: db.prepare("INSERT INTO catalog (dsn, dsorg, recfm, lrecl, created, volser, unit) VALUES (?, 'PS', ?, ?, ?, ?, ?)"),
      insert: db.prepare('INSERT INTO catalog (dsn, dsorg, recfm, lrecl, alias_of, created) VALUES (?, ?, ?, ?, ?, ?)'),
      remove: db.prepare('DELETE FROM catalog WHERE dsn = ?'),
      aliasesOf: db.prepare('SELECT dsn FROM catalog WHERE alias_of = ? ORDER BY dsn'),
      all: db.prepare('SELECT dsn, dsorg, recfm, lrecl, alias_of, created, volser, unit FROM catalog ORDER BY dsn'),
      prefix: db.prepare("SELECT dsn, dsorg, recfm, lrecl, alias_of, created, volser, unit FROM catalog WHERE dsn = @p OR substr(dsn, 1, length(@p) + 1) = @p || '.' ORDER BY dsn"),
      gens: db.prepare("SELECT dsn FROM catalog WHERE dsn GLOB ? AND alias_of IS NULL ORDER BY dsn"),
    };
  }

  /** The catalog row of this name, alias rows included as they are. */
  entry(dsn: string): CatalogEntry | undefined {
    const r = this.st.get.get(dsn);
    return r ? toEntry(r) : undefined;
  }

  /** The data set a name stands for: the entry itself, or the entry an alias points to. */
  resolve(dsn: string): CatalogEntry | undefined {
    const e = this.entry(dsn);
    if (!e || e.aliasOf === undefined) return e;
    return this.entry(e.aliasOf);
  }

  exists(dsn: string): boolean {
    return this.resolve(dsn) !== undefined;
  }

  /** The file (or PDS directory) of a catalog name, following an alias; no existence check. */
  pathOf(dsn: string): string {
    assertDsn(dsn);
    const real = this.resolve(dsn)?.dsn ?? dsn;
    const p = join(this.dir, real);
    assertInside(this.root, p, dsn);
    return p;
  }

  memberPath(dsn: string, member: string): string {
    assertMember(member);
    const p = join(this.pathOf(dsn), member);
    assertInside(this.root, p, `${dsn}(${member})`);
    return p;
  }

  /**
   * Inserts a catalog row; SIM0212E when the name is taken (also when another process took it a
   * moment ago: the primary key decides, not an earlier look-up).
   */
  private insertRow(dsn: string, dsorg: Dsorg, attrs: DefineAttrs, aliasOf: string | null = null): void {
    try {
      this.st.insert.run(dsn, dsorg, attrs.recfm ?? null, attrs.lrecl ?? null, aliasOf, attrs.created ?? null);
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new ElsimError(sim.text('SIM0212E', dsn), 'SIM0212E');
      throw e;
    }
  }

  /**
   * Catalogs a new data set and creates its (empty) file: a PS file, a PO directory; a CDS gets an
   * empty file a creating open formats. The row and the file are made in one system.db
   * transaction: a kill between them leaves at most a file without a row, which the next define
   * of the name replaces — never a cataloged name without its file.
   */
  define(dsn: string, attrs: DefineAttrs = {}): CatalogEntry {
    assertDsn(dsn);
    const dsorg = attrs.dsorg ?? 'PS';
    const p = join(this.dir, dsn);
    assertInside(this.root, p, dsn);
    this.db.transaction(() => {
      this.insertRow(dsn, dsorg, attrs); // the row first: a name another process holds is never touched
      mkdirSync(this.dir, { recursive: true });
      removeFiles(p);
      if (dsorg === 'PO') mkdirSync(p);
      else if (dsorg !== 'GDG') writeFileSync(p, '');
    }).immediate();
    return this.entry(dsn)!;
  }

  /**
   * Catalogs a data set whose file already exists elsewhere in the system directory (a new data
   * set a job step created in its work area): the file is moved into the catalog directory, in
   * the transaction that inserts its row (a kill before the commit leaves the name uncataloged).
   */
  adopt(dsn: string, from: string, attrs: DefineAttrs = {}): CatalogEntry {
    assertDsn(dsn);
    assertInside(this.root, from, dsn);
    const p = join(this.dir, dsn);
    assertInside(this.root, p, dsn);
    let moved = false;
    try {
      this.db.transaction(() => {
        this.insertRow(dsn, attrs.dsorg ?? 'PS', attrs);
        mkdirSync(this.dir, { recursive: true });
        removeFiles(p);
        moveFiles(from, p);
        moved = true;
        killPoint('catalog.adopt');
      }).immediate();
    } catch (e) {
      // Not cataloged after all (the commit failed): the file goes back where it was.
      if (moved && !existsSync(from)) moveFiles(p, from);
      throw e;
    }
    return this.entry(dsn)!;
  }

  /**
   * Catalogs a data set on tape: its volume and unit; no file (the records are on the volume).
   * SIM0212E when the name is taken.
   */
  defineTape(dsn: string, attrs: { volser: string; unit: string; recfm?: string; lrecl?: number; created?: string }): CatalogEntry {
    assertDsn(dsn);
    try {
      this.st.insertTape.run(dsn, attrs.recfm ?? null, attrs.lrecl ?? null, attrs.created ?? null, attrs.volser, attrs.unit);
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new ElsimError(sim.text('SIM0212E', dsn), 'SIM0212E');
      throw e;
    }
    return this.entry(dsn)!;
  }

  /** Catalogs `alias` as a second name of the data set `target` (which may itself be named by an alias). */
  defineAlias(alias: string, target: string, created?: string): CatalogEntry {
    assertDsn(alias);
    const t = this.resolve(target);
    if (!t) throw new ElsimError(sim.text('SIM0213E', target), 'SIM0213E');
    this.insertRow(alias, t.dsorg, { ...(t.recfm !== undefined ? { recfm: t.recfm } : {}), ...(t.lrecl !== undefined ? { lrecl: t.lrecl } : {}), ...(created !== undefined ? { created } : {}) }, t.dsn);
    return this.entry(alias)!;
  }

  /** Deletes a data set (its file, its aliases) or, given an alias, the alias only. Returns false when not cataloged. */
  delete(dsn: string): boolean {
    const e = this.entry(dsn);
    if (!e) return false;
    if (e.aliasOf !== undefined) {
      this.st.remove.run(dsn);
      return true;
    }
    const p = this.pathOf(dsn);
    this.db.transaction(() => {
      this.st.remove.run(dsn); // aliases go with it (ON DELETE CASCADE)
    }).immediate();
    removeFiles(p);
    return true;
  }

  /** Other names of a data set. */
  aliasesOf(dsn: string): string[] {
    return this.st.aliasesOf.all(dsn).map((r) => r.dsn);
  }

  /** Catalog entries in name order; with a prefix, the name itself and the names under it (`HLQ` → `HLQ.*`). */
  list(prefix?: string): CatalogEntry[] {
    const rows = prefix === undefined ? this.st.all.all() : this.st.prefix.all({ p: prefix });
    return rows.map(toEntry);
  }

  /** Existing generations of a GDG, oldest first. */
  generations(base: string): { dsn: string; generation: number }[] {
    assertDsn(base);
    const pattern = `${base.replace(/[*?[\]]/g, '')}.G[0-9][0-9][0-9][0-9]V[0-9][0-9]`;
    return this.st.gens
      .all(pattern)
      .map((r) => ({ dsn: r.dsn, generation: parseGenerationName(r.dsn)?.generation ?? 0 }))
      .sort((a, b) => a.generation - b.generation);
  }

  /** The absolute name of a generation relative to the newest (0). */
  generationDsn(base: string, relative: number): string | undefined {
    const gens = this.generations(base);
    const newest = gens[gens.length - 1]?.generation ?? 0;
    const g = newest + relative;
    if (g < 1 || g > 9999) return undefined;
    return generationName(base, g);
  }

  /** Records of a sequential data set, or of a member when one is named. Undefined when the data set or member does not exist. */
  readRecords(dsn: string, member?: string): string[] | undefined {
    const e = this.resolve(dsn);
    if (!e) return undefined;
    const p = member === undefined ? this.pathOf(dsn) : this.memberPath(dsn, member);
    if (!existsSync(p)) return undefined;
    if (lstatSync(p).isDirectory()) return undefined;
    return readRecordsFile(p);
  }

  /** Replaces (or appends to) the records of a cataloged sequential data set or of a member (created when missing). */
  writeRecords(dsn: string, records: readonly string[], opts: { append?: boolean; member?: string } = {}): void {
    const e = this.resolve(dsn);
    if (!e) throw new ElsimError(sim.text('SIM0213E', dsn), 'SIM0213E');
    if (opts.member !== undefined) {
      mkdirSync(this.pathOf(dsn), { recursive: true });
      writeRecordsFile(this.memberPath(dsn, opts.member), records, opts.append ?? false);
    } else {
      writeRecordsFile(this.pathOf(dsn), records, opts.append ?? false);
    }
  }

  readMember(dsn: string, member: string): string[] | undefined {
    return this.readRecords(dsn, member);
  }

  writeMember(dsn: string, member: string, records: readonly string[]): void {
    this.writeRecords(dsn, records, { member });
  }

  /** Member names of a PDS, sorted. */
  members(dsn: string): string[] {
    const e = this.resolve(dsn);
    if (!e || e.dsorg !== 'PO') return [];
    const p = this.pathOf(dsn);
    if (!existsSync(p)) return [];
    return readdirSync(p)
      .filter((n) => validateMember(n).ok)
      .sort();
  }
}

/** Removes a data set's file or directory and any SQLite side files. */
export function removeFiles(p: string): void {
  rmSync(p, { recursive: true, force: true });
  for (const s of SIDE_FILES) rmSync(p + s, { force: true });
}

/** Moves a data set's file or directory (and SQLite side files) to a new name. */
export function moveFiles(from: string, to: string): void {
  if (existsSync(from)) renameSync(from, to);
  for (const s of SIDE_FILES) if (existsSync(from + s)) renameSync(from + s, to + s);
}

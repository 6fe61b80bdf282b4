/**
 * What a job changed, read back from its change record (app/jobCapture.ts): for each CDS, the
 * rows of `elsim cds dump` that differ (as the golden runner's `cds/DSN.changes` shows them) and
 * the rows of the simulated hardware (`hardware.changes`), as `-` (before) and `+` (after) lines;
 * a CDS the job created or deleted is named as such. Only the rows the job touched are rebuilt,
 * on in-memory databases of the current schema, so reading a record costs what the change is
 * worth, whatever the size of the CDS. Data, not text: `elsim job diff` prints it and the web
 * console renders it.
 */
import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { Cds } from '../cds/Cds.js';
import { cdsLines } from '../cds/cdsLines.js';
import { dumpCds } from '../cds/dumpCds.js';
import { ElsimError } from '../core/errors.js';
import { openSqlite } from '../core/openDatabase.js';
import { sim } from '../core/simMessages.js';
import { openHardwareDb } from '../sim/hardwareDb.js';
import { hardwareLines } from '../sim/hardwareLines.js';
import { System } from '../jes/System.js';
import { changeRecordPath, type CdsFile } from './jobCapture.js';
import { jobsNamed } from './jobDetail.js';

export interface DiffLine {
  op: '-' | '+';
  line: string;
}

export interface CdsChange {
  dsn: string;
  /** The CDS did not exist before the job (DRTEST CREATE, BACKUP): `rows` counts its content. */
  created: boolean;
  deleted: boolean;
  /** False when the file could not be watched (`note` says why). */
  captured: boolean;
  note?: string;
  lines: DiffLine[];
  /** For a created CDS: its VTVs and MVCs. */
  rows?: { vtvs: number; mvcs: number };
}

export interface JobChanges {
  jobid: string;
  jobname: string;
  /** False when the job has no change record (it ran before elsim kept them, or did not end). */
  recorded: boolean;
  cds: CdsChange[];
  /** What changed on the simulated hardware (and the clock): empty when nothing. */
  hardware: DiffLine[];
}

const q = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** The rows of record tables `f{n}_{side}_*` put into `target` (the tables both have, common columns). */
function load(target: Database.Database, rec: string, n: number, side: 'b' | 'a'): void {
  target.prepare('ATTACH DATABASE ? AS rec').run(rec);
  try {
    const prefix = `f${n}_${side}_`;
    const names = target.prepare("SELECT name FROM rec.sqlite_schema WHERE type = 'table' AND substr(name, 1, ?) = ?").pluck().all(prefix.length, prefix) as string[];
    for (const name of names) {
      const table = name.slice(prefix.length);
      const mine = new Set((target.pragma(`main.table_info(${q(table)})`) as { name: string }[]).map((c) => c.name));
      if (mine.size === 0) continue;
      const cols = (target.pragma(`rec.table_info(${q(name)})`) as { name: string }[]).map((c) => c.name).filter((c) => mine.has(c)).map(q).join(', ');
      target.exec(`INSERT OR IGNORE INTO main.${q(table)} (${cols}) SELECT ${cols} FROM rec.${q(name)}`);
    }
  } finally {
    target.exec('DETACH DATABASE rec');
  }
}

/** Whether table `t` of the file was empty on a side (recorded for the touched tables). */
type Emptiness = (t: string) => boolean;

/**
 * The record holds only the rows the job touched, so a section that comes out empty (`vtvs []`,
 * `hw_vtss_vtv []`) is dropped — unless the real table was empty on that side, as the full dump shows.
 */
const ENTITY_TABLE: Record<string, string> = { vtvs: 'vtv', mvcs: 'mvc' };

function cdsSide(rec: string, n: number, side: 'b' | 'a', empty: Emptiness): string[] {
  const mem = Cds.open(':memory:', { create: true });
  try {
    mem.db.pragma('foreign_keys = OFF');
    load(mem.db, rec, n, side);
    return cdsLines(dumpCds(mem)).filter((l) => {
      const m = /^(vtvs|mvcs) \[\]$/.exec(l);
      return m === null || empty(ENTITY_TABLE[m[1]!]!);
    });
  } finally {
    mem.close();
  }
}

function hardwareSide(rec: string, n: number, side: 'b' | 'a', clock: string | null, empty: Emptiness): string[] {
  const mem = openHardwareDb(':memory:', { create: true });
  try {
    load(mem, rec, n, side);
    return hardwareLines(mem, clock ?? undefined).filter((l) => {
      const m = /^(\w+) \[\]$/.exec(l);
      return m === null || empty(m[1]!);
    });
  } finally {
    mem.close();
  }
}

/** `vtvs {"volser":"AV1000",…}` → `vtvs AV1000`: lines of one key are compared as a group. */
function keyOf(line: string): string {
  const m = /^(\S+) \{"[^"]*":("(?:[^"\\]|\\.)*"|[^,}]*)/.exec(line);
  return m ? `${m[1]} ${m[2]}` : line.split(' ')[0]!;
}

/**
 * The lines that differ, key by key in dump order: the removed lines of a key, then its added
 * ones. The same lines a unified diff of the two dumps marks, without its hunk positions.
 */
export function keyedDiff(before: readonly string[], after: readonly string[]): DiffLine[] {
  const groups = new Map<string, { order: number; b: string[]; a: string[] }>();
  const group = (key: string, order: number): { order: number; b: string[]; a: string[] } => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { order, b: [], a: [] }));
    return g;
  };
  after.forEach((l, i) => group(keyOf(l), i).a.push(l));
  before.forEach((l, i) => group(keyOf(l), after.length + i).b.push(l));
  const out: DiffLine[] = [];
  for (const g of [...groups.values()].sort((x, y) => x.order - y.order)) {
    const kept = new Map<string, number>();
    for (const l of g.a) kept.set(l, (kept.get(l) ?? 0) + 1);
    const removed: string[] = [];
    for (const l of g.b) {
      const k = kept.get(l) ?? 0;
      if (k > 0) kept.set(l, k - 1);
      else removed.push(l);
    }
    const left = new Map<string, number>();
    for (const l of g.b) left.set(l, (left.get(l) ?? 0) + 1);
    const added: string[] = [];
    for (const l of g.a) {
      const k = left.get(l) ?? 0;
      if (k > 0) left.set(l, k - 1);
      else added.push(l);
    }
    for (const l of removed) out.push({ op: '-', line: l });
    for (const l of added) out.push({ op: '+', line: l });
  }
  return out;
}

function countRows(path: string): { vtvs: number; mvcs: number } | undefined {
  if (!existsSync(path)) return undefined;
  const db = openSqlite(path, { readonly: true });
  try {
    const n = (t: string): number => (db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number) ?? 0;
    return { vtvs: n('vtv'), mvcs: n('mvc') };
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

/** Reads a change record file. */
export function readChangeRecord(rec: string, job: { jobid: string; jobname: string }): JobChanges {
  const db = openSqlite(rec, { readonly: true });
  let files: { n: number; path: string; kind: string; captured: number; note: string | null }[];
  const meta = new Map<string, string | null>();
  const empties = new Set<string>();
  try {
    files = db.prepare('SELECT n, path, kind, captured, note FROM files ORDER BY n').all() as typeof files;
    for (const r of db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string | null }[]) meta.set(r.key, r.value);
    for (const r of db.prepare('SELECT file, side, tbl FROM empty').all() as { file: number; side: string; tbl: string }[]) empties.add(`${r.file} ${r.side} ${r.tbl}`);
  } finally {
    db.close();
  }
  const parse = (k: string): CdsFile[] => JSON.parse(meta.get(k) ?? '[]') as CdsFile[];
  const before = parse('cds_before');
  const after = parse('cds_after');
  const dsnOf = (path: string): string | undefined => (after.find((c) => c.path === path) ?? before.find((c) => c.path === path))?.dsn;
  const result: JobChanges = { ...job, recorded: true, cds: [], hardware: [] };
  const createdDsns = new Set(after.filter((c) => !before.some((b) => b.dsn === c.dsn)).map((c) => c.dsn));
  for (const c of after) {
    if (!createdDsns.has(c.dsn)) continue;
    const rows = countRows(c.path);
    result.cds.push({ dsn: c.dsn, created: true, deleted: false, captured: true, lines: [], ...(rows ? { rows } : {}) });
  }
  for (const c of before) if (!after.some((a) => a.dsn === c.dsn)) result.cds.push({ dsn: c.dsn, created: false, deleted: true, captured: true, lines: [] });
  const clockBefore = meta.get('clock_before') ?? null;
  const clockAfter = meta.get('clock_after') ?? null;
  let hardwareSeen = false;
  for (const f of files) {
    if (f.kind === 'hardware') {
      hardwareSeen = true;
      const e = (side: 'b' | 'a'): Emptiness => (t) => empties.has(`${f.n} ${side} ${t}`);
      result.hardware = f.captured ? keyedDiff(hardwareSide(rec, f.n, 'b', clockBefore, e('b')), hardwareSide(rec, f.n, 'a', clockAfter, e('a'))) : [];
      continue;
    }
    const dsn = dsnOf(f.path);
    if (dsn === undefined || createdDsns.has(dsn) || result.cds.some((c) => c.dsn === dsn)) continue;
    const change: CdsChange = { dsn, created: false, deleted: false, captured: f.captured === 1, lines: [] };
    if (f.note !== null) change.note = f.note;
    const e = (side: 'b' | 'a'): Emptiness => (t) => empties.has(`${f.n} ${side} ${t}`);
    if (f.captured === 1) change.lines = keyedDiff(cdsSide(rec, f.n, 'b', e('b')), cdsSide(rec, f.n, 'a', e('a')));
    if (change.lines.length > 0 || !change.captured) result.cds.push(change);
  }
  // The clock moved though the hardware file was not touched (or not open): its line alone.
  if (!hardwareSeen && clockBefore !== clockAfter) {
    result.hardware = keyedDiff([`clock ${JSON.stringify(clockBefore)}`], [`clock ${JSON.stringify(clockAfter)}`]);
  }
  return result;
}

/** What the job `ref` names (id, or name: its latest job) changed, in the system in `dir`. */
export function jobChanges(dir: string, ref: string): JobChanges {
  const system = System.open(dir);
  try {
    const [row] = jobsNamed(system, ref);
    if (row === undefined) throw new ElsimError(sim.text('SIM1406E', ref.toUpperCase(), system.root), 'SIM1406E');
    const rec = changeRecordPath(system.root, row.jobid);
    const job = { jobid: row.jobid, jobname: row.jobname ?? '' };
    if (!existsSync(rec)) return { ...job, recorded: false, cds: [], hardware: [] };
    return readChangeRecord(rec, job);
  } finally {
    system.close();
  }
}

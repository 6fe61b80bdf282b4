/**
 * Recovery after a killed run, done by whichever command opens the system next (System.open):
 * every leftover it can prove belongs to a process that is gone is removed, and every job such a
 * process left unfinished is marked LOST. Nothing of a process still running is touched (its pid
 * is alive and started before the thing it made), nor anything it cannot prove dead.
 *
 *  - spool/.JOBnnnnn-NAME.<pid>.tmp/          a job's spool staging directory
 *  - catalog/.NAME.<pid>.<n>.tmp (and its SQLite side files), also inside a PDS directory:
 *                                             a data set's new content not yet renamed over it
 *  - catalog/NAME (and its SQLite side files) without a catalog row: a data set whose catalog
 *                                             change was killed between its file and its commit
 *                                             (checked again inside a write transaction of
 *                                             system.db, so a change still in flight is never seen)
 *  - work/JOBnnnnn/                           the work directory of a job that is not running
 *  - work/copy-<pid>/, .hardware-rebuild.<pid>.tmp/   staging of `dataset copy`, `hardware rebuild`
 *  - jobs still INPUT whose owner (state key job.owner.JOBnnnnn) is gone → status LOST
 *
 * A job is recorded INPUT with its owner before it makes anything, so its leftovers are always
 * either owned by a live process or provably dead. Recovery never fails a command: a leftover that
 * cannot be removed (a read-only file system) is left for the next one.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { ownerGone, pidGoneSince } from '../core/processOwner.js';
import { validateDsn } from './validateDsn.js';

export interface RecoveryReport {
  /** Paths removed, relative to the system root. */
  removed: string[];
  /** Jobs marked LOST. */
  lost: { jobid: string; jobname: string | null }[];
}

export const OWNER_KEY_PREFIX = 'job.owner.';
export const LOST_STATUS = 'LOST';

const STAGING = /^\.JOB\d{5}-[A-Z0-9@#$]+\.(\d+)\.tmp$/;
const TEMP_FILE = /^\..+\.(\d+)\.\d+\.tmp(?:-wal|-shm|-journal)?$/;
const WORK_COPY = /^copy-(\d+)$/;
const ROOT_TEMP = /^\.hardware-rebuild\.(\d+)\.tmp$/;
const JOB_DIR = /^JOB\d{5}$/;
const SIDE_FILE = /-(wal|shm|journal)$/;

function entries(dir: string): { name: string; dir: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory() }));
  } catch {
    return [];
  }
}

function mtimeOf(p: string): number {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return 0;
  }
}

/** Data set files in catalog/ that no catalog row names (see the file comment). */
function removeOrphans(root: string, db: Database.Database, remove: (rel: string) => void): void {
  const catalog = join(root, 'catalog');
  const orphans = (): string[] => {
    const known = new Set(db.prepare('SELECT dsn FROM catalog WHERE alias_of IS NULL').pluck().all() as string[]);
    return entries(catalog)
      .map((e) => e.name)
      .filter((n) => !n.startsWith('.') && validateDsn(n.replace(SIDE_FILE, '')).ok && !known.has(n.replace(SIDE_FILE, '')));
  };
  if (orphans().length === 0) return;
  try {
    // Catalog changes are made in write transactions: holding one, none is half made.
    db.transaction(() => {
      for (const n of orphans()) remove(join('catalog', n));
    }).immediate();
  } catch {
    // busy or read-only: the next command
  }
}

export function recoverSystem(root: string, db: Database.Database): RecoveryReport {
  const report: RecoveryReport = { removed: [], lost: [] };
  const remove = (rel: string): void => {
    try {
      rmSync(join(root, rel), { recursive: true, force: true });
      report.removed.push(rel);
    } catch {
      // left for the next command
    }
  };
  const deadPid = (rel: string, pid: string): boolean => pidGoneSince(Number(pid), mtimeOf(join(root, rel)));

  // Jobs left INPUT by a process that is gone.
  const owners = db.prepare("SELECT key, value FROM state WHERE key LIKE 'job.owner.%'").all() as { key: string; value: string | null }[];
  const running = new Set<string>();
  for (const o of owners) {
    const jobid = o.key.slice(OWNER_KEY_PREFIX.length);
    if (o.value === null || !ownerGone(o.value)) {
      running.add(jobid);
      continue;
    }
    try {
      db.transaction(() => {
        const row = db.prepare("SELECT jobname FROM jobs WHERE jobid = ? AND status = 'INPUT'").get(jobid) as { jobname: string | null } | undefined;
        if (row) {
          // Killed after its spool was renamed into place: the output is whole, keep it.
          const kept = entries(join(root, 'spool')).find((e) => e.dir && e.name.startsWith(`${jobid}-`));
          db.prepare("UPDATE jobs SET status = ?, spool = ?, owner = coalesce(owner, (SELECT value FROM state WHERE key = 'userid')) WHERE jobid = ?").run(
            LOST_STATUS,
            kept ? `spool/${kept.name}` : null,
            jobid,
          );
          report.lost.push({ jobid, jobname: row.jobname });
        }
        db.prepare('DELETE FROM state WHERE key = ?').run(o.key);
      }).immediate();
    } catch {
      running.add(jobid); // could not record it (busy, full): not now
    }
  }
  // An INPUT job without an owner (written by an older elsim) cannot be proved dead.
  const ownerless = db.prepare("SELECT 1 FROM jobs WHERE jobid = ? AND status = 'INPUT'");
  const isRunning = (jobid: string): boolean =>
    running.has(jobid) || (!owners.some((o) => o.key === OWNER_KEY_PREFIX + jobid) && ownerless.get(jobid) !== undefined);

  for (const e of entries(join(root, 'spool'))) {
    const m = STAGING.exec(e.name);
    if (m && deadPid(join('spool', e.name), m[1]!)) remove(join('spool', e.name));
  }
  const catalog = join(root, 'catalog');
  for (const e of entries(catalog)) {
    const m = TEMP_FILE.exec(e.name);
    if (m && !e.dir && deadPid(join('catalog', e.name), m[1]!)) remove(join('catalog', e.name));
    if (e.dir && !e.name.startsWith('.')) {
      for (const f of entries(join(catalog, e.name))) {
        const fm = TEMP_FILE.exec(f.name);
        const rel = join('catalog', e.name, f.name);
        if (fm && !f.dir && deadPid(rel, fm[1]!)) remove(rel);
      }
    }
  }
  removeOrphans(root, db, remove);
  for (const e of entries(join(root, 'work'))) {
    const rel = join('work', e.name);
    if (JOB_DIR.test(e.name)) {
      if (!isRunning(e.name)) remove(rel);
    } else {
      const m = WORK_COPY.exec(e.name);
      if (m && deadPid(rel, m[1]!)) remove(rel);
    }
  }
  for (const e of entries(root)) {
    const m = ROOT_TEMP.exec(e.name);
    if (m && deadPid(e.name, m[1]!)) remove(e.name);
  }
  return report;
}

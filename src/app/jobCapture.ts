/**
 * The change record of each job a submit runs (core/changeCapture.ts): started before the job,
 * ended after it, kept as `DIR/changes/JOBnnnnn.db` (replaced when the number is reused, removed by
 * `elsim job purge`). Besides the rows, it keeps the pinned clock and the cataloged CDSs before
 * and after the job (a CDS the job created or deleted is reported as such).
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startCapture, type ChangeCapture } from '../core/changeCapture.js';
import type { System } from '../jes/System.js';

export const CHANGES_DIR = 'changes';

export function changeRecordPath(root: string, jobid: string): string {
  return join(root, CHANGES_DIR, `${jobid}.db`);
}

/** A cataloged CDS (not an alias) whose file holds a database: DSN and path. */
export interface CdsFile {
  dsn: string;
  path: string;
}

export function catalogedCdss(system: System): CdsFile[] {
  const out: CdsFile[] = [];
  for (const e of system.catalog.list()) {
    if (e.aliasOf !== undefined || e.dsorg !== 'CDS') continue;
    const path = system.catalog.pathOf(e.dsn);
    if (existsSync(path) && statSync(path).size > 0) out.push({ dsn: e.dsn, path });
  }
  return out;
}

export interface JobCapture {
  /** Ends the capture and keeps the record as the job's. */
  end(jobid: string, jobname: string): void;
  /** Ends the capture and drops the record (the job did not run to its end). */
  abandon(): void;
}

/** Captures started by this process (names the record file while the job runs). */
let captures = 0;

/** A job of a system this process is already capturing a job of: no record. */
const NO_CAPTURE: JobCapture = { end: () => undefined, abandon: () => undefined };

export function beginJobCapture(system: System): JobCapture {
  const temp = join(system.root, CHANGES_DIR, `.capture.${process.pid}.${++captures}.db`);
  // The system's own files, and the production hardware a DR test system drives.
  const shared = system.sharedHardware();
  const capture: ChangeCapture | undefined = startCapture(temp, shared === undefined ? [system.root] : [system.root, shared]);
  if (capture === undefined) return NO_CAPTURE;
  capture.setMeta('clock_before', system.pinnedClock() ?? null);
  capture.setMeta('cds_before', JSON.stringify(catalogedCdss(system)));
  let ended = false;
  return {
    end(jobid, jobname) {
      if (ended) return;
      ended = true;
      capture.setMeta('jobid', jobid);
      capture.setMeta('jobname', jobname);
      capture.setMeta('clock_after', system.pinnedClock() ?? null);
      capture.setMeta('cds_after', JSON.stringify(catalogedCdss(system)));
      capture.finish();
      renameSync(temp, changeRecordPath(system.root, jobid));
    },
    abandon() {
      if (ended) return;
      ended = true;
      try {
        capture.finish();
      } finally {
        rmSync(temp, { force: true });
      }
    },
  };
}

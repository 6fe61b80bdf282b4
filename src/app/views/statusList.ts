/**
 * The console's ST panel: the system's jobs (listJobs, src/app/listJobs.ts) filtered the way an
 * SDSF user types it — a job name or PREFIX pattern (`CH02*`), a return code (`NE 0` for every job
 * that did not end with CC 0000, `8`, `>=4`, `CC 0008`, or a completion word `JCL`, `ABEND`,
 * `CANCELED`), a submission day — and sorted on any column.
 */
import { listJobs, type JobFilter, type JobSummary } from '../listJobs.js';

export type JobSort = 'jobid' | 'jobname' | 'completion' | 'submitted' | 'ended' | 'owner';

export interface StatusFilter {
  name?: string;
  /** `NE 0`, a return code with an optional comparison, or the start of a completion. */
  rc?: string;
  /** Submitted on this day (`2026-11-21`). */
  date?: string;
  sort?: JobSort;
  desc?: boolean;
}

const COMPLETIONS = ['JCL ERROR', 'ABEND', 'CANCELED', 'INPUT', 'CC'];

/** The listJobs filter of what the panel's fields say. */
function filterOf(f: StatusFilter): JobFilter {
  const out: JobFilter = {};
  if (f.name) out.name = f.name;
  if (f.date) {
    out.since = f.date;
    out.until = f.date;
  }
  const rc = (f.rc ?? '').trim().toUpperCase().replace(/^RC\s*/, '');
  if (rc === '') return out;
  if (/^(NE|!=|<>)\s*'?(0|0000|CC 0000)'?$/.test(rc)) out.failed = true;
  else if (/^CC\s+\d{1,4}$/.test(rc)) out.rc = String(Number(rc.slice(2)));
  else if (/^(>=|<=|!=|<>|=|>|<)?\s*\d{1,4}$/.test(rc)) out.rc = rc;
  else {
    const word = COMPLETIONS.find((c) => c.startsWith(rc) || rc.startsWith(c));
    out.status = [word ?? rc];
  }
  return out;
}

export function statusList(dir: string, f: StatusFilter = {}): JobSummary[] {
  const rows = listJobs(dir, filterOf(f));
  const key = f.sort ?? 'jobid';
  return rows.sort((a, b) => {
    const x = a[key] ?? '';
    const y = b[key] ?? '';
    return (x < y ? -1 : x > y ? 1 : a.jobid < b.jobid ? -1 : 1) * (f.desc ? -1 : 1);
  });
}

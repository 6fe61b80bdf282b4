/**
 * The console's ST panel: the system's jobs, filtered by name (SDSF PREFIX: `CH02*`), by return
 * code (`CC 0000`, `JCL ERROR`, `ABEND`, or `NE 0` for every job that did not end with RC 0) and
 * by submission date, sorted on any column. The job table is small (at most 99,999 rows, one per
 * job on the spool), so it is read whole and sorted here.
 */
import { readSystem } from './readSystem.js';

export interface JobListRow {
  jobid: string;
  jobname: string;
  status: string;
  maxcc: number | null;
  /** `CC 0004`, `JCL ERROR`, `ABEND`, or the queue (`INPUT`, `CANCELED`) for a job without one. */
  result: string;
  submitted: string | null;
}

export type JobSort = 'jobid' | 'jobname' | 'result' | 'submitted';

export interface JobFilter {
  /** Job name or prefix ending in `*` (SDSF PREFIX). */
  name?: string;
  /** `NE 0`, or the start of a result (`CC 0004`, `JCL`, `ABEND`). */
  rc?: string;
  /** Submitted on this day (`2026-11-21`) or at a time starting so. */
  date?: string;
  sort?: JobSort;
  desc?: boolean;
}

export function resultOf(status: string, maxcc: number | null): string {
  if (status === 'CC') return `CC ${String(maxcc ?? 0).padStart(4, '0')}`;
  return status;
}

function nameMatches(name: string, pattern: string): boolean {
  const p = pattern.trim().toUpperCase();
  if (p === '' || p === '*') return true;
  const re = new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/%/g, '.')}$`);
  return re.test(name);
}

function rcMatches(row: JobListRow, rc: string): boolean {
  const r = rc.trim().toUpperCase();
  if (r === '') return true;
  if (r === 'NE 0' || r === "NE 'RC 0000'" || r === 'NE CC 0000') return row.result !== 'CC 0000';
  return row.result.startsWith(r) || row.result.startsWith(`CC ${r.padStart(4, '0')}`);
}

export function jobList(dir: string, f: JobFilter = {}): JobListRow[] {
  return readSystem(dir, ({ system }) => {
    const rows: JobListRow[] = system.jobs().map((j) => ({
      jobid: j.jobid,
      jobname: j.jobname ?? '',
      status: j.status,
      maxcc: j.maxcc,
      result: resultOf(j.status, j.maxcc),
      submitted: j.submitted,
    }));
    const picked = rows.filter((r) => (!f.name || nameMatches(r.jobname, f.name)) && (!f.rc || rcMatches(r, f.rc)) && (!f.date || (r.submitted ?? '').startsWith(f.date.trim())));
    const key = f.sort ?? 'jobid';
    picked.sort((a, b) => {
      const x = a[key] ?? '';
      const y = b[key] ?? '';
      return (x < y ? -1 : x > y ? 1 : a.jobid < b.jobid ? -1 : 1) * (f.desc ? -1 : 1);
    });
    return picked;
  });
}

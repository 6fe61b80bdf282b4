/**
 * `elsim job purge`: removes jobs' output from the spool and frees their numbers (SDSF's P).
 * Every reference is looked up first: one that names no job refuses the whole command (SIM1406E)
 * and nothing is purged. A job id names one job, a job name every job of that name.
 */
import { ElsimError } from '../core/errors.js';
import { sim } from '../core/simMessages.js';
import { System } from '../jes/System.js';
import { jobsNamed } from './jobDetail.js';
import { jobSummaryOf, type JobSummary } from './listJobs.js';

export function purgeJobs(dir: string, refs: readonly string[]): JobSummary[] {
  const system = System.open(dir);
  try {
    const chosen = new Map<string, JobSummary>();
    for (const ref of refs) {
      const rows = jobsNamed(system, ref);
      if (rows.length === 0) throw new ElsimError(sim.text('SIM1406E', ref.toUpperCase(), system.root), 'SIM1406E');
      for (const r of rows) chosen.set(r.jobid, jobSummaryOf(r));
    }
    for (const j of chosen.values()) system.purgeJob(j.jobid);
    return [...chosen.values()];
  } finally {
    system.close();
  }
}

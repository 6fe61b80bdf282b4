/**
 * The runner's entry point: runs the converter's jobs one after the other on a system and returns
 * what became of each (JobResult), its output on the system's spool.
 */
import type { JclJob } from '../jcl/types.js';
import { runJob } from './runJob.js';
import type { SubmitEnv } from './runJob.js';
import type { JobResult } from './types.js';

export type { SubmitEnv } from './runJob.js';

export async function submitJobs(jobs: readonly JclJob[], env: SubmitEnv): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const job of jobs) results.push(await runJob(job, env));
  return results;
}

/** One job stream run on an open system: what `elsim submit`, `elsim init --demo` and the golden cases submit. */
import { formatDiagnostic } from '../core/Diagnostic.js';
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { convertJobs } from '../jcl/convertJcl.js';
import { runJob } from '../jes/runJob.js';
import type { System } from '../jes/System.js';
import type { JobResult } from '../jes/types.js';
import { beginJobCapture } from './jobCapture.js';
import { programs } from './programs.js';
import { procedureReader } from './procedureReader.js';
import { tapeService } from './tapeService.js';

/**
 * Converts and runs one job stream on an open system, a job at a time: each job is converted,
 * run and dropped before the next is read, so a long stream runs in the memory of its largest
 * job. Converter errors also go to stderr.
 */
export async function submitText(system: System, text: string, o: { file: string; now: Date; strict: boolean; /** The file's absolute path, recorded with each job. */ absolute?: string }, io: Io): Promise<JobResult[]> {
  // The jobs start at `now`: the simulated hardware's work due by then has completed (src/sim).
  system.hardware().advanceTo(o.now);
  const env = { system, io, programs, now: o.now, tape: tapeService(system), ...(o.absolute ? { file: o.absolute } : {}) };
  const results: JobResult[] = [];
  // While jobs run, SIGINT/SIGTERM cancel the job between steps instead of killing the process.
  const release = io.interrupts?.hold();
  try {
    for (const job of convertJobs(text, { file: o.file, userid: system.userid(), strict: o.strict, ...procedureReader(system) })) {
      // A signal that came after the last job's last step stops the stream here.
      if (io.interrupts?.received() !== undefined) break;
      for (const d of job.diagnostics) if (d.severity === 'error') io.err(formatDiagnostic(d));
      // What the job changes in each CDS and on the hardware is kept as its change record (elsim job diff).
      const capture = beginJobCapture(system);
      let r: JobResult;
      try {
        r = await runJob(job, env);
      } catch (e) {
        capture.abandon();
        throw e;
      }
      capture.end(r.jobid, r.jobname);
      results.push(r);
      if (r.status === 'CANCELED') {
        io.err(sim.line('SIM1532I', r.jobid, r.jobname, r.cancelledBy ?? ''));
        break;
      }
    }
  } finally {
    release?.();
  }
  if (results.length === 0 && io.interrupts?.received() === undefined) io.err(sim.line('SIM0871W', o.file));
  return results;
}

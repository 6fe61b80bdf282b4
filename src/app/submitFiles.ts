/** `elsim submit`: convert each file like the z/OS converter, then run its jobs like JES2. */
import { formatDiagnostic } from '../core/Diagnostic.js';
import type { Io } from '../core/Io.js';
import { convertJcl } from '../jcl/convertJcl.js';
import { submitJobs } from '../jes/submitJobs.js';
import type { System } from '../jes/System.js';
import type { JobResult } from '../jes/types.js';
import { openOrBuildSystem } from './initSystem.js';
import { programs } from './programs.js';
import { readInput } from './readInput.js';
import { resolveNow } from './resolveNow.js';
import { procedureReader } from './procedureReader.js';

export interface SubmitOptions {
  dir: string;
  files: string[];
  now?: string;
  strict: boolean;
}

export async function submitFiles(opts: SubmitOptions, io: Io): Promise<JobResult[]> {
  const texts = opts.files.map((f) => ({ file: f, text: readInput(f) }));
  let now = io.clock.now();
  const system = await openOrBuildSystem(opts.dir, io, { now: () => now });
  try {
    now = resolveNow(opts.now, system, io);
    const results: JobResult[] = [];
    for (const { file, text } of texts) results.push(...(await submitText(system, text, { file, now, strict: opts.strict }, io)));
    return results;
  } finally {
    system.close();
  }
}

/** Converts and runs one job stream on an open system. Converter errors also go to stderr. */
export async function submitText(system: System, text: string, o: { file: string; now: Date; strict: boolean }, io: Io): Promise<JobResult[]> {
  const converted = convertJcl(text, { file: o.file, userid: system.userid(), strict: o.strict, ...procedureReader(system) });
  for (const d of converted.diagnostics) io.err(formatDiagnostic(d));
  for (const job of converted.jobs) for (const d of job.diagnostics) if (d.severity === 'error') io.err(formatDiagnostic(d));
  // Programs read the time from their Io: give them the job's simulated time, not the wall clock.
  const jobIo: Io = { ...io, clock: { now: () => o.now } };
  return submitJobs(converted.jobs, { system, io: jobIo, programs, now: o.now });
}

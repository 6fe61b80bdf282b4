/** Jobs as the --json documents give them (schema/elsim.schema.json, `$defs/jobResult`). */
import { messageJson } from '../core/jsonOutput.js';
import type { JobResult } from '../jes/types.js';

export function jobResultJson(j: JobResult): object {
  return {
    jobname: j.jobname,
    jobid: j.jobid,
    maxcc: j.maxcc,
    status: j.status,
    abend: j.abend ?? null,
    spool: j.spool,
    reason: j.reason !== undefined ? messageJson(j.reason) : null,
    steps: j.steps.map((s) => ({
      name: s.procStep ? `${s.name}.${s.procStep}` : s.name,
      program: s.program,
      rc: s.rc ?? null,
      abend: s.abend ?? null,
      ...(s.bypassed ? { bypassed: s.bypassed } : {}),
      reason: s.reason !== undefined ? messageJson(s.reason) : null,
    })),
    messages: j.diagnostics.map(messageJson),
  };
}

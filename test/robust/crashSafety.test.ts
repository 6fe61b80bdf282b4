/**
 * Crash safety: utility jobs killed with SIGKILL at spread-out moments leave every CDS sound and
 * either as before or as after the job, and no data set or spool directory half-written under its
 * name (see crashHarness.ts). ELSIM_CRASH_TRIALS sets the kills per job (default 3 in npm test).
 */
import test from 'ava';
import { crashWorkload } from './crashHarness.js';
import { jobWorkloads as workloads } from './workloads.js';

const trials = Number(process.env['ELSIM_CRASH_TRIALS'] ?? 3);

for (const w of workloads) {
  test.serial(`${w.name} killed ${trials} times: CDS before or after, sound, no half data set`, async (t) => {
    const r = await crashWorkload(w, trials);
    t.log(`${w.name}: complete run ${r.referenceMs} ms; kills at ${r.kills.map((k) => `${k.killedAtMs} ms -> ${k.finished ? 'finished' : k.cds}`).join(', ')}`);
    for (const k of r.kills) t.deepEqual(k.problems, [], `killed at ${k.killedAtMs} ms`);
  });
}

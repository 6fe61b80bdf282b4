/**
 * Kills at the named kill points (src/core/killPoint.ts, ELSIM_STOP_AT): each workload is run
 * once to list the points it passes, then killed at each of them (first and last time reached);
 * after the next command opens the system nothing is lost — each CDS as before or as after, every
 * data set and spool file as before or whole — nothing is left behind, no job is left INPUT, and
 * nothing exits 70 (see crashHarness.ts, killAtEveryPoint). `npm test` kills EXPORT at every
 * point it passes (the SLUADMIN, data set, catalog and spool points); ELSIM_KILLPOINTS=all kills
 * every workload of workloads.ts, and `npm run killpoints` does so with a summary per point.
 */
import test from 'ava';
import { KILL_POINTS } from '../../src/core/killPoint.js';
import { killAtEveryPoint } from './crashHarness.js';
import { pointWorkloads } from './workloads.js';

const all = process.env['ELSIM_KILLPOINTS'] === 'all';
const chosen = all ? pointWorkloads : pointWorkloads.filter((w) => w.name === 'EXPORT');

for (const w of chosen) {
  test.serial(`${w.name} killed at every kill point it passes: nothing lost, nothing left, never exit 70`, async (t) => {
    const r = await killAtEveryPoint(w);
    t.log(`${w.name}: ${r.kills.length} kills at ${r.kills.map((k) => `${k.stop} -> ${k.cds}`).join(', ')}`);
    t.true(r.kills.length > 0, 'the workload passes no kill point');
    for (const p of r.reached) t.true(Object.hasOwn(KILL_POINTS, p.split(':')[0]!), `${p} is not in KILL_POINTS`);
    for (const k of r.kills) {
      t.true(k.killed, k.stop);
      t.not(k.recoveryExit, 70, k.stop);
      t.deepEqual(k.problems, [], k.stop);
    }
  });
}

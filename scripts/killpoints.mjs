// `npm run killpoints`: every workload of test/robust/workloads.ts killed at every named kill
// point it passes (src/core/killPoint.ts), with the checks of test/robust/crashHarness.ts
// (killAtEveryPoint); prints one line per kill and a summary per point. Exit 1 on any problem.
import { killAtEveryPoint } from '../dist/test/robust/crashHarness.js';
import { pointWorkloads } from '../dist/test/robust/workloads.js';

const started = Date.now();
const perPoint = new Map();
let kills = 0;
let problems = 0;
for (const w of pointWorkloads) {
  const r = await killAtEveryPoint(w);
  for (const k of r.kills) {
    kills++;
    const point = k.stop.replace(/:.*|#.*/g, '');
    const p = perPoint.get(point) ?? { kills: 0, before: 0, after: 0, problems: 0 };
    p.kills++;
    if (k.cds === 'before') p.before++;
    else if (k.cds === 'after') p.after++;
    if (k.problems.length > 0) p.problems++;
    perPoint.set(point, p);
    problems += k.problems.length > 0 ? 1 : 0;
    console.log(`${w.name.padEnd(10)} ${k.stop.padEnd(36)} ${k.killed ? 'killed' : 'NOT KILLED'}  then exit ${k.recoveryExit}  CDS ${k.cds}${k.problems.length ? `  PROBLEMS: ${k.problems.join(' | ')}` : ''}`);
  }
}
console.log('');
console.log('point                    kills  CDS before  CDS after  problems');
for (const [point, p] of [...perPoint].sort()) {
  console.log(`${point.padEnd(24)} ${String(p.kills).padStart(5)}  ${String(p.before).padStart(10)}  ${String(p.after).padStart(9)}  ${String(p.problems).padStart(8)}`);
}
console.log(`\n${kills} kills over ${pointWorkloads.length} workloads, ${problems} with problems (${Math.round((Date.now() - started) / 1000)} s)`);
process.exitCode = problems === 0 ? 0 : 1;

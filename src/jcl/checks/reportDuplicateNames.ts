/** SIM0110W/SIM0111W: step names used twice in a job, DD names used twice in a step (not errors on z/OS). */
import type { Diagnostic } from '../../core/Diagnostic.js';
import { sim } from '../../core/simMessages.js';
import type { CheckedJob } from './CheckedJob.js';

export function reportDuplicateNames(cj: CheckedJob): Diagnostic[] {
  const out: Diagnostic[] = [];
  const steps = new Set<string>();
  for (const sb of cj.steps) {
    const s = sb.step;
    const full = s.procStep !== undefined ? `${s.name}.${s.procStep}` : s.name;
    if (s.name !== '' && steps.has(full)) {
      out.push({ ...sim.diag('SIM0110W', 'warning', [full], { card: s.pos }), stmt: s.stmt });
    }
    steps.add(full);
    const dds = new Set<string>();
    for (const dd of s.dds) {
      if (dd.ddname !== '' && dds.has(dd.ddname)) {
        out.push({ ...sim.diag('SIM0111W', 'warning', [dd.ddname, full || '(unnamed)'], { card: dd.pos }), stmt: dd.stmt });
      }
      dds.add(dd.ddname);
    }
  }
  return out;
}

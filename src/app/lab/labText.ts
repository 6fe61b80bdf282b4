/** The lines `elsim lab` prints: the report of `check`, the answer of `hint`, the list, the start. */
import { sim } from '../../core/simMessages.js';
import type { LabReport } from './checkLab.js';
import type { HintAnswer } from './hintLab.js';
import type { LabSummary } from './listLabs.js';
import type { StartedLab } from './startLab.js';

const hintsNote = (n: number): string => (n === 0 ? '' : ` - ${n} HINT${n === 1 ? '' : 'S'} USED`);

export function labReportLines(r: LabReport): string[] {
  const lines = [`Lab ${r.lab.name}: ${r.lab.title}`];
  r.goals.forEach((g, i) => {
    lines.push(`  ${g.met ? '[met]' : '[   ]'} ${i + 1}. ${g.text}`);
    if (!g.met && g.why) lines.push(`          ${g.why}`);
  });
  const met = r.goals.filter((g) => g.met).length;
  lines.push(r.allMet ? sim.line('SIM1616I', r.score, r.total, hintsNote(r.hintsUsed)) : sim.line('SIM1617I', met, r.goals.length, r.score, r.total, hintsNote(r.hintsUsed)));
  return lines;
}

export function hintLines(h: HintAnswer): string[] {
  if (h.kind === 'all-met') return ['Every goal is met: no hint needed.'];
  if (h.kind === 'no-more') return [`Goal: ${h.goal.text}`, `  ${h.goal.why ?? ''}`, 'No more hints for this goal; the hints were:', ...h.hints.map((t, i) => `  ${i + 1}. ${t}`)];
  return [`Goal: ${h.goal.text}`, `Hint ${h.index} of ${h.of}: ${h.hint}`];
}

export function labListLines(labs: readonly LabSummary[]): string[] {
  const w = Math.max(4, ...labs.map((l) => l.name.length));
  return labs.map((l) => `${l.name.padEnd(w)}  ${l.title} (${l.guide}; ${l.goals} goals)`);
}

export function labStartedLines(s: StartedLab, rebuilt: boolean): string[] {
  const systems = s.lab.systems.filter((x) => x.site).map((x) => x.name);
  return [
    rebuilt ? sim.line('SIM1618I', s.lab.name, s.home) : sim.line('SIM1615I', s.lab.name, s.home, systems.join(', ')),
    '',
    ...s.lab.task.trimEnd().split('\n'),
    '',
  ];
}

/**
 * `elsim lab hint`: the next hint of the first goal not yet met (each goal's hints go from a
 * nudge to the procedure's step); the hints shown are remembered in the lab directory and
 * counted beside the score.
 */
import { checkLab, type GoalState } from './checkLab.js';
import { readLabState, writeLabState } from './labHome.js';

export type HintAnswer =
  | { kind: 'hint'; goal: GoalState; hint: string; index: number; of: number }
  | { kind: 'no-more'; goal: GoalState; hints: string[] }
  | { kind: 'all-met' };

export function hintLab(home: string): HintAnswer {
  const report = checkLab(home);
  const goal = report.goals.find((g) => !g.met);
  if (!goal) return { kind: 'all-met' };
  const hints = report.lab.goals.find((g) => g.id === goal.id)?.hints ?? [];
  const state = readLabState(home);
  const shown = Math.min(state.hints[goal.id] ?? 0, hints.length);
  if (shown >= hints.length) return { kind: 'no-more', goal, hints };
  state.hints[goal.id] = shown + 1;
  writeLabState(home, state);
  return { kind: 'hint', goal: { ...goal, hintsShown: shown + 1 }, hint: hints[shown]!, index: shown + 1, of: hints.length };
}

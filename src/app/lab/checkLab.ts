/**
 * `elsim lab check`: each goal of the lab, in order, met or not — and for one not met, why, in
 * the words of its first failing check (what the systems show, never what to type). The score
 * is the points of the goals met.
 */
import { join } from 'node:path';
import { evaluateCheck } from './evaluateCheck.js';
import { readLabDefinition, type LabDefinition } from './labDefinition.js';
import { readLabState } from './labHome.js';

export interface GoalState {
  id: string;
  text: string;
  points: number;
  met: boolean;
  /** Why it is not met (the first failing check). */
  why: string | undefined;
  /** Hints shown so far, and how many the goal has. */
  hintsShown: number;
  hints: number;
}

export interface LabReport {
  home: string;
  lab: LabDefinition;
  goals: GoalState[];
  score: number;
  total: number;
  hintsUsed: number;
  allMet: boolean;
}

export function checkLab(home: string): LabReport {
  const state = readLabState(home);
  const lab = readLabDefinition(state.lab);
  const goals = lab.goals.map((g): GoalState => {
    let why: string | undefined;
    for (const c of g.checks) {
      const o = evaluateCheck(c, join(home, c.system), lab.name);
      if (!o.met) {
        why = o.why;
        break;
      }
    }
    return { id: g.id, text: g.text, points: g.points ?? 1, met: why === undefined, why, hintsShown: Math.min(state.hints[g.id] ?? 0, g.hints?.length ?? 0), hints: g.hints?.length ?? 0 };
  });
  const score = goals.filter((g) => g.met).reduce((n, g) => n + g.points, 0);
  const total = goals.reduce((n, g) => n + g.points, 0);
  return { home, lab, goals, score, total, hintsUsed: goals.reduce((n, g) => n + g.hintsShown, 0), allMet: goals.every((g) => g.met) };
}

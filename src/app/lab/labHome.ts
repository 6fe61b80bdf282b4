/**
 * The lab directory: the lab's systems (one directory each, named as the lab names them), the
 * trainee's decks in jobs/, TASK.md, and elsim-lab.json — which lab this is, when it started and
 * the hints shown so far. `lab check`, `hint` and `reset` find it from --system, else the
 * current directory when it is one, else ./elsim-lab.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ElsimError } from '../../core/errors.js';
import { sim } from '../../core/simMessages.js';

export const LAB_STATE = 'elsim-lab.json';
export const DEFAULT_LAB_DIR = 'elsim-lab';

export interface LabState {
  lab: string;
  /** The simulated time the lab started at. */
  started: string;
  /** Hints shown, per goal id. */
  hints: Record<string, number>;
}

export function isLabHome(dir: string): boolean {
  return existsSync(join(dir, LAB_STATE));
}

/** The lab directory a command works on (SIM1612E when it is not one). */
export function labHome(dirOpt: string | undefined): string {
  if (dirOpt !== undefined) {
    const d = resolve(dirOpt);
    if (!isLabHome(d)) throw new ElsimError(sim.text('SIM1612E', d), 'SIM1612E');
    return d;
  }
  if (isLabHome(process.cwd())) return process.cwd();
  const d = resolve(DEFAULT_LAB_DIR);
  if (!isLabHome(d)) throw new ElsimError(sim.text('SIM1612E', d), 'SIM1612E');
  return d;
}

export function readLabState(home: string): LabState {
  try {
    const s = JSON.parse(readFileSync(join(home, LAB_STATE), 'utf8')) as Partial<LabState>;
    if (typeof s.lab !== 'string') throw new Error('no lab name');
    return { lab: s.lab, started: s.started ?? '', hints: s.hints ?? {} };
  } catch (e) {
    throw new ElsimError(sim.text('SIM1612E', `${home} (${(e as Error).message})`), 'SIM1612E');
  }
}

export function writeLabState(home: string, state: LabState): void {
  const tmp = join(home, `.${LAB_STATE}.tmp`);
  writeFileSync(tmp, JSON.stringify(state, null, 2) + '\n');
  renameSync(tmp, join(home, LAB_STATE)); // a reader sees the old state or the new one
}

/** Reads a file named on the command line (or standard input for `-`) as text. */
import { readFileSync } from 'node:fs';
import { ElsimError } from '../core/errors.js';
import { sim } from '../core/simMessages.js';

export function readInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (e) {
    const why = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : String(e);
    throw new ElsimError(sim.text('SIM0502E', path, why), 'SIM0502E');
  }
}

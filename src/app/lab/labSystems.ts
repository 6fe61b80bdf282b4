/** The systems of a lab directory that exist now, in the lab's order, keyed by their lab names. */
import { join } from 'node:path';
import { System } from '../../jes/System.js';
import { readLabDefinition } from './labDefinition.js';
import { readLabState } from './labHome.js';

export function labSystems(home: string): { key: string; dir: string }[] {
  const lab = readLabDefinition(readLabState(home).lab);
  return lab.systems.map((s) => ({ key: s.name, dir: join(home, s.name) })).filter((s) => System.exists(s.dir));
}

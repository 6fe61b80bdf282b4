/** The SIM0704I line of one work item (clock show/advance, DRMON's progress). */
import { sim } from '../core/simMessages.js';
import type { Work } from './types.js';

export function describeWork(w: Work): string {
  return sim.line('SIM0704I', w.due, w.kind, w.vtv, w.source ?? '-', w.target, w.status, w.detail ?? '');
}

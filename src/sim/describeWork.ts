/** The SIM0704I line of one work item (clock show/advance, DRMON's progress). */
import { sim } from '../core/simMessages.js';
import type { Work } from './types.js';

/** Pending work shows when it is due; finished work when it finished (held work finishes late). */
export function describeWork(w: Work): string {
  return sim.line('SIM0704I', w.status === 'PENDING' ? w.due : (w.done ?? w.due), w.kind, w.vtv, w.source ?? '-', w.target, w.status, w.detail ?? '');
}

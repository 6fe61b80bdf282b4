/** The EXEC PARM of SLUADMIN: `MIXED` (mixed-case listing); anything else is noted and ignored. */
import type { Diagnostic } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';

export interface SluadminParm {
  mixed: boolean;
  /** SIM0306I for each value elsim does not know. */
  notes: Diagnostic[];
}

export function parseSluadminParm(parm: string): SluadminParm {
  const result: SluadminParm = { mixed: false, notes: [] };
  for (const raw of parm.split(',')) {
    const v = raw.trim().toUpperCase();
    if (v === '') continue;
    if (v === 'MIXED') result.mixed = true;
    else result.notes.push(sim.diag('SIM0306I', 'info', [raw.trim()]));
  }
  return result;
}

/** Opening a system for a command: System.open, then what its recovery did, said on stderr. */
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { System, type SystemOptions } from '../jes/System.js';

/** Opens the system in `dir` (SIM0209E when there is none) and reports the recovery of killed runs. */
export function openSystem(dir: string, io: Io, opts: SystemOptions = {}): System {
  const system = System.open(dir, opts);
  reportRecovery(system, io);
  return system;
}

/** SIM1536I for each job marked LOST and SIM1535I for what was removed (nothing when nothing was found). */
export function reportRecovery(system: System, io: Io): void {
  for (const j of system.recovery.lost) io.err(sim.line('SIM1536I', j.jobid, j.jobname ?? '?'));
  if (system.recovery.removed.length > 0) io.err(sim.line('SIM1535I', system.root, system.recovery.removed.join(', ')));
}

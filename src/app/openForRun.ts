/** The system a command runs on, and the run's time. */
import { resolve } from 'node:path';
import type { Clock, Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { System } from '../jes/System.js';
import { initSystem } from './initSystem.js';
import { finishPendingMoves } from './moveMvcs.js';
import { openSystem } from './openSystem.js';
import { resolveNow } from './resolveNow.js';

/**
 * Opens the system in `dir`, building the demo there first (and saying so) when there is none.
 * `clock` dates what programs catalog (the run's simulated time).
 */
async function openOrBuildSystem(dir: string, io: Io, clock?: Clock): Promise<System> {
  if (System.exists(dir)) return openSystem(dir, io, clock ? { clock } : {});
  (await initSystem({ dir, demo: true, quiet: true }, io)).close();
  io.err(sim.line('SIM0501I', resolve(dir)));
  return System.open(dir, clock ? { clock } : {});
}

/**
 * Opens (or builds) the system a command runs on, and the run's time (--now, else the system's
 * pinned clock, else the real clock). What programs catalog is dated with that time. The
 * hardware's work due by then completes where the run starts (submitText, runDeckFile).
 */
export async function openForRun(dir: string, nowOpt: string | undefined, io: Io): Promise<{ system: System; now: Date }> {
  let now = io.clock.now();
  const system = await openOrBuildSystem(dir, io, { now: () => now });
  // An `mvc move` killed half way is finished (or undone) before anything uses the hardware.
  finishPendingMoves(system, io);
  now = resolveNow(nowOpt, system, io);
  return { system, now };
}

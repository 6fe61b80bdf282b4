/**
 * `elsim hardware rebuild`: makes DIR/hardware.db again from what the system's CDS records — the
 * way back after the file was lost or damaged (SIM1503E, SIM1504E), since elsim never makes an
 * empty one in its place. The new file is built under a temporary directory in the system and
 * renamed into place whole; work that was in flight is not known to the CDS and is not restored.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ElsimError, UsageError } from '../core/errors.js';
import { guardFaults } from '../core/environmentFault.js';
import type { Io } from '../core/Io.js';
import { killPoint } from '../core/killPoint.js';
import { sim } from '../core/simMessages.js';
import { openSystem } from './openSystem.js';
import { Hardware } from '../sim/Hardware.js';
import { HARDWARE_DB } from '../sim/hardwareDb.js';
import { deriveHardware } from '../sim/seedHardware.js';

export interface RebuildHardwareOptions {
  dir: string;
  /** Replace an existing hardware.db (damaged, or to be thrown away). */
  replace?: boolean;
}

export function rebuildHardware(opts: RebuildHardwareOptions, io: Io): void {
  const system = openSystem(opts.dir, io);
  try {
    const shared = system.sharedHardware();
    if (shared !== undefined) throw new UsageError(`${system.root} uses the hardware of ${shared}: rebuild it there`);
    const target = join(system.root, HARDWARE_DB);
    if (existsSync(target) && !opts.replace) throw new ElsimError(sim.text('SIM1506E', target), 'SIM1506E');
    const dsn = system.configuredCds();
    const cdsPath = dsn === undefined ? undefined : system.datasetPath(dsn);
    if (dsn === undefined || cdsPath === undefined) throw new ElsimError(sim.text('SIM0507E', dsn ?? '(none)'), 'SIM0507E');
    const pinned = system.pinnedClock();
    const at = pinned !== undefined ? new Date(pinned) : io.clock.now();
    // Built in a dot-directory of the system (a killed rebuild leaves debris the next open removes).
    const work = join(system.root, `.hardware-rebuild.${process.pid}.tmp`);
    rmSync(work, { recursive: true, force: true });
    guardFaults(work, () => mkdirSync(work));
    try {
      const hw = new Hardware({ root: work, pinnedClock: () => pinned, setPinnedClock: () => undefined, activeCdsPath: () => undefined, create: true });
      let counts;
      try {
        counts = guardFaults(join(work, HARDWARE_DB), () => deriveHardware(hw, cdsPath, at));
      } finally {
        hw.close();
      }
      killPoint('hardware.rebuild.rename');
      guardFaults(target, () => {
        // The old file's log must not be applied to the new one.
        for (const side of ['-wal', '-shm']) rmSync(`${target}${side}`, { force: true });
        renameSync(join(work, HARDWARE_DB), target);
      });
      io.err(sim.line('SIM1505I', system.root, dsn, counts.mvcs, counts.copies, counts.bufferImages));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  } finally {
    system.close();
  }
}

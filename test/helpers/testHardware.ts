/** A `SystemServices.hardware()` for fake systems: a Hardware in a temporary directory of its own. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hardware } from '../../src/sim/Hardware.js';

export function testHardware(activeCdsPath: () => string | undefined = () => undefined): () => Hardware {
  let hw: Hardware | undefined;
  let clock: string | undefined;
  return () => {
    hw ??= new Hardware({
      root: mkdtempSync(join(tmpdir(), 'elsim-hw-')),
      pinnedClock: () => clock,
      setPinnedClock: (iso) => {
        clock = iso;
      },
      activeCdsPath,
      create: true,
    });
    return hw;
  };
}

/** A system's pinned simulated clock (ISO), or null when it follows the real clock. */
import { System } from '../../jes/System.js';

export function systemClock(dir: string): string | null {
  const system = System.open(dir);
  try {
    return system.pinnedClock() ?? null;
  } finally {
    system.close();
  }
}

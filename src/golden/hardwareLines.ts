/** The simulated hardware one row per line (src/sim/hardwareLines.ts), and what a golden case did to it as a unified diff. */
import { unifiedDiff } from './unifiedDiff.js';

export { hardwareLines, systemHardwareLines } from '../sim/hardwareLines.js';

/** What a case did to the hardware: a unified diff (no context) of its row lines, before → after. */
export function hardwareChanges(before: string[], after: string[]): string {
  return unifiedDiff(before.join('\n') + '\n', after.join('\n') + '\n', { expected: 'before/hardware', actual: 'after/hardware' }, 0);
}

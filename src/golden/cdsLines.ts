/**
 * A CDS dump one row per line (src/cds/cdsLines.ts), and what a golden case changed in a CDS as a
 * unified diff of those lines.
 */
import { unifiedDiff } from './unifiedDiff.js';

export { cdsLines } from '../cds/cdsLines.js';

/** What a case changed in a CDS: a unified diff (no context) of its row lines, before → after. */
export function cdsChanges(dsn: string, before: string[], after: string[]): string {
  return unifiedDiff(before.join('\n') + '\n', after.join('\n') + '\n', { expected: `before/${dsn}`, actual: `after/${dsn}` }, 0);
}

/** A Report that keeps what a utility writes, for assertions (SLS and SIM messages, as SlsPrint). */
import type { Report } from '../../src/sluadmin/types.js';
import { sls } from '../../src/sluadmin/messages.js';
import { sim } from '../../src/core/simMessages.js';

export interface RecordingReport extends Report {
  lines: string[];
  /** Everything as one text, one line per entry. */
  text(): string;
}

export function recordingReport(): RecordingReport {
  const lines: string[] = [];
  return {
    lines,
    line: (t = '') => lines.push(t),
    message: (id, ...inserts) => {
      if (id in sls.defs) lines.push(sls.line(id as keyof typeof sls.defs, ...inserts));
      else if (id in sim.defs) lines.push(sim.line(id as keyof typeof sim.defs, ...inserts));
      else throw new Error(`message ${id} is in no catalogue`);
    },
    headings: (h) => lines.push(...h.map((x) => `[heading] ${x}`)),
    text: () => lines.join('\n'),
  };
}

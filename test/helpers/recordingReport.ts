/** A Report that keeps what a utility writes, for assertions. */
import type { Report } from '../../src/sluadmin/types.js';
import { sls } from '../../src/sluadmin/messages.js';

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
    message: (id, ...inserts) => lines.push(sls.line(id as keyof typeof sls.defs, ...inserts)),
    headings: (h) => lines.push(...h.map((x) => `[heading] ${x}`)),
    text: () => lines.join('\n'),
  };
}

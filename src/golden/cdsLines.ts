/**
 * A CDS dump one row per line, for golden files: `vtvs {"volser":"AV1000",…}`,
 * `pools.pools {"name":"MVCPLA",…}`, `config.global {…}`. A change to one VTV changes one line,
 * so the difference a job made to a large CDS reads as a short unified diff.
 */
import type { CdsDump } from '../cds/dumpCds.js';
import { unifiedDiff } from './unifiedDiff.js';

export function cdsLines(dump: CdsDump): string[] {
  const lines: string[] = [];
  const emit = (path: string, v: unknown): void => {
    if (Array.isArray(v)) {
      if (v.length === 0) lines.push(`${path} []`);
      for (const el of v) lines.push(`${path} ${JSON.stringify(el)}`);
    } else {
      lines.push(`${path} ${JSON.stringify(v)}`);
    }
  };
  for (const [key, value] of Object.entries(dump)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [sub, v] of Object.entries(value as Record<string, unknown>)) emit(`${key}.${sub}`, v);
    } else {
      emit(key, value);
    }
  }
  return lines;
}

/** What a case changed in a CDS: a unified diff (no context) of its row lines, before → after. */
export function cdsChanges(dsn: string, before: string[], after: string[]): string {
  return unifiedDiff(before.join('\n') + '\n', after.join('\n') + '\n', { expected: `before/${dsn}`, actual: `after/${dsn}` }, 0);
}

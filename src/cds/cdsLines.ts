/**
 * A CDS dump one row per line, for golden files and job change records: `vtvs {"volser":"AV1000",…}`,
 * `pools.pools {"name":"MVCPLA",…}`, `config.global {…}`. A change to one VTV changes one line,
 * so the difference a job made to a large CDS reads as a short diff.
 */
import type { CdsDump } from './dumpCds.js';

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

/** `elsim dataset list`: a system's catalog, one data set a line (name, organisation, format, alias target). */
import type { Io } from '../core/Io.js';
import { openSystem } from './openSystem.js';

export interface ListDatasetsOptions {
  dir: string;
  /** Qualifiers the names start with (`HLQ` lists HLQ and HLQ.*). */
  prefix?: string;
}

export function listDatasets(opts: ListDatasetsOptions, io: Io): number {
  const system = openSystem(opts.dir, io);
  try {
    const entries = system.catalog.list(opts.prefix?.toUpperCase());
    for (const e of entries) {
      const format = e.recfm !== undefined ? `${e.recfm}${e.lrecl !== undefined ? `/${e.lrecl}` : ''}` : '';
      const what = e.aliasOf !== undefined ? `ALIAS OF ${e.aliasOf}` : `${e.dsorg.padEnd(4)}${format}`;
      io.out(`${e.dsn.padEnd(44)} ${what}`.trimEnd());
    }
    return entries.length;
  } finally {
    system.close();
  }
}

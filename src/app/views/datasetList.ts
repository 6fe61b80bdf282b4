/**
 * The web console's data set list (ISPF 3.4): a system's catalog under a prefix, with what a
 * DSLIST shows — organisation, record format, size, creation date, an alias's target.
 */
import { existsSync, statSync } from 'node:fs';
import { readSystem } from './readSystem.js';

export interface DatasetRow {
  dsn: string;
  dsorg: string;
  recfm: string | undefined;
  lrecl: number | undefined;
  aliasOf: string | undefined;
  created: string | undefined;
  /** Bytes of a sequential data set or CDS; members of a PDS. */
  size: number | undefined;
  members: number | undefined;
}

export function datasetList(dir: string, prefix: string | undefined): DatasetRow[] {
  return readSystem(dir, ({ system }) => {
    const p = prefix?.trim().toUpperCase().replace(/\.?\*+$/, '') || undefined;
    return system.catalog.list(p).map((e) => {
      const row: DatasetRow = { dsn: e.dsn, dsorg: e.dsorg, recfm: e.recfm, lrecl: e.lrecl, aliasOf: e.aliasOf, created: e.created, size: undefined, members: undefined };
      if (e.aliasOf !== undefined) return row;
      if (e.dsorg === 'PO') row.members = system.catalog.members(e.dsn).length;
      else {
        const path = system.catalog.pathOf(e.dsn);
        if (existsSync(path)) row.size = statSync(path).size;
      }
      return row;
    });
  });
}

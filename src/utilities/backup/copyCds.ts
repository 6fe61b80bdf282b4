/**
 * A complete, standalone copy of a CDS file (rollback journal mode, no WAL beside it), written
 * under a temporary name and renamed over the target so that no reader ever sees half a copy.
 * The source is read through its own read-only connection: the copy holds what was last
 * committed, whatever transaction the calling utility has open.
 */
import { renameSync, rmSync } from 'node:fs';
import { snapshotCds } from '../../cds/snapshotCds.js';
import { openSqlite } from '../../core/openDatabase.js';
import { tempNameFor } from '../../jes/atomicWrite.js';

export interface CopyCounts {
  vtvs: number;
  mvcs: number;
  level: number;
}

export function copyCds(sourcePath: string, targetPath: string): CopyCounts {
  const tmp = tempNameFor(targetPath);
  try {
    snapshotCds(sourcePath, tmp);
    const db = openSqlite(tmp, { readonly: true });
    let counts: CopyCounts;
    try {
      counts = {
        vtvs: db.prepare('SELECT count(*) FROM vtv').pluck().get() as number,
        mvcs: db.prepare('SELECT count(*) FROM mvc').pluck().get() as number,
        level: db.pragma('user_version', { simple: true }) as number,
      };
    } finally {
      db.close();
    }
    renameSync(tmp, targetPath);
    return counts;
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * A complete, standalone copy of a CDS file as last committed: the source is read through its own
 * read-only connection (whatever transaction a utility holds open on it), written with
 * `VACUUM INTO`, and the copy set to the rollback journal so that no WAL file stands beside it.
 * The target must not exist; callers that publish the copy write it under a temporary name.
 */
import { openSqlite } from '../core/openDatabase.js';

export function snapshotCds(sourcePath: string, targetPath: string): void {
  const src = openSqlite(sourcePath, { readonly: true });
  try {
    src.prepare('VACUUM INTO ?').run(targetPath);
  } finally {
    src.close();
  }
  const copy = openSqlite(targetPath);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** What the CDS already holds, for the checks of an update (non-RESET) CONFIG deck. */
import type Database from 'better-sqlite3';
import type { ExistingConfig } from './checkConfigDeck.js';

export function existingConfig(db: Database.Database): ExistingConfig {
  const col = (sql: string): string[] => (db.prepare(sql).pluck().all() as string[]);
  const paths = new Map<string, string>();
  for (const r of db.prepare('SELECT name, vtss FROM cfg_rtd UNION ALL SELECT name, vtss FROM cfg_rtdpath').all() as { name: string; vtss: string }[]) {
    paths.set(r.name, r.vtss);
  }
  const level = db.prepare('SELECT cds_level FROM cds_identity').pluck().get() as string | null | undefined;
  return {
    ...(level ? { cdsLevel: level } : {}),
    vtss: new Set(col('SELECT name FROM cfg_vtss')),
    paths,
    stormngrs: new Set(col('SELECT name FROM cfg_stormngr')),
  };
}

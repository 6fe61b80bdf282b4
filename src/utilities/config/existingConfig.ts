/** What the CDS already holds, for the checks of an update (non-RESET) CONFIG deck. */
import type Database from 'better-sqlite3';
import type { ExistingConfig } from './checkConfigDeck.js';

export function existingConfig(db: Database.Database): ExistingConfig {
  const col = (sql: string): string[] => (db.prepare(sql).pluck().all() as string[]);
  const paths = db
    .prepare("SELECT 'RTD' AS kind, name, vtss, devno, stormngr FROM cfg_rtd UNION ALL SELECT 'RTDPATH', name, vtss, devno, stormngr FROM cfg_rtdpath")
    .all() as { kind: 'RTD' | 'RTDPATH'; name: string; vtss: string; devno: string | null; stormngr: string | null }[];
  const level = db.prepare('SELECT cds_level FROM cds_identity').pluck().get() as string | null | undefined;
  return {
    ...(level ? { cdsLevel: level } : {}),
    vtss: new Set(col('SELECT name FROM cfg_vtss')),
    paths: paths.map((p) => ({ kind: p.kind, name: p.name, vtss: p.vtss, ...(p.devno ? { devno: p.devno } : {}), ...(p.stormngr ? { stormngr: p.stormngr } : {}) })),
    stormngrs: new Set(col('SELECT name FROM cfg_stormngr')),
  };
}

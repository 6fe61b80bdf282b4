/**
 * What a CDS change record needs besides the rows a job touched (see core/changeCapture.ts), so
 * that the dump rows of `elsim cds dump` / the golden runner (dumpCds + cdsLines) can be rebuilt
 * for exactly the VTVs, MVCs and sections the job changed:
 *  - a VTV's line holds its vtv row, all its copies and its copies in other TapePlexes;
 *  - an MVC's line holds its mvc row, the count of current copies on it and its vault;
 *  - the other sections (vaults, pools, classes, config, DR test, checkpoints) are small: a
 *    section with a touched table is copied whole. A table the dump does not know is copied
 *    whole when touched (harmless: the dump ignores it).
 * Everything is set-based SQL over indexed columns (vtv_copy is indexed by vtv and by mvc).
 */
import type Database from 'better-sqlite3';
import type { CaptureKind, RecordTables, Side } from '../core/changeCapture.js';

/** The tables behind each small section of the dump (dumpCds.ts), copied whole when one is touched. */
const SECTIONS: readonly (readonly string[])[] = [
  ['vaultvol_area', 'vault', 'vault_volume'],
  ['pool', 'volparm'],
  ['stor_class', 'mgmt_class', 'mgmt_policy', 'vtss_list', 'vtss_sel'],
  [
    'cds_identity', 'cds_feature', 'acs', 'lsm', 'host', 'cfg_global', 'cfg_reclaim', 'cfg_vtss', 'cfg_rtd', 'cfg_rtdpath', 'cfg_vtd',
    'cfg_clink', 'cfg_cluster', 'cfg_cluster_vtss', 'cfg_tapeplex', 'cfg_stormngr', 'cfg_host', 'cfg_volrange',
  ],
  ['drtest', 'drtest_resource'],
  ['checkpoint'],
];

/** Tables whose rows belong to a VTV's or an MVC's line (copied by key, never whole). */
const KEYED = new Set(['vtv', 'vtv_copy', 'vtv_plex_copy', 'mvc']);

const q = (name: string): string => `"${name.replaceAll('"', '""')}"`;

function closure(db: Database.Database, side: Side, rec: RecordTables): void {
  const touched = new Set(rec.touchedTables());
  const tables = rec.tables(db);
  const present = (t: string): boolean => tables.has(t);
  const has = (t: string): boolean => touched.has(t);
  const vtvKeys = rec.scratch('vtvs');
  const mvcKeys = rec.scratch('mvcs');
  if (side === 'b') {
    // The VTVs and MVCs whose lines the job changed, from the touched rows of both sides.
    db.exec(`CREATE TABLE IF NOT EXISTS ${vtvKeys} (volser TEXT PRIMARY KEY) WITHOUT ROWID`);
    db.exec(`CREATE TABLE IF NOT EXISTS ${mvcKeys} (volser TEXT PRIMARY KEY) WITHOUT ROWID`);
    const keys = (into: string, column: string, t: string): void => {
      for (const s of ['b', 'a'] as const) {
        const from = has(t) ? rec.table(db, s, t) : undefined;
        if (from !== undefined) db.exec(`INSERT OR IGNORE INTO ${into} SELECT ${column} FROM ${from} WHERE ${column} IS NOT NULL`);
      }
    };
    keys(vtvKeys, 'volser', 'vtv');
    keys(vtvKeys, 'vtv', 'vtv_plex_copy');
    keys(vtvKeys, 'vtv', 'vtv_copy');
    keys(mvcKeys, 'mvc', 'vtv_copy');
    keys(mvcKeys, 'volser', 'mvc');
    keys(mvcKeys, 'volser', 'vault_volume');
  }
  /** Adds the rows of t that `where` selects and that were not copied as touched. */
  const add = (t: string, where: string): void => {
    if (!present(t)) return;
    const target = rec.ensure(db, side, t);
    db.exec(`INSERT INTO ${target} SELECT * FROM main.${q(t)} WHERE (${where}) AND ${rec.untouched(db, t)}`);
  };
  add('vtv', `volser IN (SELECT volser FROM ${vtvKeys})`);
  add('vtv_copy', `vtv IN (SELECT volser FROM ${vtvKeys}) OR mvc IN (SELECT volser FROM ${mvcKeys})`);
  add('vtv_plex_copy', `vtv IN (SELECT volser FROM ${vtvKeys})`);
  add('mvc', `volser IN (SELECT volser FROM ${mvcKeys})`);
  // An MVC's line names its vault: its vault_volume row (unless the vaults section is copied whole).
  const vaultsWhole = SECTIONS[0]!.some(has);
  if (!vaultsWhole) add('vault_volume', `volser IN (SELECT volser FROM ${mvcKeys})`);
  const whole = new Set<string>();
  for (const section of SECTIONS) if (section.some(has)) for (const t of section) whole.add(t);
  for (const t of touched) if (!KEYED.has(t) && !SECTIONS.some((s) => s.includes(t))) whole.add(t);
  for (const t of whole) add(t, '1');
}

export const cdsCaptureKind: CaptureKind = { name: 'cds', closure };

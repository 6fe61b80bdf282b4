/** The vaults of a CDS after SET VAULT / SET VAULTVOL: each vault's slots and volumes, then the area's use (both utilities end with it). */
import type Database from 'better-sqlite3';
import { formatRow, headingLines, type Column } from './reportColumns.js';

const COLUMNS: Column[] = [
  { head: ['VAULT'], width: 13 },
  { head: ['SLOTS'], width: 9, right: true },
  { head: ['VOLUMES'], width: 9, right: true },
  { head: ['DESCRIPTION'], width: 64 },
];

interface VaultRow {
  name: string;
  slots: number;
  volumes: number;
  description: string | null;
}

export function vaultLines(db: Database.Database): string[] {
  const area = db.prepare('SELECT capacity FROM vaultvol_area WHERE id = 1').pluck().get() as number | undefined;
  const rows = db
    .prepare('SELECT v.name, v.slots, v.description, (SELECT count(*) FROM vault_volume w WHERE w.vault = v.name) AS volumes FROM vault v ORDER BY v.seq, v.name')
    .all() as VaultRow[];
  const out = [...headingLines(COLUMNS)];
  for (const r of rows) out.push(formatRow(COLUMNS, [r.name, r.slots, r.volumes, r.description]));
  if (rows.length === 0) out.push('(NO VAULTS DEFINED)');
  const slots = rows.reduce((n, r) => n + r.slots, 0);
  const volumes = rows.reduce((n, r) => n + r.volumes, 0);
  out.push('');
  out.push(`TOTAL: ${rows.length} VAULTS, ${slots} SLOTS, ${volumes} VAULTED VOLUMES; VAULTVOL AREA ${area === undefined ? 'NOT DEFINED' : `${area} VOLUMES (${area - slots} NOT GIVEN TO A VAULT)`}`);
  return out;
}

/** The volumes of one vault, a page at a time in slot order (the vault_volume(vault, slot) index). */
import { readSystem } from './readSystem.js';

export interface VaultVolumeRow {
  volser: string;
  slot: number | null;
  assigned: string | null;
  return_date: string | null;
  /** 1 when the volume is an MVC of this CDS (else a native volume, a manifest tape). */
  mvc: number;
}

export function vaultVolumes(dir: string, vault: string, afterSlot: number, limit = 50): { rows: VaultVolumeRow[]; next: number | undefined } {
  return readSystem(dir, ({ cds }) => {
    if (!cds) return { rows: [], next: undefined };
    const rows = cds
      .statement(
        `SELECT w.volser, w.slot, w.assigned, w.return_date, EXISTS (SELECT 1 FROM mvc m WHERE m.volser = w.volser) AS mvc
           FROM vault_volume w WHERE w.vault = ? AND coalesce(w.slot, 0) > ? ORDER BY w.slot LIMIT ?`,
      )
      .all(vault.toUpperCase(), afterSlot, limit + 1) as VaultVolumeRow[];
    const page = rows.slice(0, limit);
    return { rows: page, next: rows.length > limit ? (page[page.length - 1]!.slot ?? undefined) : undefined };
  });
}

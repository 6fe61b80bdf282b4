/**
 * Migration 5: what the vault cycle of chapter 3 needs of the CDS (LCM, `elsim enter`).
 *  - library_volume: the cartridges in the library that are not MVCs — native volumes such as a
 *    manifest tape or a backup tape, scratch or not. HSC keeps a record of every volume in its
 *    ACSs; elsim kept only MVCs (their record, `mvc`, stays in the CDS when they leave the library,
 *    as VTCS keeps it). A native volume's row exists while it is in the library: an eject to a vault
 *    moves it into the vault record's `metadata`, an enter restores it.
 *  - indexes for LCM's selections over vaulted volumes: by vault and return date (the pull list,
 *    ACTION VAULT RELEASE) and by vault and assignment date (ACTION DRAIN's Days_Since).
 * Vault dates (`vault_volume.assigned`, `return_date`) are days, `YYYY-MM-DD`.
 */
import type Database from 'better-sqlite3';

export function migration5(db: Database.Database): void {
  db.exec(`
    CREATE TABLE library_volume (
      volser  TEXT PRIMARY KEY CHECK (length(volser) BETWEEN 1 AND 6 AND volser = upper(volser) AND volser NOT GLOB '*[^A-Z0-9#@$]*'),
      acs     TEXT NOT NULL CHECK (acs GLOB '[0-9A-F][0-9A-F]'),
      media   TEXT,
      scratch INTEGER NOT NULL DEFAULT 0 CHECK (scratch IN (0,1)),
      entered TEXT,
      updated TEXT
    ) WITHOUT ROWID;
    CREATE INDEX library_volume_acs ON library_volume(acs, volser);
    CREATE INDEX vault_volume_return ON vault_volume(vault, return_date, volser);
    CREATE INDEX vault_volume_assigned ON vault_volume(vault, assigned, volser);
  `);
}

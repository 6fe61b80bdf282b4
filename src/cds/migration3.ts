/**
 * Migration 3: what a vaulted volume's record keeps for its return (DR guide, chapter 3, "What
 * Happens When Vaulted Volumes Return to the ACS?"): the volume metadata saved when the volume was
 * ejected to its vault, restored when it is entered again. `metadata` is JSON text written by the
 * eject/vault step (LCM) — the volume's record as it stood (for an MVC: pool, media, status flags,
 * usage; for a native volume: its scratch status) — and NULL until that step has run.
 */
import type Database from 'better-sqlite3';

export function migration3(db: Database.Database): void {
  db.exec('ALTER TABLE vault_volume ADD COLUMN metadata TEXT CHECK (metadata IS NULL OR json_valid(metadata))');
}

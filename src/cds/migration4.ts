/**
 * Migration 4: an index on the storage class an MVC is assigned to, so that EXPORT STORclas
 * (and any other selection of MVCs by storage class) searches instead of scanning the MVC table.
 */
import type Database from 'better-sqlite3';

export function migration4(db: Database.Database): void {
  db.exec('CREATE INDEX mvc_stor_class ON mvc(stor_class, volser) WHERE stor_class IS NOT NULL');
}

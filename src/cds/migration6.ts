/**
 * Migration 6: the state of each CLINK as the operator varied it (VARY CLINK … ONLINE|OFFLINE),
 * beside migration 2's VTSS and CAP states. No row means ONLINE (the state after CONFIG). A CLINK
 * removed by a new CONFIG takes its state with it. The simulated hardware holds back replication
 * and cross-TapePlex copies of a VTSS whose CLINKs of that kind are all offline
 * (src/sim/deliverable.ts); Display CLINK shows the state.
 */
import type Database from 'better-sqlite3';

export function migration6(db: Database.Database): void {
  db.exec(`
    CREATE TABLE clink_status (
      clink_id INTEGER PRIMARY KEY REFERENCES cfg_clink(clink_id) ON DELETE CASCADE,
      state TEXT NOT NULL CHECK (state IN ('ONLINE','OFFLINE')),
      changed TEXT
    );
  `);
}

/**
 * DRTEST CREATE's copy: the production CDS (as last committed) written to the SLSNEW1 data set as
 * a complete CDS at the same schema level, then turned into a DR test CDS:
 *  - identity role DRTEST, drtest row CREATED with test_cds = 1 and the DR test definition;
 *  - MVCs in DRTEST MVC pools flagged drtest (their copies are DR test copies: VTVRPT's "D");
 *  - the VTSSs that are not DR VTSSs varied OFFLINE (the test hosts cannot use production VTSSs),
 *    the DR VTSSs ONLINE to the test.
 * The pools (production and DRTEST variants of each name) and the classes are carried over as
 * they are: the test system's scratch allocations use the DRTEST subpools, and it loads its own
 * MGMTCLAS/STORCLAS (MGMTDEF) as a real DR test system does at start-up.
 * SLSNEW2 and SLSNEW3, when the step has them, get byte copies of SLSNEW1.
 */
import { copyFileSync, statSync, truncateSync } from 'node:fs';
import { volserInDrtestPoolSql } from '../../cds/drtestState.js';
import { snapshotCds } from '../../cds/snapshotCds.js';
import { openSqlite } from '../../core/openDatabase.js';
import type { DrtestDefinition } from './drtestDefinition.js';
import { storeDefinition } from './drtestDefinition.js';

export interface TestCdsCounts {
  vtvs: number;
  mvcs: number;
  drMvcs: number;
}

/** True when the file is absent or empty (a new data set DRTEST may write). */
export function isEmptyFile(path: string): boolean {
  try {
    return statSync(path).size === 0;
  } catch {
    return true;
  }
}

/**
 * Writes the DR test CDS to `targets[0]` and copies it to the other targets. On any failure the
 * targets are emptied again and the error is thrown (the caller reports it; nothing half-written
 * is left to be cataloged as a CDS).
 */
export function createTestCds(sourcePath: string, targets: readonly string[], d: DrtestDefinition, noupdprd: boolean, primed: string | null, now: string): TestCdsCounts {
  const [first, ...rest] = targets;
  if (first === undefined) throw new Error('no SLSNEW1 target');
  try {
    // The last committed state of the source, whatever the utility's own transaction holds.
    snapshotCds(sourcePath, first);
    const db = openSqlite(first);
    let counts: TestCdsCounts;
    try {
      db.pragma('foreign_keys = ON');
      counts = db.transaction((): TestCdsCounts => {
        db.prepare("INSERT INTO cds_identity (id, role, created) VALUES (1, 'DRTEST', ?) ON CONFLICT(id) DO UPDATE SET role = 'DRTEST'").run(now);
        storeDefinition(db, d);
        db.prepare(
          "UPDATE drtest SET state = 'CREATED', test_cds = 1, noupdprd = ?, primed = ?, created = ?, started = NULL, stopped = NULL WHERE id = 1",
        ).run(noupdprd ? 1 : 0, primed, now);
        db.prepare(`UPDATE mvc SET drtest = 1 WHERE drtest = 0 AND ${volserInDrtestPoolSql('mvc.volser', 'MVC')}`).run();
        const dr = new Set(d.vtss);
        const setState = db.prepare(
          'INSERT INTO vtss_status (vtss, state, changed) VALUES (?, ?, ?) ON CONFLICT(vtss) DO UPDATE SET state = excluded.state, changed = excluded.changed',
        );
        for (const v of db.prepare('SELECT name FROM cfg_vtss ORDER BY name').pluck().all() as string[]) {
          setState.run(v, dr.has(v) ? 'ONLINE' : 'OFFLINE', now);
        }
        return {
          vtvs: db.prepare('SELECT count(*) FROM vtv').pluck().get() as number,
          mvcs: db.prepare('SELECT count(*) FROM mvc').pluck().get() as number,
          drMvcs: db.prepare('SELECT count(*) FROM mvc WHERE drtest = 1').pluck().get() as number,
        };
      }).immediate();
    } finally {
      db.close();
    }
    for (const t of rest) copyFileSync(first, t);
    return counts;
  } catch (e) {
    for (const t of targets) {
      try {
        truncateSync(t, 0);
      } catch {
        /* the target may not exist: nothing to empty */
      }
    }
    throw e;
  }
}

/**
 * Demand migration of one VTV out of a VTSS buffer (MIGRATE, and anything else that empties a
 * buffer): every storage class of its management class's MIGPOL that has no current copy gets one
 * now (migrateCopy: an MVC of the class, hardware and CDS); then, when asked and when every policy
 * copy exists, the image leaves the buffer and the CDS stops calling it resident (or replicated,
 * when the buffer held its replica). Queued MIGRATE work for the copies written here is closed.
 */
import type { Cds } from '../cds/Cds.js';
import { migrateCopy } from './applyWork.js';
import type { SimulatedHardware } from './types.js';
import { isoOf } from './isoOf.js';

export interface VtvMigration {
  vtv: string;
  vtss: string;
  sizeMb: number;
  /** Copies written now: `STOR:MVC`. */
  written: string[];
  /** Whether the image left the buffer. */
  deleted: boolean;
  /** Why the VTV was not (fully) migrated. */
  problem?: string;
}

export class VtvMigrator {
  private readonly policy;
  private readonly hasCopy;
  private readonly vtvRow;
  private readonly clearResident;
  private readonly clearReplica;
  private readonly closeWork;

  constructor(private readonly cds: Cds, private readonly hw: SimulatedHardware) {
    const db = cds.db;
    this.policy = db.prepare<[string], { stor: string; pos: number }>("SELECT stor, pos FROM mgmt_policy WHERE mgmt = ? AND kind = 'MIGPOL' ORDER BY pos");
    this.hasCopy = db.prepare<[string, string], number>('SELECT 1 FROM vtv_copy WHERE vtv = ? AND stor_class = ? AND current = 1').pluck();
    this.vtvRow = db.prepare<[string], { mgmt_class: string | null; nomigrat: number | null; scratch: number }>(
      'SELECT v.mgmt_class, m.nomigrat, v.scratch FROM vtv v LEFT JOIN mgmt_class m ON m.name = v.mgmt_class WHERE v.volser = ?',
    );
    this.clearResident = db.prepare<[string, string]>('UPDATE vtv SET resident = 0, resident_vtss = NULL WHERE volser = ? AND resident_vtss = ?');
    this.clearReplica = db.prepare<[string, string]>('UPDATE vtv SET replicated = 0, replica_vtss = NULL WHERE volser = ? AND replica_vtss = ?');
    this.closeWork = hw.db.prepare<[string, string, string]>(
      "UPDATE hw_work SET status = 'DONE', done = ?, detail = 'WRITTEN BY DEMAND MIGRATION' WHERE status = 'PENDING' AND kind = 'MIGRATE' AND vtv = ? AND target = ?",
    );
  }

  migrate(vtss: string, vtv: string, sizeMb: number, at: Date, deleteAfter: boolean): VtvMigration {
    const r: VtvMigration = { vtv, vtss, sizeMb, written: [], deleted: false };
    const row = this.vtvRow.get(vtv);
    if (!row) return { ...r, problem: 'NOT IN THE CDS (RUN AUDIT VTSS)' };
    if (row.scratch === 1) return this.drop(r, 'SCRATCH VTV, NOT MIGRATED', deleteAfter);
    if (row.mgmt_class === null) return { ...r, problem: 'NO MANAGEMENT CLASS' };
    if (row.nomigrat === 1) return { ...r, problem: `MANAGEMENT CLASS ${row.mgmt_class} IS NOMIGRAT` };
    const policy = this.policy.all(row.mgmt_class);
    if (policy.length === 0) return { ...r, problem: `MANAGEMENT CLASS ${row.mgmt_class} HAS NO MIGPOL` };
    for (const p of policy) {
      if (this.hasCopy.get(vtv, p.stor) !== undefined) continue;
      const w = migrateCopy(this.cds, this.hw, vtv, p.stor, p.pos, at);
      if ('error' in w) return { ...r, problem: w.error };
      r.written.push(`${p.stor}:${w.mvc}`);
      this.closeWork.run(isoOf(at), vtv, p.stor);
    }
    if (deleteAfter) {
      this.hw.deleteFromBuffer(vtss, vtv);
      this.clearResident.run(vtv, vtss);
      this.clearReplica.run(vtv, vtss);
      r.deleted = true;
    }
    return r;
  }

  /** A scratch VTV's image is simply dropped from the buffer (it holds no data worth keeping). */
  private drop(r: VtvMigration, problem: string, deleteAfter: boolean): VtvMigration {
    if (!deleteAfter) return { ...r, problem };
    this.hw.deleteFromBuffer(r.vtss, r.vtv);
    this.clearResident.run(r.vtv, r.vtss);
    this.clearReplica.run(r.vtv, r.vtss);
    return { ...r, deleted: true };
  }
}

/**
 * The operational state of the VTSSs as the CDS records it (migration 2, `vtss_status`): what VARY
 * VTSS set. A VTSS without a row is ONLINE (its state after CONFIG). Read by the operator console
 * (Display VTSS, VARY) and by the simulated hardware, which holds back the work an offline or
 * quiesced VTSS cannot do (src/sim/deliverable.ts).
 */
import type Database from 'better-sqlite3';

export type VtssState = 'ONLINE' | 'QUIESCED' | 'OFFLINE';

export interface VtssStatus {
  vtss: string;
  state: VtssState;
  /** When the operator set this state (CDS time), or null when it was never varied. */
  changed: string | null;
}

/** Every configured VTSS with its state, in CONFIG order. */
export function readVtssStates(db: Database.Database): VtssStatus[] {
  return db
    .prepare(
      `SELECT v.name AS vtss, coalesce(s.state, 'ONLINE') AS state, s.changed AS changed
         FROM cfg_vtss v LEFT JOIN vtss_status s ON s.vtss = v.name ORDER BY v.seq`,
    )
    .all() as VtssStatus[];
}

/** The state of one VTSS: undefined when CONFIG does not define it. */
export function vtssState(db: Database.Database, name: string): VtssStatus | undefined {
  return db
    .prepare(
      `SELECT v.name AS vtss, coalesce(s.state, 'ONLINE') AS state, s.changed AS changed
         FROM cfg_vtss v LEFT JOIN vtss_status s ON s.vtss = v.name WHERE v.name = ?`,
    )
    .get(name) as VtssStatus | undefined;
}

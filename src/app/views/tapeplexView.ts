/**
 * The web console's Tapeplex panel: what the CDS says of the VTSSs (vary state) and what the
 * simulated hardware holds in their buffers and has queued; the DR test state, recovery points,
 * vaults and CAP modes. Small tables and indexed aggregates only: the answer takes the same
 * time on a CDS of a million VTVs as on the demo.
 */
import { readDrtestState, type DrtestRecord } from '../../cds/drtestState.js';
import { activeRecoveryPoint, latestBackup, type CheckpointRow } from '../../cds/recoveryPoint.js';
import type { WorkKind } from '../../sim/types.js';
import { readSystem } from './readSystem.js';

export interface QueuedWork {
  kind: WorkKind;
  count: number;
  nextDue: string;
}

export interface VtssView {
  name: string;
  state: 'ONLINE' | 'QUIESCED' | 'OFFLINE';
  capacityMb: number;
  usedMb: number;
  vtvs: number;
  /** Pending work whose data comes from this VTSS. */
  queued: QueuedWork[];
}

export interface VaultView {
  name: string;
  description: string | null;
  slots: number;
  used: number;
}

export interface ClinkView {
  vtss: string;
  /** Its number within its VTSS, in CONFIG order (VARY CLINK(n) VTSS(name)). */
  number: number;
  /** The partner VTSS, or the TapePlex a cross-TapePlex CLINK goes to. */
  to: string;
  state: 'ONLINE' | 'OFFLINE';
}

export interface TapeplexView {
  tapeplex: string | null;
  dsn: string | undefined;
  role: string | null;
  hscActive: boolean;
  /** The pinned simulated clock, or null when the system follows the real clock. */
  clock: string | null;
  vtss: VtssView[];
  /** Pending work by kind (all sources). */
  work: QueuedWork[];
  drtest: DrtestRecord | undefined;
  recoveryPoint: CheckpointRow | undefined;
  backup: CheckpointRow | undefined;
  vaults: VaultView[];
  /** CAPs whose mode CAPPREF set (the others are MANUAL). */
  caps: { cap: string; acs: string; mode: string }[];
  stormngrs: string[];
  clinks: ClinkView[];
}

export function tapeplexView(dir: string): TapeplexView {
  return readSystem(dir, ({ system, dsn, cds }) => {
    const hw = system.hardware();
    const pending = hw.db
      .prepare("SELECT source, kind, count(*) AS count, min(due) AS nextDue FROM hw_work WHERE status = 'PENDING' GROUP BY source, kind ORDER BY source, kind")
      .all() as { source: string | null; kind: WorkKind; count: number; nextDue: string }[];
    const work = new Map<WorkKind, QueuedWork>();
    for (const p of pending) {
      const w = work.get(p.kind);
      if (w) {
        w.count += p.count;
        if (p.nextDue < w.nextDue) w.nextDue = p.nextDue;
      } else work.set(p.kind, { kind: p.kind, count: p.count, nextDue: p.nextDue });
    }
    const view: TapeplexView = {
      tapeplex: null,
      dsn,
      role: null,
      hscActive: system.hscActive(),
      clock: system.pinnedClock() ?? null,
      vtss: [],
      work: [...work.values()].sort((a, b) => a.kind.localeCompare(b.kind)),
      drtest: undefined,
      recoveryPoint: undefined,
      backup: undefined,
      vaults: [],
      caps: [],
      stormngrs: [],
      clinks: [],
    };
    if (!cds) return view;
    const db = cds.db;
    const id = db.prepare('SELECT tapeplex, role FROM cds_identity WHERE id = 1').get() as { tapeplex: string | null; role: string } | undefined;
    view.tapeplex = id?.tapeplex ?? null;
    view.role = id?.role ?? null;
    const names = db
      .prepare("SELECT v.name, coalesce(s.state, 'ONLINE') AS state FROM cfg_vtss v LEFT JOIN vtss_status s ON s.vtss = v.name ORDER BY v.seq, v.name")
      .all() as { name: string; state: VtssView['state'] }[];
    view.vtss = names.map((v) => {
      const u = hw.bufferUsage(v.name);
      return {
        name: v.name,
        state: v.state,
        capacityMb: u.capacityMb,
        usedMb: u.usedMb,
        vtvs: u.vtvs,
        queued: pending.filter((p) => p.source === v.name).map((p) => ({ kind: p.kind, count: p.count, nextDue: p.nextDue })),
      };
    });
    view.drtest = readDrtestState(db);
    view.recoveryPoint = activeRecoveryPoint(db);
    view.backup = latestBackup(db);
    view.vaults = db
      .prepare('SELECT v.name, v.description, v.slots, (SELECT count(*) FROM vault_volume w WHERE w.vault = v.name) AS used FROM vault v ORDER BY v.seq, v.name')
      .all() as VaultView[];
    view.caps = db.prepare('SELECT cap_id AS cap, acs, mode FROM cap_mode ORDER BY cap_id').all() as TapeplexView['caps'];
    view.stormngrs = db.prepare('SELECT name FROM cfg_stormngr ORDER BY seq, name').pluck().all() as string[];
    view.clinks = db
      .prepare(
        `SELECT c.vtss, row_number() OVER (PARTITION BY c.vtss ORDER BY c.seq, c.clink_id) AS number,
                coalesce(c.remplex, c.partner, '(cluster)') AS "to", coalesce(s.state, 'ONLINE') AS state
           FROM cfg_clink c LEFT JOIN clink_status s ON s.clink_id = c.clink_id ORDER BY c.vtss, c.seq, c.clink_id`,
      )
      .all() as ClinkView[];
    return view;
  });
}

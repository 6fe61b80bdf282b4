/**
 * Seeding the hardware of a new system:
 *  - deriveHardware: the hardware equal to what a CDS records (resident VTVs and replicas in their
 *    VTSS buffers, every MVC in the library or a VLE, every VTV copy — current or superseded — at
 *    its block on its MVC), set-based through an ATTACHed CDS;
 *  - queueSeedWork: the work a site file says is in flight, due relative to the system's now,
 *    and the CDS records that go with it (copies at another TapePlex, replicated flags).
 *
 * The site file (`fixtures/demo/hardware.json`):
 * {
 *   "work": [ { "kind": "CTR", "vtvs": "AV1140-AV1149", "source": "VTSSA", "target": "TAPEPLXB",
 *               "dueMinutes": 45, "addedMinutes": -120 } ],        // one work item per VTV
 *   "plexCopies": [ { "vtvs": "AV1100-AV1139", "tapeplex": "TAPEPLXB", "status": "COMPLETE" } ]
 * }
 */
import type { Cds } from '../cds/Cds.js';
import { parseRangeText, rangeCondition } from '../cds/volserRange.js';
import { ElsimError } from '../core/errors.js';
import type { Hardware } from './Hardware.js';
import { DEFAULT_VTSS_CAPACITY_MB } from './Hardware.js';
import { isoOf } from './isoOf.js';
import type { WorkKind } from './types.js';

export interface SeedWorkSpec {
  kind: WorkKind;
  /** A volser or range: one work item for each VTV of it in the CDS. */
  vtvs: string;
  source: string | null;
  target: string;
  copyIndex?: number;
  /** Due this many minutes after the system's now. */
  dueMinutes: number;
  /** Queued this many minutes after now (negative: before); default: now. */
  addedMinutes?: number;
}

export interface HardwareSeedSpec {
  work?: SeedWorkSpec[];
  plexCopies?: { vtvs: string; tapeplex: string; status: 'PENDING' | 'COMPLETE' }[];
}

export interface DerivedCounts {
  bufferImages: number;
  mvcs: number;
  copies: number;
}

/** Makes the hardware hold exactly what the CDS at `cdsPath` records (replacing what it held). */
export function deriveHardware(hw: Hardware, cdsPath: string, at: Date): DerivedCounts {
  const db = hw.db;
  db.function('hexint', { deterministic: true }, (h: unknown) => (typeof h === 'string' ? parseInt(h, 16) : null));
  db.prepare('ATTACH DATABASE ? AS cds').run(cdsPath);
  try {
    return hw.transaction(() => {
      db.exec('DELETE FROM hw_vtss_vtv; DELETE FROM hw_mvc_vtv; DELETE FROM hw_mvc;');
      db.prepare('INSERT OR IGNORE INTO hw_vtss (name, capacity_mb) SELECT name, ? FROM cds.cfg_vtss').run(DEFAULT_VTSS_CAPACITY_MB);
      const when = isoOf(at);
      const resident = db
        .prepare(
          `INSERT INTO hw_vtss_vtv (vtss, vtv, size_mb, written)
           SELECT resident_vtss, volser, size_mb, coalesce(updated, created, ?) FROM cds.vtv WHERE resident = 1 AND resident_vtss IS NOT NULL`,
        )
        .run(when).changes;
      const replicas = db
        .prepare(
          `INSERT OR IGNORE INTO hw_vtss_vtv (vtss, vtv, size_mb, written)
           SELECT replica_vtss, volser, size_mb, coalesce(updated, created, ?) FROM cds.vtv WHERE replica_vtss IS NOT NULL`,
        )
        .run(when).changes;
      const mvcs = db
        .prepare(
          `INSERT INTO hw_mvc (volser, acs, stormngr, media, capacity_mb, entered)
           SELECT volser, CASE WHEN stormngr IS NULL THEN acs END, stormngr, media, capacity_mb, coalesce(created, ?)
             FROM cds.mvc WHERE location = 'LIBRARY' AND ejected = 0`,
        )
        .run(when).changes;
      const copies = db
        .prepare(
          `INSERT OR IGNORE INTO hw_mvc_vtv (mvc, block, vtv, size_mb, written)
           SELECT c.mvc, hexint(c.block_id), c.vtv, v.size_mb, c.migrated FROM cds.vtv_copy c JOIN cds.vtv v ON v.volser = c.vtv`,
        )
        .run().changes;
      return { bufferImages: resident + replicas, mvcs, copies };
    });
  } finally {
    db.exec('DETACH DATABASE cds');
  }
}

/**
 * Queues the site's in-flight work (due relative to `now`) and records in the CDS what goes with
 * it: copies at other TapePlexes (vtv_plex_copy) and the replicated flag of VTVs that have a
 * replica. Returns the number of work items queued.
 */
export function queueSeedWork(hw: Hardware, cds: Cds, now: Date, spec: HardwareSeedSpec): number {
  const minutes = (m: number): string => isoOf(new Date(now.getTime() + m * 60000));
  const volsers = (text: string): string[] => {
    const r = parseRangeText(text);
    if ('error' in r) throw new ElsimError(`hardware seed: ${text}: ${r.error}`, 'SIM0701E');
    const c = rangeCondition('volser', r);
    return (cds.db.prepare(`SELECT volser FROM vtv WHERE ${c.sql} ORDER BY volser`).all(...c.params) as { volser: string }[]).map((x) => x.volser);
  };
  let queued = 0;
  cds.immediate(() => {
    cds.db.exec('UPDATE vtv SET replicated = 1 WHERE replica_vtss IS NOT NULL AND replicated = 0');
    const plex = cds.db.prepare(
      'INSERT INTO vtv_plex_copy (vtv, tapeplex, status, updated) SELECT volser, @plex, @status, @at FROM vtv WHERE volser = @vtv ON CONFLICT(vtv, tapeplex) DO NOTHING',
    );
    for (const p of spec.plexCopies ?? []) {
      for (const vtv of volsers(p.vtvs)) plex.run({ vtv, plex: p.tapeplex, status: p.status, at: isoOf(now) });
    }
    hw.transaction(() => {
      for (const w of spec.work ?? []) {
        for (const vtv of volsers(w.vtvs)) {
          hw.addWork({
            kind: w.kind,
            vtv,
            source: w.source,
            target: w.target,
            ...(w.copyIndex !== undefined ? { copyIndex: w.copyIndex } : {}),
            due: minutes(w.dueMinutes),
            added: minutes(w.addedMinutes ?? 0),
          });
          queued++;
        }
      }
    });
  });
  return queued;
}

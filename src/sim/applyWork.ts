/**
 * What finishing one piece of queued work does, on the hardware and on the active CDS (the
 * caller holds a transaction of each):
 *  - MIGRATE: the VTV image in its VTSS is written to an MVC of the storage class (placeCopy) and
 *    the CDS gets the vtv_copy row (an older current copy of the same index is superseded) and
 *    the MVC's usage;
 *  - REPLICATE: the target VTSS's buffer gets the VTV image; the CDS marks the VTV replicated
 *    with that replica VTSS;
 *  - CTR: the CDS records the copy at the other TapePlex as COMPLETE (vtv_plex_copy); when that
 *    TapePlex's system is named (a partner), the copy arrives there first (receiveCtr.ts).
 * Work on a VTV that is gone, scratch or no longer in its source VTSS fails, with the reason.
 */
import type { Cds } from '../cds/Cds.js';
import { isoOf } from './isoOf.js';
import { placeCopy, storClass } from './placeCopy.js';
import { receiveCtr, type CtrSide } from './receiveCtr.js';
import type { SimulatedHardware, Work } from './types.js';

export interface WorkResult {
  status: 'DONE' | 'FAILED';
  detail: string | null;
}

interface VtvRow {
  volser: string;
  scratch: number;
  drtest: number;
  mgmt_class: string | null;
  size_mb: number;
  comp_pct: number;
}

function vtvRow(cds: Cds, vtv: string): VtvRow | undefined {
  return cds.db.prepare('SELECT volser, scratch, drtest, mgmt_class, size_mb, comp_pct FROM vtv WHERE volser = ?').get(vtv) as VtvRow | undefined;
}

/**
 * The partner system a CTR copy goes to (`elsim partner set`), opened for this clock move; undefined
 * when no system is named for that TapePlex (the copy is then recorded as made, nothing is sent).
 */
export type PartnerOf = (plex: string) => CtrSide | undefined;

export function applyWork(cds: Cds, hw: SimulatedHardware, work: Work, partnerOf?: PartnerOf): WorkResult {
  const v = vtvRow(cds, work.vtv);
  if (!v || v.scratch === 1) return { status: 'FAILED', detail: `VTV ${work.vtv} ${v ? 'IS SCRATCH' : 'IS NOT IN THE CDS'}` };
  if (work.source !== null && work.kind !== 'CTR' && !hw.residentIn(work.vtv).includes(work.source)) {
    return { status: 'FAILED', detail: `VTV ${work.vtv} IS NO LONGER IN ${work.source}` };
  }
  switch (work.kind) {
    case 'MIGRATE': {
      const r = migrateCopy(cds, hw, work.vtv, work.target, work.copyIndex, work.due);
      return 'mvc' in r ? { status: 'DONE', detail: `MVC ${r.mvc} BLOCK ${r.blockId}` } : { status: 'FAILED', detail: r.error };
    }
    case 'REPLICATE':
      hw.writeToBuffer(work.target, work.vtv, v.size_mb, work.due);
      cds.db.prepare('UPDATE vtv SET replicated = 1, replica_vtss = ? WHERE volser = ?').run(work.target, work.vtv);
      return { status: 'DONE', detail: `REPLICA IN ${work.target}` };
    case 'CTR': {
      const receiver = partnerOf?.(work.target);
      let detail = `COPY AT ${work.target}`;
      if (receiver) {
        const plex = (cds.db.prepare('SELECT tapeplex FROM cds_identity WHERE id = 1').pluck().get() as string | null | undefined) ?? '';
        let r: ReturnType<typeof receiveCtr>;
        try {
          r = receiveCtr({ cds, hw, plex }, receiver, work);
        } catch (e) {
          // The partner's database failed while it took the copy (its transaction rolled back):
          // the copy fails, this CDS records nothing.
          r = { ok: false, detail: `PARTNER ${work.target} FAILED: ${String((e as Error).message ?? e).slice(0, 80)}` };
        }
        if (!r.ok) return { status: 'FAILED', detail: r.detail };
        detail = r.detail;
      }
      cds.db
        .prepare(
          `INSERT INTO vtv_plex_copy (vtv, tapeplex, status, updated) VALUES (?, ?, 'COMPLETE', ?)
           ON CONFLICT(vtv, tapeplex) DO UPDATE SET status = 'COMPLETE', updated = excluded.updated`,
        )
        .run(work.vtv, work.target, isoOf(work.due));
      return { status: 'DONE', detail };
    }
  }
}

/** The copy number a storage class has in the VTV's migration policy (1-4), if it has one. */
export function policyIndex(cds: Cds, mgmt: string | null, stor: string): number | undefined {
  if (mgmt === null) return undefined;
  const r = cds.db.prepare("SELECT pos FROM mgmt_policy WHERE mgmt = ? AND kind = 'MIGPOL' AND stor = ?").get(mgmt, stor) as { pos: number } | undefined;
  return r?.pos;
}

/**
 * Writes a copy of a VTV for storage class `stor` now: picks the MVC, writes the hardware copy,
 * records it in the CDS. Used by finished MIGRATE work and by the MIGRATE utility.
 */
export function migrateCopy(
  cds: Cds,
  hw: SimulatedHardware,
  vtv: string,
  stor: string,
  copyIndex: number | null,
  at: Date | string,
): { mvc: string; blockId: string; copyIndex: number } | { error: string } {
  const v = vtvRow(cds, vtv);
  if (!v) return { error: `VTV ${vtv} IS NOT IN THE CDS` };
  const sc = storClass(cds, stor);
  if (!sc) return { error: `STORAGE CLASS ${stor} IS NOT DEFINED` };
  const need = Math.floor((v.size_mb * (100 - v.comp_pct)) / 100);
  // DR test output stays in DR test pools, production data out of them (chapter 7): a VTV the
  // DR test wrote goes to DR test MVCs of the class's pool even on the production CDS.
  const drtest = v.drtest === 1;
  const mvc = placeCopy(cds, hw, sc, need, drtest);
  if (!mvc) return { error: `NO ${drtest ? 'DR TEST ' : ''}MVC WITH ROOM IN STORAGE CLASS ${stor}` };
  const index = copyIndex ?? policyIndex(cds, v.mgmt_class, stor) ?? nextFreeIndex(cds, vtv);
  if (index === undefined) return { error: `VTV ${vtv} ALREADY HAS 4 COPIES` };
  const when = isoOf(at);
  const block = hw.writeCopy(mvc, vtv, v.size_mb, when);
  cds.db.prepare('UPDATE vtv_copy SET current = 0 WHERE vtv = ? AND copy_index = ? AND current = 1').run(vtv, index);
  cds.db
    .prepare('INSERT INTO vtv_copy (vtv, mvc, copy_index, block_id, stor_class, current, migrated) VALUES (?, ?, ?, ?, ?, 1, ?)')
    .run(vtv, mvc, index, block, stor, when);
  cds.db
    .prepare(
      `UPDATE mvc SET used_mb = used_mb + ?, stor_class = coalesce(stor_class, ?), initialized = 1,
                      last_migrated = ?, last_mounted = ?, times_mounted = times_mounted + 1, updated = ?
        WHERE volser = ?`,
    )
    .run(need, stor, when, when, when, mvc);
  return { mvc, blockId: block, copyIndex: index };
}

function nextFreeIndex(cds: Cds, vtv: string): number | undefined {
  const used = new Set((cds.db.prepare('SELECT copy_index FROM vtv_copy WHERE vtv = ? AND current = 1').all(vtv) as { copy_index: number }[]).map((r) => r.copy_index));
  for (let i = 1; i <= 4; i++) if (!used.has(i)) return i;
  return undefined;
}

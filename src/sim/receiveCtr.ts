/**
 * A cross-TapePlex copy arriving at the partner TapePlex's system (CTR from an EEXPOL management
 * class, or EEXPORT): the receiving CDS gets the VTV and the receiving VTSS its image, the VTV's
 * data set comes with it, and the receiver's management class of the same name then does what it
 * says there (chapter 4: "VTVs are replicated across TapePlexes, then migrated locally").
 *
 * The receiver takes the VTV only when its CONFIG names the sender (TAPEPLEX RECVPLEX=sender),
 * the CLINK's PARTNER VTSS is one of its VTSSs, and the volser is one it keeps for the VTV's owner:
 * in an EXTERNAL pool whose OWNRPLEX is the owner, or in a scratch pool or a CONFIG VTVVOL range,
 * and not a VTV of its own holding data. A VTV that comes home (its owner is the receiver) is the
 * receiver's again: writable, no owner recorded. Any other VTV is read-only, owned by its owner.
 * A refusal changes neither CDS: the work ends FAILED with the reason.
 *
 * Both CDSs change or neither: the receiver's transaction commits inside the sender's (the
 * sender commits the copy as COMPLETE after it). Were the sender killed between the two commits,
 * the work would run again at the next clock move and find the VTV received: the receiver's
 * changes are the same rows again, and no work is queued twice.
 */
import type { Cds } from '../cds/Cds.js';
import { readManagementClass } from '../cds/managementClass.js';
import { isoOf } from './isoOf.js';
import { readTapeFile, transferMinutes, writeTapeFile } from './tapeMounts.js';
import type { SimulatedHardware, Work } from './types.js';

export interface CtrSide {
  cds: Cds;
  hw: SimulatedHardware;
  plex: string;
}

export type ReceiveResult = { ok: true; vtss: string; detail: string } | { ok: false; detail: string };

interface SentVtv {
  volser: string;
  mgmt_class: string | null;
  size_mb: number;
  comp_pct: number;
  max_size_mb: number | null;
  page_size: string | null;
  owner_plex: string | null;
  created: string | null;
  last_used: string | null;
}

/** The receiving VTSS: the PARTNER of the sender's CLINKs to the receiver (the first one defined there). */
export function partnerVtss(sender: Cds, source: string | null, receiverPlex: string, receiver: Cds): string | undefined {
  const partners = sender.db
    .prepare('SELECT DISTINCT partner FROM cfg_clink WHERE remplex = ? AND (? IS NULL OR vtss = ?) AND partner IS NOT NULL ORDER BY seq')
    .pluck()
    .all(receiverPlex, source, source) as string[];
  const defined = receiver.db.prepare('SELECT 1 FROM cfg_vtss WHERE name = ?').pluck();
  return partners.find((p) => defined.get(p) !== undefined);
}

/** Whether the volser is one the receiver keeps for VTVs of `owner`. */
function keptFor(db: Cds['db'], volser: string, owner: string, receiverPlex: string): boolean {
  if (owner === receiverPlex) return true;
  const pool = db
    .prepare(
      `SELECT p.type, p.ownrplex FROM volparm vp JOIN pool p ON p.pool_id = vp.pool_id
        WHERE ? BETWEEN vp.lo_volser AND vp.hi_volser AND length(?) = length(vp.lo_volser) AND p.drtest = 0
          AND substr(?, 1, length(vp.prefix)) = vp.prefix AND substr(?, length(vp.prefix) + vp.width + 1) = vp.suffix
        LIMIT 1`,
    )
    .get(volser, volser, volser, volser) as { type: string; ownrplex: string | null } | undefined;
  if (pool) return pool.type === 'SCRATCH' || (pool.type === 'EXTERNAL' && (pool.ownrplex === null || pool.ownrplex === owner));
  return (
    db
      .prepare("SELECT 1 FROM cfg_volrange WHERE kind = 'VTV' AND ? BETWEEN lo_volser AND hi_volser AND length(?) = length(lo_volser)")
      .get(volser, volser) !== undefined
  );
}

export function receiveCtr(sender: CtrSide, receiver: CtrSide, work: Work): ReceiveResult {
  const v = sender.cds.db
    .prepare('SELECT volser, mgmt_class, size_mb, comp_pct, max_size_mb, page_size, owner_plex, created, last_used FROM vtv WHERE volser = ?')
    .get(work.vtv) as SentVtv | undefined;
  if (!v) return { ok: false, detail: `VTV ${work.vtv} IS NOT IN THE CDS` };
  const rdb = receiver.cds.db;
  const receives = rdb.prepare("SELECT 1 FROM cfg_tapeplex WHERE relation = 'RECVPLEX' AND name = ?").get(sender.plex) !== undefined;
  if (!receives) return { ok: false, detail: `${receiver.plex} DOES NOT RECEIVE FROM ${sender.plex} (NO TAPEPLEX RECVPLEX=${sender.plex})` };
  const vtss = partnerVtss(sender.cds, work.source, receiver.plex, receiver.cds);
  if (vtss === undefined) return { ok: false, detail: `NO CLINK PARTNER VTSS OF ${receiver.plex} IS DEFINED THERE` };
  const owner = v.owner_plex ?? sender.plex;
  const mine = rdb.prepare('SELECT scratch, owner_plex, initialized FROM vtv WHERE volser = ?').get(v.volser) as { scratch: number; owner_plex: string | null; initialized: number } | undefined;
  if (owner !== receiver.plex && mine && mine.scratch === 0 && mine.initialized === 1 && mine.owner_plex === null) {
    return { ok: false, detail: `VTV ${v.volser} HOLDS DATA OF ${receiver.plex} THERE` };
  }
  if (!keptFor(rdb, v.volser, owner, receiver.plex)) return { ok: false, detail: `VOLSER ${v.volser} IS IN NO POOL OF ${receiver.plex} FOR ${owner}` };

  const at = isoOf(work.due);
  const home = owner === receiver.plex;
  const file = readTapeFile(sender.hw, v.volser);
  receiver.cds.immediate(() =>
    receiver.hw.transaction(() => {
      rdb
        .prepare(
          `INSERT INTO vtv (volser, scratch, initialized, resident, replicated, read_only, mounted, mgmt_class, size_mb, comp_pct, max_size_mb, page_size,
                            owner_plex, resident_vtss, replica_vtss, created, last_used, updated)
           VALUES (@volser, 0, 1, 1, 0, @ro, 0, @mgmt, @size, @comp, @max, @page, @owner, @vtss, NULL, @created, @used, @at)
           ON CONFLICT(volser) DO UPDATE SET scratch = 0, initialized = 1, resident = 1, replicated = 0, read_only = @ro, mounted = 0,
             mgmt_class = @mgmt, size_mb = @size, comp_pct = @comp, max_size_mb = @max, page_size = @page, owner_plex = @owner,
             resident_vtss = @vtss, replica_vtss = NULL, created = @created, last_used = @used, updated = @at, drtest = 0`,
        )
        .run({
          volser: v.volser,
          ro: home ? 0 : 1,
          mgmt: v.mgmt_class,
          size: v.size_mb,
          comp: v.comp_pct,
          max: v.max_size_mb,
          page: v.page_size,
          owner: home ? null : owner,
          vtss,
          created: v.created,
          used: v.last_used,
          at,
        });
      rdb.prepare('UPDATE vtv_copy SET current = 0 WHERE vtv = ? AND current = 1').run(v.volser);
      for (const other of receiver.hw.residentIn(v.volser)) if (other !== vtss) receiver.hw.deleteFromBuffer(other, v.volser);
      receiver.hw.writeToBuffer(vtss, v.volser, v.size_mb, at);
      if (file) writeTapeFile(receiver.hw, v.volser, file, at);
      // The receiver's management class of the same name: local migration (at once, with KEEP,
      // as after a replication) and its own cross-TapePlex copies.
      const m = v.mgmt_class === null ? undefined : readManagementClass(rdb, v.mgmt_class);
      if (m) {
        const due = new Date(Date.parse(at) + transferMinutes(v.size_mb) * 60000);
        const queued = receiver.hw.listWork({ vtvs: [v.volser] });
        const has = (kind: string, target: string): boolean => queued.some((w) => w.kind === kind && w.target === target && w.added === at);
        if (!m.nomigrat) {
          for (const u of m.migpol) {
            if (!has('MIGRATE', u.stor)) receiver.hw.addWork({ kind: 'MIGRATE', vtv: v.volser, source: vtss, target: u.stor, copyIndex: u.pos, due, added: at });
          }
        }
        for (const u of m.eexpol) {
          if (u.tapeplex === null || u.tapeplex === sender.plex || u.tapeplex === receiver.plex) continue;
          if (!has('CTR', u.tapeplex)) receiver.hw.addWork({ kind: 'CTR', vtv: v.volser, source: vtss, target: u.tapeplex, due, added: at });
          rdb
            .prepare("INSERT INTO vtv_plex_copy (vtv, tapeplex, status, updated) VALUES (?, ?, 'PENDING', ?) ON CONFLICT(vtv, tapeplex) DO UPDATE SET status = 'PENDING', updated = excluded.updated")
            .run(v.volser, u.tapeplex, at);
        }
      }
    }),
  );
  return { ok: true, vtss, detail: `RECEIVED BY ${receiver.plex} IN ${vtss}${home ? ' (HOME AGAIN)' : `, READ-ONLY, OWNER ${owner}`}` };
}

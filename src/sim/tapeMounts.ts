/**
 * VTCS at a VTD: scratch and specific mounts of VTVs, and what a dismount does. It works on the
 * CDS HSC has active and on the simulated hardware, and is driven by the tape allocations of job
 * steps (src/app/tapeService.ts).
 *
 * Scratch mount (a new tape data set): SMC's routing gives a management class, a subpool and a
 * media. VTCS picks
 *  - the VTSS: an ONLINE VTSS with a free VTD that can do what the class asks — a CLINK to every
 *    TapePlex its EEXPOL names, an RTD (or RTD path) to the storage manager of every VLE class of
 *    its MIGPOL, and for REPLICAT(YES) the sending VTSS of a cluster (a VTSS with cluster CLINKs);
 *    the first in CONFIG order wins;
 *  - the VTD: the lowest free address of that VTSS's VTD ranges;
 *  - the VTV: the lowest volser of the subpool (or, with no subpool, of the production scratch
 *    pools of that media, in POOLPARM order) that is scratch or was never used, and not mounted.
 * Specific mount (DISP=OLD/SHR/MOD): the VTV is mounted in a VTSS that holds it (ONLINE), else
 * recalled from a current copy on an MVC or VMVC into an online VTSS. A VTV owned by another
 * TapePlex (received by CTR or imported) is read-only: DISP=OLD or MOD is refused (SMC0247).
 *
 * Dismount after the step wrote the data set: the VTV's image in the VTSS buffer is replaced by
 * the new version (its old MVC copies superseded, other buffers dropped), the CDS records it
 * (initialized, resident, its class, size, compression, times), and the class's policy is queued
 * on the hardware: migration to each MIGPOL storage class (IMMDELAY minutes after dismount, none
 * when IMMDELAY is not coded: the VTV then waits for MIGRATE), replication to the cluster partner
 * (REPLICAT YES), a copy to each TapePlex an EEXPOL storage class names (CTR). Each transfer takes
 * a minute plus a minute per 250 MB.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Cds } from '../cds/Cds.js';
import { readManagementClass } from '../cds/managementClass.js';
import { readVtssStates } from '../cds/vtssStatus.js';
import { volserAt } from '../cds/volserRange.js';
import { isoOf } from './isoOf.js';
import type { SimulatedHardware } from './types.js';

/** Minutes a transfer of a VTV of `sizeMb` takes (migration, replication, CTR). */
export function transferMinutes(sizeMb: number): number {
  return 1 + Math.floor(sizeMb / 250);
}

export interface TapeFile {
  dsn: string;
  recfm: string | null;
  lrecl: number | null;
  records: string[];
}

export interface ScratchRequest {
  mgmt: string | null;
  subpool: string | null;
  media: string | null;
  /** `JOBNAME JOBnnnnn` of the job that mounts it. */
  job: string;
}

export type MountFailure = { ok: false; id: MountFailureId; inserts: (string | number)[] };
export type MountFailureId = 'SIM1280E' | 'SIM1281E' | 'SIM1282E' | 'SIM1283E' | 'SIM1284E' | 'SIM1285E' | 'SIM1287E' | 'SMC0247';

export type Mounted = {
  ok: true;
  volser: string;
  vtss: string;
  vtd: string;
  /** The MVC a VTV was recalled from, when it was not resident. */
  recalledFrom: string | null;
  readOnly: boolean;
  /** The management class the VTV has (the routed one for a scratch mount). */
  mgmt: string | null;
};

export type MountResult = Mounted | MountFailure;

interface VtssInfo {
  name: string;
  ranges: { lo: number; hi: number }[];
  stormngrs: Set<string>;
  remplexes: Set<string>;
  clusterSender: boolean;
}

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

/** VTCS on one CDS and the hardware, at one moment. */
export class Vtcs {
  private vtssCache: VtssInfo[] | undefined;

  constructor(private readonly cds: Cds, private readonly hw: SimulatedHardware, private readonly now: Date) {}

  private vtsses(): VtssInfo[] {
    if (this.vtssCache) return this.vtssCache;
    const db = this.cds.db;
    const online = new Set(readVtssStates(db).filter((s) => s.state === 'ONLINE').map((s) => s.vtss));
    const rows = db.prepare('SELECT name FROM cfg_vtss ORDER BY seq').pluck().all() as string[];
    const ranges = db.prepare('SELECT low, high FROM cfg_vtd WHERE vtss = ? ORDER BY seq, vtd_id');
    const sm = db.prepare('SELECT stormngr FROM cfg_rtd WHERE vtss = ? AND stormngr IS NOT NULL UNION SELECT stormngr FROM cfg_rtdpath WHERE vtss = ?').pluck();
    const rp = db.prepare('SELECT DISTINCT remplex FROM cfg_clink WHERE vtss = ? AND remplex IS NOT NULL').pluck();
    const cl = db.prepare('SELECT 1 FROM cfg_clink WHERE vtss = ? AND remplex IS NULL').pluck();
    this.vtssCache = rows
      .filter((n) => online.has(n))
      .map((name) => ({
        name,
        ranges: (ranges.all(name) as { low: string; high: string }[]).map((r) => ({ lo: parseInt(r.low, 16), hi: parseInt(r.high, 16) })),
        stormngrs: new Set(sm.all(name, name) as string[]),
        remplexes: new Set(rp.all(name) as string[]),
        clusterSender: cl.get(name) !== undefined,
      }));
    return this.vtssCache;
  }

  /** The free VTD addresses of a VTSS, lowest first (at most `n`). */
  private freeVtds(v: VtssInfo, n: number, taken: Set<string>): string[] {
    const out: string[] = [];
    for (const r of v.ranges) {
      for (let a = r.lo; a <= r.hi && out.length < n; a++) {
        const addr = hex4(a);
        if (!taken.has(`${v.name} ${addr}`)) out.push(addr);
      }
    }
    return out;
  }

  /** The VTSSs that can take a VTV of this class, in CONFIG order. */
  private eligible(mgmt: string | null): VtssInfo[] | MountFailure {
    const all = this.vtsses();
    if (all.length === 0) return { ok: false, id: 'SIM1282E', inserts: ['NO VTSS IS ONLINE'] };
    if (mgmt === null) return all;
    const m = readManagementClass(this.cds.db, mgmt);
    if (!m) return { ok: false, id: 'SIM1281E', inserts: [mgmt] };
    const vleOf = this.cds.db.prepare('SELECT stormngr FROM stor_class WHERE name = ?').pluck();
    const needSm = m.migpol.map((u) => vleOf.get(u.stor) as string | null | undefined).filter((s): s is string => typeof s === 'string');
    const needPlex = m.eexpol.map((u) => u.tapeplex).filter((p): p is string => p !== null);
    const ok = all.filter((v) => needSm.every((s) => v.stormngrs.has(s)) && needPlex.every((p) => v.remplexes.has(p)));
    const wantSender = m.replicat !== 'NO' && ok.some((v) => v.clusterSender);
    const pick = wantSender ? ok.filter((v) => v.clusterSender) : ok;
    if (pick.length === 0) {
      const why = needPlex.length > 0 ? `NO ONLINE VTSS HAS A CLINK TO ${needPlex.join(',')}` : needSm.length > 0 ? `NO ONLINE VTSS REACHES ${needSm.join(',')}` : 'NO ONLINE VTSS';
      return { ok: false, id: 'SIM1282E', inserts: [`${why} FOR MANAGEMENT CLASS ${mgmt}`] };
    }
    return pick;
  }

  private mountedNow(): { vtds: Set<string>; vtvs: Set<string> } {
    const m = this.hw.mounts();
    return { vtds: new Set(m.map((x) => `${x.vtss} ${x.vtd}`)), vtvs: new Set(m.map((x) => x.vtv)) };
  }

  /**
   * Scratch volsers of a subpool (or of the default pools), lowest first, skipping `exclude`:
   * volsers with a scratch VTV record, or with none (never used). A walk over each range's existing
   * records in volser order, merged with the range's arithmetic: no expansion of the range.
   */
  scratchVolsers(subpool: string | null, media: string | null, n: number, exclude: Set<string>): string[] | MountFailure {
    const db = this.cds.db;
    const testCds = (db.prepare("SELECT role = 'DRTEST' FROM cds_identity WHERE id = 1").pluck().get() as number | undefined) === 1;
    const ranges = db
      .prepare(
        `SELECT p.name, vp.prefix, vp.lo, vp.hi, vp.width, vp.suffix, vp.lo_volser, vp.hi_volser, vp.media
           FROM pool p JOIN volparm vp ON vp.pool_id = p.pool_id
          WHERE p.type = 'SCRATCH' AND p.drtest = @drtest AND (@subpool IS NULL OR p.name = @subpool)
          ORDER BY p.seq, vp.seq`,
      )
      .all({ drtest: testCds ? 1 : 0, subpool }) as { name: string; prefix: string; lo: number; hi: number; width: number; suffix: string; lo_volser: string; hi_volser: string; media: string | null }[];
    if (subpool !== null && ranges.length === 0) {
      const exists = db.prepare('SELECT 1 FROM pool WHERE name = ?').get(subpool) !== undefined;
      return { ok: false, id: 'SIM1280E', inserts: [subpool, exists ? 'IS NOT A SCRATCH SUBPOOL' : 'IS NOT DEFINED'] };
    }
    const wanted = media ?? 'VIRTUAL';
    const usable = ranges.filter((r) => subpool !== null || (r.media ?? 'VIRTUAL') === wanted || (wanted === 'VIRTUAL' && r.media === null));
    const rows = db.prepare('SELECT volser, scratch FROM vtv WHERE volser BETWEEN ? AND ? AND length(volser) = ? ORDER BY volser');
    const out: string[] = [];
    for (const r of usable) {
      const existing = rows.iterate(r.lo_volser, r.hi_volser, r.lo_volser.length) as IterableIterator<{ volser: string; scratch: number }>;
      let next = existing.next();
      for (let k = r.lo; k <= r.hi && out.length < n; k++) {
        const v = volserAt(r, k);
        while (!next.done && next.value.volser < v) next = existing.next();
        const row = !next.done && next.value.volser === v ? next.value : undefined;
        if ((row === undefined || row.scratch === 1) && !exclude.has(v)) out.push(v);
      }
      existing.return?.();
      if (out.length >= n) break;
    }
    if (out.length < n) return { ok: false, id: 'SIM1280E', inserts: [subpool ?? `(DEFAULT ${wanted})`, `HAS NO SCRATCH VTV${out.length > 0 ? ` FOR ${n} MOUNTS` : ''}`] };
    return out;
  }

  /** Scratch mounts for one step (the DDs of a step are allocated together). */
  mountScratch(reqs: readonly ScratchRequest[]): MountResult[] {
    const now = this.mountedNow();
    const results: MountResult[] = [];
    // Volsers per (subpool, media), picked in one walk each.
    const groups = new Map<string, number[]>();
    reqs.forEach((r, i) => {
      const k = `${r.subpool ?? ''}\u0000${r.media ?? ''}`;
      groups.set(k, [...(groups.get(k) ?? []), i]);
    });
    const volsers = new Map<number, string | MountFailure>();
    for (const idx of groups.values()) {
      const r = reqs[idx[0]!]!;
      const got = this.scratchVolsers(r.subpool, r.media, idx.length, now.vtvs);
      idx.forEach((i, j) => volsers.set(i, Array.isArray(got) ? got[j]! : got));
    }
    const taken = new Set(now.vtds);
    const mounts: { vtss: string; vtd: string; vtv: string; since: string; job: string | null }[] = [];
    reqs.forEach((r, i) => {
      const v = volsers.get(i)!;
      if (typeof v !== 'string') return void results.push(v);
      const el = this.eligible(r.mgmt);
      if (!Array.isArray(el)) return void results.push(el);
      for (const vtss of el) {
        const [vtd] = this.freeVtds(vtss, 1, taken);
        if (vtd === undefined) continue;
        taken.add(`${vtss.name} ${vtd}`);
        mounts.push({ vtss: vtss.name, vtd, vtv: v, since: isoOf(this.now), job: r.job });
        return void results.push({ ok: true, volser: v, vtss: vtss.name, vtd, recalledFrom: null, readOnly: false, mgmt: r.mgmt });
      }
      results.push({ ok: false, id: 'SIM1283E', inserts: [el.map((x) => x.name).join(',')] });
    });
    if (results.every((r) => r.ok)) this.hw.transaction(() => mounts.forEach((m) => this.hw.mount(m)));
    return results;
  }

  /** A specific mount of a VTV that holds data: for reading (SHR) or for update (OLD, MOD). */
  mountSpecific(volser: string, update: boolean, job: string): MountResult {
    const db = this.cds.db;
    const v = db.prepare('SELECT volser, scratch, read_only, owner_plex, mgmt_class, size_mb, drtest FROM vtv WHERE volser = ?').get(volser) as
      | { volser: string; scratch: number; read_only: number; owner_plex: string | null; mgmt_class: string | null; size_mb: number; drtest: number }
      | undefined;
    if (!v) return { ok: false, id: 'SIM1284E', inserts: [volser, 'IS NOT A VTV OF THIS TAPEPLEX'] };
    if (v.scratch === 1) return { ok: false, id: 'SIM1284E', inserts: [volser, 'IS SCRATCH'] };
    const now = this.mountedNow();
    if (now.vtvs.has(volser)) return { ok: false, id: 'SIM1284E', inserts: [volser, 'IS ALREADY MOUNTED'] };
    const readOnly = v.read_only === 1;
    const online = this.vtsses();
    const taken = new Set(now.vtds);
    // Resident in an online VTSS with a free VTD: mounted there.
    for (const name of this.hw.residentIn(volser)) {
      const vtss = online.find((o) => o.name === name);
      const vtd = vtss ? this.freeVtds(vtss, 1, taken)[0] : undefined;
      if (vtss && vtd !== undefined) {
        if (update && readOnly) return { ok: false, id: 'SMC0247', inserts: [volser, vtd] };
        this.hw.mount({ vtss: name, vtd, vtv: volser, since: isoOf(this.now), job });
        return { ok: true, volser, vtss: name, vtd, recalledFrom: null, readOnly, mgmt: v.mgmt_class };
      }
    }
    // Else a recall from a current copy on an MVC or VMVC that is here.
    const copy = db
      .prepare(
        `SELECT c.mvc FROM vtv_copy c JOIN mvc m ON m.volser = c.mvc
          WHERE c.vtv = ? AND c.current = 1 AND m.lost = 0 AND m.broken = 0 AND m.error = 0 AND m.ejected = 0
            AND (m.location = 'LIBRARY' OR m.stormngr IS NOT NULL)
          ORDER BY c.copy_index`,
      )
      .pluck()
      .all(volser) as string[];
    const from = copy.find((m) => this.hw.mvcContents(m).some((c) => c.vtv === volser));
    if (from === undefined) {
      const where = this.hw.residentIn(volser);
      return { ok: false, id: 'SIM1285E', inserts: [volser, where.length > 0 ? `ONLY IN ${where.join(',')}, WHICH IS NOT ONLINE` : 'NOT RESIDENT AND NO COPY ON AN MVC HERE'] };
    }
    const target = online.find((o) => this.freeVtds(o, 1, taken).length > 0);
    if (!target) return { ok: false, id: 'SIM1283E', inserts: [online.map((o) => o.name).join(',') || 'NONE'] };
    const vtd = this.freeVtds(target, 1, taken)[0]!;
    if (update && readOnly) return { ok: false, id: 'SMC0247', inserts: [volser, vtd] };
    const at = isoOf(this.now);
    this.cds.immediate(() =>
      this.hw.transaction(() => {
        this.hw.writeToBuffer(target.name, volser, v.size_mb, at);
        db.prepare('UPDATE vtv SET resident = 1, resident_vtss = ?, last_used = ? WHERE volser = ?').run(target.name, at, volser);
        this.hw.mount({ vtss: target.name, vtd, vtv: volser, since: at, job });
      }),
    );
    return { ok: true, volser, vtss: target.name, vtd, recalledFrom: from, readOnly, mgmt: v.mgmt_class };
  }

  /** Takes mounts back without writing anything (a step that failed allocation). */
  release(volsers: readonly string[]): void {
    this.hw.transaction(() => volsers.forEach((v) => this.hw.dismount(v)));
  }

  /** The data set written on a VTV (its first file), when there is one. */
  readFile(volser: string): TapeFile | undefined {
    return readTapeFile(this.hw, volser);
  }

  /**
   * Dismounts: each VTV was mounted on `vtss`; `file` is what the step wrote on it (undefined:
   * it was only read). Returns, per VTV, the work queued by its management class. One CDS and
   * one hardware transaction for all of them (the DDs of a step are unallocated together).
   */
  dismount(items: readonly { volser: string; vtss: string; mgmt: string | null; file?: TapeFile; owner?: string | null }[]): { volser: string; sizeMb: number; queued: string[] }[] {
    const at = isoOf(this.now);
    const db = this.cds.db;
    const out: { volser: string; sizeMb: number; queued: string[] }[] = [];
    const classCache = new Map<string, ReturnType<typeof readManagementClass>>();
    const partner = db.prepare('SELECT o.vtss FROM cfg_cluster_vtss m JOIN cfg_cluster_vtss o ON o.cluster = m.cluster AND o.vtss <> m.vtss WHERE m.vtss = ? ORDER BY o.pos LIMIT 1').pluck();
    const st = {
      upsert: db.prepare(
        `INSERT INTO vtv (volser, scratch, initialized, resident, replicated, read_only, mounted, mgmt_class, size_mb, comp_pct, owner_plex, resident_vtss, replica_vtss, created, last_used, updated)
         VALUES (@volser, 0, 1, 1, 0, 0, 0, @mgmt, @size, @comp, NULL, @vtss, NULL, @at, @at, @at)
         ON CONFLICT(volser) DO UPDATE SET scratch = 0, initialized = 1, resident = 1, replicated = 0, read_only = 0, mounted = 0,
           mgmt_class = @mgmt, size_mb = @size, comp_pct = @comp, owner_plex = NULL, resident_vtss = @vtss, replica_vtss = NULL,
           created = CASE WHEN vtv.scratch = 1 OR vtv.created IS NULL THEN @at ELSE vtv.created END, last_used = @at, updated = @at`,
      ),
      supersede: db.prepare('UPDATE vtv_copy SET current = 0 WHERE vtv = ? AND current = 1'),
      plexReset: db.prepare('DELETE FROM vtv_plex_copy WHERE vtv = ?'),
      plexPending: db.prepare(
        `INSERT INTO vtv_plex_copy (vtv, tapeplex, status, updated) VALUES (?, ?, 'PENDING', ?)
         ON CONFLICT(vtv, tapeplex) DO UPDATE SET status = 'PENDING', updated = excluded.updated`,
      ),
      used: db.prepare('UPDATE vtv SET last_used = ?, mounted = 0 WHERE volser = ?'),
    };
    this.cds.immediate(() =>
      this.hw.transaction(() => {
        for (const it of items) {
          this.hw.dismount(it.volser);
          if (it.file === undefined) {
            st.used.run(at, it.volser);
            out.push({ volser: it.volser, sizeMb: 0, queued: [] });
            continue;
          }
          const { sizeMb, compPct } = writeTapeFile(this.hw, it.volser, it.file, at);
          for (const other of this.hw.residentIn(it.volser)) if (other !== it.vtss) this.hw.deleteFromBuffer(other, it.volser);
          this.hw.writeToBuffer(it.vtss, it.volser, sizeMb, at);
          this.hw.cancelWork([it.volser], at, `VTV ${it.volser} REWRITTEN`);
          st.supersede.run(it.volser);
          st.plexReset.run(it.volser);
          st.upsert.run({ volser: it.volser, mgmt: it.mgmt, size: sizeMb, comp: compPct, vtss: it.vtss, at });
          const queued: string[] = [];
          const m = it.mgmt === null ? undefined : classCache.get(it.mgmt) ?? (classCache.set(it.mgmt, readManagementClass(db, it.mgmt)), classCache.get(it.mgmt));
          if (m) {
            const minutes = transferMinutes(sizeMb);
            const due = (extra: number): Date => new Date(this.now.getTime() + (extra + minutes) * 60000);
            const mate = (partner.get(it.vtss) as string | undefined) ?? null;
            const replicate = m.replicat !== 'NO' && mate !== null;
            // Immediate migration: IMMDELAY minutes after dismount; a replicated VTV is migrated by
            // the receiver (with KEEP) when the replica arrives, as chapter 6 describes — here the
            // sender queues it, so that the copies are made whatever the partner's state.
            if (m.immdelay !== null && !m.nomigrat) {
              for (const u of m.migpol) {
                this.hw.addWork({ kind: 'MIGRATE', vtv: it.volser, source: it.vtss, target: u.stor, copyIndex: u.pos, due: due(m.immdelay), added: this.now });
                queued.push(`MIGRATE ${u.stor}`);
              }
            }
            if (replicate) {
              this.hw.addWork({ kind: 'REPLICATE', vtv: it.volser, source: it.vtss, target: mate, due: due(0), added: this.now });
              queued.push(`REPLICATE ${mate}`);
            }
            for (const u of m.eexpol) {
              if (u.tapeplex === null) continue;
              this.hw.addWork({ kind: 'CTR', vtv: it.volser, source: it.vtss, target: u.tapeplex, due: due(0), added: this.now });
              st.plexPending.run(it.volser, u.tapeplex, at);
              queued.push(`CTR ${u.tapeplex}`);
            }
          }
          out.push({ volser: it.volser, sizeMb, queued });
        }
      }),
    );
    return out;
  }
}

/** How a data set's records are kept on a VTV: plain text while small, gzip (base64) when large. */
const PLAIN_LIMIT = 2048;

export function writeTapeFile(hw: SimulatedHardware, volser: string, f: TapeFile, at: string): { sizeMb: number; compPct: number; bytes: number } {
  const text = f.records.join('\n');
  const bytes = f.records.reduce((n, r) => n + Math.max(r.length, f.lrecl ?? 0), 0);
  const packed = gzipSync(Buffer.from(text, 'utf8'));
  const plain = text.length <= PLAIN_LIMIT;
  hw.db.prepare('DELETE FROM hw_vtv_file WHERE vtv = ?').run(volser);
  hw.db
    .prepare('INSERT INTO hw_vtv_file (vtv, seq, dsn, recfm, lrecl, records, bytes, encoding, data, written) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(volser, f.dsn, f.recfm, f.lrecl, f.records.length, bytes, plain ? 'TEXT' : 'GZIP64', plain ? text : packed.toString('base64'), at);
  const sizeMb = Math.max(1, Math.ceil(bytes / 1048576));
  const compPct = bytes > 0 ? Math.max(0, Math.min(99, Math.round(100 * (1 - packed.length / bytes)))) : 0;
  return { sizeMb, compPct, bytes };
}

export function readTapeFile(hw: SimulatedHardware, volser: string): TapeFile | undefined {
  const r = hw.db.prepare('SELECT dsn, recfm, lrecl, records, encoding, data FROM hw_vtv_file WHERE vtv = ? AND seq = 1').get(volser) as
    | { dsn: string; recfm: string | null; lrecl: number | null; records: number; encoding: string; data: string }
    | undefined;
  if (!r) return undefined;
  const text = r.encoding === 'TEXT' ? r.data : gunzipSync(Buffer.from(r.data, 'base64')).toString('utf8');
  return { dsn: r.dsn, recfm: r.recfm, lrecl: r.lrecl, records: r.records === 0 ? [] : text.split('\n') };
}

/**
 * The simulated hardware of one system (types.ts says what it models). One object per open
 * system, reached through `SystemServices.hardware()`. Statements are prepared once; every
 * method is one transaction of hardware.db.
 *
 * Rules for callers (utilities):
 *  - Change the hardware only once your function has decided to succeed: the CDS transaction of
 *    a SLUADMIN function is rolled back at RC >= 8, hardware.db is a separate file and is not.
 *  - Volser selections are arrays of volsers or canonical ranges (src/cds/volserRange), turned
 *    into SQL conditions: no per-volser loops over ranges.
 *  - Queued work completes only through `advanceTo` (the clock): at a job's start, while DRMON
 *    waits, and by `elsim clock advance|set`. Completing work updates the hardware AND the CDS
 *    the system's HSC has active (a migration adds the vtv_copy row, a replication marks the VTV
 *    replicated, a CTR sets vtv_plex_copy COMPLETE). While HSC/VTCS is down nothing completes.
 */
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { Cds } from '../cds/Cds.js';
import { rangesCondition } from '../cds/volserRange.js';
import { applyWork } from './applyWork.js';
import { partnerVtss, type CtrSide } from './receiveCtr.js';
import { readVtssStates } from '../cds/vtssStatus.js';
import { ALL_DELIVERABLE, DELIVERABLE_SQL, deliveryParams, readDeliveryState, releasedAt, type DeliveryState } from './deliverable.js';
import { registerDatabase, unregisterDatabase, type CaptureKind } from '../core/changeCapture.js';
import { HARDWARE_DB, openHardwareDb } from './hardwareDb.js';
import { isoOf } from './isoOf.js';
import type {
  BufferEntry,
  CompletedWork,
  HardwareHost,
  HardwareSummary,
  MoveIn,
  MoveOut,
  MovedMvc,
  PartnerSystem,
  Mount,
  MvcCopy,
  NewWork,
  PhysicalMvc,
  SimulatedHardware,
  VolserSelection,
  Work,
  WorkFilter,
  WorkKind,
  WorkStatus,
} from './types.js';

/** Buffer capacity of a VTSS nobody sized: 1,000,000 MB (about a terabyte). */

/** hardware.db in a change record: every table, its touched rows (hardwareLines reads them back). */
const HARDWARE_CAPTURE: CaptureKind = { name: 'hardware' };
export const DEFAULT_VTSS_CAPACITY_MB = 1_000_000;


interface WorkRow {
  work_id: number;
  kind: WorkKind;
  vtv: string;
  source: string | null;
  target: string;
  copy_index: number | null;
  due: string;
  added: string;
  status: WorkStatus;
  done: string | null;
  detail: string | null;
}

const WORK_COLS = 'work_id, kind, vtv, source, target, copy_index, due, added, status, done, detail';

function workOf(r: WorkRow): Work {
  return {
    id: r.work_id,
    kind: r.kind,
    vtv: r.vtv,
    source: r.source,
    target: r.target,
    copyIndex: r.copy_index,
    due: r.due,
    added: r.added,
    status: r.status,
    done: r.done,
    detail: r.detail,
  };
}

/** `json_each` over a list, or a range condition, for `column`. */
function selectionSql(column: string, sel: VolserSelection): { sql: string; params: string[] } {
  if ('ranges' in sel) return rangesCondition(column, sel.ranges);
  if (sel.length === 0) return { sql: '0', params: [] };
  return { sql: `${column} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(sel)] };
}

export class Hardware implements SimulatedHardware {
  readonly db: Database.Database;
  private activeCds: Cds | undefined;
  private readonly st: {
    bufferPut: Database.Statement<[string, string, number, string | null]>;
    bufferOf: Database.Statement<[string], { vtss: string; vtv: string; size_mb: number; written: string | null }>;
    residentIn: Database.Statement<[string], { vtss: string }>;
    bufferDelete: Database.Statement<[string, string]>;
    mvcPut: Database.Statement<[{ volser: string; acs: string | null; stormngr: string | null; media: string | null; capacity: number; entered: string | null }]>;
    mvcGet: Database.Statement<[string], { volser: string; acs: string | null; stormngr: string | null; media: string | null; capacity_mb: number; entered: string | null }>;
    mvcDelete: Database.Statement<[string]>;
    copyPut: Database.Statement<[string, number, string, number, string | null]>;
    nextBlock: Database.Statement<[string], { next: number }>;
    contents: Database.Statement<[string], { mvc: string; block: number; vtv: string; size_mb: number; written: string | null }>;
    copiesOf: Database.Statement<[string], { mvc: string; block: number; vtv: string; size_mb: number; written: string | null }>;
    contentsDelete: Database.Statement<[string]>;
    workAdd: Database.Statement<[{ kind: string; vtv: string; source: string | null; target: string; copyIndex: number | null; due: string; added: string }]>;
    workGet: Database.Statement<[number], WorkRow>;
    workDue: Database.Statement<[Record<string, string>], WorkRow>;
    workEnd: Database.Statement<[{ id: number; status: string; done: string; detail: string | null }]>;
    nextDue: Database.Statement<[], { due: string | null }>;
  };

  /** Opens `hardware.db` in the host's directory (made only when the host says `create`: a new system). */
  constructor(private readonly host: HardwareHost) {
    this.db = openHardwareDb(join(host.root, HARDWARE_DB), { create: host.create ?? false });
    // What a job changes on the machine goes into its change record (elsim job diff).
    registerDatabase(this.db, join(host.root, HARDWARE_DB), HARDWARE_CAPTURE);
    const db = this.db;
    this.st = {
      bufferPut: db.prepare(
        'INSERT INTO hw_vtss_vtv (vtss, vtv, size_mb, written) VALUES (?, ?, ?, ?) ON CONFLICT(vtss, vtv) DO UPDATE SET size_mb = excluded.size_mb, written = excluded.written',
      ),
      bufferOf: db.prepare('SELECT vtss, vtv, size_mb, written FROM hw_vtss_vtv WHERE vtss = ? ORDER BY vtv'),
      residentIn: db.prepare('SELECT vtss FROM hw_vtss_vtv WHERE vtv = ? ORDER BY vtss'),
      bufferDelete: db.prepare('DELETE FROM hw_vtss_vtv WHERE vtss = ? AND vtv = ?'),
      mvcPut: db.prepare(
        `INSERT INTO hw_mvc (volser, acs, stormngr, media, capacity_mb, entered) VALUES (@volser, @acs, @stormngr, @media, @capacity, @entered)
         ON CONFLICT(volser) DO UPDATE SET acs = excluded.acs, stormngr = excluded.stormngr, media = excluded.media,
                                           capacity_mb = excluded.capacity_mb, entered = excluded.entered`,
      ),
      mvcGet: db.prepare('SELECT volser, acs, stormngr, media, capacity_mb, entered FROM hw_mvc WHERE volser = ?'),
      mvcDelete: db.prepare('DELETE FROM hw_mvc WHERE volser = ?'),
      copyPut: db.prepare('INSERT INTO hw_mvc_vtv (mvc, block, vtv, size_mb, written) VALUES (?, ?, ?, ?, ?)'),
      nextBlock: db.prepare('SELECT coalesce(max(block + size_mb + 1), 1) AS next FROM hw_mvc_vtv WHERE mvc = ?'),
      contents: db.prepare('SELECT mvc, block, vtv, size_mb, written FROM hw_mvc_vtv WHERE mvc = ? ORDER BY block'),
      copiesOf: db.prepare('SELECT mvc, block, vtv, size_mb, written FROM hw_mvc_vtv WHERE vtv = ? ORDER BY mvc, block'),
      contentsDelete: db.prepare('DELETE FROM hw_mvc_vtv WHERE mvc = ?'),
      workAdd: db.prepare(
        `INSERT INTO hw_work (kind, vtv, source, target, copy_index, due, added) VALUES (@kind, @vtv, @source, @target, @copyIndex, @due, @added)`,
      ),
      workGet: db.prepare(`SELECT ${WORK_COLS} FROM hw_work WHERE work_id = ?`),
      workDue: db.prepare(`SELECT ${WORK_COLS} FROM hw_work WHERE status = 'PENDING' AND due <= @limit AND ${DELIVERABLE_SQL} ORDER BY due, work_id LIMIT 1`),
      workEnd: db.prepare('UPDATE hw_work SET status = @status, done = @done, detail = @detail WHERE work_id = @id'),
      nextDue: db.prepare("SELECT min(due) AS due FROM hw_work WHERE status = 'PENDING'"),
    };
  }

  close(): void {
    this.activeCds?.close();
    this.activeCds = undefined;
    unregisterDatabase(this.db);
    if (this.db.open) this.db.close();
  }

  /** Runs fn in one hardware transaction (several changes that belong together). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  // ── VTSS buffers ─────────────────────────────────────────────────────────

  /** Installs (or resizes) a VTSS: its buffer capacity in MB. */
  installVtss(name: string, capacityMb: number = DEFAULT_VTSS_CAPACITY_MB): void {
    this.db.prepare('INSERT INTO hw_vtss (name, capacity_mb) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET capacity_mb = excluded.capacity_mb').run(name, capacityMb);
  }

  /** A VTSS's buffer: capacity (MB, the default when it was never installed) and what it holds. */
  bufferUsage(vtss: string): { capacityMb: number; usedMb: number; vtvs: number; installed: boolean } {
    const cap = this.db.prepare('SELECT capacity_mb FROM hw_vtss WHERE name = ?').pluck().get(vtss) as number | undefined;
    const u = this.db.prepare('SELECT count(*) AS n, coalesce(sum(size_mb), 0) AS mb FROM hw_vtss_vtv WHERE vtss = ?').get(vtss) as { n: number; mb: number };
    return { capacityMb: cap ?? DEFAULT_VTSS_CAPACITY_MB, usedMb: u.mb, vtvs: u.n, installed: cap !== undefined };
  }

  /** A VTV image written to (or replaced in) a VTSS buffer: dismount, recall, replication. */
  writeToBuffer(vtss: string, vtv: string, sizeMb: number, at: Date | string): void {
    this.st.bufferPut.run(vtss, vtv, sizeMb, isoOf(at));
  }

  /** Removes a VTV image from one VTSS buffer; false when it was not there. */
  deleteFromBuffer(vtss: string, vtv: string): boolean {
    return this.st.bufferDelete.run(vtss, vtv).changes > 0;
  }

  /** What is physically in a VTSS buffer, in volser order. */
  bufferContents(vtss: string): BufferEntry[] {
    return this.st.bufferOf.all(vtss).map((r) => ({ vtss: r.vtss, vtv: r.vtv, sizeMb: r.size_mb, written: r.written }));
  }

  /** The VTSSs whose buffer holds the VTV. */
  residentIn(vtv: string): string[] {
    return this.st.residentIn.all(vtv).map((r) => r.vtss);
  }

  // ── MVCs and VMVCs ───────────────────────────────────────────────────────

  /** A cartridge entered into an ACS, or a VMVC that exists in a VLE (contents untouched). */
  enterMvc(m: { volser: string; acs?: string | null; stormngr?: string | null; media?: string | null; capacityMb?: number }, at: Date | string): void {
    this.st.mvcPut.run({
      volser: m.volser,
      acs: m.acs ?? null,
      stormngr: m.stormngr ?? null,
      media: m.media ?? null,
      capacity: m.capacityMb ?? 0,
      entered: isoOf(at),
    });
  }

  /** The physical MVC, or undefined when it is not in this system's libraries or VLEs. */
  mvc(volser: string): PhysicalMvc | undefined {
    const r = this.st.mvcGet.get(volser);
    return r && { volser: r.volser, acs: r.acs, stormngr: r.stormngr, media: r.media, capacityMb: r.capacity_mb, entered: r.entered };
  }

  /**
   * Writes a VTV copy at the end of an MVC (after its last block) and returns the block id the
   * CDS should record. The MVC need not be known to hw_mvc (an export MVC drawn from a pool is).
   */
  writeCopy(mvc: string, vtv: string, sizeMb: number, at: Date | string): string {
    return this.transaction(() => {
      const block = this.st.nextBlock.get(mvc)!.next;
      this.st.copyPut.run(mvc, block, vtv, sizeMb, isoOf(at));
      return blockId(block);
    });
  }

  /** Writes a copy at a given block id (seeding from a CDS, audits of a known state). */
  writeCopyAt(mvc: string, blockIdHex: string, vtv: string, sizeMb: number, at: Date | string | null): void {
    this.st.copyPut.run(mvc, parseInt(blockIdHex, 16), vtv, sizeMb, at === null ? null : isoOf(at));
  }

  /** What is physically on an MVC or VMVC, in block order. */
  mvcContents(mvc: string): MvcCopy[] {
    return this.st.contents.all(mvc).map(copyOf);
  }

  /** Every physical copy of a VTV, on any MVC. */
  copiesOf(vtv: string): MvcCopy[] {
    return this.st.copiesOf.all(vtv).map(copyOf);
  }

  /** Erases an MVC (written from the beginning of tape, or a VMVC emptied by the VLE). */
  eraseMvc(mvc: string): number {
    return this.st.contentsDelete.run(mvc).changes;
  }

  /**
   * Deletes VTVs from VTSS buffers and from VLE VMVCs (SCRATCH with the class's DELSCR(YES)).
   * Copies on real tape stay: a cartridge is not rewritten. Returns how many buffer images and
   * VMVC copies went.
   */
  deleteVtvs(sel: VolserSelection): { buffers: number; vleCopies: number } {
    const b = selectionSql('vtv', sel);
    const c = selectionSql('vtv', sel);
    return this.transaction(() => {
      const buffers = this.db.prepare(`DELETE FROM hw_vtss_vtv WHERE ${b.sql}`).run(...b.params).changes;
      const vleCopies = this.db
        .prepare(`DELETE FROM hw_mvc_vtv WHERE ${c.sql} AND mvc IN (SELECT volser FROM hw_mvc WHERE stormngr IS NOT NULL)`)
        .run(...c.params).changes;
      return { buffers, vleCopies };
    });
  }

  /**
   * Takes an MVC out of this system (eject from its ACS) and returns it with its contents, for
   * `enterFrom` on another system. Undefined when the MVC is not physically here.
   */
  ejectMvc(volser: string): { mvc: PhysicalMvc; contents: MvcCopy[] } | undefined {
    return this.transaction(() => {
      const mvc = this.mvc(volser);
      if (!mvc) return undefined;
      const contents = this.mvcContents(volser);
      this.st.contentsDelete.run(volser);
      this.st.mvcDelete.run(volser);
      return { mvc, contents };
    });
  }

  /** Enters an MVC ejected elsewhere, with its contents, into ACS `acs` of this system. */
  enterFrom(moved: { mvc: PhysicalMvc; contents: readonly MvcCopy[] }, acs: string | null, at: Date | string): void {
    this.transaction(() => {
      this.enterMvc({ ...moved.mvc, acs: moved.mvc.stormngr ? null : acs }, at);
      this.st.contentsDelete.run(moved.mvc.volser);
      for (const c of moved.contents) this.writeCopyAt(c.mvc, c.blockId, c.vtv, c.sizeMb, c.written);
    });
  }

  // ── mounts on VTDs ───────────────────────────────────────────────────────

  mount(m: Mount): void {
    this.transaction(() => {
      this.db.prepare('DELETE FROM hw_mount WHERE vtv = ?').run(m.vtv);
      this.db.prepare('INSERT OR REPLACE INTO hw_mount (vtss, vtd, vtv, since, job) VALUES (?, ?, ?, ?, ?)').run(m.vtss, m.vtd, m.vtv, isoOf(m.since), m.job);
    });
  }

  dismount(vtv: string): boolean {
    return this.db.prepare('DELETE FROM hw_mount WHERE vtv = ?').run(vtv).changes > 0;
  }

  mounts(): Mount[] {
    return this.db.prepare('SELECT vtss, vtd, vtv, since, job FROM hw_mount ORDER BY vtss, vtd').all() as Mount[];
  }

  // ── intents of moves between systems (app/moveMvcs.ts) ───────────────────

  /** Records that the cartridges of move `id` are coming from `source`. */
  recordMoveIn(m: MoveIn): void {
    this.db.prepare('INSERT INTO hw_move_in (move_id, source, volsers, at) VALUES (?, ?, ?, ?)').run(m.id, m.source, JSON.stringify(m.volsers), m.at);
  }

  moveIns(): MoveIn[] {
    const rows = this.db.prepare('SELECT move_id, source, volsers, at FROM hw_move_in ORDER BY move_id').all() as { move_id: string; source: string; volsers: string; at: string }[];
    return rows.map((r) => ({ id: r.move_id, source: r.source, volsers: JSON.parse(r.volsers) as string[], at: r.at }));
  }

  hasMoveIn(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM hw_move_in WHERE move_id = ?').get(id) !== undefined;
  }

  deleteMoveIn(id: string): void {
    this.db.prepare('DELETE FROM hw_move_in WHERE move_id = ?').run(id);
  }

  /** Records move `id` on its way out, with what it carries (MVCs, contents, the CDS values to undo). */
  recordMoveOut(m: MoveOut): void {
    this.db
      .prepare('INSERT INTO hw_move_out (move_id, target, acs, at, cds_dsn, payload) VALUES (?, ?, ?, ?, ?, ?)')
      .run(m.id, m.target, m.acs, m.at, m.cdsDsn, JSON.stringify(m.payload));
  }

  moveOuts(): MoveOut[] {
    const rows = this.db.prepare('SELECT move_id, target, acs, at, cds_dsn, payload FROM hw_move_out ORDER BY move_id').all() as {
      move_id: string;
      target: string;
      acs: string | null;
      at: string;
      cds_dsn: string | null;
      payload: string;
    }[];
    return rows.map((r) => ({ id: r.move_id, target: r.target, acs: r.acs, at: r.at, cdsDsn: r.cds_dsn, payload: JSON.parse(r.payload) as MovedMvc[] }));
  }

  deleteMoveOut(id: string): void {
    this.db.prepare('DELETE FROM hw_move_out WHERE move_id = ?').run(id);
  }

  /** Whether a move is unfinished on this hardware (either way). */
  hasPendingMoves(): boolean {
    return this.db.prepare('SELECT 1 FROM hw_move_out UNION ALL SELECT 1 FROM hw_move_in LIMIT 1').get() !== undefined;
  }

  // ── queued work and the clock ────────────────────────────────────────────

  /** Queues work; returns its id. */
  addWork(w: NewWork): number {
    return Number(
      this.st.workAdd.run({
        kind: w.kind,
        vtv: w.vtv,
        source: w.source,
        target: w.target,
        copyIndex: w.copyIndex ?? null,
        due: isoOf(w.due),
        added: isoOf(w.added ?? w.due),
      }).lastInsertRowid,
    );
  }

  work(id: number): Work | undefined {
    const r = this.st.workGet.get(id);
    return r && workOf(r);
  }

  /** Work matching the filter (default: pending), in due order. */
  listWork(f: WorkFilter = {}): Work[] {
    const where: string[] = ['status = @status'];
    const params: Record<string, string> = { status: f.status ?? 'PENDING' };
    if (f.kind) (where.push('kind = @kind'), (params.kind = f.kind));
    if (f.target) (where.push('target = @target'), (params.target = f.target));
    if (f.dueBy) (where.push('due <= @dueBy'), (params.dueBy = isoOf(f.dueBy)));
    if (f.vtvs) (where.push('vtv IN (SELECT value FROM json_each(@vtvs))'), (params.vtvs = JSON.stringify(f.vtvs)));
    if (f.deliverable) {
      const d = this.deliveryState();
      if (d === undefined) return [];
      where.push(DELIVERABLE_SQL);
      Object.assign(params, deliveryParams(d));
    }
    const limit = f.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(f.limit))}` : '';
    return (this.db.prepare(`SELECT ${WORK_COLS} FROM hw_work WHERE ${where.join(' AND ')} ORDER BY due, work_id${limit}`).all(params) as WorkRow[]).map(workOf);
  }

  /**
   * What the active CDS says the hardware can do now (VTSS and CLINK states, deliverable.ts);
   * undefined while HSC/VTCS is down (nothing completes then).
   */
  deliveryState(): DeliveryState | undefined {
    const cds = this.openActiveCds();
    if (!cds) return undefined;
    const partners = new PartnerCache(this.host, cds);
    try {
      return { ...readDeliveryState(cds.db), unreachable: partners.unreachable(this.ctrTargets()) };
    } finally {
      partners.close();
    }
  }

  /** The TapePlexes pending CTR copies go to. */
  private ctrTargets(): string[] {
    return this.db.prepare("SELECT DISTINCT target FROM hw_work WHERE status = 'PENDING' AND kind = 'CTR' ORDER BY target").pluck().all() as string[];
  }

  /** The due time of the earliest pending work, if any. */
  nextDue(): string | undefined {
    return this.st.nextDue.get()?.due ?? undefined;
  }

  /** Cancels pending work (a VTV deleted before its copy was made); returns how many. */
  cancelWork(sel: VolserSelection, at: Date | string, reason: string): number {
    const c = selectionSql('vtv', sel);
    return this.db
      .prepare(`UPDATE hw_work SET status = 'FAILED', done = ?, detail = ? WHERE status = 'PENDING' AND ${c.sql}`)
      .run(isoOf(at), reason, ...c.params).changes;
  }

  /**
   * Moves simulated time to `until`: completes every pending work item due by then, in due order,
   * each on the hardware and on the active CDS (one transaction of each per item), then moves the
   * system's pinned clock forward to `until` (never back; a system on the real clock stays so).
   * While HSC/VTCS is down (no active CDS) nothing completes. `onDone` sees each item.
   */
  advanceTo(until: Date, onDone?: (c: CompletedWork) => void): CompletedWork[] {
    const limit = isoOf(until);
    const done: CompletedWork[] = [];
    const anyDue = this.st.workDue.get({ limit, ...deliveryParams(ALL_DELIVERABLE) });
    const cds = anyDue ? this.openActiveCds() : undefined;
    const partners = cds ? new PartnerCache(this.host, cds) : undefined;
    if (cds && partners) try {
      // The VTSS, CLINK and partner states do not change while work completes: read them once.
      const state = { ...readDeliveryState(cds.db), unreachable: partners.unreachable(this.ctrTargets()) };
      const params = { limit, ...deliveryParams(state) };
      for (;;) {
        const row = this.st.workDue.get(params);
        if (!row) break;
        // Work held back by a VTSS or CLINK state is done when that state changed, not when it was due.
        const released = releasedAt(state, workOf(row));
        const work = { ...workOf(row), due: Date.parse(released) > until.getTime() ? limit : isoOf(released) };
        const result = cds.immediate(() => this.transaction(() => {
          const r = applyWork(cds, this, work, (plex) => partners.side(plex));
          this.st.workEnd.run({ id: work.id, status: r.status, done: work.due, detail: r.detail });
          return r;
        }));
        const c: CompletedWork = { work: { ...work, due: row.due, status: result.status, done: work.due, detail: result.detail }, status: result.status };
        done.push(c);
        onDone?.(c);
      }
    } finally {
      partners.close();
    }
    const pinned = this.host.pinnedClock();
    if (pinned !== undefined && Date.parse(pinned) < until.getTime()) this.host.setPinnedClock(until.toISOString());
    return done;
  }

  /** The active CDS, kept open while the path stays the same; undefined while HSC is down. */
  private openActiveCds(): Cds | undefined {
    const path = this.host.activeCdsPath();
    if (path === undefined) return undefined;
    if (this.activeCds && this.activeCds.path === path && this.activeCds.db.open) return this.activeCds;
    this.activeCds?.close();
    this.activeCds = Cds.open(path);
    return this.activeCds;
  }

  /** Counts for `elsim clock show`. */
  summary(): HardwareSummary {
    const buffers = this.db
      .prepare('SELECT vtss, count(*) AS vtvs, sum(size_mb) AS mb FROM hw_vtss_vtv GROUP BY vtss ORDER BY vtss')
      .all() as { vtss: string; vtvs: number; mb: number }[];
    const mvcs = (this.db.prepare('SELECT count(*) AS n FROM hw_mvc').get() as { n: number }).n;
    const mvcCopies = (this.db.prepare('SELECT count(*) AS n FROM hw_mvc_vtv').get() as { n: number }).n;
    const pending = this.db
      .prepare("SELECT kind, count(*) AS count, min(due) AS nextDue FROM hw_work WHERE status = 'PENDING' GROUP BY kind ORDER BY kind")
      .all() as { kind: WorkKind; count: number; nextDue: string | null }[];
    return { buffers, mvcs, mvcCopies, pending };
  }
}

/**
 * The partner systems of one clock move: opened once each, when a CTR copy needs them, and
 * closed at the end. A TapePlex with no partner named gives undefined (its copies are recorded
 * as made); one that cannot be reached is listed by `unreachable` with the reason.
 */
class PartnerCache {
  private readonly open = new Map<string, { side?: CtrSide; system?: PartnerSystem; why?: string }>();
  private readonly plex: string;

  constructor(private readonly host: HardwareHost, private readonly cds: Cds) {
    this.plex = (cds.db.prepare('SELECT tapeplex FROM cds_identity WHERE id = 1').pluck().get() as string | null | undefined) ?? '';
  }

  private entry(target: string): { side?: CtrSide; system?: PartnerSystem; why?: string } | undefined {
    const known = this.open.get(target);
    if (known) return known;
    const link = this.host.partner?.(target);
    if (!link) return undefined;
    const r = link.open();
    let e: { side?: CtrSide; system?: PartnerSystem; why?: string };
    if ('unreachable' in r) e = { why: r.unreachable };
    else {
      try {
        const other = Cds.open(r.cdsPath);
        const name = (other.db.prepare('SELECT tapeplex FROM cds_identity WHERE id = 1').pluck().get() as string | null | undefined) ?? '';
        const vtss = partnerVtss(this.cds, null, target, other);
        const online = vtss !== undefined && (readVtssStates(other.db).find((s) => s.vtss === vtss)?.state ?? 'OFFLINE') === 'ONLINE';
        if (name !== target) {
          other.close();
          r.close();
          e = { why: `${link.dir} RUNS TAPEPLEX ${name || '(NONE)'}, NOT ${target}` };
        } else if (!online) {
          other.close();
          r.close();
          e = { why: vtss === undefined ? `NO CLINK PARTNER VTSS IS DEFINED IN ${target}` : `${vtss} IS NOT ONLINE IN ${target}` };
        } else {
          e = { side: { cds: other, hw: r.hardware(), plex: target }, system: r };
        }
      } catch (err) {
        r.close();
        e = { why: `${link.dir}: ${String((err as Error).message ?? err).slice(0, 60)}` };
      }
    }
    this.open.set(target, e);
    return e;
  }

  unreachable(targets: readonly string[]): { plex: string; why: string }[] {
    return targets.flatMap((t) => {
      const e = t === this.plex ? undefined : this.entry(t);
      return e?.why !== undefined ? [{ plex: t, why: e.why }] : [];
    });
  }

  side(target: string): CtrSide | undefined {
    return this.entry(target)?.side;
  }

  close(): void {
    for (const e of this.open.values()) {
      e.side?.cds.close();
      e.system?.close();
    }
    this.open.clear();
  }
}

/** The CDS form of a block position: 8 hex digits. */
export function blockId(block: number): string {
  return block.toString(16).toUpperCase().padStart(8, '0');
}

function copyOf(r: { mvc: string; block: number; vtv: string; size_mb: number; written: string | null }): MvcCopy {
  return { mvc: r.mvc, vtv: r.vtv, blockId: blockId(r.block), sizeMb: r.size_mb, written: r.written };
}

/**
 * The simulated hardware of one system, as other parts of elsim see it: what is physically in
 * each VTSS buffer, what is physically on each MVC (real cartridges and VLE VMVCs), and the work
 * the hardware has queued (migration to a storage class's MVCs, replication over a CLINK to
 * another VTSS of the cluster, cross-TapePlex replication to another TapePlex) with due times.
 *
 * This is the machine, not what the CDS believes. It is kept in `DIR/hardware.db` beside the
 * system's `system.db` (never in a CDS: BACKUP and DRTEST CREATE copy CDSs, not hardware).
 * Programs reach it through `SystemServices.hardware()` (src/program/contract.ts) as a
 * SimulatedHardware; the class that implements it is `Hardware` (./Hardware.ts).
 *
 * Times are ISO-8601 text like the CDS (`2026-11-21T08:10:00Z`); sizes are MB (the VTV's
 * uncompressed size, as the CDS records it).
 */

import type Database from 'better-sqlite3';
import type { CanonicalRange } from '../cds/volserRange.js';

/** One VTV image in a VTSS buffer (resident, or a replica written over a CLINK). */
export interface BufferEntry {
  vtss: string;
  vtv: string;
  sizeMb: number;
  /** When the image was written (dismount, recall or replication). */
  written: string | null;
}

/** One VTV copy physically on an MVC or VMVC, at a block position. */
export interface MvcCopy {
  mvc: string;
  vtv: string;
  /** The block id as the CDS writes it: 8 hex digits. */
  blockId: string;
  sizeMb: number;
  written: string | null;
}

/** One MVC of a move between systems: the cartridge, what is written on it, and its CDS record before the eject. */
export interface MovedMvc {
  mvc: PhysicalMvc;
  contents: MvcCopy[];
  /** The source CDS's values the eject changes (undefined: the CDS has no record of it). */
  cds?: { ejected: number; location: string | null; updated: string | null };
}

/** A move on its way out of this system (hw_move_out). */
export interface MoveOut {
  id: string;
  /** Target system directory (resolved). */
  target: string;
  acs: string | null;
  at: string;
  /** The source CDS the eject is recorded in. */
  cdsDsn: string | null;
  payload: MovedMvc[];
}

/** A move announced as coming into this system (hw_move_in). */
export interface MoveIn {
  id: string;
  /** Source system directory (resolved). */
  source: string;
  volsers: string[];
  at: string;
}

/** A cartridge in one of the system's ACSs, or a VMVC in one of its VLEs. */
export interface PhysicalMvc {
  volser: string;
  /** ACS id of a real cartridge. */
  acs: string | null;
  /** Storage manager (VLE) holding a VMVC. */
  stormngr: string | null;
  media: string | null;
  capacityMb: number;
  /** When it was entered into this system (seeded, or `elsim mvc move`). */
  entered: string | null;
}

/**
 * Kinds of queued work:
 *  - MIGRATE: a copy of `vtv` from VTSS `source` goes to an MVC of storage class `target`
 *    (VLE or real tape, picked when the work completes); `copyIndex` is the position of that
 *    class in the VTV's migration policy;
 *  - REPLICATE: `vtv` is replicated over a CLINK from VTSS `source` to VTSS `target`;
 *  - CTR: `vtv` is sent from VTSS `source` to TapePlex `target` (cross-TapePlex replication).
 */
export type WorkKind = 'MIGRATE' | 'REPLICATE' | 'CTR';

export type WorkStatus = 'PENDING' | 'DONE' | 'FAILED';

export interface NewWork {
  kind: WorkKind;
  vtv: string;
  /** The VTSS the data comes from. */
  source: string | null;
  /** Storage class (MIGRATE), VTSS (REPLICATE) or TapePlex (CTR). */
  target: string;
  /** For MIGRATE: the copy number (1-4) the CDS records. */
  copyIndex?: number;
  /** When the hardware finishes it. */
  due: string | Date;
  /** When it was queued (defaults to `due`). */
  added?: string | Date;
}

export interface Work {
  id: number;
  kind: WorkKind;
  vtv: string;
  source: string | null;
  target: string;
  /** ISO times. */
  due: string;
  added: string;
  copyIndex: number | null;
  status: WorkStatus;
  /** When it completed (or failed). */
  done: string | null;
  /** What happened: the MVC a migration wrote, or why it failed. */
  detail: string | null;
}

/** A selection of pending work (all fields optional; they combine with AND). */
export interface WorkFilter {
  kind?: WorkKind;
  vtvs?: readonly string[];
  target?: string;
  status?: WorkStatus;
  /** Only work due at or before this time. */
  dueBy?: string;
  /** At most this many items (the earliest due). */
  limit?: number;
  /**
   * Only work the hardware can do in the state the active CDS records (no offline VTSS or CLINK in
   * its way, src/sim/deliverable.ts); none while HSC/VTCS is down.
   */
  deliverable?: boolean;
}

/** A VTV mounted on a VTD of a VTSS. */
export interface Mount {
  vtss: string;
  /** The VTD's device address (4 hex digits). */
  vtd: string;
  vtv: string;
  since: string;
  /** `JOBNAME JOBnnnnn` of the job that mounted it. */
  job: string | null;
}

/** Totals for `elsim clock show` and reports. */
export interface HardwareSummary {
  buffers: { vtss: string; vtvs: number; mb: number }[];
  mvcs: number;
  mvcCopies: number;
  pending: { kind: WorkKind; count: number; nextDue: string | null }[];
}

/** What the hardware needs from the system it belongs to (implemented by src/jes/System). */
export interface HardwareHost {
  /** Root of the system directory (hardware.db lives there). */
  readonly root: string;
  /** The pinned simulated clock, or undefined when the system follows the real clock. */
  pinnedClock(): string | undefined;
  setPinnedClock(iso: string | undefined): void;
  /** Path of the CDS the system's HSC has open; undefined while HSC/VTCS is down. */
  activeCdsPath(): string | undefined;
  /** Make hardware.db when there is none (a new system); otherwise a missing one is refused (SIM1503E). */
  create?: boolean;
  /**
   * The system directory a partner TapePlex runs in (`elsim partner set`): undefined when none is
   * named (its CTR copies are then recorded as made, the TapePlex being outside elsim).
   */
  partner?(plex: string): PartnerLink | undefined;
}

/** A partner TapePlex's system, for cross-TapePlex replication. */
export interface PartnerLink {
  /** Its system directory. */
  readonly dir: string;
  /** Opens it: its active CDS and its hardware, or why it cannot be reached. */
  open(): PartnerSystem | { unreachable: string };
}

/** An open partner system: the CDS its HSC has active and its hardware. Close it when done. */
export interface PartnerSystem {
  readonly dir: string;
  readonly cdsPath: string;
  hardware(): SimulatedHardware;
  close(): void;
}

/** One finished (or failed) piece of work, as `advanceTo` reports it. */
export interface CompletedWork {
  work: Work;
  /** DONE: the CDS was updated; FAILED: `work.detail` says why (no MVC, VTV gone …). */
  status: 'DONE' | 'FAILED';
}

/** Volsers to act on: a list, or canonical ranges (set-based SQL either way). */
export type VolserSelection = readonly string[] | { ranges: readonly CanonicalRange[] };

/**
 * The hardware as a program sees it (SystemServices.hardware()): what the buffers and MVCs hold,
 * the queued work and the clock that completes it. The system opens and closes it.
 */
export interface SimulatedHardware {
  /** The hardware database itself, for set-based queries over it (AUDIT's MVCs in a range). */
  readonly db: Database.Database;
  /** Runs `fn` in one transaction of the hardware database. */
  transaction<T>(fn: () => T): T;
  installVtss(name: string, capacityMb?: number): void;
  bufferUsage(vtss: string): { capacityMb: number; usedMb: number; vtvs: number; installed: boolean };
  writeToBuffer(vtss: string, vtv: string, sizeMb: number, at: Date | string): void;
  deleteFromBuffer(vtss: string, vtv: string): boolean;
  bufferContents(vtss: string): BufferEntry[];
  residentIn(vtv: string): string[];
  enterMvc(m: { volser: string; acs?: string | null; stormngr?: string | null; media?: string | null; capacityMb?: number }, at: Date | string): void;
  mvc(volser: string): PhysicalMvc | undefined;
  writeCopy(mvc: string, vtv: string, sizeMb: number, at: Date | string): string;
  writeCopyAt(mvc: string, blockIdHex: string, vtv: string, sizeMb: number, at: Date | string | null): void;
  mvcContents(mvc: string): MvcCopy[];
  copiesOf(vtv: string): MvcCopy[];
  eraseMvc(mvc: string): number;
  deleteVtvs(sel: VolserSelection): { buffers: number; vleCopies: number };
  ejectMvc(volser: string): { mvc: PhysicalMvc; contents: MvcCopy[] } | undefined;
  enterFrom(moved: { mvc: PhysicalMvc; contents: readonly MvcCopy[] }, acs: string | null, at: Date | string): void;
  /** Mounts a VTV on a VTD (replacing a stale mount of the same VTV). */
  mount(m: Mount): void;
  /** Dismounts a VTV from whatever VTD holds it; false when it was not mounted. */
  dismount(vtv: string): boolean;
  /** The VTVs mounted now, by VTSS and VTD. */
  mounts(): Mount[];
  addWork(w: NewWork): number;
  work(id: number): Work | undefined;
  listWork(f?: WorkFilter): Work[];
  nextDue(): string | undefined;
  cancelWork(sel: VolserSelection, at: Date | string, reason: string): number;
  /** Completes the work due by `until` and moves the hardware clock there. */
  advanceTo(until: Date, onDone?: (c: CompletedWork) => void): CompletedWork[];
  summary(): HardwareSummary;
}

/**
 * The tape management catalog (TMS) of one system, as programs see it: which data sets are on
 * which tape volume (native cartridges and VTVs), when each volume was created, when it expires,
 * when it was last referenced and whether the TMS has scratched it. A real site runs RMM, CA-1 or
 * CTT; elsim keeps one small catalog per system in a cataloged SQLite data set (dsorg TMS), opened
 * by `SystemServices.tms()` (src/program/contract.ts) or from a DD that names that data set (the
 * LCM TMS statement's `DDname(LCMTMSDB)`). The class that implements it is TapeCatalog.
 *
 * Dates are `YYYY-MM-DD` (an expiration is a day); times are ISO-8601 text like the CDS.
 * A volume is *scratch* when the TMS scratched it, or when its expiration date has come: elsim's
 * TMS runs its expiration processing continuously on the simulated clock (a real TMS does it in a
 * daily batch run), so every question about scratch status is asked "as of" a day.
 */
import type Database from 'better-sqlite3';

export type TmsKind = 'NATIVE' | 'VTV';

export interface TmsDataset {
  /** File sequence number on the volume (1 = the first file). */
  fileSeq: number;
  dsn: string;
  created: string | null;
  job: string | null;
  step: string | null;
  ddname: string | null;
}

export interface TmsVolume {
  volser: string;
  kind: TmsKind;
  media: string | null;
  /** As stored: MASTER (holds data) or SCRATCH (scratched by the TMS or `elsim tms scratch`). */
  status: 'MASTER' | 'SCRATCH';
  /** Status as of the day asked: scratch also when the expiration date has come. */
  scratch: boolean;
  created: string | null;
  /** The day the volume expires (`YYYY-MM-DD`); null: no expiration (permanent or catalog control). */
  expiration: string | null;
  /** When it was last read or written. */
  lastRef: string | null;
  /** When it went scratch (stored status). */
  scratched: string | null;
  /** The job that wrote it. */
  job: string | null;
  datasets: TmsDataset[];
}

/** One data set written to a tape volume (a tape-writing program's OPEN/CLOSE, or the demo). */
export interface DatasetWrite {
  volser: string;
  kind: TmsKind;
  dsn: string;
  /** When it was written. */
  at: Date | string;
  /**
   * The file number on the volume. Absent: file 1 of a new or scratch volume, else the file after
   * the last one. Writing file n of a volume drops its files n and after (tape is overwritten).
   */
  fileSeq?: number;
  /** The volume's expiration day (`YYYY-MM-DD`), or null for none; absent: left as it was (none for a new volume). */
  expiration?: string | null;
  media?: string | null;
  job?: string;
  step?: string;
  ddname?: string;
}

export interface VolumeChange {
  expiration?: string | null;
  lastRef?: string | null;
  status?: 'MASTER' | 'SCRATCH';
}

export interface VolumeFilter {
  /** Lowest and highest volser (inclusive). */
  from?: string;
  to?: string;
  kind?: TmsKind;
  /** Only scratch (true) or only non-scratch (false) volumes, as of the day asked. */
  scratch?: boolean;
  /** Only volumes holding a data set of this name. */
  dsn?: string;
  limit?: number;
}

/** The TMS of a system (SystemServices.tms()). Every method is one transaction of its database. */
export interface TapeManagement {
  /** The data set the catalog is kept in. */
  readonly dsn: string;
  /** Its file, for a program that joins it with a CDS (`ATTACH DATABASE`). */
  readonly path: string;
  /** The database itself, for set-based queries. */
  readonly db: Database.Database;
  /** Records a data set written on a volume; returns its file sequence number. */
  recordDataset(w: DatasetWrite): number;
  /** Notes a read or write of the volume at `at` (its last reference). False when it is unknown. */
  reference(volser: string, at: Date | string): boolean;
  /** The TMS scratches the volume (its data sets stay listed until it is written again). False when unknown or already scratch. */
  scratch(volser: string, at: Date | string): boolean;
  /** Defines an empty (scratch) volume, e.g. a new cartridge; false when it is already known. */
  addVolume(v: { volser: string; kind: TmsKind; media?: string | null; at?: Date | string }): boolean;
  /** Changes a volume's expiration, last reference or stored status. False when it is unknown. */
  setVolume(volser: string, change: VolumeChange, at: Date | string): boolean;
  /** One volume with its data sets, its scratch status as of `asOf`. */
  volume(volser: string, asOf: Date | string): TmsVolume | undefined;
  /** Volumes in volser order (with their data sets), scratch status as of `asOf`. */
  volumes(filter: VolumeFilter, asOf: Date | string): TmsVolume[];
  /** The volumes holding a data set of this name, oldest first. */
  volumesOf(dsn: string): string[];
  transaction<T>(fn: () => T): T;
}

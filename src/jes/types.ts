/**
 * The contract between the JES runner (src/jes) and the programs it runs (IEFBR14, IEBGENER,
 * SLUADMIN …). A program sees its step only through a StepContext: its PARM, its allocated DDs
 * and the system it runs on. It never sees paths outside the system directory, argv or stdout.
 */
import type { Diagnostic } from '../core/Diagnostic.js';
import type { Io } from '../core/Io.js';
import type { Hardware } from '../sim/Hardware.js';

/** One allocated DD as a program sees it. Records are text lines (card images for LRECL=80). */
export interface AllocatedDd {
  ddname: string;
  kind: 'dataset' | 'sysout' | 'dummy' | 'instream';
  /** The data set name of the first data set (catalog name, or the generated name of a temporary). */
  dsn?: string;
  member?: string;
  /** True when the data set was allocated NEW (or MOD and not found). */
  isNew: boolean;
  /** All records of the (concatenated) input. A DUMMY reads as empty. */
  readRecords(): string[];
  /**
   * The same records as a stream, for a program reading a large input once (IMPORT's manifest):
   * each record is handed out as it is read, none kept. Every part of a concatenation is checked
   * (and opened, then closed) when this is called, so a data set that cannot be read fails here,
   * in the order readRecords would fail; a read error later is thrown by the iteration.
   */
  readRecordStream?(): Iterable<string>;
  /** Writes records: replaces the content (NEW/OLD/SHR) or appends (MOD, SYSOUT). DUMMY discards. */
  writeRecords(records: readonly string[]): void;
  /**
   * Opens the DD for a stream of writes (a long listing): records are written as they come, not
   * held in memory. A data set's content is replaced (or appended to, for MOD) when the writer
   * closes, at the latest when the step ends; until then it is as it was. Throws as writeRecords
   * does when the DD cannot be written. DDs without it are written with one writeRecords call.
   */
  openWriter?(): RecordWriter;
  /**
   * Path of the first data set's file inside the system directory, for programs that keep a
   * data set in a format of their own (a CDS is a SQLite file). Undefined for SYSOUT/DUMMY/in-stream.
   */
  filePath?: string;
  /** Record format, length, block size and organisation as coded on the DD, else as recorded in the catalog. */
  attrs?: { recfm?: string; lrecl?: number; blksize?: number; dsorg?: string };
}

/** A DD open for output. */
export interface RecordWriter {
  write(records: readonly string[]): void;
  close(): void;
}

/** What a program needs from the system it runs on (implemented by src/jes/System). */
export interface SystemServices {
  /** Root of the system directory. */
  readonly root: string;
  /** Path of a cataloged data set's file, or undefined when it is not cataloged. */
  datasetPath(dsn: string): string | undefined;
  /** The DSN of the CDS HSC has open, or undefined when HSC is not active. */
  activeCds(): string | undefined;
  /** Whether HSC/VTCS is active on this system. */
  hscActive(): boolean;
  /** Catalogs a new data set (e.g. a CDS written by DRTEST CREATE) and returns its path. */
  createDataset(dsn: string, attrs?: { recfm?: string; lrecl?: number; dsorg?: string }): string;
  /**
   * The simulated hardware of this system (src/sim): VTSS buffers, MVC/VMVC contents, queued
   * replication/migration/CTR work and the clock that completes it. Kept in DIR/hardware.db,
   * never in a CDS. Opened on first use, closed with the system.
   */
  hardware(): Hardware;
}

export interface StepContext {
  jobName: string;
  jobId: string;
  stepName: string;
  procStep?: string;
  /** PARM as the program receives it (enclosing apostrophes/parentheses removed). */
  parm: string;
  /** The DD of that name, or undefined when the step has none. */
  dd(ddname: string): AllocatedDd | undefined;
  ddnames(): string[];
  system: SystemServices;
  io: Io;
  /** Messages for JESYSMSG beyond the standard allocation messages. */
  sysmsg(line: string): void;
}

export type ProgramOutcome = { rc: number } | { abend: string /* S806, U0100 */; reason?: string };

export type Program = (ctx: StepContext) => ProgramOutcome | Promise<ProgramOutcome>;

export interface StepResult {
  name: string;
  procStep?: string;
  program: string;
  /** Return code when the step ran to completion. */
  rc?: number;
  /** Abend code when it abended (S806 …). */
  abend?: string;
  /** Why it did not run: 'COND', 'IF', 'ABEND' (an earlier abend), 'JCL ERROR' (allocation). */
  bypassed?: 'COND' | 'IF' | 'ABEND' | 'JCL ERROR' | 'JOB COND';
}

export interface JobResult {
  jobname: string;
  jobid: string;
  /** Highest RC of the steps that ran (JOBRC=MAXRC). */
  maxcc: number;
  /** CC: ended normally; ABEND: a step abended; JCL ERROR: not run, or stopped at allocation. */
  status: 'CC' | 'ABEND' | 'JCL ERROR';
  abend?: string;
  /** Spool directory relative to the system root, e.g. `spool/JOB00001-EXPORT`. */
  spool: string;
  steps: StepResult[];
  diagnostics: Diagnostic[];
}

/**
 * The program contract: what a program (IEFBR14, IEBGENER, SLUADMIN …) sees of its step. A
 * program sees its step only through a StepContext: its PARM, its allocated DDs (record readers,
 * record writers, atomic outputs that can be aborted), the catalog to read a named data set, the
 * hardware behind an interface, the clock and the place to write messages. It never sees paths
 * outside the system directory, argv or stdout. The JES runner (src/jes) implements it; no program
 * imports the runner.
 */
import type { CardPos, Diagnostic } from '../core/Diagnostic.js';
import type { Io } from '../core/Io.js';
import type { SimulatedHardware } from '../sim/types.js';
import type { TapeManagement } from '../tms/types.js';

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
   * New content for the first data set's file, whatever the DISP: put in place whole by commit()
   * or thrown away by abort(), so that a job killed half way, or a program that gives up, leaves
   * the data set as it was (a manifest, a CDS backup). Present when filePath is.
   */
  openAtomic?(): AtomicOutput;
  /**
   * Path of the first data set's file inside the system directory, for programs that keep a
   * data set in a format of their own (a CDS is a SQLite file). Undefined for SYSOUT/DUMMY/in-stream.
   */
  filePath?: string;
  /**
   * For in-stream data (a DD of one `DD *` or `DD DATA` part): where its first record is in the
   * submitted JCL; record n is on line origin.line + n - 1. Programs use it to say which card of
   * the job a message is about.
   */
  origin?: CardPos;
  /** Record format, length, block size and organisation as coded on the DD, else as recorded in the catalog. */
  attrs?: { recfm?: string; lrecl?: number; blksize?: number; dsorg?: string };
}

/** A DD open for output. */
export interface RecordWriter {
  write(records: readonly string[]): void;
  close(): void;
}

/**
 * A data set's new content, written under a temporary name beside it. commit() makes it the data
 * set's content (fsync, then one rename); abort() removes it. Either ends the output.
 */
export interface AtomicOutput {
  /**
   * The temporary file. It does not exist until the first write, so a program that keeps a
   * format of its own (a CDS copy written by SQLite) can create it here instead.
   */
  readonly tempPath: string;
  /** Writes records to the temporary file, creating it on the first call (also with no records). */
  write(records: readonly string[]): void;
  commit(): void;
  abort(): void;
}

/** What a program needs from the system it runs on (implemented by src/jes/System). */
export interface SystemServices {
  /** Root of the system directory. */
  readonly root: string;
  /** Path of a cataloged data set's file, or undefined when it is not cataloged. */
  datasetPath(dsn: string): string | undefined;
  /**
   * The records of a cataloged data set named by a program's parameter (MGMTDEF DSN(…)), a PDS
   * member written `HLQ.PARMLIB(MEMBER)`; undefined when the data set or member is not there.
   */
  readDataset(dsn: string): string[] | undefined;
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
  hardware(): SimulatedHardware;
  /**
   * The system's tape management catalog (src/tms): which data sets are on which tape volume,
   * expirations, last references, scratch status. A program that writes or reads a tape data set
   * records it here. Undefined when the system has no TMS. Opened on first use, closed with the
   * system; throws ElsimError (SIM1002E/SIM1003E) when its data set is gone or is not a TMS.
   */
  tms(): TapeManagement | undefined;
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

/**
 * How a program ended. With a return code it may say why it is not 0: `reason`, the first message
 * that explains it, with the card it is about (a card of the job's in-stream data, placed by
 * AllocatedDd.origin, when there is one). The terminal summary of a submit prints it.
 */
export type ProgramOutcome = { rc: number; reason?: Diagnostic } | { abend: string /* S806, U0100 */; reason?: string };

export type Program = (ctx: StepContext) => ProgramOutcome | Promise<ProgramOutcome>;

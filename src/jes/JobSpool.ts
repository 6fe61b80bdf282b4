/**
 * The output of one job as JES2 keeps it, written to `DIR/spool/JOBnnnnn-JOBNAME/`:
 * JESMSGLG.txt (job log), JESJCL.txt (statement listing), JESYSMSG.txt (system messages) and one
 * `STEP.DD.txt` (`STEP.PSTEP.DD.txt` in a procedure) per SYSOUT data set that received records.
 *
 * Records are written as SDSF shows them without the ASA carriage-control column: no page-eject
 * or spacing characters, trailing blanks trimmed. The directory is written whole: its files go to a
 * staging directory beside it that is renamed into place when the job ends. SYSOUT data sets are
 * written there while their step runs (SysoutSink), so no listing is held in memory.
 */
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ListingLine } from '../jcl/types.js';
import { killPoint } from '../core/killPoint.js';
import type { SpoolDataset } from './jobRecord.js';
import { assertInside } from './Catalog.js';
import { writeFileAtomic } from './atomicWrite.js';
import { hhmmss, logDate, statDate } from './jesTime.js';
import { SysoutSink } from './SysoutSink.js';

/** System and node name in the job log header and $HASP373. */
export const SYSTEM_NAME = 'SYS1';
export const NODE_NAME = 'N1';

/**
 * Space a job keeps in its staging directory from its start to its end (plus its JCL listing), so
 * that a file system that fills up while the job runs still takes its job log: the job's steps
 * fail for lack of space (SB37), the job's output is kept.
 */
export const SPOOL_RESERVE_BYTES = 64 * 1024;
const RESERVE_FILE = '.reserve';

/** Spool data set ids: JESMSGLG 2, JESJCL 3, JESYSMSG 4; in-stream and SYSOUT data sets from 101. */
export const FIRST_USER_DSID = 101;

export interface SysoutFile {
  /** File name without `.txt`: `S1.SYSPRINT`, `EXP.P1.SLSPRINT`. */
  name: string;
  ddname: string;
  records: number;
  bytes: number;
  /** The step (and procedure step) that wrote it, and its data set id. */
  stepname: string;
  procstep?: string;
  dsid: number;
}

const spaced = (s: string): string => s.split('').join(' ');

/** `        1 //JOB …` — statement number right-aligned in 9 columns, card columns 1-72, the job id after column 72 on the first line. */
export function formatJesjcl(listing: readonly ListingLine[], jobid: string): string[] {
  return listing.map((l, i) => {
    const num = l.stmt === undefined ? ' '.repeat(10) : `${String(l.stmt).padStart(9)} `;
    const text = `${num}${l.prefix}${l.text}`.trimEnd();
    return i === 0 ? `${text.padEnd(82)}${jobid}` : text;
  });
}

export class JobSpool {
  private readonly msglog: string[] = [];
  private readonly sysmsg: string[] = [];
  private readonly sysouts: SysoutFile[] = [];
  /** The data set id of each SYSOUT sink handed out. */
  private readonly dsids = new Map<SysoutSink, number>();
  /** The job's data sets as written (write() fills it). */
  private written: SpoolDataset[] = [];
  private readonly jesjcl: string[];
  private readonly time: string;
  private minutes = 0;
  /** The final spool directory and the staging directory its files are written to first. */
  private readonly final: string;
  private readonly staging: string;
  private staged = false;

  /** The job's output goes to `root/relative` (`spool/JOBnnnnn-JOBNAME`). */
  constructor(
    readonly jobid: string,
    readonly jobname: string,
    private readonly now: Date,
    listing: readonly ListingLine[],
    where: { root: string; relative: string },
  ) {
    this.final = join(where.root, where.relative);
    assertInside(where.root, this.final, where.relative);
    this.staging = join(dirname(this.final), `.${basename(this.final)}.${process.pid}.tmp`);
    this.time = hhmmss(now);
    this.jesjcl = formatJesjcl(listing, jobid);
    this.msglog.push(`${' '.repeat(23)}${spaced('JES2')}  ${spaced('JOB')}  ${spaced('LOG')}  --  ${spaced('SYSTEM')}  ${spaced(SYSTEM_NAME)}  --  ${spaced('NODE')}  ${spaced(NODE_NAME)}`);
    this.msglog.push('');
    this.msglog.push(`${this.time} ${jobid} ---- ${logDate(now)} ----`);
  }

  /** A JESMSGLG message line: time (the job's start unless given), job id, message. */
  log(message: string, at?: Date): void {
    this.msglog.push(`${at === undefined ? this.time : hhmmss(at)} ${this.jobid}  ${message}`.trimEnd());
  }

  /** When the job ended, if later than it started (a step waited): the statistics' execution time. */
  endedAt(at: Date): void {
    this.minutes = Math.max(0, (at.getTime() - this.now.getTime()) / 60_000);
  }

  /** A continuation line of the previous JESMSGLG message, aligned under its text. */
  logMore(text: string): void {
    this.msglog.push(`${' '.repeat(19)}${text}`.trimEnd());
  }

  /** A JESYSMSG line. */
  sys(line: string): void {
    this.sysmsg.push(line.trimEnd());
  }

  /** The staging directory, made empty at first use (a killed run's leftovers are dropped). */
  private stagingDir(): string {
    if (!this.staged) {
      rmSync(this.staging, { recursive: true, force: true });
      mkdirSync(this.staging, { recursive: true });
      this.staged = true;
    }
    return this.staging;
  }

  /**
   * Starts the job's spool: the staging directory with the space its job log will need kept in a
   * reserve file. Throws (ENOSPC …) when the file system cannot give it: the job is then not run.
   */
  reserve(): void {
    const dir = this.stagingDir();
    const bytes = SPOOL_RESERVE_BYTES + this.jesjcl.reduce((n, l) => n + l.length + 1, 0);
    const fd = openSync(join(dir, RESERVE_FILE), 'w');
    try {
      const block = Buffer.alloc(Math.min(bytes, 64 * 1024));
      for (let done = 0; done < bytes; done += block.length) writeSync(fd, block, 0, Math.min(block.length, bytes - done));
    } finally {
      closeSync(fd);
    }
  }

  /** Throws the job's spool away (a job not run, or one whose output cannot be kept). */
  discard(): void {
    rmSync(this.staging, { recursive: true, force: true });
    this.staged = false;
  }

  /** A SYSOUT data set for a step to write, numbered `dsid`; it becomes a spool file by addSysout. */
  sysout(dsid: number): SysoutSink {
    const sink = new SysoutSink(() => join(this.stagingDir(), `.D${String(dsid).padStart(7, '0')}.part`));
    this.dsids.set(sink, dsid);
    return sink;
  }

  /**
   * Ends a SYSOUT data set at the end of its step. One that received records becomes a spool
   * file, its name made unique within the job (`.2`, `.3` …); an empty one leaves nothing.
   */
  addSysout(stepLabel: string, ddname: string, sink: SysoutSink): void {
    const file = sink.close();
    if (file === undefined || sink.records === 0) return;
    const base = `${stepLabel}.${ddname || 'DD'}`;
    let name = base;
    for (let n = 2; this.sysouts.some((s) => s.name === name); n++) name = `${base}.${n}`;
    renameSync(file, join(this.staging, `${name}.txt`));
    const [stepname = '', procstep] = stepLabel.split('.');
    const f: SysoutFile = { name, ddname, records: sink.records, bytes: sink.bytes, stepname, dsid: this.dsids.get(sink) ?? 0 };
    if (procstep !== undefined) f.procstep = procstep;
    this.sysouts.push(f);
  }

  /** The data sets of the job as JES2 lists them (JESMSGLG, JESJCL, JESYSMSG, SYSOUT by DSID), after write(). */
  datasets(): SpoolDataset[] {
    return this.written;
  }

  /**
   * Writes every file. `executed` adds the execution date to the JES2 statistics (a job that never
   * ran has none). An existing spool directory (a reused job number) is replaced.
   */
  write(cardsRead: number, executed: boolean): void {
    // Every file is in the staging directory, renamed into place when all are written: a job
    // killed while it runs or writes its output never leaves half of it under its name.
    const dir = this.stagingDir();
    // The reserve gives its space back to the job log.
    rmSync(join(dir, RESERVE_FILE), { force: true });
    const stats = (records: number, kbytes: number): string[] => [
      '------ JES2 JOB STATISTICS ------',
      ...(executed ? [`${statDate(this.now).padStart(13)} JOB EXECUTION DATE`] : []),
      `${String(cardsRead).padStart(13)} CARDS READ`,
      `${String(records).padStart(13)} SYSOUT PRINT RECORDS`,
      `${'0'.padStart(13)} SYSOUT PUNCH RECORDS`,
      `${String(kbytes).padStart(13)} SYSOUT SPOOL KBYTES`,
      `${this.minutes.toFixed(2).padStart(13)} MINUTES EXECUTION TIME`,
    ];
    const others = [this.jesjcl, this.sysmsg];
    const statLines = stats(0, 0).length;
    const sysoutRecords = this.sysouts.reduce((n, s) => n + s.records, 0);
    const sysoutBytes = this.sysouts.reduce((n, s) => n + s.bytes, 0);
    const records = this.msglog.length + statLines + others.reduce((n, r) => n + r.length, 0) + sysoutRecords;
    const bytesOf = (lines: readonly string[]): number => lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
    const bytes = bytesOf(this.msglog) + others.reduce((n, r) => n + bytesOf(r), 0) + sysoutBytes;
    const msglog = [...this.msglog, ...stats(records, Math.max(1, Math.ceil(bytes / 1024)))];
    const text = (lines: readonly string[]): string => (lines.length === 0 ? '' : lines.join('\n') + '\n');
    writeFileAtomic(join(dir, 'JESMSGLG.txt'), text(msglog));
    writeFileAtomic(join(dir, 'JESJCL.txt'), text(this.jesjcl));
    writeFileAtomic(join(dir, 'JESYSMSG.txt'), text(this.sysmsg));
    const jes = (ddname: string, dsid: number, lines: readonly string[]): SpoolDataset => ({ ddname, stepname: 'JES2', dsid, records: lines.length, file: `${ddname}.txt` });
    this.written = [
      jes('JESMSGLG', 2, msglog),
      jes('JESJCL', 3, this.jesjcl),
      jes('JESYSMSG', 4, this.sysmsg),
      ...[...this.sysouts]
        .sort((a, b) => a.dsid - b.dsid)
        .map((s): SpoolDataset => ({ ddname: s.ddname, stepname: s.stepname, ...(s.procstep !== undefined ? { procstep: s.procstep } : {}), dsid: s.dsid, records: s.records, file: `${s.name}.txt` })),
    ];
    for (const f of readdirSync(dir)) if (f.endsWith('.part')) rmSync(join(dir, f), { force: true });
    rmSync(this.final, { recursive: true, force: true });
    killPoint('spool.rename');
    renameSync(dir, this.final);
  }
}

/**
 * The output of one job as JES2 keeps it, written to `DIR/spool/JOBnnnnn-JOBNAME/`:
 * JESMSGLG.txt (job log), JESJCL.txt (statement listing), JESYSMSG.txt (system messages) and one
 * `STEP.DD.txt` (`STEP.PSTEP.DD.txt` in a procedure) per SYSOUT data set that received records.
 *
 * Records are written as SDSF shows them without the ASA carriage-control column: no page-eject
 * or spacing characters, trailing blanks trimmed. The directory is written whole: its files go to a
 * temporary directory that is renamed into place.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ListingLine } from '../jcl/types.js';
import { assertInside } from './Catalog.js';
import { writeFileAtomic } from './atomicWrite.js';
import { hhmmss, logDate, statDate } from './jesTime.js';

/** System and node name in the job log header and $HASP373. */
export const SYSTEM_NAME = 'SYS1';
export const NODE_NAME = 'N1';

/** Spool data set ids: JESMSGLG 2, JESJCL 3, JESYSMSG 4; in-stream and SYSOUT data sets from 101. */
export const FIRST_USER_DSID = 101;

export interface SysoutFile {
  /** File name without `.txt`: `S1.SYSPRINT`, `EXP.P1.SLSPRINT`. */
  name: string;
  ddname: string;
  records: string[];
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
  private readonly jesjcl: string[];
  private readonly time: string;
  private minutes = 0;

  constructor(readonly jobid: string, readonly jobname: string, private readonly now: Date, listing: readonly ListingLine[]) {
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

  /** Adds a SYSOUT data set; the file name is made unique within the job (`.2`, `.3` …). */
  addSysout(stepLabel: string, ddname: string, records: string[]): void {
    const base = `${stepLabel}.${ddname || 'DD'}`;
    let name = base;
    for (let n = 2; this.sysouts.some((s) => s.name === name); n++) name = `${base}.${n}`;
    this.sysouts.push({ name, ddname, records: records.map((r) => r.trimEnd()) });
  }

  /**
   * Writes every file. `executed` adds the execution date to the JES2 statistics (a job that never
   * ran has none). Returns the spool directory; an existing one (a reused job number) is replaced.
   */
  write(root: string, relative: string, cardsRead: number, executed: boolean): void {
    const final = join(root, relative);
    assertInside(root, final, relative);
    // The files go to a temporary directory beside the final one, renamed into place when all are
    // written: a job killed while writing its output never leaves half of it under its name.
    const dir = join(dirname(final), `.${basename(final)}.${process.pid}.tmp`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const stats = (records: number, kbytes: number): string[] => [
      '------ JES2 JOB STATISTICS ------',
      ...(executed ? [`${statDate(this.now).padStart(13)} JOB EXECUTION DATE`] : []),
      `${String(cardsRead).padStart(13)} CARDS READ`,
      `${String(records).padStart(13)} SYSOUT PRINT RECORDS`,
      `${'0'.padStart(13)} SYSOUT PUNCH RECORDS`,
      `${String(kbytes).padStart(13)} SYSOUT SPOOL KBYTES`,
      `${this.minutes.toFixed(2).padStart(13)} MINUTES EXECUTION TIME`,
    ];
    const others = [this.jesjcl, this.sysmsg, ...this.sysouts.map((s) => s.records)];
    const statLines = stats(0, 0).length;
    const records = this.msglog.length + statLines + others.reduce((n, r) => n + r.length, 0);
    const bytesOf = (lines: readonly string[]): number => lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
    const bytes = bytesOf(this.msglog) + others.reduce((n, r) => n + bytesOf(r), 0);
    const msglog = [...this.msglog, ...stats(records, Math.max(1, Math.ceil(bytes / 1024)))];
    const text = (lines: readonly string[]): string => (lines.length === 0 ? '' : lines.join('\n') + '\n');
    writeFileAtomic(join(dir, 'JESMSGLG.txt'), text(msglog));
    writeFileAtomic(join(dir, 'JESJCL.txt'), text(this.jesjcl));
    writeFileAtomic(join(dir, 'JESYSMSG.txt'), text(this.sysmsg));
    for (const s of this.sysouts) writeFileAtomic(join(dir, `${s.name}.txt`), text(s.records));
    rmSync(final, { recursive: true, force: true });
    renameSync(dir, final);
  }
}

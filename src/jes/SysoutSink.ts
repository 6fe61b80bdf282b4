/**
 * One SYSOUT data set of a running job, written to the spool as the program writes it: records
 * go (trailing blanks trimmed, as the spool shows them) to a file in the job's spool staging
 * directory, opened at the first record, and are counted for the job's statistics. No record is
 * held in memory; a data set that receives none leaves no file.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Records per write to the file: a large array is written a block at a time. */
const BLOCK = 4096;

export class SysoutSink {
  /** Records written so far. */
  records = 0;
  /** Bytes written so far (UTF-8, a newline after each record). */
  bytes = 0;
  private fd: number | undefined;
  private path: string | undefined;
  private closed = false;

  /** `place` gives the file to write, asked once, at the first record. */
  constructor(private readonly place: () => string) {}

  write(records: readonly string[]): void {
    if (this.closed) throw new Error('SYSOUT data set written after the step ended');
    for (let i = 0; i < records.length; i += BLOCK) {
      const block = records.length <= BLOCK ? records : records.slice(i, i + BLOCK);
      const text = block.map((r) => r.trimEnd()).join('\n') + '\n';
      if (this.fd === undefined) {
        this.path = this.place();
        this.fd = openSync(this.path, 'w');
      }
      writeSync(this.fd, text);
      this.records += block.length;
      this.bytes += Buffer.byteLength(text);
    }
  }

  /** Ends the data set; returns its file, or undefined when it received no record. */
  close(): string | undefined {
    this.closed = true;
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    return this.path;
  }
}

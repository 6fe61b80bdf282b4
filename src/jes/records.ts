/**
 * How records are kept in a data set's file: one record per line, `\n` after each. Records are
 * text (card images for LRECL=80); trailing blanks are kept as written.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { killPoint } from '../core/killPoint.js';
import { tempNameFor } from './atomicWrite.js';

export function encodeRecords(records: readonly string[]): string {
  return records.length === 0 ? '' : records.join('\n') + '\n';
}

export function decodeRecords(text: string): string[] {
  if (text.length === 0) return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** Records of a file; a file that does not exist reads as empty. */
export function readRecordsFile(path: string): string[] {
  return existsSync(path) ? decodeRecords(readFileSync(path, 'utf8')) : [];
}

/** Replaces (or, with `append`, extends) a file's records atomically. */
export function writeRecordsFile(path: string, records: readonly string[], append = false): void {
  const w = new RecordFileWriter(path, append);
  try {
    w.write(records);
  } catch (e) {
    w.abort();
    throw e;
  }
  w.commit();
}

/** Records per write() call: a large array is written a block at a time, never as one string. */
const BLOCK = 4096;

/**
 * Writes a data set's records as a stream: they go to a temporary file beside it (a copy of the
 * data set first, when appending), and commit() renames that over the data set. Until then the
 * data set is as it was: a job killed half way never leaves half of its output under its name.
 */
export class RecordFileWriter {
  private readonly tmp: string;
  private fd: number | undefined;
  /** A write failed (a full disk): the records are incomplete and never become the data set. */
  private failed = false;

  constructor(readonly path: string, append: boolean) {
    this.tmp = tempNameFor(path);
    try {
      if (append && existsSync(path)) copyFileSync(path, this.tmp);
      this.fd = openSync(this.tmp, append ? 'a' : 'w');
    } catch (e) {
      rmSync(this.tmp, { force: true });
      throw e;
    }
  }

  get open(): boolean {
    return this.fd !== undefined;
  }

  write(records: readonly string[]): void {
    if (this.fd === undefined) throw new Error(`${this.path} is closed`);
    try {
      for (let i = 0; i < records.length; i += BLOCK) {
        writeSync(this.fd, encodeRecords(records.length <= BLOCK ? records : records.slice(i, i + BLOCK)));
      }
    } catch (e) {
      this.failed = true;
      throw e;
    }
  }

  /**
   * Makes the records the data set's content. After a failed write the records are thrown away
   * instead (the data set stays as it was) and false is returned.
   */
  commit(): boolean {
    if (this.fd === undefined) return !this.failed;
    if (this.failed) {
      this.abort();
      return false;
    }
    const fd = this.fd;
    this.fd = undefined;
    try {
      fsyncSync(fd);
    } catch (e) {
      closeSync(fd);
      rmSync(this.tmp, { force: true });
      throw e;
    }
    closeSync(fd);
    try {
      killPoint('dataset.rename');
      renameSync(this.tmp, this.path);
    } catch (e) {
      rmSync(this.tmp, { force: true });
      throw e;
    }
    return true;
  }

  /** Throws the records away: the data set stays as it was. */
  abort(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.tmp, { force: true });
  }
}

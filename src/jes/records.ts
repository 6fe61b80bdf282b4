/**
 * How records are kept in a data set's file: one record per line, `\n` after each. Records are
 * text (card images for LRECL=80); trailing blanks are kept as written.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
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

  constructor(readonly path: string, append: boolean) {
    this.tmp = tempNameFor(path);
    if (append && existsSync(path)) copyFileSync(path, this.tmp);
    this.fd = openSync(this.tmp, append ? 'a' : 'w');
  }

  get open(): boolean {
    return this.fd !== undefined;
  }

  write(records: readonly string[]): void {
    if (this.fd === undefined) throw new Error(`${this.path} is closed`);
    for (let i = 0; i < records.length; i += BLOCK) {
      writeSync(this.fd, encodeRecords(records.length <= BLOCK ? records : records.slice(i, i + BLOCK)));
    }
  }

  /** Makes the records the data set's content. */
  commit(): void {
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      renameSync(this.tmp, this.path);
    } catch (e) {
      rmSync(this.tmp, { force: true });
      throw e;
    }
  }

  /** Throws the records away: the data set stays as it was. */
  abort(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.tmp, { force: true });
  }
}

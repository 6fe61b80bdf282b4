/**
 * Writes a file so that a reader (or a killed process) never sees half of it: the data goes to a
 * temporary name in the same directory, then one rename replaces the target.
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { killPoint } from '../core/killPoint.js';
import type { AtomicOutput } from '../program/contract.js';

let counter = 0;

/** A temporary name beside `path`; it starts with a dot, which no data set name can. */
export function tempNameFor(path: string): string {
  counter += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}.${counter}.tmp`);
}

export function writeFileAtomic(path: string, data: string): void {
  const tmp = tempNameFor(path);
  let fd: number;
  try {
    fd = openSync(tmp, 'w');
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * New content for the file at `path` (the program contract's AtomicOutput): written to a
 * temporary name beside it, renamed over it by commit() after an fsync, removed by abort(). The
 * temporary is created by the first write, or by the program itself at tempPath.
 */
export function atomicOutput(path: string): AtomicOutput {
  const tmp = tempNameFor(path);
  let fd: number | undefined;
  let ended = false;
  /** A write failed (a full disk): what was written never becomes the data set. */
  let failed = false;
  const close = (): void => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    tempPath: tmp,
    write: (records) => {
      if (ended) throw new Error(`${path}: output already ended`);
      try {
        fd ??= openSync(tmp, 'w');
        if (records.length > 0) writeSync(fd, records.join('\n') + '\n');
      } catch (e) {
        failed = true;
        throw e;
      }
    },
    commit: () => {
      if (ended) return;
      ended = true;
      if (failed) {
        close();
        rmSync(tmp, { force: true });
        throw new Error(`${path}: an earlier write failed, the output was thrown away`);
      }
      try {
        // Nothing written and no file made at tempPath: the data set becomes empty.
        if (fd === undefined && !existsSync(tmp)) fd = openSync(tmp, 'w');
        if (fd !== undefined) fsyncSync(fd);
      } catch (e) {
        close();
        rmSync(tmp, { force: true });
        throw e;
      } finally {
        close();
      }
      try {
        killPoint('dataset.rename');
        renameSync(tmp, path);
      } catch (e) {
        rmSync(tmp, { force: true });
        throw e;
      }
    },
    abort: () => {
      if (ended) return;
      ended = true;
      close();
      rmSync(tmp, { force: true });
    },
  };
}

/**
 * Faults of the machine elsim runs on, told apart from bugs: a full file system (ENOSPC, a file
 * size limit, SQLite's "database or disk is full"), a read-only one (EROFS, no write permission,
 * SQLite's "readonly database"), a lock another process holds past the busy timeout, and other
 * I/O errors. Each is refused with a message id naming the file (SIM1510E-SIM1513E) instead of
 * ending the command as an internal error; the callers that were writing something undo it first.
 *
 * A SQLite "disk I/O error" or "unable to open database file" is what SQLite says when it cannot
 * make its side files (-wal, -shm) on a full or read-only file system, so it is classified by the
 * file system it happened on: almost no space left is a full disk, a directory that cannot be
 * written is a read-only one.
 */
import { accessSync, constants, existsSync, readFileSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { ElsimError } from './errors.js';
import { sim } from './simMessages.js';

export type FaultKind = 'space' | 'readonly' | 'busy' | 'io';

/** Free space under which an I/O error on a file system is taken for a full one (SQLite needs a few pages). */
const NEARLY_FULL_BYTES = 1024 * 1024;

const SPACE_ERRNO = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const READONLY_ERRNO = new Set(['EROFS', 'EACCES', 'EPERM']);

function codeOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Free bytes of the file system holding `path` (its nearest existing ancestor), or undefined. */
export function freeBytes(path: string): number | undefined {
  let p = path;
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p);
  try {
    const s = statfsSync(p);
    return s.bavail * s.bsize;
  } catch {
    return undefined;
  }
}

let sizeLimited: boolean | undefined;

/** Whether this process runs under a file size limit (ulimit -f; Linux /proc/self/limits). */
function fileSizeLimited(): boolean {
  if (sizeLimited === undefined) {
    try {
      const line = /^Max file size\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
      sizeLimited = line !== null && line[1] !== 'unlimited';
    } catch {
      sizeLimited = false;
    }
  }
  return sizeLimited;
}

/** Whether elsim can create files in the directory holding `path` (itself, when a directory). */
export function writableDir(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The kind of environment fault `e` is, or undefined when it is not one (a bug, a damaged file).
 * `path` is the file being used: a vague SQLite error is judged by its file system.
 */
export function faultKindOf(e: unknown, path?: string): FaultKind | undefined {
  const code = codeOf(e);
  if (code === undefined) return undefined;
  if (SPACE_ERRNO.has(code) || code === 'SQLITE_FULL') return 'space';
  if (READONLY_ERRNO.has(code) || code.startsWith('SQLITE_READONLY')) return 'readonly';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code === 'EIO' || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') {
    // SQLite reports a write past the file size limit (ulimit -f, EFBIG) as an I/O error.
    if (code.startsWith('SQLITE_IOERR') && fileSizeLimited()) return 'space';
    if (path !== undefined) {
      const free = freeBytes(path);
      if (free !== undefined && free < NEARLY_FULL_BYTES) return 'space';
      const dir = existsSync(path) && !code.startsWith('SQLITE') ? path : dirname(path);
      if (!writableDir(dir)) return 'readonly';
    }
    // SQLite's CANTOPEN on a writable file system with space is a missing or unreadable file:
    // the caller's own refusal says that better.
    return code === 'SQLITE_CANTOPEN' ? undefined : 'io';
  }
  return undefined;
}

/** The message of a fault of `kind` on `path` (SIM1510E-SIM1513E), as an ElsimError. */
export function faultError(kind: FaultKind, path: string, e: unknown, busyMs?: number): ElsimError {
  const reason = ((e as Error | null)?.message ?? String(e)).split('\n')[0] ?? '';
  switch (kind) {
    case 'space': {
      const free = freeBytes(path);
      return new ElsimError(sim.text('SIM1510E', path, free === undefined ? '?' : Math.floor(free / 1024), reason), 'SIM1510E');
    }
    case 'readonly':
      return new ElsimError(sim.text('SIM1511E', path, reason), 'SIM1511E');
    case 'busy':
      return new ElsimError(sim.text('SIM1512E', path, Math.round((busyMs ?? 0) / 1000)), 'SIM1512E');
    case 'io':
      return new ElsimError(sim.text('SIM1513E', path, reason), 'SIM1513E');
  }
}

/** `e` as an environment fault on `path`, or undefined when it is not one. */
export function environmentError(e: unknown, path: string, busyMs?: number): ElsimError | undefined {
  if (e instanceof ElsimError) return undefined;
  const kind = faultKindOf(e, path);
  return kind === undefined ? undefined : faultError(kind, path, e, busyMs);
}

/** Runs `fn`; an environment fault it throws on `path` becomes its SIM151x ElsimError. */
export function guardFaults<T>(path: string, fn: () => T, busyMs?: number): T {
  try {
    return fn();
  } catch (e) {
    throw environmentError(e, path, busyMs) ?? e;
  }
}

/**
 * One screen of a text file (a data set, a spool file) by line number, and FIND, without reading
 * the whole file into memory: the file is read a megabyte at a time and only the lines asked for
 * are decoded. A 100 MB SLSPRINT of a million-VTV VTVRPT pages like a short one; going to a line
 * costs a scan up to it (newlines are counted on the raw bytes), FIND a scan from where it starts.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export interface LinePage {
  /** 1-based number of the first line shown. */
  first: number;
  lines: string[];
  /** Lines follow the page. */
  more: boolean;
  /** Lines in the file, when counted (small files, or the last page asked for). */
  total: number | undefined;
  /** FIND: the line number of the hit (the page starts there), or 0 when not found. */
  found?: number;
}

export interface PageRequest {
  /** First line wanted (1-based); 'last' for the last page. */
  from: number | 'last';
  count: number;
  /** FIND this text (case-insensitive) at or after line `from`; the page starts at the hit. */
  find?: string;
}

const CHUNK = 1 << 20;
/** Files up to this size are counted on every page (a few milliseconds). */
const COUNT_ALWAYS = 8 << 20;

/** Calls `onLine(number, start, bytes)` for each line from line 1 on until it returns false; the bytes are not decoded. */
function scanLines(fd: number, onLine: (n: number, start: number, bytes: Buffer) => boolean): number {
  const buf = Buffer.alloc(CHUNK);
  let carry: Buffer = Buffer.alloc(0);
  let n = 0;
  let pos = 0;
  for (;;) {
    const got = readSync(fd, buf, 0, CHUNK, pos);
    if (got === 0) break;
    pos += got;
    const data = carry.length > 0 ? Buffer.concat([carry, buf.subarray(0, got)]) : buf.subarray(0, got);
    let start = 0;
    for (let nl = data.indexOf(10, start); nl !== -1; nl = data.indexOf(10, start)) {
      n++;
      if (!onLine(n, start, data.subarray(start, nl))) return n;
      start = nl + 1;
    }
    carry = Buffer.from(data.subarray(start));
  }
  if (carry.length > 0) {
    n++;
    onLine(n, 0, carry);
  }
  return n;
}

function decode(b: Buffer): string {
  const s = b.toString('utf8');
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

function countLines(fd: number): number {
  const buf = Buffer.alloc(CHUNK);
  let n = 0;
  let pos = 0;
  let last = 10;
  for (let got = readSync(fd, buf, 0, CHUNK, pos); got > 0; got = readSync(fd, buf, 0, CHUNK, pos)) {
    pos += got;
    for (let at = buf.indexOf(10, 0); at !== -1 && at < got; at = buf.indexOf(10, at + 1)) n++;
    last = buf[got - 1]!;
  }
  return last === 10 ? n : n + 1;
}

/** Lines in the file at `path` (newlines counted on the raw bytes, a megabyte at a time). */
export function countFileLines(path: string): number {
  const fd = openSync(path, 'r');
  try {
    return countLines(fd);
  } finally {
    closeSync(fd);
  }
}

/** A page of the file at `path` (which must exist). */
export function pageOfLines(path: string, req: PageRequest): LinePage {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const count = Math.max(1, Math.min(req.count, 5000));
    let total = size <= COUNT_ALWAYS || req.from === 'last' ? countLines(fd) : undefined;
    let from = req.from === 'last' ? Math.max(1, (total ?? 0) - count + 1) : Math.max(1, req.from);
    let found: number | undefined;
    if (req.find !== undefined && req.find !== '') {
      const needle = req.find.toUpperCase();
      found = 0;
      scanLines(fd, (n, _s, bytes) => {
        if (n < from) return true;
        if (bytes.toString('latin1').toUpperCase().includes(needle)) {
          found = n;
          return false;
        }
        return true;
      });
      if (found > 0) from = found;
    }
    const lines: string[] = [];
    let more = false;
    scanLines(fd, (n, _s, bytes) => {
      if (n < from) return true;
      if (lines.length === count) {
        more = true;
        return false;
      }
      lines.push(decode(bytes));
      return true;
    });
    if (!more && total === undefined) total = from + lines.length - 1;
    return { first: from, lines, more, total, ...(found !== undefined ? { found } : {}) };
  } finally {
    closeSync(fd);
  }
}

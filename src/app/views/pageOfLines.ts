/**
 * One screen of a text file (a data set, a spool file) by line number, and FIND, without reading
 * the whole file into memory: the file is read a megabyte at a time, newlines are counted on the
 * raw bytes (Buffer.indexOf), FIND runs a case-insensitive regular expression over each piece
 * it reads, and only the lines shown are decoded. A 135 MB SLSPRINT of a million-VTV VTVRPT pages
 * like a short one: going to a line costs a scan up to it, the last page or the line count a scan
 * of the file, FIND a scan from where it starts (about 0.1 s per 100 MB each).
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
/**
 * FIND decodes what it searches, 64 KB at a time: strings that small are made and dropped in
 * V8's young generation; megabyte strings go to its large-object space and make the first FIND
 * of a process several times slower.
 */
const FIND_CHUNK = 1 << 16;
/** Files up to this size are counted on every page (a few milliseconds). */
const COUNT_ALWAYS = 8 << 20;

/** Reads the file in chunks from `start`; `each(chunk, offsetOfChunk)` returns false to stop. */
function chunks(fd: number, start: number, each: (chunk: Buffer, at: number) => boolean, size = CHUNK): void {
  const buf = Buffer.allocUnsafe(size);
  for (let pos = start; ; ) {
    const got = readSync(fd, buf, 0, size, pos);
    if (got === 0) return;
    if (!each(buf.subarray(0, got), pos)) return;
    pos += got;
  }
}

/** Newlines in a buffer. */
function newlines(b: Buffer, from = 0, to = b.length): number {
  let n = 0;
  for (let i = b.indexOf(10, from); i !== -1 && i < to; i = b.indexOf(10, i + 1)) n++;
  return n;
}

/** The byte offset where line `line` (1-based) starts; the file's size when it has fewer lines. */
function offsetOfLine(fd: number, size: number, line: number): number {
  if (line <= 1) return 0;
  let want = line - 1;
  let offset = size;
  chunks(fd, 0, (b, at) => {
    for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) {
      if (--want === 0) {
        offset = at + i + 1;
        return false;
      }
    }
    return true;
  });
  return offset;
}

/** Lines in the file, and where its last `count` lines start (one pass). */
function countWithTail(fd: number, size: number, count: number): { total: number; tail: number } {
  // Where the line after newline k starts, for the last count + 1 newlines.
  const ring = count + 1;
  const starts = new Array<number>(ring).fill(0);
  let n = 0;
  let lastByte = 10;
  chunks(fd, 0, (b, at) => {
    for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) {
      n++;
      starts[n % ring] = at + i + 1;
    }
    lastByte = b[b.length - 1]!;
    return true;
  });
  const total = size === 0 ? 0 : lastByte === 10 ? n : n + 1;
  // Line k (1-based) starts after newline k-1: the first line of the last page is total-count+1.
  const first = Math.max(1, total - count + 1);
  return { total, tail: first === 1 ? 0 : starts[(first - 1) % ring]! };
}

function lineCount(fd: number, size: number): number {
  let n = 0;
  let lastByte = 10;
  chunks(fd, 0, (b) => {
    n += newlines(b);
    lastByte = b[b.length - 1]!;
    return true;
  });
  return size === 0 ? 0 : lastByte === 10 ? n : n + 1;
}

/** Lines in the file at `path` (newlines counted on the raw bytes, a megabyte at a time). */
export function countFileLines(path: string): number {
  const fd = openSync(path, 'r');
  try {
    return lineCount(fd, fstatSync(fd).size);
  } finally {
    closeSync(fd);
  }
}

/** Up to `count` lines from byte `offset`, and whether more follow. */
function linesAt(fd: number, offset: number, count: number): { lines: string[]; more: boolean } {
  const lines: string[] = [];
  let carry: Buffer = Buffer.alloc(0);
  let more = false;
  let ended = true;
  chunks(fd, offset, (chunk) => {
    const b = carry.length > 0 ? Buffer.concat([carry, chunk]) : Buffer.from(chunk);
    let start = 0;
    for (let nl = b.indexOf(10); nl !== -1; nl = b.indexOf(10, start)) {
      if (lines.length === count) {
        more = true;
        ended = false;
        return false;
      }
      lines.push(decode(b.subarray(start, nl)));
      start = nl + 1;
    }
    carry = b.subarray(start);
    return true;
  });
  if (ended && carry.length > 0) {
    if (lines.length === count) more = true;
    else lines.push(decode(carry));
  }
  return { lines, more };
}

function decode(b: Buffer): string {
  const s = b.toString('utf8');
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

/**
 * FIND from byte `offset` (the start of line `line`): the line of the first hit, and where that
 * line starts; undefined when there is none. Each megabyte is searched as latin1 text with a
 * case-insensitive expression; a hit across two megabytes is found through an overlap.
 */
function findFrom(fd: number, offset: number, line: number, text: string): { line: number; offset: number } | undefined {
  const needle = Buffer.from(text, 'utf8').toString('latin1');
  const re = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  const keep = Math.max(0, needle.length - 1);
  let carry: Buffer = Buffer.alloc(0);
  let carryAt = offset;
  let lines = line;
  let hit: { line: number; offset: number } | undefined;
  chunks(fd, offset, (chunk, at) => {
    const b = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const base = carry.length > 0 ? carryAt : at;
    const m = re.exec(b.toString('latin1'));
    if (m) {
      const pos = m.index;
      const nl = pos > 0 ? b.lastIndexOf(10, pos - 1) : -1;
      // The hit's line starts after the newline before it, or — none in this buffer — at the
      // search's start, or before this buffer.
      const start = nl >= 0 ? base + nl + 1 : base === offset ? offset : lineStartBefore(fd, base);
      hit = { line: lines + newlines(b, 0, pos), offset: start };
      return false;
    }
    // Newlines of the part not carried into the next round.
    const cut = Math.max(0, b.length - keep);
    lines += newlines(b, 0, cut);
    carry = Buffer.from(b.subarray(cut));
    carryAt = base + cut;
    return true;
  }, FIND_CHUNK);
  return hit;
}

/** The start of the line holding byte `at` (searching backwards). */
function lineStartBefore(fd: number, at: number): number {
  const buf = Buffer.allocUnsafe(4096);
  for (let end = at; end > 0; ) {
    const from = Math.max(0, end - buf.length);
    const got = readSync(fd, buf, 0, end - from, from);
    const nl = buf.subarray(0, got).lastIndexOf(10);
    if (nl !== -1) return from + nl + 1;
    end = from;
  }
  return 0;
}

/** A page of the file at `path` (which must exist). */
export function pageOfLines(path: string, req: PageRequest): LinePage {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const count = Math.max(1, Math.min(req.count, 5000));
    let total: number | undefined;
    let first: number;
    let offset: number;
    if (req.from === 'last') {
      const t = countWithTail(fd, size, count);
      total = t.total;
      first = Math.max(1, t.total - count + 1);
      offset = t.tail;
    } else {
      first = Math.max(1, req.from);
      offset = offsetOfLine(fd, size, first);
      if (size <= COUNT_ALWAYS) total = lineCount(fd, size);
    }
    let found: number | undefined;
    if (req.find !== undefined && req.find !== '') {
      const hit = findFrom(fd, offset, first, req.find);
      found = hit?.line ?? 0;
      if (hit) {
        first = hit.line;
        offset = hit.offset;
      }
    }
    const { lines, more } = linesAt(fd, offset, count);
    if (total === undefined && !more) total = first + lines.length - 1;
    return { first, lines, more, total, ...(found !== undefined ? { found } : {}) };
  } finally {
    closeSync(fd);
  }
}

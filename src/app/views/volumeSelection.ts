/**
 * What a Tapeplex panel search selects: a volser range (`AV1000-AV1099`), one volser, or a
 * prefix (`AV1*`), intersected with the volser ranges of a pool. Each part becomes one index
 * range over the volser key, so a page is read as a few range scans of at most one page each —
 * never a scan of the whole VTV or MVC table.
 */
import { isVolser, parseRangeText, rangeCondition, type CanonicalRange, type SqlCondition } from '../../cds/volserRange.js';

export interface VolumeQuery {
  /** A range, a volser or a prefix ending in `*`. */
  volsers?: string;
  /** A pool name (VTVs: the pool whose VOLPARM ranges hold them; MVCs: the MVC's pool). */
  pool?: string;
  /** VTVs: management class; MVCs: storage class. */
  cls?: string;
  /** VTVs: resident in this VTSS (as the CDS records it). */
  resident?: string;
  /** The page starts after this volser. */
  after?: string;
  /** Rows per page (1-500, default 50). */
  limit?: number;
}

export interface VolumePage<T> {
  rows: T[];
  /** The volser the next page starts after, when there is one. */
  next: string | undefined;
  /** Why the query selects nothing (a malformed range, an unknown pool). */
  error: string | undefined;
}

/** One key range of the selection: SQL over the volser column, plus the range for checks. */
export type KeyPart = SqlCondition;

export function pageLimit(q: VolumeQuery): number {
  const n = q.limit ?? 50;
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 500) : 50;
}

/** The volser text of a query as key parts over `column`, or an error. Undefined: all volsers. */
export function volserParts(column: string, text: string | undefined): KeyPart[] | { error: string } | undefined {
  const t = (text ?? '').trim().toUpperCase();
  if (t === '') return undefined;
  if (t.endsWith('*')) {
    const prefix = t.slice(0, -1);
    if (prefix !== '' && !isVolser(prefix)) return { error: `${text} is not a volser prefix` };
    if (prefix === '') return undefined;
    return [{ sql: `(${column} >= ? AND ${column} < ?)`, params: [prefix, prefix + '\u{FFFF}'] }];
  }
  const r = parseRangeText(t);
  if ('error' in r) return { error: r.error };
  return [rangeCondition(column, r)];
}

/** Key parts for a list of canonical ranges (a pool's VOLPARM ranges). */
export function rangeParts(column: string, ranges: readonly CanonicalRange[]): KeyPart[] {
  return ranges.map((r) => rangeCondition(column, r));
}

/**
 * Reads one page: `read(part, after, limit)` returns rows in volser order for one key part; the
 * parts' pages are merged and cut to the limit. With no parts, `read(undefined, …)` reads all.
 */
export function mergePages<T extends { volser: string }>(
  parts: readonly (KeyPart | undefined)[],
  after: string | undefined,
  limit: number,
  read: (part: KeyPart | undefined, after: string, limit: number) => T[],
): { rows: T[]; next: string | undefined } {
  const seen = new Map<string, T>();
  for (const part of parts) for (const row of read(part, after ?? '', limit + 1)) seen.set(row.volser, row);
  const all = [...seen.values()].sort((a, b) => (a.volser < b.volser ? -1 : a.volser > b.volser ? 1 : 0));
  const rows = all.slice(0, limit);
  return { rows, next: all.length > limit ? rows[rows.length - 1]!.volser : undefined };
}

/** Intersects two optional lists of parts (AND of each pair). */
export function intersectParts(a: KeyPart[] | undefined, b: KeyPart[] | undefined): (KeyPart | undefined)[] {
  if (!a && !b) return [undefined];
  if (!a) return b!;
  if (!b) return a;
  return a.flatMap((x) => b.map((y) => ({ sql: `(${x.sql} AND ${y.sql})`, params: [...x.params, ...y.params] })));
}

/**
 * Volser ranges as the shell hands them to utilities (VolRange in types.ts): arithmetic, never
 * expanded into lists. A range `AB0100-AB0199` is prefix `AB`, numbers 100..199 of width 4,
 * suffix ``; a single volser is a range of one.
 *
 * The split takes the rightmost run of digits the two ends share in position (so the same set of
 * volsers always gets the same split: `A12000-A12999` is prefix `A`, 12000..12999, width 5).
 * Both ends must be volsers (1-6 of A-Z 0-9 # @ $) of the same length that differ only in that
 * run, and low must not exceed high.
 *
 * The SQL helpers turn ranges into a WHERE condition over a volser column with bound
 * parameters, so that utilities update whole ranges in one statement and the column's index is
 * used (a BETWEEN on the end volsers, and a GLOB that keeps only volsers of the range's shape).
 */
import type { VolRange } from './types.js';

const VOLSER = /^[A-Z0-9#@$]{1,6}$/;
const SQL_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

/** True when `v` is a volser: 1-6 characters of A-Z 0-9 # @ $ (upper case). */
export function isVolser(v: string): boolean {
  return VOLSER.test(v);
}

/** Why a coded range is not one (for the SIM0316I detail line). */
export interface VolRangeError {
  error: string;
}

/** Parses `LOW-HIGH` or a single volser, as coded (case is folded). */
export function parseVolRange(coded: string): VolRange | VolRangeError {
  const text = coded.trim().toUpperCase();
  const parts = text.split('-');
  if (parts.length > 2) return { error: 'NOT A VOLSER OR VOLSER RANGE' };
  const low = parts[0]!;
  const high = parts[1] ?? low;
  if (!isVolser(low)) return { error: `${low || '(NOTHING)'} IS NOT A VOLSER` };
  if (!isVolser(high)) return { error: `${high || '(NOTHING)'} IS NOT A VOLSER` };
  if (low.length !== high.length) return { error: 'THE ENDS DIFFER IN LENGTH' };
  let end = low.length;
  while (end > 0 && !(isDigit(low[end - 1]!) && isDigit(high[end - 1]!))) end--;
  if (end === 0) {
    if (low !== high) return { error: 'THE RANGE HAS NO NUMERIC PART TO INCREMENT' };
    return { prefix: low, lo: 0, hi: 0, width: 0, suffix: '', text };
  }
  let start = end;
  while (start > 0 && isDigit(low[start - 1]!) && isDigit(high[start - 1]!)) start--;
  const prefix = low.slice(0, start);
  const suffix = low.slice(end);
  if (high.slice(0, start) !== prefix || high.slice(end) !== suffix) {
    return { error: 'THE ENDS DIFFER OUTSIDE THEIR NUMERIC PART' };
  }
  const lo = Number(low.slice(start, end));
  const hi = Number(high.slice(start, end));
  if (lo > hi) return { error: 'THE LOW END IS HIGHER THAN THE HIGH END' };
  return { prefix, lo, hi, width: end - start, suffix, text };
}

export function isVolRangeError(r: VolRange | VolRangeError): r is VolRangeError {
  return 'error' in r;
}

/** The volser at number n of a range (n need not lie inside it). */
export function volserAt(r: Pick<VolRange, 'prefix' | 'width' | 'suffix'>, n: number): string {
  return r.prefix + (r.width === 0 ? '' : String(n).padStart(r.width, '0')) + r.suffix;
}

/** First and last volser of the range. */
export function volRangeEnds(r: VolRange): [string, string] {
  return [volserAt(r, r.lo), volserAt(r, r.hi)];
}

/** How many volsers the range holds. */
export function volRangeCount(r: VolRange): number {
  return r.hi - r.lo + 1;
}

/** Total volsers in a list of ranges (overlaps counted twice). */
export function volRangesCount(rs: readonly VolRange[]): number {
  return rs.reduce((n, r) => n + volRangeCount(r), 0);
}

/** True when the volser belongs to the range. */
export function volRangeContains(r: VolRange, volser: string): boolean {
  const v = volser.toUpperCase();
  if (v.length !== r.prefix.length + r.width + r.suffix.length) return false;
  if (!v.startsWith(r.prefix) || !v.endsWith(r.suffix)) return false;
  if (r.width === 0) return true;
  const digits = v.slice(r.prefix.length, r.prefix.length + r.width);
  if (!/^[0-9]+$/.test(digits)) return false;
  const n = Number(digits);
  return n >= r.lo && n <= r.hi;
}

/** True when some volser is in both ranges. */
export function volRangesOverlap(a: VolRange, b: VolRange): boolean {
  return a.prefix === b.prefix && a.width === b.width && a.suffix === b.suffix && a.lo <= b.hi && b.lo <= a.hi;
}

/** `LOW-HIGH`, or the volser alone for a range of one (canonical, not as coded). */
export function volRangeText(r: VolRange): string {
  const [a, b] = volRangeEnds(r);
  return a === b ? a : `${a}-${b}`;
}

/** A WHERE condition and its bound parameters: `db.prepare(`… WHERE ${sql}`).run(...params)`. */
export interface SqlCondition {
  sql: string;
  params: string[];
}

/**
 * The condition "column holds a volser of this range". `column` is an SQL column name (optionally
 * `table.column`), never user text: it is checked and interpolated; the volsers are bound.
 */
export function volRangeSql(column: string, r: VolRange): SqlCondition {
  checkColumn(column);
  const [lo, hi] = volRangeEnds(r);
  if (lo === hi) return { sql: `${column} = ?`, params: [lo] };
  const shape = globEscape(r.prefix) + '[0-9]'.repeat(r.width) + globEscape(r.suffix);
  return { sql: `(${column} BETWEEN ? AND ? AND ${column} GLOB ?)`, params: [lo, hi, shape] };
}

/** The OR of volRangeSql over a list; `0` (matches nothing) for an empty list. */
export function volRangesSql(column: string, ranges: readonly VolRange[]): SqlCondition {
  checkColumn(column);
  if (ranges.length === 0) return { sql: '0', params: [] };
  const parts = ranges.map((r) => volRangeSql(column, r));
  if (parts.length === 1) return parts[0]!;
  return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.flatMap((p) => p.params) };
}

function checkColumn(column: string): void {
  if (!SQL_NAME.test(column)) throw new Error(`volRangeSql: ${JSON.stringify(column)} is not a column name`);
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** None of A-Z 0-9 # @ $ is special in GLOB; escape the GLOB metacharacters anyway. */
function globEscape(s: string): string {
  return s.replace(/[*?[\]]/g, (c) => `[${c}]`);
}

/**
 * Volser ranges as the shell hands them to utilities (VolRange in types.ts): arithmetic, never
 * expanded into lists. A range `AB0100-AB0199` is prefix `AB`, numbers 100..199 of width 4,
 * suffix ``; a single volser is a range of one.
 *
 * The arithmetic is the CDS's canonical form (src/cds/volserRange.ts: the rightmost run of digits
 * the two ends share in position; both ends volsers of the same length that differ only in that
 * run; low not above high), so a range the shell accepts is stored and compared the same way.
 * This module adds what the shell and utilities need on top: the coded text, the refusal reasons
 * for SIM0316I, membership, and SQL conditions with a checked column name.
 */
import { canonicalRange, isVolser, overlaps, rangeCondition, rangeText, volserAt } from '../cds/volserRange.js';
import type { VolRange } from './types.js';

export { isVolser, volserAt };

const SQL_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

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
  for (const end of [low, high]) if (!isVolser(end)) return { error: `${end || '(NOTHING)'} IS NOT A VOLSER` };
  const r = canonicalRange(low, high);
  if ('error' in r) return { error: r.error.toUpperCase() };
  return { ...r, text };
}

export function isVolRangeError(r: VolRange | VolRangeError): r is VolRangeError {
  return 'error' in r;
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
  return overlaps(a, b);
}

/** `LOW-HIGH`, or the volser alone for a range of one (canonical, not as coded). */
export function volRangeText(r: VolRange): string {
  return rangeText(r);
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
  return rangeCondition(column, r);
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

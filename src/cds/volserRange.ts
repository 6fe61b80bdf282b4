/**
 * Volser ranges as the CDS stores them: canonical and arithmetic, never expanded.
 *
 * A range `AB0100-AB0199` is kept as prefix `AB`, numbers 100..199 of width 4, suffix ``. The
 * canonical split takes the rightmost run of digits that the two ends share in position and
 * length, so that the same set of volsers always gets the same split, whatever the coder wrote
 * (`A12000-A12999` is prefix `A`, 12000..12999, width 5). Two canonical ranges overlap exactly
 * when their prefix, width and suffix are equal and their number intervals meet.
 *
 * The same module serves the SLUADMIN shell and the utilities: a range coded on a control
 * statement (VolRange, parsed in src/sluadmin/parseVolRange.ts) is a canonical range plus the
 * text as coded, so it is counted, compared and turned into SQL the same way the CDS stores it.
 */

/** A canonical volser range (a single volser is a range of one). */
export interface CanonicalRange {
  prefix: string;
  lo: number;
  hi: number;
  width: number;
  suffix: string;
}

/** A volser range or single volser as coded on a control statement: canonical, with the text as coded (for messages). */
export interface VolRange extends CanonicalRange {
  text: string;
}

/** A WHERE condition and its bound parameters: `db.prepare(`… WHERE ${sql}`).run(...params)`. */
export interface SqlCondition {
  sql: string;
  params: string[];
}

const SQL_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

const VOLSER = /^[A-Z0-9#@$]{1,6}$/;

/** True when `v` is a syntactically valid volser (1-6 of A-Z 0-9 # @ $, upper case). */
export function isVolser(v: string): boolean {
  return VOLSER.test(v);
}

/**
 * The canonical range from its two ends, or a reason it is not one. Both ends must be volsers of
 * the same length that differ only in their rightmost run of digits, and low must not exceed high.
 */
export function canonicalRange(low: string, high: string): CanonicalRange | { error: string } {
  const a = low.toUpperCase();
  const b = high.toUpperCase();
  if (!isVolser(a)) return { error: `${low} is not a volser` };
  if (!isVolser(b)) return { error: `${high} is not a volser` };
  if (a.length !== b.length) return { error: `${low} and ${high} differ in length` };
  // The rightmost position where both ends hold a digit, and the run of digits ending there.
  let end = a.length;
  while (end > 0 && !(isDigit(a[end - 1]!) && isDigit(b[end - 1]!))) end--;
  if (end === 0) {
    if (a !== b) return { error: `${low}-${high} has no numeric part to increment` };
    return { prefix: a, lo: 0, hi: 0, width: 0, suffix: '' };
  }
  let start = end;
  while (start > 0 && isDigit(a[start - 1]!) && isDigit(b[start - 1]!)) start--;
  const prefix = a.slice(0, start);
  const suffix = a.slice(end);
  if (b.slice(0, start) !== prefix || b.slice(end) !== suffix) {
    return { error: `${low} and ${high} differ outside their numeric part` };
  }
  const lo = Number(a.slice(start, end));
  const hi = Number(b.slice(start, end));
  if (lo > hi) return { error: `${low} is higher than ${high}` };
  return { prefix, lo, hi, width: end - start, suffix };
}

/** Canonical form of a VolRange as the shell hands it over (re-split if the coder's split differs). */
export function canonicalOf(r: VolRange): CanonicalRange | { error: string } {
  return canonicalRange(volserAt(r, r.lo), volserAt(r, r.hi));
}

/** Parses `LOW-HIGH` or a single volser. */
export function parseRangeText(text: string): CanonicalRange | { error: string } {
  const parts = text.trim().toUpperCase().split('-');
  if (parts.length === 1) return canonicalRange(parts[0]!, parts[0]!);
  if (parts.length === 2) return canonicalRange(parts[0]!, parts[1]!);
  return { error: `${text} is not a volser or volser range` };
}

/** The volser at number n of a range. */
export function volserAt(r: { prefix: string; width: number; suffix: string }, n: number): string {
  return r.prefix + (r.width === 0 ? '' : String(n).padStart(r.width, '0')) + r.suffix;
}

export function rangeCount(r: CanonicalRange): number {
  return r.hi - r.lo + 1;
}

/** Total volsers in a list of ranges (overlaps counted twice). */
export function rangesCount(rs: readonly CanonicalRange[]): number {
  return rs.reduce((n, r) => n + rangeCount(r), 0);
}

/** First and last volser of the range. */
export function rangeEnds(r: CanonicalRange): [string, string] {
  return [volserAt(r, r.lo), volserAt(r, r.hi)];
}

/** True when the volser belongs to the range. */
export function rangeContains(r: CanonicalRange, volser: string): boolean {
  const v = volser.toUpperCase();
  if (v.length !== r.prefix.length + r.width + r.suffix.length) return false;
  if (!v.startsWith(r.prefix) || !v.endsWith(r.suffix)) return false;
  if (r.width === 0) return true;
  const digits = v.slice(r.prefix.length, r.prefix.length + r.width);
  if (!/^[0-9]+$/.test(digits)) return false;
  const n = Number(digits);
  return n >= r.lo && n <= r.hi;
}

/** `LOW-HIGH`, or the volser alone for a range of one. */
export function rangeText(r: CanonicalRange): string {
  const a = volserAt(r, r.lo);
  const b = volserAt(r, r.hi);
  return a === b ? a : `${a}-${b}`;
}

export function overlaps(a: CanonicalRange, b: CanonicalRange): boolean {
  return a.prefix === b.prefix && a.width === b.width && a.suffix === b.suffix && a.lo <= b.hi && b.lo <= a.hi;
}

/**
 * An SQL condition matching `column` against a canonical range, using the column's index:
 * a BETWEEN on the end volsers plus a GLOB that keeps only volsers of the range's shape (the
 * BETWEEN alone would also admit e.g. `A1000B` inside `A10000-A19999`). `column` is an SQL
 * column name (optionally `table.column`), never user text: it is checked and interpolated; the
 * volsers are bound.
 */
export function rangeCondition(column: string, r: CanonicalRange): SqlCondition {
  checkColumn(column);
  const lo = volserAt(r, r.lo);
  const hi = volserAt(r, r.hi);
  if (lo === hi) return { sql: `${column} = ?`, params: [lo] };
  const shape = globEscape(r.prefix) + '[0-9]'.repeat(r.width) + globEscape(r.suffix);
  return { sql: `(${column} BETWEEN ? AND ? AND ${column} GLOB ?)`, params: [lo, hi, shape] };
}

/** OR of rangeCondition over a list; `0` (matches nothing) for an empty list. */
export function rangesCondition(column: string, ranges: readonly CanonicalRange[]): SqlCondition {
  checkColumn(column);
  if (ranges.length === 0) return { sql: '0', params: [] };
  const parts = ranges.map((r) => rangeCondition(column, r));
  return { sql: parts.length === 1 ? parts[0]!.sql : `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.flatMap((p) => p.params) };
}

function checkColumn(column: string): void {
  if (!SQL_NAME.test(column)) throw new Error(`rangeCondition: ${JSON.stringify(column)} is not a column name`);
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** Volser characters that are special in GLOB (none of A-Z 0-9 # @ $ are), kept for safety. */
function globEscape(s: string): string {
  return s.replace(/[*?[\]]/g, (c) => `[${c}]`);
}

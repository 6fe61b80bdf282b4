/** IMPORT's report: the MVCs of the manifest with the action taken, then each VTV. */
import { dateTime, formatRow, headingLines, type Column } from '../reportColumns.js';

export const MVC_COLUMNS: Column[] = [
  { head: ['MVC', 'VOLSER'], width: 6 },
  { head: ['MEDIA'], width: 8 },
  { head: ['CAPACITY', '(MB)'], width: 8, right: true },
  { head: ['USED', '(MB)'], width: 8, right: true },
  { head: ['VTV', 'COPIES'], width: 6, right: true },
  { head: ['SOURCE', 'POOL'], width: 13 },
  { head: ['TARGET', 'POOL'], width: 13 },
  { head: ['ACTION'], width: 28 },
];

export const VTV_COLUMNS: Column[] = [
  { head: ['VTV', 'VOLSER'], width: 6 },
  { head: ['MGMT', 'CLASS'], width: 8 },
  { head: ['SIZE', '(MB)'], width: 6, right: true },
  { head: ['COMP', '%'], width: 4, right: true },
  { head: ['CREATED', 'DATE       TIME'], width: 19 },
  { head: ['COPIES', 'NEW/SRC'], width: 7 },
  { head: ['MVCS OF THE', 'NEW COPIES'], width: 27 },
  { head: ['ACTION'], width: 12 },
];

export const MVC_HEADINGS = headingLines(MVC_COLUMNS);
export const VTV_HEADINGS = headingLines(VTV_COLUMNS);

export function mvcLine(r: { volser: string; media: string | null; capacity: number; used: number; copies: number; srcPool: string | null; pool: string | null; action: string }): string {
  return formatRow(MVC_COLUMNS, [r.volser, r.media, r.capacity, r.used, r.copies, r.srcPool, r.pool, r.action]);
}

/** A VTV row as IMPORT's report query returns it (raw array, in this order). */
export type VtvReportRow = [volser: string, mgmt: string | null, size: number, comp: number, created: string | null, made: number, src: number, action: string, mvcs: string | null, reason: string | null];

/** `v` left-justified (or, with `right`, right-justified) in `width` columns, cut to fit. */
function cell(v: string, width: number, right = false): string {
  if (v.length > width) return v.slice(0, width);
  return right ? v.padStart(width) : v.padEnd(width);
}

/**
 * The line formatRow(VTV_COLUMNS, …) gives, built straight from the raw row (a line per VTV of the manifest):
 * a VTV not imported shows no new copies.
 */
export function vtvRowLine(r: VtvReportRow): string {
  const rejected = r[7] === 'NOT IMPORTED';
  const line =
    cell(r[0], 6) + ' ' + cell(r[1] ?? '', 8) + ' ' + cell(String(r[2]), 6, true) + ' ' + cell(String(r[3]), 4, true) + ' ' +
    cell(dateTime(r[4]), 19) + ' ' + cell(`${rejected ? 0 : r[5]}/${r[6]}`, 7) + ' ' + cell(rejected ? '' : (r[8] ?? ''), 27) + ' ' +
    (r[7].length > 12 ? r[7].slice(0, 12) : r[7]);
  return line.trimEnd();
}

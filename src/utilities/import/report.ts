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

export function vtvLine(r: { volser: string; mgmt: string | null; size: number; comp: number; created: string | null; made: number; src: number; mvcs: string | null; action: string }): string {
  return formatRow(VTV_COLUMNS, [r.volser, r.mgmt, r.size, r.comp, dateTime(r.created), `${r.made}/${r.src}`, r.mvcs, r.action]);
}

/** EXPORT's report: one line per exported MVC with its VTV count, then totals. */
import { formatRow, headingLines, type Column } from '../reportColumns.js';

export const MVC_COLUMNS: Column[] = [
  { head: ['MVC', 'VOLSER'], width: 6 },
  { head: ['MEDIA'], width: 8 },
  { head: ['RECTECH'], width: 8 },
  { head: ['MVC POOL'], width: 13 },
  { head: ['STORAGE', 'CLASS'], width: 8 },
  { head: ['VTV', 'COPIES'], width: 6, right: true },
  { head: ['USED', '(MB)'], width: 8, right: true },
  { head: ['CAPACITY', '(MB)'], width: 8, right: true },
  { head: ['STATUS AFTER', 'EXPORT'], width: 20 },
];

export interface ExportedMvc {
  volser: string;
  media: string | null;
  rectech: string | null;
  pool: string | null;
  storClass: string | null;
  copies: number;
  usedMb: number;
  capacityMb: number;
}

export function mvcLine(m: ExportedMvc): string {
  return formatRow(MVC_COLUMNS, [m.volser, m.media, m.rectech, m.pool, m.storClass, m.copies, m.usedMb, m.capacityMb, 'READ-ONLY EXPORTED']);
}

export const MVC_HEADINGS = headingLines(MVC_COLUMNS);

export function totalsLine(t: { mvcs: number; copies: number; vtvs: number; usedMb: number }): string {
  return `TOTAL EXPORTED: ${t.mvcs} MVCS   ${t.copies} VTV COPIES OF ${t.vtvs} VTVS   ${t.usedMb} MB`;
}

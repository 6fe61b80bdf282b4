/** MIGRATE's SLSPRINT lines: one per VTV taken out of (or migrated from) a VTSS buffer. */
import type { VtvMigration } from '../../sim/migrateVtv.js';
import { formatRow, headingLines, type Column } from '../reportColumns.js';

const COLUMNS: Column[] = [
  { head: ['VTV', 'VOLSER'], width: 6 },
  { head: ['VTSS'], width: 8 },
  { head: ['SIZE', '(MB)'], width: 6, right: true },
  { head: ['COPIES WRITTEN', 'STORCLAS:MVC'], width: 40 },
  { head: ['RESULT'], width: 60 },
];

export const HEADINGS = headingLines(COLUMNS);

export function migrationLine(m: VtvMigration): string {
  const result = m.problem !== undefined
    ? `NOT MIGRATED: ${m.problem}`
    : `${m.written.length > 0 ? 'MIGRATED' : 'ALREADY MIGRATED'}${m.deleted ? ', REMOVED FROM THE BUFFER' : ', STILL RESIDENT'}`;
  return formatRow(COLUMNS, [m.vtv, m.vtss, m.sizeMb, m.written.join(' ') || '-', result]);
}

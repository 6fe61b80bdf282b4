/**
 * DRMON's SLSPRINT section: what was selected and waited for, then one line per monitored copy —
 * the VTV, its class and update time, the destination, whether it was already there, arrived
 * while DRMON waited (with the time and the minutes waited) or is still missing.
 */
import { dateTime, formatRow, headingLines, type Column } from '../reportColumns.js';
import type { Destination } from './monitorQuery.js';

export const COLUMNS: Column[] = [
  { head: ['VTV', 'VOLSER'], width: 6 },
  { head: ['MGMT', 'CLASS'], width: 8 },
  { head: ['LAST UPDATED', 'DATE       TIME'], width: 19 },
  { head: ['DESTINATION'], width: 24 },
  { head: ['STATUS'], width: 8 },
  { head: ['ARRIVED', 'DATE       TIME'], width: 19 },
  { head: ['WAITED', '(MIN)'], width: 6, right: true },
];

export const HEADINGS = headingLines(COLUMNS);

export function destinationText(d: Destination): string {
  if (d.kind === 'REPL') return 'REPLICA IN CLUSTER';
  if (d.kind === 'PLEX') return `${d.name} AT ${d.tapeplex ?? '?'}`;
  return `${d.name} MVC COPY`;
}

export type CopyState = 'PRESENT' | 'ARRIVED' | 'MISSING';

export function copyLine(c: { vtv: string; mgmt: string | null; updated: string | null; dest: Destination; state: CopyState; arrived: string | null; waitedMin: number | null }): string {
  return formatRow(COLUMNS, [c.vtv, c.mgmt, dateTime(c.updated), destinationText(c.dest), c.state, dateTime(c.arrived), c.waitedMin]);
}

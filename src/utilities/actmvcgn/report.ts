/** ACTMVCGN's SLSPRINT layout (one line per MVC selected) and the card images of its decks. */
import { formatRow, type Column } from '../reportColumns.js';

export const ACTMVCGN_COLUMNS: Column[] = [
  { head: ['MVC', 'VOLSER'], width: 6 },
  { head: ['MVC', 'POOL'], width: 13 },
  { head: ['ACS/VLE'], width: 8 },
  { head: ['CURRENT', 'COPIES'], width: 7, right: true },
  { head: ['ALL', 'COPIES'], width: 7, right: true },
  { head: ['USED', '(MB)'], width: 8, right: true },
  { head: ['READ', 'ONLY'], width: 4 },
  { head: ['DR', 'TEST'], width: 4 },
];

/** A selected MVC as the query returns it (raw array, in this order). */
export type ActiveMvcRow = [volser: string, pool: string | null, where: string | null, current: number, all: number, usedMb: number, readOnly: number, drtest: number];

export function mvcLine(r: ActiveMvcRow): string {
  return formatRow(ACTMVCGN_COLUMNS, [r[0], r[1], r[2], r[3], r[4], r[5], r[6] ? 'YES' : 'NO', r[7] ? 'YES' : 'NO']);
}

/** An 80-column card image: the statement from column 2, blanks to column 80. */
export function card(statement: string): string {
  return ` ${statement}`.padEnd(80);
}

export const DECKS = [
  { dd: 'SLUSMVON', what: 'MVCMAINT READONLY(ON)', statement: (v: string): string => `MVCMAINT MVC(${v}) READONLY(ON)` },
  { dd: 'SLUSMVOF', what: 'MVCMAINT READONLY(OFF)', statement: (v: string): string => `MVCMAINT MVC(${v}) READONLY(OFF)` },
  { dd: 'SLUSMAUD', what: 'AUDIT MVC', statement: (v: string): string => `AUDIT MVC(${v})` },
] as const;

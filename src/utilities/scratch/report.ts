/**
 * The Scratch/Unscratch Update report: one line per VTV whose status changed (with what DELSCR
 * deleted), then one line per piece of the selection (its pool, how many volsers, VTVs, changed,
 * already in the state), in layouts kept as column tables.
 */
import { rangeText } from '../../cds/volserRange.js';
import { formatRow, headingLines, type Column } from '../reportColumns.js';
import type { Piece } from './volumePools.js';

export const VTV_COLUMNS: Column[] = [
  { head: ['VTV', 'VOLSER'], width: 6 },
  { head: ['POOL'], width: 13 },
  { head: ['DR', 'TEST'], width: 4 },
  { head: ['MGMT', 'CLASS'], width: 8 },
  { head: ['RESIDENT', 'VTSS'], width: 8 },
  { head: ['ACTION'], width: 88 },
];

export const PIECE_COLUMNS: Column[] = [
  { head: ['VOLSER', 'RANGE'], width: 13 },
  { head: ['POOL'], width: 13 },
  { head: ['POOL', 'TYPE'], width: 8 },
  { head: ['DR', 'TEST'], width: 4 },
  { head: ['', 'VOLSERS'], width: 7, right: true },
  { head: ['', 'VTVS'], width: 7, right: true },
  { head: ['', 'CHANGED'], width: 7, right: true },
  { head: ['', 'ALREADY'], width: 7, right: true },
];

/** A VTV as the listing query returns it (raw array, in this order). */
export type VtvRow = [
  volser: string,
  mgmtClass: string | null,
  residentVtss: string | null,
  deleted: number,
  mvcCopies: number,
  vleCopies: number,
  keptCopies: number,
  deferred: number,
];

export function vtvLine(r: VtvRow, piece: Piece, verb: 'SCRATCH' | 'UNSCRATCH'): string {
  const [volser, mgmtClass, residentVtss, deleted, mvcCopies, vleCopies, keptCopies, deferred] = r;
  let action = verb === 'SCRATCH' ? 'SCRATCHED' : 'UNSCRATCHED';
  if (deferred) action += ', DELETION WAITS FOR THE END OF THE DR TEST';
  else if (deleted) {
    const parts: string[] = [];
    if (residentVtss) parts.push(`${residentVtss} BUFFER`);
    if (mvcCopies) parts.push(`${mvcCopies} MVC COP${mvcCopies === 1 ? 'Y' : 'IES'}`);
    if (vleCopies) parts.push(`${vleCopies} VLE COP${vleCopies === 1 ? 'Y' : 'IES'}`);
    if (keptCopies) parts.push(`${keptCopies} KEPT (READ-ONLY MVC)`);
    action += `, DELETED${parts.length ? `: ${parts.join(', ')}` : ''}`;
  }
  return formatRow(VTV_COLUMNS, [volser, piece.pool?.name ?? '(NONE)', piece.pool?.drtest ? 'YES' : '', mgmtClass, residentVtss, action]);
}

/** Under the VTV lines when some were deleted. */
export const DELETED_LEGEND = 'DELETED: THE MANAGEMENT CLASS SAYS DELSCR(YES) OR FORCE. COPIES ON READ-ONLY MVCS ARE NOT WRITTEN: THEY STAY, SUPERSEDED.';

export interface PieceCounts {
  volsers: number;
  vtvs: number;
  changed: number;
  already: number;
}

export function pieceLine(p: Piece, c: PieceCounts): string {
  return formatRow(PIECE_COLUMNS, [rangeText(p.range), p.pool?.name ?? '(NO POOL)', p.pool?.type ?? '', p.pool?.drtest ? 'YES' : '', c.volsers, c.vtvs, c.changed, c.already]);
}

export { headingLines };

/**
 * VTVMAINT's listing: each selected VTV as it stands after the change, in VTVRPT's BASIC layout,
 * with one more column for the TapePlex that owns it (OWNRPLEX), then the status legend.
 */
import { formatRow, headingLines, type Column } from '../reportColumns.js';
import { BASIC_COLUMNS, BASIC_SELECT, basicLine, STATUS_LEGEND, type BasicRow } from '../vtvReport.js';

const OWNER: Column = { head: ['OWNER', 'PLEX'], width: 8 };

export const VTVMAINT_COLUMNS: Column[] = [...BASIC_COLUMNS, OWNER];

/** Width of a BASIC line with every column filled, so that the owner column lines up. */
const BASIC_WIDTH = BASIC_COLUMNS.reduce((n, c) => n + c.width, 0) + BASIC_COLUMNS.length - 1;

/** A BASIC row with the VTV's owner appended (null: owned by this TapePlex). */
export type VtvmaintRow = [...BasicRow, owner: string | null];

/** The columns of VtvmaintRow, selected from `v` (a vtv row). */
export const VTVMAINT_SELECT = `${BASIC_SELECT}, v.owner_plex`;

/** One listing line; `thisPlex` names the owner of VTVs that record none. */
export function vtvmaintLine(r: VtvmaintRow, thisPlex: string): string {
  const basic = basicLine(r.slice(0, -1) as unknown as BasicRow).text;
  return `${basic.padEnd(BASIC_WIDTH)} ${formatRow([OWNER], [r[r.length - 1] ?? thisPlex])}`.trimEnd();
}

export const VTVMAINT_LEGEND = [...STATUS_LEGEND, 'OWNER PLEX: THE TAPEPLEX THAT OWNS THE VTV (A VTV OWNED BY ANOTHER TAPEPLEX IS READ-ONLY HERE)'];

export { headingLines };

/** Up to `max` volsers, then how many more: `AV1100 AV1101 ... AND 28 MORE`. */
export function sampleText(volsers: readonly string[], total: number, max = 10): string {
  const shown = volsers.slice(0, max).join(' ');
  return total > max ? `${shown} AND ${total - max} MORE` : shown;
}

/**
 * VTVRPT's layouts. BASIC: one line per VTV (size, compression, creation and last use, maximum
 * size, management class, resident VTSS, the MVCs of its current copies and status letters).
 * COPIES: one line per copy — resident in a VTSS, on an MVC or VLE VMVC (block id, storage class,
 * ACS or VLE, DRT flag for a DR test copy, current or superseded), or held by another TapePlex.
 * VTVMAINT lists the VTVs it changed with the BASIC line, so the layouts are shared.
 */
import { dateTime, flagString, formatRow, headingLines, type Column } from './reportColumns.js';

/** Status letters of BASIC, in their positions. */
const STATUS_HEAD = 'SIRMDPEUFOT';

export const BASIC_COLUMNS: Column[] = [
  { head: ['VTV', 'VOLSER'], width: 6 },
  { head: ['SIZE', '(MB)'], width: 6, right: true },
  { head: ['COMP', '%'], width: 4, right: true },
  { head: ['CREATION', 'DATE       TIME'], width: 19 },
  { head: ['LAST USED', 'DATE       TIME'], width: 19 },
  { head: ['MAX', '(MB)'], width: 5, right: true },
  { head: ['MGMT', 'CLASS'], width: 8 },
  { head: ['RESIDENT', 'VTSS'], width: 8 },
  { head: ['MVC1'], width: 6 },
  { head: ['MVC2'], width: 6 },
  { head: ['MVC3'], width: 6 },
  { head: ['MVC4'], width: 6 },
  { head: ['STATUS', STATUS_HEAD], width: 11 },
];

export const STATUS_LEGEND = [
  'STATUS: S SCRATCH  I INITIALIZED  R RESIDENT  M MIGRATED  D DUPLEXED (2 OR MORE MVC COPIES)  P REPLICATED',
  '        E COPY IN ANOTHER TAPEPLEX  U UNAVAILABLE  F FENCED  O READ-ONLY  T CREATED BY A DR TEST',
];

/**
 * A VTV as the BASIC query returns it (raw array, in this order). `copies` lists its current MVC
 * copies as `index:mvc:usable` items separated by blanks (usable: 1 when the MVC can be read).
 */
export type BasicRow = [
  volser: string,
  sizeMb: number,
  compPct: number,
  created: string | null,
  lastUsed: string | null,
  maxSizeMb: number | null,
  mgmtClass: string | null,
  residentVtss: string | null,
  scratch: number,
  initialized: number,
  resident: number,
  replicated: number,
  fenced: number,
  readOnly: number,
  drtest: number,
  plex: number,
  copies: string | null,
];

/** The columns of BasicRow, selected from `v` (a vtv row). */
export const BASIC_SELECT = `v.volser, v.size_mb, v.comp_pct, v.created, v.last_used, v.max_size_mb, v.mgmt_class, v.resident_vtss,
  v.scratch, v.initialized, v.resident, v.replicated, v.fenced, v.read_only, v.drtest,
  EXISTS (SELECT 1 FROM vtv_plex_copy p WHERE p.vtv = v.volser AND p.status = 'COMPLETE'),
  (SELECT group_concat(c.copy_index || ':' || c.mvc || ':' ||
          (m.lost = 0 AND m.error = 0 AND m.broken = 0 AND m.ejected = 0 AND (m.location = 'LIBRARY' OR m.stormngr IS NOT NULL)), ' ')
     FROM vtv_copy c JOIN mvc m ON m.volser = c.mvc WHERE c.vtv = v.volser AND c.current = 1)`;

/** What a BASIC line shows of a VTV, with the facts its totals count. */
export interface BasicLine {
  text: string;
  resident: boolean;
  migrated: boolean;
  duplexed: boolean;
  scratch: boolean;
  unavailable: boolean;
}

export function basicLine(r: BasicRow): BasicLine {
  const mvcs: (string | null)[] = [null, null, null, null];
  let n = 0;
  let usable = false;
  for (const item of (r[16] ?? '').split(' ')) {
    if (item === '') continue;
    const [index, mvc, ok] = item.split(':');
    mvcs[Number(index) - 1] = mvc ?? null;
    n++;
    if (ok === '1') usable = true;
  }
  const [volser, sizeMb, compPct, created, lastUsed, maxSizeMb, mgmtClass, residentVtss, scratch, initialized, resident, replicated, fenced, readOnly, drtest, plex] = r;
  // Unavailable: data that cannot be read — not scratch, not resident, no current copy on a usable MVC.
  const unavailable = !scratch && !resident && sizeMb > 0 && !usable;
  const status = flagString([
    ['S', scratch],
    ['I', initialized],
    ['R', resident],
    ['M', n > 0],
    ['D', n > 1],
    ['P', replicated],
    ['E', plex],
    ['U', unavailable],
    ['F', fenced],
    ['O', readOnly],
    ['T', drtest],
  ]);
  const text = formatRow(BASIC_COLUMNS, [volser, sizeMb, compPct, dateTime(created), dateTime(lastUsed), maxSizeMb, mgmtClass, resident ? residentVtss : '', ...mvcs, status]);
  return { text, resident: resident === 1, migrated: n > 0, duplexed: n > 1, scratch: scratch === 1, unavailable };
}

export const COPIES_COLUMNS: Column[] = [
  { head: ['VTV', 'VOLSER'], width: 6 },
  { head: ['COPY'], width: 4 },
  { head: ['COPY', 'TYPE'], width: 5 },
  { head: ['LOCATION'], width: 8 },
  { head: ['BLOCK', 'ID'], width: 8 },
  { head: ['STORAGE', 'CLASS'], width: 8 },
  { head: ['ACS/VLE'], width: 8 },
  { head: ['DRT'], width: 3 },
  { head: ['MIGRATED/UPDATED', 'DATE       TIME'], width: 19 },
  { head: ['COPY', 'STATUS'], width: 10 },
  { head: ['SIZE', '(MB)'], width: 6, right: true },
  { head: ['MGMT', 'CLASS'], width: 8 },
];

export interface CopyLine {
  volser: string;
  copy: string;
  /** '' for a VTV that has no copy at all (scratch or empty). */
  type: 'VTSS' | 'MVC' | 'VMVC' | 'PLEX' | '';
  location: string;
  blockId?: string | null;
  storClass?: string | null;
  where?: string | null;
  drt?: boolean;
  time?: string | null;
  status: string;
  sizeMb?: number;
  mgmtClass?: string | null;
}

export function copyLine(c: CopyLine): string {
  return formatRow(COPIES_COLUMNS, [
    c.volser,
    c.copy,
    c.type,
    c.location,
    c.blockId,
    c.storClass,
    c.where,
    c.drt ? 'D' : '',
    dateTime(c.time),
    c.status,
    c.sizeMb,
    c.mgmtClass,
  ]);
}

export { headingLines };

/**
 * MVCRPT's layouts: one summary line per MVC (VTVs on it, space used / available / fragmented,
 * capacity, mounts, last mount and migration, ACS or VLE, owning storage class, pool, media and
 * status letters); with DETAIL, one line per VTV copy on the MVC under it.
 */
import { dateTime, flagString, formatRow, headingLines, type Column } from '../reportColumns.js';

export const MVC_COLUMNS: Column[] = [
  { head: ['MVC', 'VOLSER'], width: 6 },
  { head: ['VTV', 'COUNT'], width: 5, right: true },
  { head: ['%USED'], width: 5, right: true },
  { head: ['%AVAIL'], width: 6, right: true },
  { head: ['%FRAG'], width: 5, right: true },
  { head: ['SIZE', '(MB)'], width: 7, right: true },
  { head: ['TIMES', 'MOUNT'], width: 5, right: true },
  { head: ['LAST MOUNTED', 'DATE       TIME'], width: 16 },
  { head: ['LAST MIGRATED', 'DATE       TIME'], width: 16 },
  { head: ['ACS/VLE'], width: 8 },
  { head: ['OWNER', 'STORCLAS'], width: 8 },
  { head: ['MVC', 'POOL'], width: 13 },
  { head: ['MEDIA'], width: 8 },
  { head: ['STATUS', 'RLEBTXWMPDO'], width: 11 },
];

export const MVC_LEGEND = [
  'STATUS: R READ-ONLY  L LOST  E DATA CHECK (ERROR)  B BROKEN  T RETIRED  X EJECTED  W WARRANTY EXPIRED',
  '        M INVALID MIR  P EXPORTED  D DR TEST MVC  O OUTSIDE THE LIBRARY (VAULTED)',
];

export interface MvcRow {
  volser: string;
  pool: string | null;
  media: string | null;
  rectech: string | null;
  acs: string | null;
  stormngr: string | null;
  stor_class: string | null;
  location: string;
  capacity_mb: number;
  used_mb: number;
  frag_mb: number;
  read_only: number;
  lost: number;
  error: number;
  broken: number;
  retired: number;
  ejected: number;
  warranty: number;
  invalid_mir: number;
  exported: number;
  drtest: number;
  times_mounted: number;
  last_mounted: string | null;
  last_migrated: string | null;
  vtvs: number;
  vault: string | null;
}

const pct = (part: number, whole: number): string => (whole > 0 ? ((part * 100) / whole).toFixed(1) : '');

export function mvcLine(r: MvcRow): string {
  const avail = r.capacity_mb > 0 ? Math.max(0, r.capacity_mb - r.used_mb - r.frag_mb) : 0;
  return formatRow(MVC_COLUMNS, [
    r.volser,
    r.vtvs,
    pct(r.used_mb, r.capacity_mb),
    pct(avail, r.capacity_mb),
    pct(r.frag_mb, r.capacity_mb),
    r.capacity_mb,
    r.times_mounted,
    dateTime(r.last_mounted, false),
    dateTime(r.last_migrated, false),
    r.stormngr ?? (r.acs === null ? '' : r.acs),
    r.stor_class,
    r.pool,
    r.media ?? (r.stormngr ? 'VMVC' : ''),
    flagString([
      ['R', r.read_only],
      ['L', r.lost],
      ['E', r.error],
      ['B', r.broken],
      ['T', r.retired],
      ['X', r.ejected],
      ['W', r.warranty],
      ['M', r.invalid_mir],
      ['P', r.exported],
      ['D', r.drtest],
      ['O', r.location === 'OUTSIDE'],
    ]),
  ]);
}

export const DETAIL_COLUMNS: Column[] = [
  { head: [''], width: 6 },
  { head: ['VTV'], width: 6 },
  { head: ['BLOCK ID'], width: 8 },
  { head: ['COPY'], width: 4 },
  { head: ['SIZE (MB)'], width: 9, right: true },
  { head: ['CREATED'], width: 19 },
  { head: ['MIGRATED'], width: 19 },
  { head: ['MGMTCLAS'], width: 8 },
  { head: ['STORCLAS'], width: 8 },
  { head: ['STATUS'], width: 10 },
];

/** A copy on the MVC as the DETAIL query returns it (raw array, in this order). */
export type DetailRow = [
  vtv: string,
  blockId: string,
  copyIndex: number | null,
  current: number,
  storClass: string | null,
  migrated: string | null,
  sizeMb: number,
  created: string | null,
  mgmtClass: string | null,
];

export function detailLine(d: DetailRow): string {
  const [vtv, blockId, copyIndex, current, storClass, migrated, sizeMb, created, mgmtClass] = d;
  return formatRow(DETAIL_COLUMNS, [
    '',
    vtv,
    blockId,
    current ? copyIndex : '-',
    sizeMb,
    dateTime(created),
    dateTime(migrated),
    mgmtClass,
    storClass,
    current ? 'CURRENT' : 'SUPERSEDED',
  ]);
}

export function detailHeading(): string {
  return formatRow(DETAIL_COLUMNS, DETAIL_COLUMNS.map((c) => c.head[0]));
}

export { headingLines };

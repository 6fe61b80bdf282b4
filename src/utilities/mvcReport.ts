/**
 * MVCRPT's layouts: one summary line per MVC (VTVs on it, space used / available / fragmented,
 * capacity, mounts, last mount and migration, ACS or VLE, owning storage class, pool, media and
 * status letters); with DETAIL, one line per VTV copy on the MVC under it. MVCMAINT lists the
 * MVCs it changed with the same summary line, so the layout is shared, not MVCRPT's own.
 */
import { dateTime, formatRow, headingLines, type Column } from './reportColumns.js';

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

/** The columns of an MVC summary line, in the order MVC_SQL_COLUMNS selects them (a raw row). */
export type MvcTuple = [
  volser: string,
  vtvs: number,
  usedMb: number,
  capacityMb: number,
  fragMb: number,
  timesMounted: number,
  lastMounted: string | null,
  lastMigrated: string | null,
  stormngr: string | null,
  acs: string | null,
  storClass: string | null,
  pool: string | null,
  media: string | null,
  readOnly: number,
  lost: number,
  error: number,
  broken: number,
  retired: number,
  ejected: number,
  warranty: number,
  invalidMir: number,
  exported: number,
  drtest: number,
  location: string,
];

/** Select list of an MvcTuple over `mvc m`, the VTV count given as `vtvs` (an SQL expression). */
export function mvcSqlColumns(vtvs: string): string {
  return `m.volser, ${vtvs}, m.used_mb, m.capacity_mb, m.frag_mb, m.times_mounted, m.last_mounted, m.last_migrated,
          m.stormngr, m.acs, m.stor_class, m.pool, m.media, m.read_only, m.lost, m.error, m.broken, m.retired,
          m.ejected, m.warranty, m.invalid_mir, m.exported, m.drtest, m.location`;
}

export function mvcLine(r: MvcRow): string {
  return mvcTupleLine([
    r.volser, r.vtvs, r.used_mb, r.capacity_mb, r.frag_mb, r.times_mounted, r.last_mounted, r.last_migrated,
    r.stormngr, r.acs, r.stor_class, r.pool, r.media, r.read_only, r.lost, r.error, r.broken, r.retired,
    r.ejected, r.warranty, r.invalid_mir, r.exported, r.drtest, r.location,
  ]);
}

export function mvcTupleLine(t: MvcTuple): string {
  const capacity = t[3];
  const used = t[2];
  const frag = t[4];
  const avail = capacity > 0 ? Math.max(0, capacity - used - frag) : 0;
  const stormngr = t[8];
  const acs = t[9];
  const media = t[12];
  const status =
    (t[13] ? 'R' : '-') + (t[14] ? 'L' : '-') + (t[15] ? 'E' : '-') + (t[16] ? 'B' : '-') + (t[17] ? 'T' : '-') + (t[18] ? 'X' : '-') +
    (t[19] ? 'W' : '-') + (t[20] ? 'M' : '-') + (t[21] ? 'P' : '-') + (t[22] ? 'D' : '-') + (t[23] === 'OUTSIDE' ? 'O' : '-');
  return formatRow(MVC_COLUMNS, [
    t[0],
    t[1],
    pct(used, capacity),
    pct(avail, capacity),
    pct(frag, capacity),
    capacity,
    t[5],
    dateTime(t[6], false),
    dateTime(t[7], false),
    stormngr ?? (acs === null ? '' : acs),
    t[10],
    t[11],
    media ?? (stormngr ? 'VMVC' : ''),
    status,
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

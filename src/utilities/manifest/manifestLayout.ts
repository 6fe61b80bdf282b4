/**
 * The elsim manifest: what EXPORT writes and IMPORT reads. Oracle's VTCS manifest is an internal
 * format the public books do not describe, so elsim defines its own, documented here. It is a
 * sequential data set of 80-byte fixed records (the DR guide allocates it RECFM=FB,LRECL=80), in
 * upper-case text so that it can be browsed, printed and compared.
 *
 * Format id `ELSIMMFT`, version 01. A manifest is one header, the MVC records, the VTV copy
 * records and one trailer, in that order; a DD concatenation (or DISP=MOD) may hold several such
 * manifests one after the other, each checked on its own. Columns are 1-based; a text field is
 * left-justified and blank-padded, a number right-justified with leading zeros, an empty field
 * blank. Times are `yyyydddhhmmss` (year, day of year, time of day, UTC), as z/OS writes Julian
 * dates. Every column not listed is blank.
 *
 *  HDR  1-3 `HDR`    5-12 format id `ELSIMMFT`   13-14 version (`01`)
 *       16-23 source TapePlex (blank when the source CDS has no TapePlex name)
 *       25-32 source CDS feature VSM (`ADVMGMT`, blank when not set)   34-41 source CDSLEVEL
 *       43 source default VTV page size (CONFIG GLOBAL VTVPAGE: `S` standard, `L` large, blank)
 *       44 `Y` when a VTV of this manifest needs large VTV support (LARGE pages or more than
 *          800 MB), else `N`
 *       46-58 creation time   60-67 job name   69-76 job id
 *       78 selection: `V` VTVid, `M` MGMTclas, `C` MVCid, `S` STORclas
 *       79 `Y` when EXPORT consolidated (wrote new copies on the MVCs listed), else `N`
 *  MVC  1-3 `MVC`    5-10 MVC volser   12-19 media   21-28 recording technique
 *       30-42 MVC pool at the source   44-51 storage class at the source
 *       53-60 capacity (MB)   62-69 used (MB)   71-75 VTV copy records that follow for it
 *       77 `C` written by this export (consolidation), `D` described as it stood
 *  VTV  one record per VTV copy on an MVC of the manifest (a duplexed VTV whose two MVCs are
 *       both exported has two records):
 *       1-3 `VTV`   5-10 VTV volser   12-17 MVC volser   19-26 block id (8 hex digits)
 *       28 copy index at the source (`1`-`4`), or `E` for an export copy (consolidation), which
 *          the source CDS does not record
 *       29 current MVC copies the VTV has at the source (`0`-`4`; duplex information)
 *       31-38 management class   40-44 size (MB)   46-48 compression (%)
 *       50 maximum VTV size: blank not set, `A` 400, `B` 800, `C` 2000, `D` 4000, `E` 32000 MB
 *       51 page size: blank not set, `S` standard, `L` large
 *       53-65 created   67-79 last used
 *  TRL  1-3 `TRL`    5-12 records before the trailer (header included)   14-21 MVC records
 *       23-30 VTV records   32-39 checksum   41-48 format id `ELSIMMFT`
 *
 * The checksum is the CRC-32 (IEEE 802.3, as zip and PNG use it) of the 80 bytes of every record
 * from the header to the last VTV record, in order, printed as 8 upper-case hex digits.
 *
 * A reader refuses a version above the one it knows: a later elsim may add record types or
 * columns, and an older one must not import half a manifest.
 */

export const FORMAT_ID = 'ELSIMMFT';
export const FORMAT_VERSION = 1;
export const LRECL = 80;

export type RecordType = 'HDR' | 'MVC' | 'VTV' | 'TRL';

type FieldKind = 'text' | 'num' | 'char';

interface Field {
  name: string;
  /** 1-based first column. */
  col: number;
  len: number;
  kind: FieldKind;
  /** For char: the allowed characters (blank included when allowed). */
  chars?: string;
}

const f = (name: string, col: number, len: number, kind: FieldKind = 'text', chars?: string): Field => ({ name, col, len, kind, ...(chars ? { chars } : {}) });

export const LAYOUTS: Record<RecordType, Field[]> = {
  HDR: [
    f('format', 5, 8),
    f('version', 13, 2, 'num'),
    f('tapeplex', 16, 8),
    f('vsm', 25, 8),
    f('cdsLevel', 34, 8),
    f('vtvPage', 43, 1, 'char', ' SL'),
    f('largeVtvs', 44, 1, 'char', 'YN'),
    f('created', 46, 13, 'num'),
    f('jobName', 60, 8),
    f('jobId', 69, 8),
    f('selection', 78, 1, 'char', 'VMCS'),
    f('consolidated', 79, 1, 'char', 'YN'),
  ],
  MVC: [
    f('volser', 5, 6),
    f('media', 12, 8),
    f('rectech', 21, 8),
    f('pool', 30, 13),
    f('storClass', 44, 8),
    f('capacityMb', 53, 8, 'num'),
    f('usedMb', 62, 8, 'num'),
    f('copies', 71, 5, 'num'),
    f('origin', 77, 1, 'char', 'CD'),
  ],
  VTV: [
    f('volser', 5, 6),
    f('mvc', 12, 6),
    f('blockId', 19, 8),
    f('copyIndex', 28, 1, 'char', '1234E'),
    f('sourceCopies', 29, 1, 'char', '01234'),
    f('mgmtClass', 31, 8),
    f('sizeMb', 40, 5, 'num'),
    f('compPct', 46, 3, 'num'),
    f('maxSize', 50, 1, 'char', ' ABCDE'),
    f('pageSize', 51, 1, 'char', ' SL'),
    f('created', 53, 13, 'num'),
    f('lastUsed', 67, 13, 'num'),
  ],
  TRL: [
    f('records', 5, 8, 'num'),
    f('mvcRecords', 14, 8, 'num'),
    f('vtvRecords', 23, 8, 'num'),
    f('checksum', 32, 8),
    f('format', 41, 8),
  ],
};

/** Maximum VTV sizes (MB) and their one-letter codes in column 50 of a VTV record. */
export const MAX_SIZE_CODES: Record<string, number> = { A: 400, B: 800, C: 2000, D: 4000, E: 32000 };

const CODE_OF_SIZE = new Map(Object.entries(MAX_SIZE_CODES).map(([code, mb]) => [mb, code]));

export function maxSizeCode(mb: number | null): string {
  return mb === null ? ' ' : (CODE_OF_SIZE.get(mb) ?? ' ');
}

export type PageSize = 'LARGE' | 'STANDARD';

// ── The records as data: what EXPORT writes and IMPORT reads back ─────────────────────────────

export interface ManifestHeader {
  tapeplex: string | null;
  vsm: string | null;
  cdsLevel: string | null;
  vtvPage: PageSize | null;
  largeVtvs: boolean;
  created: string;
  jobName: string;
  jobId: string;
  selection: 'VTV' | 'MGMT' | 'MVC' | 'STOR';
  consolidated: boolean;
}

export interface ManifestMvc {
  volser: string;
  media: string | null;
  rectech: string | null;
  pool: string | null;
  storClass: string | null;
  capacityMb: number;
  usedMb: number;
  copies: number;
  /** True: written by this export (consolidation); false: described as it stood. */
  written: boolean;
}

export interface ManifestVtvCopy {
  volser: string;
  mvc: string;
  blockId: string;
  /** 1-4, or null for an export copy the source CDS does not record. */
  copyIndex: number | null;
  sourceCopies: number;
  mgmtClass: string | null;
  sizeMb: number;
  compPct: number;
  maxSizeMb: number | null;
  pageSize: PageSize | null;
  created: string | null;
  lastUsed: string | null;
}

export function pageCode(page: string | null): string {
  return page === 'LARGE' ? 'L' : page === 'STANDARD' ? 'S' : ' ';
}

export function pageOf(code: string): PageSize | null {
  return code === 'L' ? 'LARGE' : code === 'S' ? 'STANDARD' : null;
}

export type FieldValues = Record<string, string | number | null | undefined>;

/** Per record type, its fields in column order (the layouts do not overlap: checked here). */
const IN_COLUMN_ORDER = Object.fromEntries(
  (Object.keys(LAYOUTS) as RecordType[]).map((type) => {
    const fields = [...LAYOUTS[type]].sort((a, b) => a.col - b.col);
    let end = type.length;
    for (const fd of fields) {
      if (fd.col - 1 < end || fd.col - 1 + fd.len > LRECL) throw new Error(`manifest layout ${type}: field ${fd.name} overlaps or passes column ${LRECL}`);
      end = fd.col - 1 + fd.len;
    }
    return [type, fields];
  }),
) as Record<RecordType, Field[]>;

/** One 80-byte record of a type from its field values (numbers zero-padded, text blank-padded). */
export function formatRecord(type: RecordType, values: FieldValues): string {
  let out = type;
  for (const fd of IN_COLUMN_ORDER[type]) {
    const v = values[fd.name];
    let s: string;
    if (v === null || v === undefined || v === '') s = ' '.repeat(fd.len);
    else if (fd.kind === 'num') s = String(v).padStart(fd.len, '0');
    else s = String(v).toUpperCase().padEnd(fd.len);
    if (s.length > fd.len) throw new RangeError(`manifest ${type} field ${fd.name}: ${s} does not fit ${fd.len} columns`);
    out = out.padEnd(fd.col - 1) + s;
  }
  return out.padEnd(LRECL);
}

export type ParsedRecord = { type: RecordType; values: Record<string, string> } | { error: string };

/** Per record type: its fields, and the columns (0-based) no field covers, which must be blank. */
const CHECKS = Object.fromEntries(
  (Object.keys(LAYOUTS) as RecordType[]).map((type) => {
    const used = new Array<boolean>(LRECL).fill(false);
    used[0] = used[1] = used[2] = true;
    for (const fd of LAYOUTS[type]) for (let i = 0; i < fd.len; i++) used[fd.col - 1 + i] = true;
    const blank: number[] = [];
    for (let i = 0; i < LRECL; i++) if (!used[i]) blank.push(i);
    return [type, { fields: LAYOUTS[type], blank }];
  }),
) as Record<RecordType, { fields: Field[]; blank: number[] }>;

const SPACE = 32;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A-Z 0-9 # @ $ and blank. */
const isTextChar = (c: number): boolean => (c >= 65 && c <= 90) || isDigit(c) || c === 35 || c === 64 || c === 36 || c === SPACE;

/** Columns [from, to) of `record` are all digits or all blanks, and there is at least one. */
function isNumberField(record: string, from: number, to: number): boolean {
  if (to > record.length) to = record.length;
  if (from >= to) return false;
  const first = record.charCodeAt(from);
  if (first === SPACE) {
    for (let i = from + 1; i < to; i++) if (record.charCodeAt(i) !== SPACE) return false;
    return true;
  }
  for (let i = from; i < to; i++) if (!isDigit(record.charCodeAt(i))) return false;
  return true;
}

function isTextField(record: string, from: number, to: number): boolean {
  if (to > record.length) to = record.length;
  for (let i = from; i < to; i++) if (!isTextChar(record.charCodeAt(i))) return false;
  return true;
}

/**
 * A record's fields as text (trimmed), or why it is not a record of this format: an unknown
 * type, a number field with something else than digits, a one-character field out of its set,
 * text where the layout has blanks. Checked with character codes (no pattern per field): IMPORT
 * reads hundreds of thousands of these.
 */
export function parseRecord(record: string): ParsedRecord {
  const type = record.slice(0, 3);
  if (!Object.hasOwn(LAYOUTS, type)) return { error: `RECORD TYPE '${type}' IS NOT HDR, MVC, VTV OR TRL` };
  const check = CHECKS[type as RecordType];
  const values: Record<string, string> = {};
  for (const fd of check.fields) {
    const from = fd.col - 1;
    const to = from + fd.len;
    const raw = record.slice(from, to);
    if (fd.kind === 'num' && !isNumberField(record, from, to)) return { error: `${fd.name.toUpperCase()} IN COLUMNS ${fd.col}-${fd.col + fd.len - 1} IS NOT A NUMBER` };
    if (fd.kind === 'char' && !fd.chars!.includes(raw)) return { error: `${fd.name.toUpperCase()} IN COLUMN ${fd.col} IS '${raw}'` };
    if (fd.kind === 'text' && !isTextField(record, from, to)) return { error: `${fd.name.toUpperCase()} IN COLUMNS ${fd.col}-${fd.col + fd.len - 1} HAS A CHARACTER OUTSIDE A-Z 0-9 # @ $` };
    values[fd.name] = fd.kind === 'char' ? raw : raw.trim();
  }
  for (const i of check.blank) if (record.charCodeAt(i) !== SPACE) return { error: `COLUMN ${i + 1} SHOULD BE BLANK` };
  return { type: type as RecordType, values };
}

/** `2026-11-21T08:00:00Z` → `2026325080000` (year, day of year, hhmmss); blank for null. */
/** `yyyyddd` by `yyyy-mm-dd`, for the CDS's own UTC times. */
const JULIAN_DAYS = new Map<string, string>();
const CDS_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;

export function julianTime(iso: string | null): string {
  if (iso === null) return '';
  if (CDS_TIME.test(iso)) {
    // The CDS's own form (UTC): the day from a cache, the time of day as written.
    const day = iso.slice(0, 10);
    let julian = JULIAN_DAYS.get(day);
    if (julian === undefined) {
      julian = julianTime(`${day}T00:00:00+00:00`).slice(0, 7);
      if (JULIAN_DAYS.size > 100_000) JULIAN_DAYS.clear();
      JULIAN_DAYS.set(day, julian);
    }
    return julian === '' ? '' : `${julian}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
  }
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const y = d.getUTCFullYear();
  const doy = Math.floor((Date.UTC(y, d.getUTCMonth(), d.getUTCDate()) - Date.UTC(y, 0, 1)) / 86400000) + 1;
  const hms = d.toISOString().slice(11, 19).replace(/:/g, '');
  return `${y}${String(doy).padStart(3, '0')}${hms}`;
}

/** Day prefixes (`yyyy-mm-ddT`) by `yyyyddd`, or null for a day that does not exist. */
const DAYS = new Map<string, string | null>();

function dayPrefix(julian: string): string | null {
  const key = julian.slice(0, 7);
  let prefix = DAYS.get(key);
  if (prefix === undefined) {
    const y = Number(julian.slice(0, 4));
    const doy = Number(julian.slice(4, 7));
    const days = (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) / 86400000;
    prefix = doy < 1 || doy > days ? null : new Date(Date.UTC(y, 0, doy)).toISOString().slice(0, 11);
    if (DAYS.size > 100_000) DAYS.clear();
    DAYS.set(key, prefix);
  }
  return prefix;
}

/** The last day isoTimeAt converted: most records of a manifest fall on the day of the one before. */
let lastDay = '';
let lastPrefix: string | null = null;

/**
 * isoTime of the 13 columns of `record` from `from` (0-based), read in place: all blank → null,
 * 13 digits of an existing day and time → the time, anything else → undefined.
 */
export function isoTimeAt(record: string, from: number): string | null | undefined {
  const first = record.charCodeAt(from);
  if (first === SPACE) {
    for (let i = from + 1; i < from + 13; i++) if (record.charCodeAt(i) !== SPACE) return undefined;
    return null;
  }
  for (let i = from; i < from + 13; i++) if (!isDigit(record.charCodeAt(i))) return undefined;
  if (!record.startsWith(lastDay, from) || lastDay === '') {
    lastDay = record.slice(from, from + 7);
    lastPrefix = dayPrefix(lastDay);
  }
  if (lastPrefix === null) return undefined;
  const two = (i: number): number => (record.charCodeAt(i) - 48) * 10 + record.charCodeAt(i + 1) - 48;
  if (two(from + 7) > 23 || two(from + 9) > 59 || two(from + 11) > 59) return undefined;
  return `${lastPrefix}${record.slice(from + 7, from + 9)}:${record.slice(from + 9, from + 11)}:${record.slice(from + 11, from + 13)}Z`;
}

/** The 0-based first column of a field of a record type. */
export function fieldStart(type: RecordType, name: string): number {
  const fd = LAYOUTS[type].find((x) => x.name === name);
  if (!fd) throw new Error(`manifest layout ${type} has no field ${name}`);
  return fd.col - 1;
}

/** The 0-based columns of a record type no field covers (blank in a valid record). */
export function blankColumns(type: RecordType): readonly number[] {
  return CHECKS[type].blank;
}

/**
 * `2026325080000` → `2026-11-21T08:00:00Z`; null for blank; undefined when not a time. The date
 * part is computed once per day (a manifest's times fall on a few hundred days); the time of
 * day is checked and copied with character codes.
 */
export function isoTime(julian: string): string | null | undefined {
  if (julian === '') return null;
  if (julian.length !== 13) return undefined;
  for (let i = 0; i < 13; i++) if (!isDigit(julian.charCodeAt(i))) return undefined;
  const prefix = dayPrefix(julian);
  if (prefix === null) return undefined;
  const hh = julian.slice(7, 9);
  const mm = julian.slice(9, 11);
  const ss = julian.slice(11, 13);
  if (hh > '23' || mm > '59' || ss > '59') return undefined;
  return `${prefix}${hh}:${mm}:${ss}Z`;
}

/**
 * Reads and checks a manifest (format in manifestLayout.ts) record by record, handing each MVC
 * and VTV copy record to a sink as it goes (IMPORT loads them into temporary tables) and keeping
 * only per-MVC counts in memory. Every check a damaged or foreign data set can fail is a
 * ManifestProblem with its own message id; the caller refuses the whole manifest on any of them
 * (nothing the sink received may be applied).
 *
 *  - SIM0602E no records at all;  SIM0603E a record that is not 80 bytes;
 *  - SIM0604E the first record (or the record after a trailer) is not an ELSIMMFT header;
 *  - SIM0605E a format version this elsim does not read (newer, or not a version);
 *  - SIM0606E truncated: no trailer, or the trailer's counts differ from the records read;
 *  - SIM0607E the checksum differs;
 *  - SIM0608E a record out of place or with a field that is not valid.
 */
import { isVolser } from '../../cds/volserRange.js';
import type { SimId } from '../../core/simMessages.js';
import { Crc32 } from './crc32.js';
import { blankColumns, fieldStart, FORMAT_ID, FORMAT_VERSION, isoTime, isoTimeAt, LRECL, MAX_SIZE_CODES, pageOf, parseRecord, type ManifestHeader, type ManifestMvc, type ManifestVtvCopy } from './manifestLayout.js';

/** A header as read: the fields EXPORT wrote, with the record number and the format version. */
export interface ManifestHeaderRead extends ManifestHeader {
  /** 1-based number of the header record in the DD. */
  record: number;
  version: number;
}

export interface ManifestSink {
  /** `section`: 0 for the first manifest of the DD, 1 for the next one in a concatenation … */
  mvc(section: number, m: ManifestMvc, record: number): void;
  vtv(section: number, v: ManifestVtvCopy, record: number): void;
}

export interface ManifestProblem {
  id: Extract<SimId, 'SIM0602E' | 'SIM0603E' | 'SIM0604E' | 'SIM0605E' | 'SIM0606E' | 'SIM0607E' | 'SIM0608E'>;
  /** Inserts after the manifest name (which the caller supplies as insert 0). */
  inserts: (string | number)[];
}

export type ManifestRead = { ok: true; sections: ManifestHeaderRead[]; mvcs: number; vtvs: number } | { ok: false; problem: ManifestProblem };

const SELECTIONS = { V: 'VTV', M: 'MGMT', C: 'MVC', S: 'STOR' } as const;

const fail = (id: ManifestProblem['id'], ...inserts: (string | number)[]): ManifestRead => ({ ok: false, problem: { id, inserts } });

export function readManifest(records: Iterable<string>, sink: ManifestSink): ManifestRead {
  const sections: ManifestHeaderRead[] = [];
  let n = 0;
  let totalMvcs = 0;
  let totalVtvs = 0;
  /** The open section: its checksum, counts, and per-MVC expected/seen copy counts. */
  let open: { crc: Crc32; records: number; mvcs: number; vtvs: number; perMvc: Map<string, { expected: number; seen: number }> } | undefined;

  for (const record of records) {
    n++;
    // A data set that does not start like a manifest is another data set, whatever its records.
    if (open === undefined && sections.length === 0 && !record.startsWith(`HDR ${FORMAT_ID}`)) {
      return fail('SIM0604E', n, `IT DOES NOT START WITH A ${FORMAT_ID} HEADER`);
    }
    if (record.length !== LRECL) return fail('SIM0603E', n, record.length);
    if (open !== undefined) {
      // The common case, a valid VTV record, read in one pass by fixed columns; anything the
      // fast reading does not accept goes the general way below, which says what is wrong.
      const c = fastVtv(record);
      if (c !== undefined) {
        const onMvc = open.perMvc.get(c.mvc);
        if (onMvc !== undefined) {
          onMvc.seen++;
          sink.vtv(sections.length - 1, c, n);
          open.vtvs++;
          open.crc.update(record);
          open.records++;
          continue;
        }
      }
    }
    const parsed = parseRecord(record);
    if (open === undefined) {
      // A header must come first (and after each trailer).
      if ('error' in parsed || parsed.type !== 'HDR') {
        if (sections.length > 0) return fail('SIM0608E', n, 'ONLY A HEADER MAY FOLLOW A TRAILER');
        return fail('SIM0604E', n, 'error' in parsed ? parsed.error : `THE FIRST RECORD IS ${parsed.type}, NOT A ${FORMAT_ID} HEADER`);
      }
      const h = parsed.values;
      if (h.format !== FORMAT_ID) return fail('SIM0604E', n, `FORMAT ID IS '${h.format}', NOT ${FORMAT_ID}`);
      const version = Number(h.version);
      if (h.version === '' || version < 1) return fail('SIM0605E', `'${h.version}'`, FORMAT_VERSION);
      if (version > FORMAT_VERSION) return fail('SIM0605E', version, FORMAT_VERSION);
      const created = isoTime(h.created!);
      if (!created) return fail('SIM0608E', n, 'CREATION TIME IS NOT A TIME');
      sections.push({
        record: n,
        version,
        tapeplex: h.tapeplex || null,
        vsm: h.vsm || null,
        cdsLevel: h.cdsLevel || null,
        vtvPage: pageOf(h.vtvPage!),
        largeVtvs: h.largeVtvs === 'Y',
        created,
        jobName: h.jobName!,
        jobId: h.jobId!,
        selection: SELECTIONS[h.selection as keyof typeof SELECTIONS],
        consolidated: h.consolidated === 'Y',
      });
      open = { crc: new Crc32().update(record), records: 1, mvcs: 0, vtvs: 0, perMvc: new Map() };
      continue;
    }
    if ('error' in parsed) return fail('SIM0608E', n, parsed.error);
    const section = sections.length - 1;
    const v = parsed.values;
    switch (parsed.type) {
      case 'HDR':
        return fail('SIM0606E', `NO TRAILER BEFORE THE HEADER IN RECORD ${n}`);
      case 'MVC': {
        if (open.vtvs > 0) return fail('SIM0608E', n, 'MVC RECORD AFTER THE VTV RECORDS');
        if (!isVolser(v.volser!)) return fail('SIM0608E', n, `'${v.volser}' IS NOT A VOLSER`);
        if (open.perMvc.has(v.volser!)) return fail('SIM0608E', n, `MVC ${v.volser} IS LISTED TWICE`);
        open.perMvc.set(v.volser!, { expected: Number(v.copies), seen: 0 });
        sink.mvc(section, {
          volser: v.volser!,
          media: v.media || null,
          rectech: v.rectech || null,
          pool: v.pool || null,
          storClass: v.storClass || null,
          capacityMb: Number(v.capacityMb || 0),
          usedMb: Number(v.usedMb || 0),
          copies: Number(v.copies || 0),
          written: v.origin === 'C',
        }, n);
        open.mvcs++;
        break;
      }
      case 'VTV': {
        if (!isVolser(v.volser!)) return fail('SIM0608E', n, `'${v.volser}' IS NOT A VOLSER`);
        const onMvc = open.perMvc.get(v.mvc!);
        if (!onMvc) return fail('SIM0608E', n, `VTV ${v.volser} IS ON MVC '${v.mvc}', WHICH NO MVC RECORD LISTS`);
        if (!isBlockId(v.blockId!)) return fail('SIM0608E', n, `BLOCK ID '${v.blockId}' IS NOT 8 HEX DIGITS`);
        const created = isoTime(v.created!);
        const lastUsed = isoTime(v.lastUsed!);
        if (created === undefined || lastUsed === undefined) return fail('SIM0608E', n, 'A TIME IS NOT A TIME');
        const comp = Number(v.compPct || 0);
        if (comp > 100) return fail('SIM0608E', n, `COMPRESSION ${comp}% IS ABOVE 100`);
        onMvc.seen++;
        sink.vtv(section, {
          volser: v.volser!,
          mvc: v.mvc!,
          blockId: v.blockId!,
          copyIndex: v.copyIndex === 'E' ? null : Number(v.copyIndex),
          sourceCopies: Number(v.sourceCopies),
          mgmtClass: v.mgmtClass || null,
          sizeMb: Number(v.sizeMb || 0),
          compPct: comp,
          maxSizeMb: v.maxSize === ' ' ? null : MAX_SIZE_CODES[v.maxSize!] ?? null,
          pageSize: pageOf(v.pageSize!),
          created,
          lastUsed,
        }, n);
        open.vtvs++;
        break;
      }
      case 'TRL': {
        const got = { records: Number(v.records), mvcs: Number(v.mvcRecords), vtvs: Number(v.vtvRecords) };
        if (v.format !== FORMAT_ID) return fail('SIM0608E', n, `TRAILER FORMAT ID IS '${v.format}'`);
        if (got.records !== open.records || got.mvcs !== open.mvcs || got.vtvs !== open.vtvs) {
          return fail('SIM0606E', `THE TRAILER COUNTS ${got.records} RECORDS (${got.mvcs} MVC, ${got.vtvs} VTV), ${open.records} WERE READ (${open.mvcs} MVC, ${open.vtvs} VTV)`);
        }
        const sum = open.crc.hex();
        if (v.checksum !== sum) return fail('SIM0607E', v.checksum!, sum);
        for (const [mvc, c] of open.perMvc) {
          if (c.expected !== c.seen) return fail('SIM0606E', `MVC ${mvc} ANNOUNCES ${c.expected} VTV RECORDS, ${c.seen} WERE READ`);
        }
        totalMvcs += open.mvcs;
        totalVtvs += open.vtvs;
        open = undefined;
        continue;
      }
    }
    open.crc.update(record);
    open.records++;
  }
  if (n === 0) return fail('SIM0602E');
  if (open !== undefined) return fail('SIM0606E', `NO TRAILER AFTER RECORD ${n}`);
  return { ok: true, sections, mvcs: totalMvcs, vtvs: totalVtvs };
}

const V_VOLSER = fieldStart('VTV', 'volser');
const V_MVC = fieldStart('VTV', 'mvc');
const V_BLOCK = fieldStart('VTV', 'blockId');
const V_INDEX = fieldStart('VTV', 'copyIndex');
const V_SOURCE = fieldStart('VTV', 'sourceCopies');
const V_MGMT = fieldStart('VTV', 'mgmtClass');
const V_SIZE = fieldStart('VTV', 'sizeMb');
const V_COMP = fieldStart('VTV', 'compPct');
const V_MAX = fieldStart('VTV', 'maxSize');
const V_PAGE = fieldStart('VTV', 'pageSize');
const V_CREATED = fieldStart('VTV', 'created');
const V_LAST = fieldStart('VTV', 'lastUsed');
const V_BLANK = blankColumns('VTV');
const SPACE = 32;

/** A-Z 0-9 # @ $. */
function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 35 || c === 64 || c === 36;
}

/**
 * The length of a left-justified name of `len` columns at `from` (name characters, then only
 * blanks), or -1 when the field is not of that form.
 */
function nameLength(record: string, from: number, len: number): number {
  let k = 0;
  while (k < len && isNameChar(record.charCodeAt(from + k))) k++;
  for (let i = k; i < len; i++) if (record.charCodeAt(from + i) !== SPACE) return -1;
  return k;
}

/** A number field of `len` columns at `from`: its value (0 when blank), or -1 when it is not one. */
function numberAt(record: string, from: number, len: number): number {
  if (record.charCodeAt(from) === SPACE) {
    for (let i = from + 1; i < from + len; i++) if (record.charCodeAt(i) !== SPACE) return -1;
    return 0;
  }
  let v = 0;
  for (let i = from; i < from + len; i++) {
    const d = record.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * A VTV record read by fixed columns, when it is valid in the plain form EXPORT writes (names
 * left-justified); undefined for anything else, which parseRecord and the checks of
 * readManifest then read (and accept or refuse) the general way. What it returns for a record is
 * what the general way would.
 */
function fastVtv(record: string): ManifestVtvCopy | undefined {
  if (record.charCodeAt(0) !== 86 || record.charCodeAt(1) !== 84 || record.charCodeAt(2) !== 86) return undefined;
  for (const i of V_BLANK) if (record.charCodeAt(i) !== SPACE) return undefined;
  const vl = nameLength(record, V_VOLSER, 6);
  const ml = nameLength(record, V_MVC, 6);
  const gl = nameLength(record, V_MGMT, 8);
  if (vl <= 0 || ml <= 0 || gl < 0) return undefined;
  for (let i = V_BLOCK; i < V_BLOCK + 8; i++) {
    const c = record.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70))) return undefined;
  }
  const ix = record.charCodeAt(V_INDEX);
  if (!((ix >= 49 && ix <= 52) || ix === 69)) return undefined;
  const src = record.charCodeAt(V_SOURCE) - 48;
  if (src < 0 || src > 4) return undefined;
  const size = numberAt(record, V_SIZE, 5);
  const comp = numberAt(record, V_COMP, 3);
  if (size < 0 || comp < 0 || comp > 100) return undefined;
  const max = record[V_MAX]!;
  if (max !== ' ' && MAX_SIZE_CODES[max] === undefined) return undefined;
  const page = record.charCodeAt(V_PAGE);
  if (page !== SPACE && page !== 83 && page !== 76) return undefined;
  const created = isoTimeAt(record, V_CREATED);
  const lastUsed = isoTimeAt(record, V_LAST);
  if (created === undefined || lastUsed === undefined) return undefined;
  return {
    volser: record.slice(V_VOLSER, V_VOLSER + vl),
    mvc: record.slice(V_MVC, V_MVC + ml),
    blockId: record.slice(V_BLOCK, V_BLOCK + 8),
    copyIndex: ix === 69 ? null : ix - 48,
    sourceCopies: src,
    mgmtClass: gl === 0 ? null : record.slice(V_MGMT, V_MGMT + gl),
    sizeMb: size,
    compPct: comp,
    maxSizeMb: max === ' ' ? null : MAX_SIZE_CODES[max]!,
    pageSize: page === 76 ? 'LARGE' : page === 83 ? 'STANDARD' : null,
    created,
    lastUsed,
  };
}

/** Exactly 8 upper-case hex digits. */
function isBlockId(s: string): boolean {
  if (s.length !== 8) return false;
  for (let i = 0; i < 8; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70))) return false;
  }
  return true;
}

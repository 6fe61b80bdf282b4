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
import { FORMAT_ID, FORMAT_VERSION, isoTime, LRECL, MAX_SIZE_CODES, pageOf, parseRecord } from './manifestLayout.js';

export interface ManifestHeaderRead {
  /** 1-based number of the header record in the DD. */
  record: number;
  version: number;
  tapeplex: string | null;
  vsm: string | null;
  cdsLevel: string | null;
  vtvPage: 'LARGE' | 'STANDARD' | null;
  largeVtvs: boolean;
  created: string;
  jobName: string;
  jobId: string;
  selection: 'VTV' | 'MGMT' | 'MVC' | 'STOR';
  consolidated: boolean;
}

export interface MvcRead {
  volser: string;
  media: string | null;
  rectech: string | null;
  pool: string | null;
  storClass: string | null;
  capacityMb: number;
  usedMb: number;
  copies: number;
  written: boolean;
}

export interface VtvCopyRead {
  volser: string;
  mvc: string;
  blockId: string;
  copyIndex: number | null;
  sourceCopies: number;
  mgmtClass: string | null;
  sizeMb: number;
  compPct: number;
  maxSizeMb: number | null;
  pageSize: 'LARGE' | 'STANDARD' | null;
  created: string | null;
  lastUsed: string | null;
}

export interface ManifestSink {
  /** `section`: 0 for the first manifest of the DD, 1 for the next one in a concatenation … */
  mvc(section: number, m: MvcRead, record: number): void;
  vtv(section: number, v: VtvCopyRead, record: number): void;
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

/** Exactly 8 upper-case hex digits. */
function isBlockId(s: string): boolean {
  if (s.length !== 8) return false;
  for (let i = 0; i < 8; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70))) return false;
  }
  return true;
}

/**
 * Writes a manifest (format in manifestLayout.ts) to a DD as a stream: records are formatted one
 * at a time, counted and fed to the checksum, and flushed in blocks, so an export of any size
 * never holds its records in memory. A data set is written through its DD's atomic output, under
 * a temporary name beside it that finish() renames over it: a job killed half way leaves the data set as it was (empty, for a
 * new one), never half a manifest. abort() throws the temporary away. A SYSOUT manifest goes to
 * the spool block by block; a DUMMY one is counted and discarded.
 */
import type { AllocatedDd, AtomicOutput } from '../../program/contract.js';
import { Crc32 } from './crc32.js';
import { FORMAT_ID, FORMAT_VERSION, formatRecord, julianTime, maxSizeCode, pageCode, type ManifestHeader, type ManifestMvc, type ManifestVtvCopy } from './manifestLayout.js';

export type { ManifestHeader, ManifestMvc, ManifestVtvCopy } from './manifestLayout.js';

const BLOCK = 1000;

export interface ManifestTotals {
  records: number;
  mvcs: number;
  vtvs: number;
  checksum: string;
}

/** Where the records go: a data set's AtomicOutput, or a SYSOUT or DUMMY that commits as it goes. */
type Sink = Pick<AtomicOutput, 'write' | 'commit' | 'abort'>;

export class ManifestWriter {
  private readonly crc = new Crc32();
  private block: string[] = [];
  private records = 0;
  private mvcs = 0;
  private vtvs = 0;
  private state: 'header' | 'body' | 'done' = 'header';

  private constructor(private readonly sink: Sink) {}

  /** A writer for the DD, or why the DD cannot take a manifest. */
  static open(dd: AllocatedDd): ManifestWriter | { error: string } {
    if (dd.kind === 'dummy') return new ManifestWriter({ write: () => undefined, commit: () => undefined, abort: () => undefined });
    if (dd.kind === 'sysout') return new ManifestWriter({ write: (rs) => dd.writeRecords(rs), commit: () => undefined, abort: () => undefined });
    if (dd.kind === 'instream') return { error: 'IT IS IN-STREAM DATA' };
    if (dd.openAtomic === undefined) return { error: 'IT IS NOT A DATA SET ELSIM CAN WRITE' };
    if (dd.attrs?.lrecl !== undefined && dd.attrs.lrecl !== 80) return { error: `ITS LRECL IS ${dd.attrs.lrecl}, NOT 80` };
    if (dd.attrs?.recfm !== undefined && !/^F/.test(dd.attrs.recfm)) return { error: `ITS RECFM IS ${dd.attrs.recfm}, NOT FB` };
    const out = dd.openAtomic();
    // The temporary file is created now: a data set that cannot be written is refused before
    // the export reads the CDS.
    out.write([]);
    return new ManifestWriter(out);
  }

  header(h: ManifestHeader): void {
    if (this.state !== 'header') throw new Error('manifest header written twice');
    this.state = 'body';
    this.put(
      formatRecord('HDR', {
        format: FORMAT_ID,
        version: FORMAT_VERSION,
        tapeplex: h.tapeplex,
        vsm: h.vsm,
        cdsLevel: h.cdsLevel,
        vtvPage: pageCode(h.vtvPage),
        largeVtvs: h.largeVtvs ? 'Y' : 'N',
        created: julianTime(h.created),
        jobName: h.jobName,
        jobId: h.jobId,
        selection: { VTV: 'V', MGMT: 'M', MVC: 'C', STOR: 'S' }[h.selection],
        consolidated: h.consolidated ? 'Y' : 'N',
      }),
    );
  }

  mvc(m: ManifestMvc): void {
    this.body();
    this.mvcs++;
    this.put(
      formatRecord('MVC', {
        volser: m.volser,
        media: m.media,
        rectech: m.rectech,
        pool: m.pool,
        storClass: m.storClass,
        capacityMb: m.capacityMb,
        usedMb: m.usedMb,
        copies: m.copies,
        origin: m.written ? 'C' : 'D',
      }),
    );
  }

  vtv(v: ManifestVtvCopy): void {
    this.body();
    this.vtvs++;
    this.put(
      formatRecord('VTV', {
        volser: v.volser,
        mvc: v.mvc,
        blockId: v.blockId,
        copyIndex: v.copyIndex === null ? 'E' : String(v.copyIndex),
        sourceCopies: String(Math.min(4, v.sourceCopies)),
        mgmtClass: v.mgmtClass,
        sizeMb: v.sizeMb,
        compPct: v.compPct,
        maxSize: maxSizeCode(v.maxSizeMb),
        pageSize: pageCode(v.pageSize),
        created: julianTime(v.created),
        lastUsed: julianTime(v.lastUsed),
      }),
    );
  }

  /** Writes the trailer and puts the data set in place. */
  finish(): ManifestTotals {
    this.body();
    const totals = { records: this.records, mvcs: this.mvcs, vtvs: this.vtvs, checksum: this.crc.hex() };
    this.block.push(formatRecord('TRL', { records: totals.records, mvcRecords: totals.mvcs, vtvRecords: totals.vtvs, checksum: totals.checksum, format: FORMAT_ID }));
    this.flush();
    this.sink.commit();
    this.state = 'done';
    return totals;
  }

  /** Drops what was written (the data set stays as it was). */
  abort(): void {
    if (this.state === 'done') return;
    this.state = 'done';
    this.block = [];
    this.sink.abort();
  }

  private body(): void {
    if (this.state !== 'body') throw new Error(this.state === 'header' ? 'manifest record before the header' : 'manifest already finished');
  }

  private put(record: string): void {
    this.crc.update(record);
    this.records++;
    this.block.push(record);
    if (this.block.length >= BLOCK) this.flush();
  }

  private flush(): void {
    if (this.block.length === 0) return;
    this.sink.write(this.block);
    this.block = [];
  }
}

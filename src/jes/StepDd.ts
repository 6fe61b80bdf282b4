/**
 * One allocated DD of a running step, as its program sees it (AllocatedDd). A concatenation reads
 * all its data sets in order. Writing: the first write of the step replaces the data set's records
 * (DISP=NEW/OLD/SHR) or appends to them (DISP=MOD); later writes in the same step append, like
 * records put to a data set that stays open. openWriter() streams records to a data set's
 * temporary file, which replaces the data set when the writer closes (at the latest at the end of
 * the step, closeStepWriters). SYSOUT goes to the spool as it is written; DUMMY reads nothing and
 * discards what is written.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Disp, DispStatus, JclDd } from '../jcl/types.js';
import { sim } from '../core/simMessages.js';
import { OpenAbend } from '../program/OpenAbend.js';
import type { AllocatedDd, RecordWriter } from '../program/contract.js';
import { atomicOutput } from './atomicWrite.js';
import { assertInside } from './Catalog.js';
import type { JobDataset } from './JobDatasets.js';
import { jes } from './messages.js';
import { appendAll } from '../core/appendAll.js';
import { readRecordsFile, RecordFileWriter, writeRecordsFile } from './records.js';
import { recordStream } from './recordStream.js';
import type { SysoutSink } from './SysoutSink.js';

/** Device number and volume serial elsim shows for every disk data set (one simulated volume). */
export const DASD_UNIT = '0A80';
export const DASD_VOLSER = 'ELSV01';

export type AllocPart =
  | { kind: 'sysout'; cls: string; dsid: number; sink: SysoutSink }
  | { kind: 'dummy' }
  | { kind: 'instream'; records: string[]; dsid: number }
  | {
      kind: 'dataset';
      ds: JobDataset;
      member?: string;
      status: DispStatus;
      /** Created by this step's allocation (NEW, or MOD of a data set that did not exist). */
      isNew: boolean;
      disp: Disp;
      wrote: boolean;
      /** A writer opened by openWriter() and not yet closed. */
      writer?: RecordFileWriter;
    };

type DatasetPart = Extract<AllocPart, { kind: 'dataset' }>;

export interface AllocDd {
  ddname: string;
  dd: JclDd;
  parts: AllocPart[];
  attrs: { recfm?: string; lrecl?: number; blksize?: number; dsorg?: string };
}

function isDirectory(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

/**
 * A CDS (cataloged as one, or any file that is an SQLite database, such as a copy a utility wrote
 * into a data set allocated as PS) is kept as a database, never as records: reading it as records
 * gives nonsense and writing records over it destroys it.
 */
function isCdsFile(part: { ds: { dsorg: string; path: string } }): boolean {
  if (part.ds.dsorg === 'CDS') return true;
  if (!existsSync(part.ds.path) || !statSync(part.ds.path).isFile()) return false;
  const buf = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(part.ds.path, 'r');
  try {
    return readSync(fd, buf, 0, buf.length, 0) === buf.length && buf.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/** The AllocatedDd a program gets for one allocated DD. */
export function stepDd(a: AllocDd, root: string, who: { jobname: string; stepname: string }): AllocatedDd {
  const openError = (reason: string, part: DatasetPart): OpenAbend => {
    const where = `${DASD_UNIT},${DASD_VOLSER},${part.ds.dsn}${part.member !== undefined ? `(${part.member})` : ''}`;
    return new OpenAbend('S013', reason.padStart(8, '0'), [jes.line('IEC141I', reason, who.jobname, who.stepname, a.ddname, where)]);
  };
  const notSequential = (part: DatasetPart): OpenAbend => new OpenAbend('S013', '00000000', [sim.line('SIM0204E', a.ddname, part.ds.dsn)]);
  const notRecords = (part: DatasetPart): OpenAbend => new OpenAbend('S013', '00000000', [sim.line('SIM0870E', a.ddname, part.ds.dsn)]);

  const readRecords = (): string[] => {
    const out: string[] = [];
    for (const p of a.parts) {
      if (p.kind === 'instream') appendAll(out, p.records);
      else if (p.kind === 'dataset') {
        if (p.member === undefined) {
          if (isDirectory(p.ds.path)) throw notSequential(p);
          assertInside(root, p.ds.path, p.ds.dsn);
          if (isCdsFile(p)) throw notRecords(p);
          appendAll(out, readRecordsFile(p.ds.path));
        } else {
          const file = join(p.ds.path, p.member);
          assertInside(root, file, `${p.ds.dsn}(${p.member})`);
          if (!isDirectory(p.ds.path) || !existsSync(file)) throw openError('18', p);
          appendAll(out, readRecordsFile(file));
        }
      }
    }
    return out;
  };

  /** The file each part is read from (in-stream parts: their records), after the checks of an OPEN for input. */
  const inputs = (): (string | readonly string[] | undefined)[] =>
    a.parts.map((p) => {
      if (p.kind === 'instream') return p.records;
      if (p.kind !== 'dataset') return undefined;
      let file: string;
      if (p.member === undefined) {
        if (isDirectory(p.ds.path)) throw notSequential(p);
        assertInside(root, p.ds.path, p.ds.dsn);
        if (isCdsFile(p)) throw notRecords(p);
        file = p.ds.path;
      } else {
        file = join(p.ds.path, p.member);
        assertInside(root, file, `${p.ds.dsn}(${p.member})`);
        if (!isDirectory(p.ds.path) || !existsSync(file)) throw openError('18', p);
      }
      // Opened once here, so that a file that cannot be read fails now, as readRecords would.
      if (existsSync(file)) closeSync(openSync(file, 'r'));
      return file;
    });

  const readRecordStream = (): Iterable<string> => {
    const parts = inputs();
    return (function* () {
      for (const p of parts) {
        if (typeof p === 'string') yield* recordStream(p);
        else if (p !== undefined) yield* p;
      }
    })();
  };

  /** The part records are written to, refused as an OPEN failure when the DD cannot take them. */
  const output = (): AllocPart | undefined => {
    const p = a.parts[0];
    if (!p || p.kind === 'dummy') return undefined;
    if (a.parts.length > 1) throw new OpenAbend('S013', '00000000', [sim.line('SIM0205E', a.ddname, 'A CONCATENATION')]);
    if (p.kind === 'instream') throw new OpenAbend('S013', '00000000', [sim.line('SIM0205E', a.ddname, 'IN-STREAM DATA')]);
    // A read-only VTV (owned by another TapePlex) is mounted write-protected: OPEN for output fails.
    if (p.kind === 'dataset' && p.ds.tape?.mount?.readOnly) throw new OpenAbend('S413', '00000004', [sim.line('SIM1288E', a.ddname, p.ds.tape.mount.volser)]);
    return p;
  };
  /** The file of a data set part, after the checks of an OPEN for output. */
  const outputFile = (p: DatasetPart): string => {
    if (p.member === undefined) {
      if (isDirectory(p.ds.path)) throw notSequential(p);
      assertInside(root, p.ds.path, p.ds.dsn);
      if (isCdsFile(p)) throw notRecords(p);
      return p.ds.path;
    }
    const file = join(p.ds.path, p.member);
    assertInside(root, file, `${p.ds.dsn}(${p.member})`);
    if (existsSync(p.ds.path) && !isDirectory(p.ds.path)) throw openError('18', p);
    mkdirSync(p.ds.path, { recursive: true });
    return file;
  };

  const writeRecords = (records: readonly string[]): void => {
    const p = output();
    if (p === undefined) return;
    if (p.kind === 'sysout') {
      p.sink.write(records);
      return;
    }
    if (p.kind !== 'dataset') return;
    if (p.writer?.open) {
      p.writer.write(records);
      return;
    }
    const append = p.wrote || (p.status === 'MOD' && !p.isNew);
    writeRecordsFile(outputFile(p), records, append);
    p.wrote = true;
  };

  const openWriter = (): RecordWriter => {
    const p = output();
    if (p === undefined) return { write: () => undefined, close: () => undefined };
    if (p.kind === 'sysout') return { write: (rs) => p.sink.write(rs), close: () => undefined };
    if (p.kind !== 'dataset') throw new Error(`${a.ddname} cannot be written`);
    if (p.writer?.open) throw new Error(`${a.ddname} is already open for output`);
    const append = p.wrote || (p.status === 'MOD' && !p.isNew);
    const writer = new RecordFileWriter(outputFile(p), append);
    p.writer = writer;
    return {
      write: (rs) => writer.write(rs),
      close: () => {
        if (!writer.open) return;
        if (writer.commit()) p.wrote = true;
      },
    };
  };

  const first = a.parts[0];
  const dd: AllocatedDd = {
    ddname: a.ddname,
    kind: first === undefined ? 'dummy' : first.kind,
    isNew: first?.kind === 'dataset' ? first.isNew : false,
    readRecords,
    readRecordStream,
    writeRecords,
    openWriter,
    attrs: a.attrs,
  };
  const spec = a.dd?.specs?.[0];
  if (a.parts.length === 1 && first?.kind === 'instream' && spec?.kind === 'instream' && spec.first !== undefined) dd.origin = spec.first;
  if (first?.kind === 'dataset') {
    dd.dsn = first.ds.dsn;
    const file = first.member === undefined ? first.ds.path : join(first.ds.path, first.member);
    dd.filePath = file;
    if (first.member !== undefined) dd.member = first.member;
    dd.openAtomic = () => {
      assertInside(root, file, first.ds.dsn);
      return atomicOutput(file);
    };
  }
  return dd;
}

/** Closes every data set a step's program left open for output: what it wrote becomes the data set. */
export function closeStepWriters(dds: readonly AllocDd[]): void {
  for (const a of dds) {
    for (const p of a.parts) {
      if (p.kind === 'dataset' && p.writer?.open) {
        // A writer whose write failed (a full disk) is thrown away: the data set stays as it was.
        if (p.writer.commit()) p.wrote = true;
      }
    }
  }
}

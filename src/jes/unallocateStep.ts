/**
 * The end of a step: every data set gets its disposition (see disposition.ts) and one IEF285I
 * line says what happened to it, in DD order; SYSOUT and in-stream data sets are listed by their
 * spool names.
 *
 * Data sets the job created live in its work directory until they are cataloged: CATLG moves the
 * file into the catalog; KEEP does the same (as on an SMS-managed system, where every new data set
 * is cataloged — elsim has no uncataloged data sets on volumes); DELETE and UNCATLG of a new data
 * set delete it; PASS keeps it for a later step of the job. For a cataloged data set DELETE and
 * UNCATLG remove the catalog entry and the file; KEEP and CATLG keep it.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { ElsimError } from '../core/errors.js';
import type { Dsorg } from './Catalog.js';
import type { JobDataset, JobDatasets } from './JobDatasets.js';
import { DASD_VOLSER } from './StepDd.js';
import type { AllocDd } from './StepDd.js';
import { effectiveDisposition } from './disposition.js';
import { jes } from './messages.js';
import type { System } from './System.js';
import { removeFiles } from './Catalog.js';
import { readRecordsFile } from './records.js';
import type { TapeDismount, TapeService } from './tape.js';

export interface UnallocContext {
  system: System;
  datasets: JobDatasets;
  /** `USERID.JOBNAME.JOBnnnnn` — the first qualifiers of spool data set names. */
  spoolPrefix: string;
  now: Date;
  /** Where messages for the job log go (tape dismounts). */
  log?: (line: string) => void;
  tape?: TapeService;
}

export function ief285(dsn: string, what: string): string {
  return jes.line('IEF285I', dsn.padEnd(44), what);
}

export function volser(ser: string = DASD_VOLSER): string {
  return jes.line('IEF285I', `VOL SER NOS= ${ser}.`, '').trimEnd();
}

export function spoolName(prefix: string, dsid: number): string {
  return `${prefix}.D${String(dsid).padStart(7, '0')}.?`;
}

/** A file that begins like a SQLite database is cataloged as a CDS. */
function dsorgOf(ds: JobDataset): Exclude<Dsorg, 'GDG'> {
  if (ds.dsorg !== 'PS') return ds.dsorg;
  try {
    if (statSync(ds.path).size < 16) return 'PS';
    const fd = openSync(ds.path, 'r');
    const buf = Buffer.alloc(16);
    readSync(fd, buf, 0, 16, 0);
    closeSync(fd);
    return buf.toString('latin1') === 'SQLite format 3\0' ? 'CDS' : 'PS';
  } catch {
    return 'PS';
  }
}

function catalogNew(ctx: UnallocContext, ds: JobDataset, shown: 'CATALOGED' | 'KEPT'): string[] {
  if (!ctx.datasets.work.has(ds.dsn)) return [ief285(ds.dsn, shown), volser()]; // a second DD of the step already did
  try {
    ctx.system.catalog.adopt(ds.dsn, ds.path, {
      dsorg: dsorgOf(ds),
      ...(ds.recfm !== undefined ? { recfm: ds.recfm } : {}),
      ...(ds.lrecl !== undefined ? { lrecl: ds.lrecl } : {}),
      created: ctx.now.toISOString(),
    });
  } catch (e) {
    if (!(e instanceof ElsimError) || e.id !== 'SIM0212E') throw e;
    ctx.datasets.discard(ds.dsn);
    return [jes.line('IEF287I', ds.dsn, 2)];
  }
  ctx.datasets.work.delete(ds.dsn);
  ctx.datasets.passed.delete(ds.dsn);
  return [ief285(ds.dsn, shown), volser()];
}

type TapePart = Extract<AllocDd['parts'][number], { kind: 'dataset' }> & { ds: { tape: NonNullable<JobDataset['tape']> } };

/**
 * The tape DDs of the step are dismounted together (one call to the tape service): a data set the
 * step wrote and keeps goes onto its volume; one it deletes, or a new one the step abended before
 * it was kept, leaves the volume as it was.
 */
function dismountTapes(dds: readonly AllocDd[], abended: boolean, ctx: UnallocContext): void {
  const parts = dds.flatMap((dd) => dd.parts.filter((p): p is TapePart => p.kind === 'dataset' && p.ds.tape?.mount !== undefined));
  if (parts.length === 0 || !ctx.tape) return;
  const items: TapeDismount[] = parts.map((p) => {
    const disp = effectiveDisposition(p.disp, p.isNew, p.ds.temporary, abended);
    const keep = !(p.isNew && (disp === 'DELETE' || disp === 'UNCATLG'));
    const written = p.isNew || p.wrote;
    return { request: p.ds.tape.request, mount: p.ds.tape.mount!, records: keep && written ? readRecordsFile(p.ds.path) : undefined, abended };
  });
  for (const l of ctx.tape.dismount(items, ctx.now)) ctx.log?.(l);
}

/** What happens to a tape data set at the end of the step, after its dismount. */
function tapeDisposition(p: TapePart, disp: string, ctx: UnallocContext): string[] {
  const ds = p.ds;
  const ser = ds.volser ?? '??????';
  const cat = ctx.system.catalog;
  const dropFile = (): void => {
    removeFiles(ds.path);
    ctx.datasets.work.delete(ds.dsn);
  };
  delete (ds as JobDataset).tape;
  if (disp === 'PASS') {
    ctx.datasets.passed.set(ds.dsn, ds);
    return [ief285(ds.dsn, 'PASSED'), volser(ser)];
  }
  if (ds.cataloged) {
    removeFiles(ds.path);
    if (disp === 'DELETE' || disp === 'UNCATLG') {
      cat.delete(ds.catalogName ?? ds.dsn);
      return [ief285(ds.dsn, disp === 'DELETE' ? 'DELETED' : 'UNCATALOGED'), volser(ser)];
    }
    return [ief285(ds.dsn, 'KEPT'), volser(ser)];
  }
  dropFile();
  if (disp === 'CATLG' || disp === 'KEEP') {
    try {
      cat.defineTape(ds.dsn, { volser: ser, unit: ds.unit ?? 'TAPE', ...(ds.recfm !== undefined ? { recfm: ds.recfm } : {}), ...(ds.lrecl !== undefined ? { lrecl: ds.lrecl } : {}), created: ctx.now.toISOString() });
    } catch (e) {
      if (!(e instanceof ElsimError) || e.id !== 'SIM0212E') throw e;
      return [jes.line('IEF287I', ds.dsn, 2)];
    }
    ctx.datasets.passed.delete(ds.dsn);
    return [ief285(ds.dsn, disp === 'CATLG' ? 'CATALOGED' : 'KEPT'), volser(ser)];
  }
  return [ief285(ds.dsn, 'DELETED'), volser(ser)];
}

export function unallocateStep(dds: readonly AllocDd[], abended: boolean, ctx: UnallocContext): string[] {
  const lines: string[] = [];
  const cat = ctx.system.catalog;
  dismountTapes(dds, abended, ctx);
  for (const dd of dds) {
    for (const p of dd.parts) {
      if (p.kind === 'dummy') continue;
      if (p.kind === 'dataset' && p.ds.tape !== undefined) {
        lines.push(...tapeDisposition(p as TapePart, effectiveDisposition(p.disp, p.isNew, p.ds.temporary, abended), ctx));
        continue;
      }
      if (p.kind === 'sysout') {
        lines.push(ief285(spoolName(ctx.spoolPrefix, p.dsid), 'SYSOUT'));
        continue;
      }
      if (p.kind === 'instream') {
        lines.push(ief285(spoolName(ctx.spoolPrefix, p.dsid), 'SYSIN'));
        continue;
      }
      const ds = p.ds;
      const disp = effectiveDisposition(p.disp, p.isNew, ds.temporary, abended);
      if (disp === 'PASS') {
        ctx.datasets.passed.set(ds.dsn, ds);
        lines.push(ief285(ds.dsn, 'PASSED'), volser());
        continue;
      }
      if (ds.cataloged) {
        if (disp === 'DELETE') {
          cat.delete(ds.catalogName ?? ds.dsn);
          lines.push(ief285(ds.dsn, 'DELETED'), volser());
        } else if (disp === 'UNCATLG') {
          cat.delete(ds.dsn);
          lines.push(ief285(ds.dsn, 'UNCATALOGED'), volser());
        } else {
          lines.push(ief285(ds.dsn, 'KEPT'), volser());
        }
        continue;
      }
      if (disp === 'CATLG') lines.push(...catalogNew(ctx, ds, 'CATALOGED'));
      else if (disp === 'KEEP') lines.push(...catalogNew(ctx, ds, 'KEPT'));
      else {
        ctx.datasets.discard(ds.dsn);
        lines.push(ief285(ds.dsn, 'DELETED'), volser());
      }
    }
  }
  return lines;
}

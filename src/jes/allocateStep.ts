/**
 * Allocation of one step's DDs, all or nothing: first every DD is resolved and checked against
 * the catalog and the job's own data sets without touching anything; only when all of them can be
 * allocated are new data sets created and the IEF236I/IEF237I messages issued.
 *
 * - DISP=NEW (the default) must not find the data set: a cataloged name gives IGD17101I, as on an
 *   SMS-managed system, and the job fails with a JCL error.
 * - DISP=OLD/SHR must find it — a passed data set, a temporary of the job, or a catalog entry
 *   (aliases followed) — else IEF212I DATA SET NOT FOUND.
 * - DISP=MOD extends an existing data set, or creates it.
 * - `*.STEP.DD` (backward reference) takes the DSN of that DD; `&&T` and DDs without DSN are the
 *   job's temporaries; `BASE(+1)`/`(0)`/`(-1)` are generations resolved once per job; a GDG base
 *   name alone reads all its generations, newest first.
 */
import type { DdSpec, Disp, DispStatus, JclDd, JclJob, JclStep } from '../jcl/types.js';
import { sim } from '../core/simMessages.js';
import { ElsimError } from '../core/errors.js';
import type { Dsorg } from './Catalog.js';
import type { JobDataset, JobDatasets } from './JobDatasets.js';
import { DASD_UNIT } from './StepDd.js';
import type { AllocDd, AllocPart } from './StepDd.js';
import type { SysoutSink } from './SysoutSink.js';
import { ddAttrs } from './ddAttrs.js';
import { writeRecordsFile } from './records.js';
import { jes } from './messages.js';
import { findStep } from './stepHistory.js';
import type { System } from './System.js';
import { generationName, validateDsn, validateMember } from './validateDsn.js';
import { retpdOf, unitOf, volserOf, type TapeRequest, type TapeService } from './tape.js';

export interface AllocContext {
  job: JclJob;
  step: JclStep;
  stepIndex: number;
  system: System;
  datasets: JobDatasets;
  /** Spool data set ids of the job's in-stream data sets (numbered at input, from 101). */
  instreamIds: Map<DdSpec, number>;
  /** Next spool data set id for a SYSOUT data set. */
  nextDsid: () => number;
  /** The spool data set a SYSOUT DD writes to, by its id. */
  sysout: (dsid: number) => SysoutSink;
  /** `IEF236I ALLOC. FOR` insert: `JOBNAME [PSTEP] STEP`. */
  label: string;
  now: Date;
  /** Tape allocation (SMC and VTCS); without it every DD is a disk DD. */
  tape?: TapeService;
}

export type AllocFailure =
  | { id: 'IEF212I'; dd: JclDd }
  | { id: 'IGD17101I'; dd: JclDd; dsn: string }
  | { id: 'SIM0207E'; dd: JclDd; ref: string }
  | { id: 'SIM0208E'; dd: JclDd; name: string; reason: string }
  | { id: 'SIM0214E'; dd: JclDd; dsn: string }
  | { id: 'SIM0215E'; dd: JclDd; base: string }
  | { id: 'SIM0218E'; dd: JclDd; dsn: string }
  /** A tape mount failed (SMC or VTCS said why: id and text are theirs). */
  | { id: 'TAPE'; dd: JclDd; messageId: string; text: string; log: string[] };

/**
 * `lines`: IEF236I/IEF237I (and SIM0203I for a GDG base defined on first use, named in `gdgBases`);
 * `log`: messages of tape mounts for the job log (IEF233A …).
 */
export type AllocResult = { ok: true; dds: AllocDd[]; lines: string[]; log: string[]; gdgBases: string[] } | { ok: false; failure: AllocFailure };

type Resolved = { dsn: string; member?: string; generation?: number; temporary: boolean; disp: Disp };

type PlanPart =
  | { kind: 'sysout'; cls: string }
  | { kind: 'dummy' }
  | { kind: 'instream'; records: string[]; dsid: number }
  | { kind: 'existing'; ds: JobDataset; member?: string; status: DispStatus; disp: Disp; received: boolean }
  | { kind: 'create'; dsn: string; member?: string; status: DispStatus; disp: Disp; temporary: boolean; dsorg: Exclude<Dsorg, 'GDG'>; recfm?: string; lrecl?: number; gdgBase?: string }
  /** A tape data set: new (a scratch mount) or on `volser` (a specific mount). */
  | { kind: 'tape'; dsn: string; status: DispStatus; disp: Disp; temporary: boolean; isNew: boolean; volser?: string; unit?: string; existing?: JobDataset; received: boolean; recfm?: string; lrecl?: number };

class Fail {
  constructor(readonly failure: AllocFailure) {}
}

function refText(spec: Extract<DdSpec, { kind: 'backref' }>): string {
  return `*.${spec.step}${spec.procStep !== undefined ? `.${spec.procStep}` : ''}.${spec.dd}`;
}

/** Follows a backward reference to the data set it names (the DISP stays the referring DD's). */
function resolveSpec(ctx: AllocContext, dd: JclDd, spec: DdSpec, depth = 0): Resolved | DdSpec {
  if (spec.kind !== 'backref') {
    if (spec.kind !== 'dataset') return spec;
    const r: Resolved = { dsn: spec.dsn, temporary: spec.temporary, disp: spec.disp };
    if (spec.member !== undefined) r.member = spec.member;
    if (spec.generation !== undefined) r.generation = spec.generation;
    return r;
  }
  const current = ctx.step.procStep !== undefined ? { name: ctx.step.name, procStep: ctx.step.procStep } : { name: ctx.step.name };
  const ref = spec.procStep !== undefined ? { step: spec.step, procStep: spec.procStep } : { step: spec.step };
  const target = findStep(ctx.job.steps, ref, current);
  const targetIndex = target ? ctx.job.steps.indexOf(target) : -1;
  const targetDd = target?.dds.find((d) => d.ddname === spec.dd && (target !== ctx.step || d.stmt < dd.stmt));
  const first = targetDd?.specs[0];
  if (!target || targetIndex > ctx.stepIndex || !first || depth > 20) throw new Fail({ id: 'SIM0207E', dd, ref: refText(spec) });
  const r = resolveSpec(ctx, targetDd, first, depth + 1);
  if (!('temporary' in r)) throw new Fail({ id: 'SIM0207E', dd, ref: refText(spec) });
  return { ...r, disp: spec.disp };
}

function checkName(dd: JclDd, name: string, shown: string): void {
  const r = validateDsn(name);
  if (!r.ok) throw new Fail({ id: 'SIM0208E', dd, name: shown, reason: r.reason });
}

/** The data sets a name stands for right now: passed or temporary ones of the job, else the catalog. */
function lookup(ctx: AllocContext, dsn: string, temporary: boolean): { sets: JobDataset[]; fromPassed: boolean } {
  const passed = ctx.datasets.passed.get(dsn);
  if (passed) return { sets: [passed], fromPassed: true };
  const work = ctx.datasets.work.get(dsn);
  if (work) return { sets: [work], fromPassed: false };
  if (temporary) return { sets: [], fromPassed: false };
  const cat = ctx.system.catalog;
  const e = cat.resolve(dsn);
  if (!e) return { sets: [], fromPassed: false };
  if (e.dsorg === 'GDG') {
    const gens = cat.generations(e.dsn).reverse();
    return {
      sets: gens.map((g) => {
        const ge = cat.resolve(g.dsn)!;
        return catalogDataset(ctx, g.dsn, ge.dsn, ge.dsorg === 'GDG' ? 'PS' : ge.dsorg, ge.recfm, ge.lrecl);
      }),
      fromPassed: false,
    };
  }
  return { sets: [catalogDataset(ctx, dsn, e.dsn, e.dsorg, e.recfm, e.lrecl)], fromPassed: false };
}

function catalogDataset(ctx: AllocContext, dsn: string, real: string, dsorg: Exclude<Dsorg, 'GDG'>, recfm?: string, lrecl?: number): JobDataset {
  const ds: JobDataset = { dsn, catalogName: real, path: ctx.system.catalog.pathOf(real), dsorg, cataloged: true, temporary: false };
  if (recfm !== undefined) ds.recfm = recfm;
  if (lrecl !== undefined) ds.lrecl = lrecl;
  const e = ctx.system.catalog.entry(real);
  if (e?.volser !== undefined) ds.volser = e.volser;
  if (e?.unit !== undefined) ds.unit = e.unit;
  return ds;
}

function planDataset(ctx: AllocContext, dd: JclDd, r: Resolved, stepNew: Set<string>): PlanPart[] {
  let dsn = r.temporary ? ctx.datasets.tempName(r.dsn) : r.dsn;
  checkName(dd, dsn, r.dsn);
  if (r.member !== undefined) {
    const m = validateMember(r.member);
    if (!m.ok) throw new Fail({ id: 'SIM0208E', dd, name: r.member, reason: m.reason });
  }
  let gdgBase: string | undefined;
  if (r.generation !== undefined && !r.temporary) {
    const base = ctx.system.catalog.resolve(dsn);
    if (base && base.dsorg !== 'GDG') throw new Fail({ id: 'IEF212I', dd });
    if (!base && r.generation <= 0) throw new Fail({ id: 'IEF212I', dd });
    if (generationName(dsn, 1).length > 44) throw new Fail({ id: 'SIM0208E', dd, name: `${dsn}(${r.generation})`, reason: 'A GDG BASE NAME MAY HAVE AT MOST 35 CHARACTERS' });
    const abs = ctx.datasets.generation(base?.dsn ?? dsn, r.generation);
    if (abs === undefined) {
      if (r.generation > 0) throw new Fail({ id: 'SIM0215E', dd, base: dsn });
      throw new Fail({ id: 'IEF212I', dd });
    }
    if (!base) gdgBase = dsn;
    dsn = abs;
  }
  const status: DispStatus = r.disp.status ?? 'NEW';
  const found = lookup(ctx, dsn, r.temporary);
  const tape = tapePlan(ctx, dd, dsn, r, status, found, stepNew);
  if (tape) return [tape];
  const create = (): PlanPart => {
    const a = ddAttrs(dd.keywords);
    const p: PlanPart = { kind: 'create', dsn, status, disp: r.disp, temporary: r.temporary, dsorg: r.member !== undefined || a.partitioned ? 'PO' : 'PS' };
    if (r.member !== undefined) p.member = r.member;
    if (a.recfm !== undefined) p.recfm = a.recfm;
    if (a.lrecl !== undefined) p.lrecl = a.lrecl;
    if (gdgBase !== undefined) p.gdgBase = gdgBase;
    stepNew.add(dsn);
    return p;
  };
  const existing = (sets: JobDataset[]): PlanPart[] =>
    sets.map((ds) => {
      if (holdsActiveCds(ctx, ds, status, r.disp)) throw new Fail({ id: 'SIM0218E', dd, dsn: ds.catalogName ?? ds.dsn });
      const p: PlanPart = { kind: 'existing', ds, status, disp: r.disp, received: found.fromPassed };
      if (r.member !== undefined) p.member = r.member;
      return p;
    });
  if (status === 'NEW') {
    if (found.sets.length > 0 || stepNew.has(dsn)) throw new Fail({ id: 'IGD17101I', dd, dsn });
    return [create()];
  }
  if (found.sets.length === 0) {
    if (status === 'MOD' && !stepNew.has(dsn)) return [create()];
    throw new Fail({ id: 'IEF212I', dd });
  }
  return existing(status === 'MOD' ? found.sets.slice(0, 1) : found.sets);
}

/**
 * A tape DD: its UNIT names a tape device or esoteric, or it names a data set that is on tape (a
 * cataloged or passed one with a volume), or it codes VOL=SER with a tape UNIT. Undefined for a
 * disk DD. A new tape data set gets a scratch volume at mount; an existing one is mounted by volser.
 */
function tapePlan(ctx: AllocContext, dd: JclDd, dsn: string, r: Resolved, status: DispStatus, found: { sets: JobDataset[]; fromPassed: boolean }, stepNew: Set<string>): PlanPart | undefined {
  if (!ctx.tape) return undefined;
  const unit = unitOf(dd.keywords);
  const tapeUnit = unit !== undefined && ctx.tape.isTapeUnit(unit);
  const onTape = found.sets.length === 1 && found.sets[0]!.volser !== undefined ? found.sets[0]! : undefined;
  if (!tapeUnit && !onTape) return undefined;
  if (r.member !== undefined) throw new Fail({ id: 'SIM0208E', dd, name: `${dsn}(${r.member})`, reason: 'A TAPE DATA SET HAS NO MEMBERS' });
  const a = ddAttrs(dd.keywords);
  const base = { kind: 'tape' as const, dsn, status, disp: r.disp, temporary: r.temporary, received: found.fromPassed, ...(unit !== undefined ? { unit } : {}), ...(a.recfm !== undefined ? { recfm: a.recfm } : {}), ...(a.lrecl !== undefined ? { lrecl: a.lrecl } : {}) };
  if (status === 'NEW') {
    if (found.sets.length > 0 || stepNew.has(dsn)) throw new Fail({ id: 'IGD17101I', dd, dsn });
    stepNew.add(dsn);
    return { ...base, isNew: true };
  }
  if (onTape) return { ...base, isNew: false, volser: onTape.volser!, existing: onTape };
  if (found.sets.length > 0) return undefined; // a disk data set read through a tape UNIT: read it as it is
  const coded = volserOf(dd.keywords);
  if (coded !== undefined) return { ...base, isNew: false, volser: coded };
  if (status === 'MOD' && !stepNew.has(dsn)) {
    stepNew.add(dsn);
    return { ...base, isNew: true };
  }
  throw new Fail({ id: 'IEF212I', dd });
}

/**
 * HSC holds the CDS it has open (shared): a job cannot get it for exclusive use (OLD, MOD) or
 * delete it while HSC is active — on z/OS the job would wait for the data set (IEF099I) until HSC
 * let it go. elsim fails the step's allocation instead of deleting the tapeplex's only record.
 */
function holdsActiveCds(ctx: AllocContext, ds: JobDataset, status: DispStatus, disp: Disp): boolean {
  if (!ds.cataloged || !ctx.system.hscActive()) return false;
  const active = ctx.system.activeCds();
  if (active === undefined) return false;
  const real = ctx.system.catalog.resolve(active)?.dsn ?? active;
  if ((ds.catalogName ?? ds.dsn) !== real) return false;
  return status === 'OLD' || status === 'MOD' || disp.normal === 'DELETE' || disp.abnormal === 'DELETE';
}

function plan(ctx: AllocContext): PlanPart[][] {
  const stepNew = new Set<string>();
  return ctx.step.dds.map((dd) =>
    dd.specs.flatMap((spec): PlanPart[] => {
      const r = resolveSpec(ctx, dd, spec);
      if ('temporary' in r) {
        try {
          return planDataset(ctx, dd, r, stepNew);
        } catch (e) {
          // A catalog file that is a link out of the system directory: a JCL error of this job.
          if (e instanceof ElsimError && e.id === 'SIM0214E') throw new Fail({ id: 'SIM0214E', dd, dsn: r.dsn });
          throw e;
        }
      }
      switch (r.kind) {
        case 'sysout':
          return [{ kind: 'sysout', cls: r.class === '*' ? ctx.job.params.msgclass : r.class }]; // SYSOUT=* is the job's MSGCLASS
        case 'dummy':
          return [{ kind: 'dummy' }];
        case 'instream':
          return [{ kind: 'instream', records: r.records, dsid: ctx.instreamIds.get(r) ?? 0 }];
        default:
          return [];
      }
    }),
  );
}

export function allocateStep(ctx: AllocContext): AllocResult {
  let planned: PlanPart[][];
  try {
    planned = plan(ctx);
  } catch (e) {
    if (e instanceof Fail) return { ok: false, failure: e.failure };
    throw e;
  }
  // Tape DDs are mounted before anything is created: a mount that fails fails the allocation.
  const tapeParts: { part: Extract<PlanPart, { kind: 'tape' }>; dd: JclDd }[] = [];
  ctx.step.dds.forEach((dd, i) => {
    for (const p of planned[i]!) if (p.kind === 'tape') tapeParts.push({ part: p, dd });
  });
  const mounts = new Map<PlanPart, { request: TapeRequest; mount: import('./tape.js').TapeMount }>();
  const log: string[] = [];
  if (tapeParts.length > 0) {
    const requests: TapeRequest[] = tapeParts.map(({ part, dd }) => ({
      ddname: dd.ddname,
      dsn: part.dsn,
      status: part.status,
      isNew: part.isNew,
      ...(part.volser !== undefined ? { volser: part.volser } : {}),
      unit: part.unit ?? part.existing?.unit,
      jobname: ctx.job.name,
      jobid: ctx.datasets.jobid,
      stepname: ctx.step.name,
      ...(ctx.step.procStep !== undefined ? { procstep: ctx.step.procStep } : {}),
      ...(part.recfm ?? part.existing?.recfm ? { recfm: (part.recfm ?? part.existing?.recfm)! } : {}),
      ...(part.lrecl ?? part.existing?.lrecl ? { lrecl: (part.lrecl ?? part.existing?.lrecl)! } : {}),
      ...(retpdOf(dd.keywords) !== undefined ? { retpd: retpdOf(dd.keywords)! } : {}),
    }));
    const answer = ctx.tape!.mount(requests, ctx.now);
    if (!answer.ok) return { ok: false, failure: { id: 'TAPE', dd: tapeParts[answer.index]!.dd, messageId: answer.id, text: answer.text, log: answer.log } };
    tapeParts.forEach(({ part }, i) => mounts.set(part, { request: requests[i]!, mount: answer.mounts[i]! }));
    for (const m of answer.mounts) log.push(...m.log);
  }
  const lines: string[] = [jes.line('IEF236I', ctx.label)];
  const created = ctx.now.toISOString();
  const definedBases = new Set<string>();
  const dds: AllocDd[] = ctx.step.dds.map((dd, i) => {
    const a = ddAttrs(dd.keywords);
    const parts = planned[i]!.map((p, j): AllocPart => {
      const shownDd = j === 0 ? dd.ddname : '';
      switch (p.kind) {
        case 'sysout': {
          lines.push(jes.line('IEF237I', 'JES2', shownDd));
          const dsid = ctx.nextDsid();
          return { kind: 'sysout', cls: p.cls, dsid, sink: ctx.sysout(dsid) };
        }
        case 'dummy':
          lines.push(jes.line('IEF237I', 'DMY ', shownDd));
          return { kind: 'dummy' };
        case 'instream':
          lines.push(jes.line('IEF237I', 'JES2', shownDd));
          return { kind: 'instream', records: p.records, dsid: p.dsid };
        case 'existing': {
          if (p.received) ctx.datasets.passed.delete(p.ds.dsn);
          lines.push(jes.line('IEF237I', DASD_UNIT, shownDd));
          const part: AllocPart = { kind: 'dataset', ds: p.ds, status: p.status, isNew: false, disp: p.disp, wrote: false };
          if (p.member !== undefined) part.member = p.member;
          return part;
        }
        case 'create': {
          if (p.gdgBase !== undefined && !definedBases.has(p.gdgBase) && !ctx.system.catalog.exists(p.gdgBase)) {
            ctx.system.catalog.define(p.gdgBase, { dsorg: 'GDG', created });
            definedBases.add(p.gdgBase);
            lines.push(sim.line('SIM0203I', p.gdgBase));
          }
          const spec: Omit<JobDataset, 'path' | 'cataloged'> = { dsn: p.dsn, dsorg: p.dsorg, temporary: p.temporary };
          if (p.recfm !== undefined) spec.recfm = p.recfm;
          if (p.lrecl !== undefined) spec.lrecl = p.lrecl;
          const ds = ctx.datasets.create(spec);
          lines.push(jes.line('IEF237I', DASD_UNIT, shownDd));
          const part: AllocPart = { kind: 'dataset', ds, status: p.status, isNew: true, disp: p.disp, wrote: false };
          if (p.member !== undefined) part.member = p.member;
          return part;
        }
        case 'tape': {
          // The data set is a file of the job's work area while the step runs: empty for a new one,
          // the records on the volume for a specific mount.
          const m = mounts.get(p)!;
          if (p.received) ctx.datasets.passed.delete(p.dsn);
          const spec: Omit<JobDataset, 'path' | 'cataloged'> = { dsn: p.dsn, dsorg: 'PS', temporary: p.temporary };
          const recfm = p.recfm ?? p.existing?.recfm;
          const lrecl = p.lrecl ?? p.existing?.lrecl;
          if (recfm !== undefined) spec.recfm = recfm;
          if (lrecl !== undefined) spec.lrecl = lrecl;
          const ds = ctx.datasets.create(spec);
          if (!p.isNew) {
            writeRecordsFile(ds.path, m.mount.records ?? []);
            if (p.existing?.cataloged) {
              // An existing cataloged data set: not one of the job's new ones.
              ctx.datasets.work.delete(p.dsn);
              ds.cataloged = true;
              ds.catalogName = p.existing.catalogName ?? p.dsn;
            }
          }
          ds.volser = m.mount.volser;
          ds.unit = m.mount.unit;
          ds.tape = { request: m.request, mount: m.mount };
          lines.push(jes.line('IEF237I', m.mount.device, shownDd));
          return { kind: 'dataset', ds, status: p.status, isNew: p.isNew, disp: p.disp, wrote: false };
        }
      }
    });
    const first = parts[0];
    const attrs: AllocDd['attrs'] = {};
    const recfm = a.recfm ?? (first?.kind === 'dataset' ? first.ds.recfm : first?.kind === 'instream' ? 'FB' : undefined);
    const lrecl = a.lrecl ?? (first?.kind === 'dataset' ? first.ds.lrecl : first?.kind === 'instream' ? 80 : undefined);
    if (recfm !== undefined) attrs.recfm = recfm;
    if (lrecl !== undefined) attrs.lrecl = lrecl;
    if (a.blksize !== undefined) attrs.blksize = a.blksize;
    const dsorg = a.dsorg ?? (first?.kind === 'dataset' ? first.ds.dsorg : undefined);
    if (dsorg !== undefined) attrs.dsorg = dsorg;
    return { ddname: dd.ddname, dd, parts, attrs };
  });
  return { ok: true, dds, lines, log, gdgBases: [...definedBases] };
}

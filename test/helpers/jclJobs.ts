/**
 * Hand-built converter output (JclJob) for JES runner tests, and a throw-away system directory.
 * `job()` numbers the statements and builds a JESJCL listing the way the converter would for
 * simple single-card statements.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecutionContext } from 'ava';
import type { CondTest, DdSpec, Disp, ExecCond, IfContext, JclDd, JclJob, JclKeyword, JclStep, ListingLine } from '../../src/jcl/types.js';
import type { Diagnostic } from '../../src/core/Diagnostic.js';
import { memoryIo, fixedClock } from '../../src/core/Io.js';
import { System } from '../../src/jes/System.js';
import { basePrograms } from '../../src/jes/basePrograms.js';
import type { SubmitEnv } from '../../src/jes/runJob.js';
import type { Program } from '../../src/program/contract.js';

export const NOW = '2025-03-04T10:15:02Z';

const pos = { file: 'test.jcl', line: 1, column: 1 };

export const ds = (dsn: string, disp: Disp = {}, extra: { member?: string; generation?: number } = {}): DdSpec => ({
  kind: 'dataset',
  dsn,
  temporary: dsn.startsWith('&&'),
  disp,
  ...extra,
});
export const shr = (dsn: string, member?: string): DdSpec => ds(dsn, { status: 'SHR' }, member !== undefined ? { member } : {});
export const sysout = (cls = '*'): DdSpec => ({ kind: 'sysout', class: cls });
export const dummy = (): DdSpec => ({ kind: 'dummy' });
export const instream = (...records: string[]): DdSpec => ({ kind: 'instream', records, data: false });
export const backref = (step: string, dd: string, disp: Disp = {}, procStep?: string): DdSpec => ({ kind: 'backref', step, dd, disp, ...(procStep !== undefined ? { procStep } : {}) });

export interface DdDraft {
  ddname: string;
  specs: DdSpec[];
  keywords?: JclKeyword[];
  text?: string;
}

export const dd = (ddname: string, ...specs: DdSpec[]): DdDraft => ({ ddname, specs });
export const ddk = (ddname: string, keywords: Record<string, JclKeyword['value']>, ...specs: DdSpec[]): DdDraft => ({
  ddname,
  specs,
  keywords: Object.entries(keywords).map(([key, value]) => ({ key, value, pos })),
});

export interface StepDraft {
  name: string;
  program: string;
  dds: DdDraft[];
  procStep?: string;
  parm?: string;
  cond?: ExecCond;
  /** IF contexts; `stmt` is the IF statement number (use numbers above the statements of the job). */
  ifs?: IfContext[];
}

export const step = (name: string, program: string, dds: DdDraft[] = [], opts: Omit<StepDraft, 'name' | 'program' | 'dds'> = {}): StepDraft => ({ name, program, dds, ...opts });

export const cond = (tests: CondTest[], flags: { even?: boolean; only?: boolean } = {}): ExecCond => ({ tests, even: flags.even ?? false, only: flags.only ?? false });

export function job(name: string, drafts: StepDraft[], opts: { cond?: CondTest[]; typrun?: string; diagnostics?: Diagnostic[]; msgclass?: string; keywords?: JclKeyword[] } = {}): JclJob {
  let stmt = 1;
  const listing: ListingLine[] = [{ stmt: stmt++, prefix: '//', text: `${name.padEnd(8)} JOB (ACCT),'ELS ADMIN',CLASS=A,MSGCLASS=${opts.msgclass ?? 'X'}` }];
  const steps: JclStep[] = drafts.map((d) => {
    const stepStmt = stmt++;
    const prefix = d.procStep !== undefined ? '++' : '//';
    listing.push({ stmt: stepStmt, prefix, text: `${(d.procStep ?? d.name).padEnd(8)} EXEC PGM=${d.program}${d.parm !== undefined ? `,PARM=${d.parm}` : ''}` });
    const dds: JclDd[] = d.dds.map((x) => {
      const ddStmt = stmt++;
      listing.push({ stmt: ddStmt, prefix, text: `${x.ddname.padEnd(8)} DD ${x.text ?? '...'}` });
      return { ddname: x.ddname, stmt: ddStmt, pos: { ...pos, line: ddStmt }, specs: x.specs, keywords: x.keywords ?? [] };
    });
    const s: JclStep = { name: d.name, program: d.program, parm: d.parm ?? '', ifs: d.ifs ?? [], dds, stmt: stepStmt, pos: { ...pos, line: stepStmt }, keywords: [] };
    if (d.procStep !== undefined) s.procStep = d.procStep;
    if (d.cond !== undefined) s.cond = d.cond;
    return s;
  });
  const j: JclJob = {
    name,
    jobCard: true,
    params: { class: 'A', msgclass: opts.msgclass ?? 'X', msglevel: [1, 1], keywords: opts.keywords ?? [] },
    steps,
    listing,
    diagnostics: opts.diagnostics ?? [],
    cardsRead: listing.length + 2,
    pos,
  };
  if (opts.cond !== undefined) j.params.cond = opts.cond;
  if (opts.typrun !== undefined) j.params.typrun = opts.typrun;
  return j;
}

/** A fresh system in a temporary directory, removed after the test. */
export function tempSystem(t: ExecutionContext, now = NOW): System {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-jes-'));
  const sys = System.create(join(dir, 'sys'), { now, clock: fixedClock(now) });
  t.teardown(() => {
    sys.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return sys;
}

export function env(system: System, programs: Record<string, Program> = {}, now = NOW): SubmitEnv {
  return { system, io: memoryIo(fixedClock(now)), programs: { ...basePrograms, ...testPrograms, ...programs }, now: new Date(now) };
}

/**
 * Programs for runner tests: SETRC ends with the return code in its PARM; ABENDER abends with the
 * code in its PARM (U0100 by default); THROWER fails inside; ECHOPARM writes its PARM to SYSPRINT;
 * COPYIN writes the records of IN to OUT.
 */
export const testPrograms: Record<string, Program> = {
  SETRC: (ctx) => ({ rc: Number(ctx.parm) || 0 }),
  ABENDER: (ctx) => ({ abend: ctx.parm || 'U0100' }),
  THROWER: () => {
    throw new Error('the program broke');
  },
  ECHOPARM: (ctx) => {
    ctx.dd('SYSPRINT')?.writeRecords([`PARM=[${ctx.parm}]`]);
    return { rc: 0 };
  },
  COPYIN: (ctx) => {
    ctx.dd('OUT')?.writeRecords(ctx.dd('IN')?.readRecords() ?? []);
    return { rc: 0 };
  },
};

/** Reads a spool file of a job result. */
export function spoolFile(system: System, spool: string, name: string): string[] {
  const text = readFileSync(join(system.root, spool, `${name}.txt`), 'utf8');
  return text.split('\n').slice(0, -1);
}

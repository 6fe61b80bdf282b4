/**
 * One job from the converter's output to its spool: a job number, the job log, then each step in
 * order — decide (IF, abend rule, COND), allocate, run the program, unallocate — and the job's
 * completion code as JES2 reports it.
 *
 * A job with converter errors is not run (IEFC452I); TYPRUN=SCAN stops after conversion, and so
 * does a job that transmits its records to another node or defines a JES2 job group. A step
 * whose DDs cannot be allocated is not run, and neither is any later step (IEF453I JOB FAILED -
 * JCL ERROR). A program that is not in the registry abends S806; one that throws abends U4000
 * (SIM0201E); an OPEN failure abends S013.
 */
import { join } from 'node:path';
import type { Diagnostic } from '../core/Diagnostic.js';
import { hasErrors } from '../core/Diagnostic.js';
import type { Io } from '../core/Io.js';
import { environmentError } from '../core/environmentFault.js';
import { ElsimError } from '../core/errors.js';
import { killPoint } from '../core/killPoint.js';
import { sim } from '../core/simMessages.js';
import { iefc } from '../jcl/messages.js';
import type { DdSpec, JclJob } from '../jcl/types.js';
import { JobDatasets } from './JobDatasets.js';
import { FIRST_USER_DSID, JobSpool, SYSTEM_NAME } from './JobSpool.js';
import { LOST_STATUS } from './recoverSystem.js';
import { closeStepWriters, stepDd } from './StepDd.js';
import { runProgram } from './runProgram.js';
import type { AllocFailure } from './allocateStep.js';
import { allocateStep } from './allocateStep.js';
import { condSatisfied, decideStep } from './decideStep.js';
import { hhmmss, julianStamp } from './jesTime.js';
import { jes } from './messages.js';
import type { StepOutcome } from './stepHistory.js';
import { findStep } from './stepHistory.js';
import type { System } from './System.js';
import type { AllocatedDd, Program, StepContext } from '../program/contract.js';
import type { JobRecord } from './jobRecord.js';
import type { JobResult, StepResult } from './types.js';
import type { TapeService } from './tape.js';
import { ief285, unallocateStep, volser } from './unallocateStep.js';

export interface SubmitEnv {
  system: System;
  io: Io;
  /** Every program jobs may run, by name: basePrograms plus SLUADMIN/SWSADMIN from the CLI. */
  programs: Readonly<Record<string, Program>>;
  /** The simulated time the jobs run at: every time in their output comes from it. */
  now: Date;
  /** Tape allocation (SMC routing and VTCS mounts); without it there are no tape DDs. */
  tape?: TapeService;
  /** The JCL file the jobs were read from (absolute), recorded with each job. */
  file?: string;
}

/** The system completion code of a job step cancelled by the operator (CANCEL without a dump). */
export const CANCEL_ABEND = 'S222';

const CPU_LINE = '        CPU:     0 HR  00 MIN  00.00 SEC    SRB:     0 HR  00 MIN  00.00 SEC';

/** `S806` → SYSTEM=806 USER=0000; `U0100` → SYSTEM=000 USER=0100. */
function abendParts(code: string): { system: string; user: string } {
  return code.startsWith('U') ? { system: '000', user: code.slice(1) } : { system: code.slice(1), user: '0000' };
}

function diag(id: string, severity: Diagnostic['severity'], text: string, where?: { pos: Diagnostic['card']; stmt: number; image?: string | undefined }): Diagnostic {
  const d: Diagnostic = { id, severity, text };
  if (where?.pos) d.card = where.pos;
  if (where) d.stmt = where.stmt;
  if (where?.image !== undefined) d.image = where.image;
  return d;
}

/** The first card of statement `stmt` as JESJCL lists it (`XX`/`++` of a procedure shown as `//`). */
function cardImage(job: JclJob, stmt: number): string | undefined {
  const l = job.listing.find((x) => x.stmt === stmt);
  return l === undefined ? undefined : `//${l.text}`.slice(0, 80);
}

/** The message of an allocation failure: id and text. */
function failureMessage(f: AllocFailure, label: string): [string, string] {
  switch (f.id) {
    case 'IEF212I':
      return [f.id, jes.text('IEF212I', label, f.dd.ddname)];
    case 'IGD17101I':
      return [f.id, jes.text('IGD17101I', f.dsn)];
    case 'SIM0207E':
      return [f.id, sim.text('SIM0207E', f.ref)];
    case 'SIM0208E':
      return [f.id, sim.text('SIM0208E', f.name, f.reason)];
    case 'SIM0214E':
      return [f.id, sim.text('SIM0214E', f.dsn)];
    case 'SIM0215E':
      return [f.id, sim.text('SIM0215E', f.base)];
    case 'SIM0218E':
      return [f.id, sim.text('SIM0218E', f.dsn)];
    case 'TAPE':
      return [f.messageId, f.text];
  }
}

/** The completion JES2 reports on $HASP395, following JOBRC= (MAXRC by default). */
function completionText(job: JclJob, history: readonly StepOutcome[]): string {
  const show = (h: StepOutcome | undefined): string | undefined => (h === undefined ? undefined : h.abend !== undefined ? `ABEND=${h.abend}` : h.rc !== undefined ? `RC=${String(h.rc).padStart(4, '0')}` : undefined);
  const jobrc = job.params.keywords.find((k) => k.key === 'JOBRC')?.value;
  if (jobrc === 'LASTRC') {
    const last = [...history].reverse().find((h) => h.ran);
    return show(last) ?? 'RC=0000';
  }
  if (Array.isArray(jobrc) && jobrc[0] === 'STEP' && typeof jobrc[1] === 'string') {
    const [step = '', procStep] = jobrc[1].split('.');
    const named = show(findStep(history, procStep !== undefined ? { step, procStep } : { step }));
    if (named !== undefined) return named;
  }
  const lastAbend = [...history].reverse().find((h) => h.abend !== undefined);
  if (lastAbend) return `ABEND=${lastAbend.abend}`;
  const rcs = history.flatMap((h) => (h.rc !== undefined && h.abend === undefined ? [h.rc] : []));
  return `RC=${String(rcs.length === 0 ? 0 : Math.max(...rcs)).padStart(4, '0')}`;
}

/**
 * The job's simulated time. It starts at the submit time and moves only when a program moved the
 * system's pinned clock while it ran (DRMON waiting for copies): later steps, step-end and job-end
 * stamps then run that much later, as they would after a real wait.
 */
class JobClock {
  constructor(public now: Date) {}

  follow(before: string | undefined, after: string | undefined): void {
    if (before === undefined || after === undefined) return;
    const moved = Date.parse(after) - Date.parse(before);
    if (moved > 0) this.now = new Date(this.now.getTime() + moved);
  }
}

export async function runJob(job: JclJob, env: SubmitEnv): Promise<JobResult> {
  const { system, now } = env;
  const jobid = system.nextJobId(now.toISOString(), job.name);
  const jobname = job.name;
  const spoolRel = system.spoolRelative(jobid, jobname);
  const spool = new JobSpool(jobid, jobname, now, job.listing, { root: system.root, relative: spoolRel });
  try {
    spool.reserve();
  } catch (e) {
    // No room for the job's spool: the job is not run and its number is given back.
    spool.discard();
    try {
      system.forgetJob(jobid);
    } catch {
      // left INPUT with this process as owner: the next open marks it LOST
    }
    const fault = environmentError(e, join(system.root, 'spool'));
    if (!fault) throw e;
    const notRun = new ElsimError(sim.text('SIM1522E', jobid, jobname, `${fault.id} ${fault.message}`), 'SIM1522E');
    notRun.fault = fault.id;
    throw notRun;
  }
  try {
    return await runReservedJob(job, env, jobid, spool, spoolRel);
  } catch (e) {
    // The job could not be finished (a full disk while its output was written, a bug): its
    // output is not kept and it is recorded LOST; what its steps committed stays committed.
    spool.discard();
    try {
      system.recordJob(jobid, { jobname, status: LOST_STATUS, maxcc: null, spool: null, owner: system.userid() });
    } catch {
      // the next open marks it LOST
    }
    const fault = environmentError(e, system.root);
    if (!fault) throw e;
    const lost = new ElsimError(sim.text('SIM1523E', jobid, jobname, `${fault.id} ${fault.message}`), 'SIM1523E');
    lost.fault = fault.id;
    throw lost;
  }
}

async function runReservedJob(job: JclJob, env: SubmitEnv, jobid: string, spool: JobSpool, spoolRel: string): Promise<JobResult> {
  const { system, now } = env;
  const jobname = job.name;
  const userid = system.userid();
  const time = hhmmss(now);
  const stamp = julianStamp(now);
  const diagnostics: Diagnostic[] = [...job.diagnostics];
  const clock = new JobClock(now);

  if (job.diagnostics.length > 0) {
    spool.sys(' STMT NO. MESSAGE');
    for (const d of job.diagnostics) spool.sys(`${d.stmt !== undefined ? String(d.stmt).padStart(9) : ' '.repeat(9)} ${d.id} ${d.text}`);
  }
  spool.log(jes.line('IRR010I', userid.padEnd(8)));

  const finish = (result: Omit<JobResult, 'jobname' | 'jobid' | 'spool' | 'diagnostics'>, executed: boolean): JobResult => {
    spool.write(job.cardsRead, executed);
    killPoint('job.recorded');
    const record: JobRecord = {
      jobname,
      status: result.status,
      maxcc: result.maxcc,
      spool: spoolRel,
      ended: clock.now.toISOString(),
      owner: userid,
      result: { steps: result.steps, datasets: spool.datasets(), ...(result.reason ? { reason: result.reason } : {}) },
    };
    if (result.abend !== undefined) record.abend = result.abend;
    if (env.file !== undefined) record.file = env.file;
    system.recordJob(jobid, record);
    return { jobname, jobid, spool: spoolRel, diagnostics, ...result };
  };
  const notRun = (why: StepResult['bypassed']): StepResult[] =>
    job.steps.map((s) => {
      const r: StepResult = { name: s.name, program: s.program };
      if (s.procStep !== undefined) r.procStep = s.procStep;
      if (why !== undefined) r.bypassed = why;
      return r;
    });

  if (hasErrors(job.diagnostics)) {
    spool.log(iefc.line('IEFC452I', jobname));
    spool.log(jes.line('$HASP396', jobname.padEnd(8)));
    const first = job.diagnostics.find((d) => d.severity === 'error');
    return finish({ maxcc: 0, status: 'JCL ERROR', steps: notRun('JCL ERROR'), ...(first ? { reason: first } : {}) }, false);
  }
  if (job.transmit || job.group) {
    // Records for another node (SIM0116I) or a job group's definition (SIM0117I): nothing runs here.
    const note = job.diagnostics.find((d) => d.id === (job.group ? 'SIM0117I' : 'SIM0116I'));
    if (note) spool.log(`${note.id} ${note.text}`);
    return finish({ maxcc: 0, status: 'CC', steps: [] }, false);
  }
  const typrun = job.params.typrun?.toUpperCase();
  if (typrun === 'SCAN') {
    spool.log(jes.line('$HASP396', jobname.padEnd(8)));
    return finish({ maxcc: 0, status: 'CC', steps: [] }, false);
  }
  if (typrun !== undefined && typrun !== '') {
    spool.log(sim.line('SIM0202I', typrun));
    diagnostics.push(diag('SIM0202I', 'info', sim.text('SIM0202I', typrun)));
  }

  spool.log(jes.line('$HASP373', jobname.padEnd(8), '1'.padEnd(4), (job.params.class || 'A').padEnd(8), SYSTEM_NAME));
  spool.log(jes.line('IEF403I', jobname, time));

  // In-stream data sets are numbered when the job is read; SYSOUT data sets as steps allocate them.
  const instreamIds = new Map<DdSpec, number>();
  let dsid = FIRST_USER_DSID;
  for (const s of job.steps) for (const dd of s.dds) for (const spec of dd.specs) if (spec.kind === 'instream') instreamIds.set(spec, dsid++);
  const nextDsid = (): number => dsid++;

  const datasets = new JobDatasets(system, jobname, jobid, now);
  const history: StepOutcome[] = [];
  const steps: StepResult[] = [];
  const ifCache = new Map<number, boolean>();
  let jclError = false;
  let jobCondMet = false;
  /** The signal that cancelled the job (SIGINT, SIGTERM), seen between steps. */
  let cancelled: string | undefined;
  const spoolPrefix = `${userid}.${jobname}.${jobid}`;

  try {
    for (const [index, step] of job.steps.entries()) {
      const label = `${jobname} ${step.procStep !== undefined ? `${step.procStep} ` : ''}${step.name}`;
      const stepName8 = (step.procStep ?? step.name).padEnd(8);
      const result: StepResult = { name: step.name, program: step.program };
      if (step.procStep !== undefined) result.procStep = step.procStep;
      const outcome: StepOutcome = { name: step.name, ran: false };
      if (step.procStep !== undefined) outcome.procStep = step.procStep;
      const stepStart = julianStamp(clock.now);
      const stepEnd = (): void => {
        spool.sys(jes.line('IEF373I', stepName8, stepStart));
        spool.sys(jes.line('IEF032I', stepName8, julianStamp(clock.now)));
        spool.sys(CPU_LINE);
      };
      const bypass = (why: NonNullable<StepResult['bypassed']>, lines: string[]): void => {
        for (const l of lines) spool.sys(l);
        spool.sys(jes.line('IEF272I', label));
        stepEnd();
        result.bypassed = why;
        steps.push(result);
        history.push(outcome);
      };

      if (jclError) {
        result.bypassed = 'JCL ERROR';
        steps.push(result);
        history.push(outcome);
        continue;
      }
      if (cancelled === undefined && env.io.interrupts !== undefined) {
        killPoint('job.step', step.name);
        // A signal is handled between macrotasks: let one through before the step starts.
        await new Promise((r) => setImmediate(r));
        cancelled = env.io.interrupts.received();
        if (cancelled !== undefined) {
          const stepLabel = `STEP ${step.procStep !== undefined ? `${step.procStep}.` : ''}${step.name}`;
          spool.log(sim.line('SIM1531I', jobname, cancelled, stepLabel), clock.now);
          spool.sys(sim.line('SIM1531I', jobname, cancelled, stepLabel));
        }
      }
      if (cancelled !== undefined) {
        bypass('CANCELED', []);
        continue;
      }
      if (jobCondMet) {
        bypass('JOB COND', [jes.line('IEF202I', label)]);
        continue;
      }
      const decision = decideStep(step, index, history, ifCache);
      if (!decision.run) {
        if (decision.why === 'IF') bypass('IF', [jes.line('IEF206I', label, decision.ifStmt)]);
        else if (decision.why === 'COND') bypass('COND', [jes.line('IEF202I', label)]);
        else bypass('ABEND', []);
        continue;
      }

      const alloc = allocateStep({ job, step, stepIndex: index, system, datasets, instreamIds, nextDsid, sysout: (id) => spool.sysout(id), label, now: clock.now, ...(env.tape ? { tape: env.tape } : {}) });
      if (!alloc.ok) {
        if (alloc.failure.id === 'TAPE') for (const l of alloc.failure.log) spool.log(l, clock.now);
        const [id, text] = failureMessage(alloc.failure, label);
        const why = diag(id, 'error', text, { pos: alloc.failure.dd.pos, stmt: alloc.failure.dd.stmt, image: cardImage(job, alloc.failure.dd.stmt) });
        diagnostics.push(why);
        result.reason = why;
        bypass('JCL ERROR', [`${id} ${text}`]);
        jclError = true;
        continue;
      }
      for (const l of alloc.lines) spool.sys(l);
      for (const l of alloc.log) spool.log(l, clock.now);
      for (const base of alloc.gdgBases) diagnostics.push(diag('SIM0203I', 'info', sim.text('SIM0203I', base), { pos: step.pos, stmt: step.stmt }));

      const dds: AllocatedDd[] = alloc.dds.map((a) => stepDd(a, system.root, { jobname, stepname: step.name }));
      const byName = new Map<string, AllocatedDd>();
      for (const d of dds) if (!byName.has(d.ddname)) byName.set(d.ddname, d);
      const ctx: StepContext = {
        jobName: jobname,
        jobId: jobid,
        stepName: step.name,
        parm: step.parm,
        dd: (name) => byName.get(name.toUpperCase()),
        ddnames: () => [...byName.keys()],
        system,
        // Programs read the time from their Io: it is the job's simulated time, not the wall clock.
        io: { ...env.io, clock: { now: () => clock.now } },
        sysmsg: (line) => spool.sys(line),
      };
      if (step.procStep !== undefined) ctx.procStep = step.procStep;

      const pinnedBefore = system.pinnedClock();
      const ended = await runProgram(env.programs, step, ctx, jobname);
      clock.follow(pinnedBefore, system.pinnedClock());
      if ('rc' in ended) {
        spool.sys(jes.line('IEF142I', label, String(ended.rc).padStart(4, '0')));
        outcome.rc = ended.rc;
        result.rc = ended.rc;
        if (ended.reason !== undefined) result.reason = ended.reason;
      } else {
        const { system: sys, user } = abendParts(ended.code);
        for (const l of ended.lines) {
          if (l.startsWith(' ')) spool.logMore(l.trim());
          else spool.log(l, clock.now);
          spool.sys(l);
        }
        spool.log(jes.line('IEF450I', label, `S${sys}`, `U${user}`, ended.reason), clock.now);
        spool.logMore(`TIME=${hhmmss(clock.now)}`);
        spool.sys(jes.line('IEF472I', label, sys, user, ended.reason));
        outcome.abend = ended.code;
        result.abend = ended.code;
        if (ended.diag) {
          const why = diag(ended.diag.id, 'error', ended.diag.text, { pos: step.pos, stmt: step.stmt, image: cardImage(job, step.stmt) });
          diagnostics.push(why);
          result.reason = why;
        }
      }
      outcome.ran = true;

      // Data sets a program left open are closed with what it wrote, as at the end of a step.
      closeStepWriters(alloc.dds);
      const fileLabel = step.name === '' ? `STEP${String(index + 1).padStart(3, '0')}` : step.name;
      for (const a of alloc.dds) {
        for (const p of a.parts) {
          if (p.kind === 'sysout') spool.addSysout(step.procStep !== undefined ? `${fileLabel}.${step.procStep}` : fileLabel, a.ddname, p.sink);
        }
      }
      const unalloc = { system, datasets, spoolPrefix, now: clock.now, log: (l: string) => spool.log(l, clock.now), ...(env.tape ? { tape: env.tape } : {}) };
      for (const l of unallocateStep(alloc.dds, 'code' in ended, unalloc)) spool.sys(l);
      stepEnd();
      steps.push(result);
      history.push(outcome);
      if (job.params.cond && condSatisfied(job.params.cond, history)) jobCondMet = true;
    }
  } finally {
    for (const ds of datasets.finish()) {
      spool.sys(ief285(ds.dsn, 'DELETED'));
      spool.sys(volser());
    }
  }

  spool.sys(jes.line('IEF375I', jobname.padEnd(8), stamp));
  spool.sys(jes.line('IEF033I', jobname.padEnd(8), julianStamp(clock.now)));
  spool.sys(CPU_LINE);

  const rcs = history.flatMap((h) => (h.rc !== undefined ? [h.rc] : []));
  const maxcc = rcs.length === 0 ? 0 : Math.max(...rcs);
  const lastAbend = cancelled !== undefined ? CANCEL_ABEND : [...history].reverse().find((h) => h.abend !== undefined)?.abend;
  if (jclError) {
    spool.log(jes.line('IEF453I', jobname, hhmmss(clock.now)), clock.now);
    spool.log(jes.line('$HASP395', jobname.padEnd(8), 'JCL ERROR'), clock.now);
  } else {
    spool.log(jes.line('IEF404I', jobname, hhmmss(clock.now)), clock.now);
    spool.log(jes.line('$HASP395', jobname.padEnd(8), cancelled !== undefined ? `ABEND=${CANCEL_ABEND}` : completionText(job, history)), clock.now);
  }
  spool.endedAt(clock.now);
  const status: JobResult['status'] = jclError ? 'JCL ERROR' : cancelled !== undefined ? 'CANCELED' : lastAbend !== undefined ? 'ABEND' : 'CC';
  const result: Omit<JobResult, 'jobname' | 'jobid' | 'spool' | 'diagnostics'> = { maxcc, status, steps };
  if (lastAbend !== undefined) result.abend = lastAbend;
  if (cancelled !== undefined) result.cancelledBy = cancelled;
  return finish(result, true);
}

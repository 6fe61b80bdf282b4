/**
 * One job in detail (SDSF's `?` on a job: the JDS panel plus its steps): how it ended, each step
 * with its program and code (and why it failed), and its spool data sets in the order JES2 lists
 * them (JESMSGLG, JESJCL, JESYSMSG, then SYSOUT by data set id). A job is named by its id
 * (`JOB00042`, `J42`, `42`) or by its name (the latest job of that name). Data, not text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/Diagnostic.js';
import { ElsimError } from '../core/errors.js';
import { sim } from '../core/simMessages.js';
import { stepCompletion } from '../jes/completion.js';
import type { JobRecordResult, SpoolDataset } from '../jes/jobRecord.js';
import { formatJobId, System, type JobRow } from '../jes/System.js';
import type { StepResult } from '../jes/types.js';
import { jobSummaryOf, type JobSummary } from './listJobs.js';

export interface StepView extends StepResult {
  /** `RC 0008`, `ABEND S806`, `JCL ERROR`, `FLUSH` (bypassed). */
  completion: string;
}

export interface DatasetView extends SpoolDataset {
  /** The file, relative to the system directory. */
  path: string;
}

export interface JobDetail {
  job: JobSummary;
  steps: StepView[];
  /** Why a job the converter refused did not run. */
  reason: Diagnostic | null;
  datasets: DatasetView[];
  /** When the job was named by its name: the other jobs of that name, newest first. */
  sameName: string[];
}

const JOB_ID = /^(?:JOB|J)?0*(\d{1,5})$/i;

/** The jobs a reference names: a job id names one, a job name every job of that name (newest first). */
export function jobsNamed(system: System, ref: string): JobRow[] {
  const id = JOB_ID.exec(ref.trim());
  if (id && Number(id[1]) >= 1) {
    const row = system.job(formatJobId(Number(id[1])));
    if (row) return [row];
  }
  return system.queryJobs('jobname = @name', { name: ref.trim().toUpperCase() }).reverse();
}

function refused(ref: string, system: System): ElsimError {
  return new ElsimError(sim.text('SIM1406E', ref.toUpperCase(), system.root), 'SIM1406E');
}

/** The spool files of a job recorded before elsim kept its data sets: JES2's three, then the rest by name. */
function datasetsOnDisk(root: string, spool: string): SpoolDataset[] {
  const dir = join(root, spool);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const jes = ['JESMSGLG', 'JESJCL', 'JESYSMSG'];
  const count = (f: string): number => readFileSync(join(dir, f), 'utf8').split('\n').length - 1;
  const out: SpoolDataset[] = jes.filter((d) => files.includes(`${d}.txt`)).map((d, i) => ({ ddname: d, stepname: 'JES2', dsid: i + 2, records: count(`${d}.txt`), file: `${d}.txt` }));
  let dsid = 101;
  for (const f of files.filter((x) => !jes.includes(x.slice(0, -4))).sort()) {
    const parts = f.slice(0, -4).split('.');
    const ds: SpoolDataset = { ddname: parts.at(-1) ?? '', stepname: parts[0] ?? '', dsid: dsid++, records: count(f), file: f };
    if (parts.length > 2) ds.procstep = parts[1]!;
    out.push(ds);
  }
  return out;
}

export function detailOf(system: System, row: JobRow, sameName: string[] = []): JobDetail {
  const result = row.result ? (JSON.parse(row.result) as JobRecordResult) : undefined;
  const datasets = row.spool === null ? [] : (result?.datasets ?? datasetsOnDisk(system.root, row.spool));
  return {
    job: jobSummaryOf(row),
    steps: (result?.steps ?? []).map((s) => ({ ...s, completion: stepCompletion(s) })),
    reason: result?.reason ?? null,
    datasets: datasets.map((d) => ({ ...d, path: `${row.spool}/${d.file}` })),
    sameName,
  };
}

/** The job `ref` names in the system in `dir`; SIM1406E when there is none. */
export function jobDetail(dir: string, ref: string): JobDetail {
  const system = System.open(dir);
  try {
    const [row, ...others] = jobsNamed(system, ref);
    if (row === undefined) throw refused(ref, system);
    return detailOf(system, row, others.map((o) => o.jobid));
  } finally {
    system.close();
  }
}

/** The records of one spool data set of a job (as JES2 keeps them: no ASA column). */
export function spoolText(dir: string, ds: DatasetView): string {
  const p = join(dir, ds.path);
  return existsSync(p) ? readFileSync(p, 'utf8') : '';
}

/**
 * One job as the console shows it: its steps with their return codes, its spool data sets in
 * the order JES2 lists them (JESMSGLG, JESJCL, JESYSMSG, then each step's SYSOUT), and the JCL
 * statements the converter or allocation rejected, with their messages, so a browse of JESJCL
 * can show each error at its card.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ElsimError } from '../../core/errors.js';
import { countFileLines, pageOfLines, type LinePage, type PageRequest } from './pageOfLines.js';
import { readSystem } from './readSystem.js';
import { resultOf, type JobListRow } from './jobList.js';

export interface JobStep {
  step: string;
  /** `CC 0000`, `FLUSH` (not run), `ABEND S806` … */
  result: string;
}

export interface SpoolDataset {
  /** File name without `.txt`: `JESMSGLG`, `EXPORT.SLSPRINT`. */
  name: string;
  ddname: string;
  step: string;
  records: number;
}

export interface JobDetail extends JobListRow {
  spool: string | null;
  steps: JobStep[];
  datasets: SpoolDataset[];
  /** JESJCL statement number → the error messages JESYSMSG gives for it. */
  jclErrors: { stmt: number; line: number | undefined; messages: string[] }[];
}

const JES_FILES = ['JESMSGLG', 'JESJCL', 'JESYSMSG'];

/** Steps from JESYSMSG: IEF142I (ran), IEF272I (not run), IEF450I (abend). */
function stepsOf(sysmsg: string[], jobname: string): JobStep[] {
  const steps: JobStep[] = [];
  const prefix = `${jobname} `;
  for (const l of sysmsg) {
    let m = /^IEF142I (\S+) (\S+)(?: (\S+))? - STEP WAS EXECUTED - COND CODE (\d{4})/.exec(l);
    if (m && l.startsWith(`IEF142I ${prefix}`)) {
      steps.push({ step: m[3] ? `${m[2]}.${m[3]}` : m[2]!, result: `CC ${m[4]}` });
      continue;
    }
    m = /^IEF272I (\S+) (\S+)(?: (\S+))? - STEP WAS NOT EXECUTED/.exec(l);
    if (m) {
      steps.push({ step: m[3] ? `${m[2]}.${m[3]}` : m[2]!, result: 'FLUSH' });
      continue;
    }
    m = /^IEF450I (\S+) (\S+)(?: (\S+))? - ABEND=(\S+)/.exec(l);
    if (m) steps.push({ step: m[3] ? `${m[2]}.${m[3]}` : m[2]!, result: `ABEND ${m[4]}` });
  }
  return steps;
}

/** Converter and allocation errors by statement number: ` STMT NO. MESSAGE` lines of JESYSMSG. */
function jclErrorsOf(sysmsg: string[]): JobDetail['jclErrors'] {
  const byStmt = new Map<number, string[]>();
  for (const l of sysmsg) {
    const m = /^\s+(\d+) ((?:IEFC\d{3}I|IEF\d{3}I|SIM\d{4}[EW]) .*)$/.exec(l);
    if (!m) continue;
    const n = Number(m[1]);
    byStmt.set(n, [...(byStmt.get(n) ?? []), m[2]!]);
  }
  return [...byStmt].map(([stmt, messages]) => ({ stmt, line: undefined, messages }));
}

/** JESJCL line (1-based) of each statement number. */
function statementLines(jesjcl: string): Map<number, number> {
  const lines = new Map<number, number>();
  jesjcl.split('\n').forEach((l, i) => {
    const m = /^\s*(\d+) /.exec(l);
    if (m && !lines.has(Number(m[1]))) lines.set(Number(m[1]), i + 1);
  });
  return lines;
}

export function jobDetail(dir: string, jobid: string): JobDetail | undefined {
  return readSystem(dir, ({ system }) => {
    const j = system.job(jobid.toUpperCase());
    if (!j) return undefined;
    const base: JobDetail = {
      jobid: j.jobid,
      jobname: j.jobname ?? '',
      status: j.status,
      maxcc: j.maxcc,
      result: resultOf(j.status, j.maxcc),
      submitted: j.submitted,
      spool: j.spool,
      steps: [],
      datasets: [],
      jclErrors: [],
    };
    if (!j.spool) return base;
    const root = join(system.root, j.spool);
    if (!existsSync(root)) return base;
    const files = readdirSync(root).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));
    const read = (name: string): string => readFileSync(join(root, `${name}.txt`), 'utf8');
    const sysmsg = files.includes('JESYSMSG') ? read('JESYSMSG').split('\n') : [];
    base.steps = stepsOf(sysmsg, base.jobname);
    base.jclErrors = jclErrorsOf(sysmsg);
    const stepOrder = base.steps.map((s) => s.step);
    const jesjcl = files.includes('JESJCL') ? read('JESJCL') : '';
    const stmtLine = statementLines(jesjcl);
    for (const e of base.jclErrors) e.line = stmtLine.get(e.stmt);
    const ddOrder = [...jesjcl.matchAll(/^\s*(?:\d+\s+)?\/\/([A-Z@#$][A-Z0-9@#$]{0,7})\s+DD\b/gm)].map((m) => m[1]!);
    const rank = (name: string): [number, number, number, string] => {
      const jes = JES_FILES.indexOf(name);
      if (jes >= 0) return [0, jes, 0, name];
      const parts = name.split('.');
      const dd = parts[parts.length - 1]!;
      const step = parts.slice(0, -1).join('.');
      const s = stepOrder.indexOf(step);
      return [1, s < 0 ? 9999 : s, Math.max(0, ddOrder.indexOf(dd)), name];
    };
    const order = files.sort((a, b) => {
      const x = rank(a);
      const y = rank(b);
      for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
      return x[3] < y[3] ? -1 : 1;
    });
    base.datasets = order.map((name) => {
      const parts = name.split('.');
      return { name, ddname: parts[parts.length - 1]!, step: JES_FILES.includes(name) ? 'JES2' : parts.slice(0, -1).join('.'), records: countFileLines(join(root, `${name}.txt`)) };
    });
    return base;
  });
}

/** A page of one of the job's spool data sets (`name` as JobDetail lists it). */
export function jobDatasetPage(dir: string, jobid: string, name: string, req: PageRequest): LinePage | undefined {
  return readSystem(dir, ({ system }) => {
    const j = system.job(jobid.toUpperCase());
    if (!j?.spool) return undefined;
    if (!/^[A-Z0-9@#$.]+$/.test(name)) throw new ElsimError(`${name} is not a spool data set name`, 'SIM0208E');
    const path = join(system.root, j.spool, `${name}.txt`);
    return existsSync(path) ? pageOfLines(path, req) : undefined;
  });
}

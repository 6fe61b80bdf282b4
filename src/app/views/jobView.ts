/**
 * One job as the console shows it: terminal's job detail (src/app/jobDetail.ts: steps, their
 * reasons, the spool data sets in JES2 order) plus the JCL statements the converter or
 * allocation rejected, read from the ` STMT NO. MESSAGE` lines of JESYSMSG with the JESJCL line
 * of each statement, so that a browse of JESJCL shows every error at its card; and a page of one
 * of its spool data sets, named by its data set id (DSID).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ElsimError } from '../../core/errors.js';
import { sim } from '../../core/simMessages.js';
import { jobDetail, type DatasetView, type JobDetail } from '../jobDetail.js';
import { pageOfLines, type LinePage, type PageRequest } from './pageOfLines.js';

export interface JclError {
  stmt: number;
  /** The line of JESJCL where the statement starts. */
  line: number | undefined;
  messages: string[];
}

export interface JobView extends JobDetail {
  jclErrors: JclError[];
}

/** The job `ref` names (SIM1406E when there is none). */
export function jobView(dir: string, ref: string): JobView {
  const d = jobDetail(dir, ref);
  const file = (dd: string): string | undefined => {
    const ds = d.datasets.find((x) => x.ddname === dd && x.stepname === 'JES2');
    const p = ds ? join(dir, ds.path) : undefined;
    return p && existsSync(p) ? readFileSync(p, 'utf8') : undefined;
  };
  const sysmsg = file('JESYSMSG');
  const jesjcl = file('JESJCL');
  return { ...d, jclErrors: sysmsg === undefined ? [] : jclErrorsOf(sysmsg, jesjcl ?? '') };
}

/** Converter and allocation errors by statement number, with the JESJCL line of each. */
function jclErrorsOf(sysmsg: string, jesjcl: string): JclError[] {
  const byStmt = new Map<number, string[]>();
  for (const l of sysmsg.split('\n')) {
    const m = /^\s+(\d+) ((?:IEFC\d{3}I|IEF\d{3}I|SIM\d{4}[EW]) .*)$/.exec(l);
    if (m) byStmt.set(Number(m[1]), [...(byStmt.get(Number(m[1])) ?? []), m[2]!]);
  }
  const lines = new Map<number, number>();
  jesjcl.split('\n').forEach((l, i) => {
    const m = /^\s*(\d+) /.exec(l);
    if (m && !lines.has(Number(m[1]))) lines.set(Number(m[1]), i + 1);
  });
  return [...byStmt].map(([stmt, messages]) => ({ stmt, line: lines.get(stmt), messages }));
}

/** One spool data set of a job, by DSID: the data set and a page of it. */
export function jobDataset(dir: string, ref: string, dsid: number, req: PageRequest): { dataset: DatasetView; page: LinePage } {
  const d = jobDetail(dir, ref);
  const dataset = d.datasets.find((x) => x.dsid === dsid);
  if (!dataset) throw new ElsimError(sim.text('SIM1604E', d.job.jobid, dsid), 'SIM1604E');
  const path = join(dir, dataset.path);
  return { dataset, page: existsSync(path) ? pageOfLines(path, req) : { first: 1, lines: [], more: false, total: 0 } };
}

/**
 * The jobs of a system, SDSF-style (the ST panel; the z/OS FTP JES `DIR` list): job id, name,
 * owner, when submitted and ended on the simulated clock, and how it ended — `CC 0004`,
 * `ABEND S806`, `JCL ERROR`, `CANCELED`, or `INPUT` for a job that never finished. Data, not text:
 * `elsim jobs` prints it and the web console renders it.
 */
import { System, type JobRow } from '../jes/System.js';
import { ElsimError } from '../core/errors.js';
import { sim } from '../core/simMessages.js';
import { completionOf } from '../jes/completion.js';

export interface JobSummary {
  jobid: string;
  jobname: string;
  owner: string | null;
  /** ISO times on the simulated clock. */
  submitted: string | null;
  ended: string | null;
  /** CC, ABEND, JCL ERROR, CANCELED, INPUT (see board.md). */
  status: string;
  maxcc: number | null;
  abend: string | null;
  /** SDSF's MAX-RC: `CC 0000`, `ABEND S806`, `JCL ERROR`, `CANCELED`, `INPUT`. */
  completion: string;
  /** The spool directory, relative to the system directory (null when nothing was kept). */
  spool: string | null;
  /** The JCL file the job was read from. */
  file: string | null;
}

export interface JobFilter {
  /** Job name pattern, SDSF PREFIX style: `*` any characters, `%` one; without either, a prefix. */
  name?: string;
  owner?: string;
  /** Statuses to keep (CC, ABEND, JCL ERROR, CANCELED, INPUT), any case. */
  status?: string[];
  /** The return code of jobs that ended with one (status CC): `8`, `>=4`, `>0`, `<8`, `!=0`. */
  rc?: string;
  /** Only jobs that did not end with CC 0000. */
  failed?: boolean;
  /** Submitted at or after (ISO date or time; a date is its midnight). */
  since?: string;
  /** Submitted before the end of (a date: that whole day; a time: up to it). */
  until?: string;
}

export function jobSummaryOf(r: JobRow): JobSummary {
  return {
    jobid: r.jobid,
    jobname: r.jobname ?? '',
    owner: r.owner,
    submitted: r.submitted,
    ended: r.ended,
    status: r.status,
    maxcc: r.maxcc,
    abend: r.abend,
    completion: completionOf(r),
    spool: r.spool,
    file: r.file,
  };
}

const RC = /^(>=|<=|!=|<>|=|>|<)?\s*(\d{1,4})$/;

/** A date or time a user typed as an ISO instant; `endOfDay` makes a date its next midnight. */
function instant(text: string, what: string, endOfDay: boolean): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const t = Date.parse(date ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(t)) throw new ElsimError(sim.text('SIM1408E', what, text), 'SIM1408E');
  return new Date(date && endOfDay ? t + 86_400_000 : t).toISOString();
}

/** The WHERE clause of a filter, with its parameters. */
export function jobFilterSql(f: JobFilter): { where: string; params: Record<string, string | number> } {
  const terms: string[] = [];
  const params: Record<string, string | number> = {};
  if (f.name !== undefined && f.name !== '') {
    const upper = f.name.toUpperCase();
    const escaped = upper.replace(/[\\_]/g, (c) => `\\${c}`);
    const like = /[*%]/.test(upper) ? escaped.replace(/%/g, '_').replace(/\*/g, '%') : `${escaped}%`;
    terms.push("jobname LIKE @name ESCAPE '\\'");
    params['name'] = like;
  }
  if (f.owner !== undefined && f.owner !== '') {
    terms.push('owner = @owner');
    params['owner'] = f.owner.toUpperCase();
  }
  if (f.status !== undefined && f.status.length > 0) {
    const names = f.status.map((s, i) => {
      params[`status${i}`] = s.toUpperCase();
      return `@status${i}`;
    });
    terms.push(`status IN (${names.join(', ')})`);
  }
  if (f.rc !== undefined && f.rc !== '') {
    const m = RC.exec(f.rc.trim());
    if (!m) throw new ElsimError(sim.text('SIM1408E', 'RC', f.rc), 'SIM1408E');
    const op = m[1] === undefined || m[1] === '=' ? '=' : m[1] === '<>' ? '!=' : m[1];
    terms.push(`status = 'CC' AND maxcc ${op} @rc`);
    params['rc'] = Number(m[2]);
  }
  if (f.failed) terms.push("NOT (status = 'CC' AND maxcc = 0)");
  if (f.since !== undefined) {
    terms.push('submitted >= @since');
    params['since'] = instant(f.since, 'SINCE', false);
  }
  if (f.until !== undefined) {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(f.until);
    terms.push(date ? 'submitted < @until' : 'submitted <= @until');
    params['until'] = instant(f.until, 'UNTIL', true);
  }
  return { where: terms.join(' AND '), params };
}

/** The jobs of the system in `dir` (which must exist) that pass the filter, oldest first. */
export function listJobs(dir: string, filter: JobFilter = {}): JobSummary[] {
  const { where, params } = jobFilterSql(filter);
  const system = System.open(dir);
  try {
    return system.queryJobs(where, params).map(jobSummaryOf);
  } finally {
    system.close();
  }
}

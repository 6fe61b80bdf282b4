/**
 * The system log as the console shows it: a page of `DIR/syslog.txt` (the console's commands and
 * answers, SMC and HSC messages, in time order; src/console/syslog.ts writes it) — by default its
 * last lines — and the timestamped JES2 and z/OS messages of the latest jobs' logs (JESMSGLG),
 * which elsim does not copy into it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SYSLOG_FILE } from '../../console/syslog.js';
import { pageOfLines, type LinePage, type PageRequest } from './pageOfLines.js';
import { readSystem } from './readSystem.js';

export interface LogLine {
  jobid: string;
  text: string;
}

const TIMED = /^\d\d\.\d\d\.\d\d (?:JOB|STC|TSU)\d{5}/;

/** A page of the system log; no lines when the system has none yet. */
export function systemLogPage(dir: string, req: PageRequest): LinePage {
  return readSystem(dir, ({ system }) => {
    const path = join(system.root, SYSLOG_FILE);
    return existsSync(path) ? pageOfLines(path, req) : { first: 1, lines: [], more: false, total: 0, ...(req.find ? { found: 0 } : {}) };
  });
}

/** The timestamped messages of the latest `jobs` jobs' logs, oldest first. */
export function jobLogMessages(dir: string, jobs = 20): LogLine[] {
  return readSystem(dir, ({ system }) => {
    const list = system.jobs().slice(-jobs);
    const out: LogLine[] = [];
    for (const j of list) {
      if (!j.spool) continue;
      const p = join(system.root, j.spool, 'JESMSGLG.txt');
      if (!existsSync(p)) continue;
      for (const l of readFileSync(p, 'utf8').split('\n')) if (TIMED.test(l) && !l.includes(' ---- ')) out.push({ jobid: j.jobid, text: l.trimEnd() });
    }
    return out;
  });
}

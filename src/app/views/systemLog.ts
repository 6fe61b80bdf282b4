/**
 * The system log as the console shows it: the timestamped JES2 and z/OS messages of the latest
 * jobs' logs (JESMSGLG), oldest first, like the hardcopy log of one system.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSystem } from './readSystem.js';

export interface LogLine {
  jobid: string;
  text: string;
}

const TIMED = /^\d\d\.\d\d\.\d\d (?:JOB|STC|TSU)\d{5}/;

export function systemLog(dir: string, jobs = 20): LogLine[] {
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

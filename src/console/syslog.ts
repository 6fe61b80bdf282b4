/**
 * The system log of a system directory, `DIR/syslog.txt`: what its console saw, one line a message,
 * in time order, like z/OS's SYSLOG (hardcopy log) in a simpler layout:
 *
 *   2026325 08:00:00.00 SYS1     OPER     VARY VTSS1 OFFLINE
 *   2026325 08:00:00.00 SYS1     HSC      SIM0795I VTSS VTSS1 NOW OFFLINE
 *   2026325 08:05:00.00 SYS1     JOB00003 IEF233A M 7900,PRIVAT,SL,PAYWEEK,STEP1,PROD.PAYROLL.WEEKLY
 *
 * Columns: the Julian date (yyyyddd) and time of the simulated clock, the system name, who issued
 * the line (OPER for a command the operator entered, HSC for HSC/VTCS, SMC, or the job id of a job's
 * messages), then the text. A multi-line answer has one log line per line. Lines are appended; the
 * log is never rewritten, so it also records what happened before a job was killed.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

export const SYSLOG_FILE = 'syslog.txt';

/** The name JES and the console give this system (JESMSGLG's SYSTEM). */
export const SYSLOG_SYSTEM = 'SYS1';

function julian(d: Date): string {
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const day = Math.floor((d.getTime() - start) / 86400000) + 1;
  return `${d.getUTCFullYear()}${String(day).padStart(3, '0')}`;
}

function clock(d: Date): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(Math.floor(d.getUTCMilliseconds() / 10))}`;
}

/** One log line. */
export function syslogLine(at: Date, issuer: string, text: string): string {
  return `${julian(at)} ${clock(at)} ${SYSLOG_SYSTEM.padEnd(8)} ${issuer.padEnd(8)} ${text}`.trimEnd();
}

/** Appends lines to the system log of the system directory `root`. */
export function appendSyslog(root: string, at: Date, issuer: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
  appendFileSync(join(root, SYSLOG_FILE), lines.map((l) => syslogLine(at, issuer, l) + '\n').join(''));
}

/**
 * Which process made something, and whether it is provably gone: what lets the recovery of a system
 * remove a killed run's leftovers (staging directories and temporary files named with the pid,
 * jobs recorded with their owner) without ever touching those of a run still going on.
 *
 * An owner is `host:pid:start` (start: the process's start time in ms, from /proc on Linux, 0 where
 * unknown). A process is gone when no process has its pid, or the process with its pid started
 * later than it did (the pid was reused). An owner of another host is never taken for gone.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

let bootMs: number | undefined | null = null;

/** Boot time in ms (Linux /proc/stat btime), undefined elsewhere. */
function boot(): number | undefined {
  if (bootMs === null) {
    try {
      const m = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'));
      bootMs = m ? Number(m[1]) * 1000 : undefined;
    } catch {
      bootMs = undefined;
    }
  }
  return bootMs;
}

/** Start time (ms since the epoch) of process `pid`, or undefined when it cannot be read. */
export function processStart(pid: number): number | undefined {
  const b = boot();
  if (b === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold blanks) in parentheses; starttime is field 22.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? b + ticks * 10 : undefined; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

/** Whether a process with this pid exists now. */
function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let me: string | undefined;

/** This process as an owner: `host:pid:start`. */
export function currentOwner(): string {
  me ??= `${hostname()}:${process.pid}:${processStart(process.pid) ?? 0}`;
  return me;
}

/** Whether the process `owner` names is provably gone (false when it runs, or cannot be known). */
export function ownerGone(owner: string): boolean {
  const m = /^(.*):(\d+):(\d+)$/.exec(owner);
  if (!m || m[1] !== hostname()) return false;
  return processGone(Number(m[2]), Number(m[3]));
}

/** This process as `<pid>.<start>`, for names of things it makes (see processGone). */
export function processTag(): string {
  return `${process.pid}.${processStart(process.pid) ?? 0}`;
}

/** Whether process `pid` that started at `start` (ms; 0: unknown) is provably gone. */
export function processGone(pid: number, start: number): boolean {
  if (pid === process.pid) return false;
  if (!pidExists(pid)) return true;
  const now = processStart(pid);
  return start !== 0 && now !== undefined && Math.abs(now - start) > 50;
}

/**
 * Whether the process `pid` that made a file last modified at `madeMs` is provably gone: no such
 * process, or the process with that pid started after the file was last written. Never this process.
 */
export function pidGoneSince(pid: number, madeMs: number): boolean {
  if (pid === process.pid) return false;
  if (!pidExists(pid)) return true;
  const start = processStart(pid);
  return start !== undefined && start > madeMs + 1000;
}

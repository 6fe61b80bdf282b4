/**
 * Named kill points: places inside a transaction or a rename sequence where a test stops the
 * process, to prove that a kill exactly there loses nothing. Set by the environment:
 *
 *   ELSIM_STOP_AT=<point>[:<qualifier>][#<n>][=<signal>]
 *
 * stops at the n-th time (default the first) the point is reached — for points that carry a
 * qualifier (the utility of `function.commit`, say), only when it matches — by sending the process
 * `signal` (default SIGKILL: nothing after it runs; SIGINT or SIGTERM: its handlers, when it has
 * any, get it at once and the process goes on; without handlers it ends). `ELSIM_STOP_TRACE=FILE` appends
 * each point reached (`point:qualifier`) to FILE, one a line, so a harness can list the points a
 * run passes and kill it at each. With neither set, killPoint is one comparison.
 *
 * Every point is listed in KILL_POINTS with what a kill there interrupts; `test/robust` kills a
 * run at each of them (`npm run killpoints`).
 */
import { appendFileSync } from 'node:fs';

export const KILL_POINTS = {
  'function.commit': 'a SLUADMIN function has done its work inside its CDS transaction, before COMMIT (qualifier: the utility verb)',
  'function.committed': 'a SLUADMIN function committed, before its SLSPRINT section ends (qualifier: the utility verb)',
  'dataset.rename': 'a data set output is complete under its temporary name, before the rename over the data set',
  'catalog.adopt': 'a new data set was moved from the job work directory into catalog/, before its catalog row',
  'spool.rename': "a job's spool staging directory is complete, before it is renamed to spool/JOBnnnnn-NAME",
  'job.recorded': "a job's spool is in place, before its row in system.db gets its final status",
  'job.step': 'between two steps of a job (qualifier: the step about to start)',
  'init.built': 'init has built the new system beside the old one, before the swap',
  'init.swap': 'init moved the old system aside, before the new one takes its name',
  'init.swapped': 'the new system has its name, before the old one is removed',
  'hardware.rebuild.rename': 'hardware rebuild has built the new hardware.db, before it replaces the old one',
  'move.intent': 'mvc move wrote its intent on the target, before the source gives up the cartridges',
  'move.ejected': 'mvc move took the cartridges out of the source hardware (intent recorded), before the CDS eject',
  'move.cds': 'mvc move recorded the eject in the source CDS, before the target hardware gets the cartridges',
  'move.entered': 'the target hardware holds the cartridges, before the source intent is closed',
} as const;

export type KillPointName = keyof typeof KILL_POINTS;

interface StopSpec {
  point: string;
  qualifier: string | undefined;
  nth: number;
  signal: NodeJS.Signals;
}

function parseSpec(raw: string | undefined): StopSpec | undefined {
  if (raw === undefined || raw === '') return undefined;
  const m = /^([a-z.]+)(?::([^#=]+))?(?:#(\d+))?(?:=(SIG[A-Z]+))?$/.exec(raw.trim());
  if (!m) throw new Error(`ELSIM_STOP_AT=${raw}: expected <point>[:<qualifier>][#<n>][=<signal>]`);
  return { point: m[1]!, qualifier: m[2]?.toUpperCase(), nth: Number(m[3] ?? 1), signal: (m[4] ?? 'SIGKILL') as NodeJS.Signals };
}

const stop = parseSpec(process.env['ELSIM_STOP_AT']);
const trace = process.env['ELSIM_STOP_TRACE'] || undefined;
const armed = stop !== undefined || trace !== undefined;
let reached = 0;

/** A named kill point (see the file comment); nothing happens unless ELSIM_STOP_AT or ELSIM_STOP_TRACE is set. */
export function killPoint(name: KillPointName, qualifier?: string): void {
  if (!armed) return;
  const q = qualifier?.toUpperCase();
  if (trace !== undefined) appendFileSync(trace, `${name}${q !== undefined ? `:${q}` : ''}\n`);
  if (stop === undefined || stop.point !== name || (stop.qualifier !== undefined && stop.qualifier !== q)) return;
  reached += 1;
  if (reached !== stop.nth) return;
  // A signal the process handles is delivered to its handlers now (a real one reaches them at an
  // unknown later turn of the event loop); any other is sent for real (SIGKILL: nothing after runs).
  if (stop.signal !== 'SIGKILL' && process.listenerCount(stop.signal) > 0) process.emit(stop.signal, stop.signal);
  else process.kill(process.pid, stop.signal);
}

/**
 * `elsim tms list|show|set|scratch|create`: look at and change a system's tape management catalog
 * (src/tms), as a storage administrator does with the TMS's own dialogs (RMM ISPF, CA-1 TMSUPDTE).
 * Scratch status is shown as of the run's time (--now, else the system's clock): a volume whose
 * expiration day has come is scratch.
 */
import { isVolser } from '../cds/volserRange.js';
import { ElsimError } from '../core/errors.js';
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { System } from '../jes/System.js';
import type { TapeCatalog } from '../tms/TapeCatalog.js';
import { addDays, dayOf, isDay, timeOf } from '../tms/tmsDate.js';
import type { TmsKind, TmsVolume } from '../tms/types.js';
import { resolveNow } from './resolveNow.js';

export interface TmsListOptions {
  dir: string;
  /** A volser, a prefix (`T110`), or a range `LOW-HIGH`. */
  volsers?: string;
  scratch?: boolean;
  kind?: TmsKind;
  dsn?: string;
  now?: string;
  json?: boolean;
}

const HEAD = 'VOLSER KIND   STATUS  EXPIRES    LAST REF   CREATED    DATA SET';

function bad(what: string, value: string, why: string): ElsimError {
  return new ElsimError(sim.text('SIM1006E', what, value, why), 'SIM1006E');
}

function volserOf(text: string): string {
  const v = text.toUpperCase();
  if (!isVolser(v)) throw bad('VOLSER', text, 'NOT 1-6 CHARACTERS A-Z 0-9 # @ $');
  return v;
}

/** Runs `fn` with the system's TMS and the run's time; SIM1004E when the system has none. */
function withTms<T>(dir: string, nowOpt: string | undefined, io: Io, fn: (tms: TapeCatalog, now: Date, system: System) => T): T {
  const system = System.open(dir);
  try {
    const now = resolveNow(nowOpt, system, io);
    const tms = system.tms();
    if (tms === undefined) throw new ElsimError(sim.text('SIM1004E'), 'SIM1004E');
    return fn(tms, now, system);
  } finally {
    system.close();
  }
}

function line(v: TmsVolume): string {
  const day = (t: string | null): string => (t === null ? '-' : t.slice(0, 10)).padEnd(10);
  const first = v.datasets[0];
  const more = v.datasets.length > 1 ? ` (+${v.datasets.length - 1} FILES)` : '';
  return `${v.volser.padEnd(6)} ${v.kind.padEnd(6)} ${(v.scratch ? 'SCRATCH' : 'MASTER').padEnd(7)} ${day(v.expiration)} ${day(v.lastRef)} ${day(v.created)} ${first ? first.dsn + more : '-'}`;
}

export function listTms(opts: TmsListOptions, io: Io): number {
  return withTms(opts.dir, opts.now, io, (tms, now) => {
    const range = opts.volsers?.toUpperCase();
    let from: string | undefined;
    let to: string | undefined;
    if (range !== undefined) {
      const m = /^([A-Z0-9#@$]{1,6})-([A-Z0-9#@$]{1,6})$/.exec(range);
      if (m) [from, to] = [m[1]!, m[2]!];
      else if (/^[A-Z0-9#@$]{1,6}$/.test(range)) [from, to] = [range, `${range}\u{10FFFF}`];
      else throw bad('VOLSER RANGE', opts.volsers!, 'NOT A VOLSER, A PREFIX OR LOW-HIGH');
    }
    const vols = tms.volumes(
      { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), ...(opts.scratch !== undefined ? { scratch: opts.scratch } : {}), ...(opts.kind ? { kind: opts.kind } : {}), ...(opts.dsn ? { dsn: opts.dsn } : {}) },
      now,
    );
    if (opts.json) {
      io.out(JSON.stringify({ tms: tms.dsn, asOf: timeOf(now), volumes: vols }, null, 1));
      return vols.length;
    }
    io.out(`TMS ${tms.dsn} AS OF ${dayOf(now)}: ${vols.length} VOLUMES`);
    io.out(HEAD);
    for (const v of vols) io.out(line(v));
    return vols.length;
  });
}

export function showTms(opts: { dir: string; volser: string; now?: string; json?: boolean }, io: Io): void {
  withTms(opts.dir, opts.now, io, (tms, now) => {
    const volser = volserOf(opts.volser);
    const v = tms.volume(volser, now);
    if (!v) throw new ElsimError(sim.text('SIM1005E', volser), 'SIM1005E');
    if (opts.json) {
      io.out(JSON.stringify(v, null, 1));
      return;
    }
    io.out(`VOLUME ${v.volser} (${v.kind}${v.media ? `, ${v.media}` : ''}) IN TMS ${tms.dsn} AS OF ${dayOf(now)}`);
    io.out(`  STATUS      ${v.scratch ? 'SCRATCH' : 'MASTER'}${v.status === 'MASTER' && v.scratch ? ' (EXPIRED)' : ''}${v.scratched ? ` SINCE ${v.scratched}` : ''}`);
    io.out(`  EXPIRES     ${v.expiration ?? 'NEVER'}`);
    io.out(`  CREATED     ${v.created ?? '-'}${v.job ? ` BY JOB ${v.job}` : ''}`);
    io.out(`  LAST REF    ${v.lastRef ?? '-'}`);
    io.out(`  DATA SETS   ${v.datasets.length === 0 ? 'NONE' : ''}`);
    for (const d of v.datasets) io.out(`    FILE ${String(d.fileSeq).padStart(3)}  ${d.dsn.padEnd(44)} ${d.created ?? ''}${d.job ? ` ${d.job}` : ''}`);
  });
}

export interface TmsSetOptions {
  dir: string;
  volser: string;
  /** Record a data set on the volume (a new volume is created). */
  dsn?: string;
  file?: number;
  kind?: TmsKind;
  media?: string;
  /** `YYYY-MM-DD`, `+N` (days after the run's day) or `never`. */
  expires?: string;
  /** ISO time, or `now`. */
  lastRef?: string;
  /** Make a scratch volume master again without writing it. */
  master?: boolean;
  now?: string;
}

/** The expiration an option gives: a day, `+N` days after today, or null for `never`. */
export function expirationOf(text: string, now: Date): string | null {
  const t = text.trim().toLowerCase();
  if (t === 'never' || t === 'none') return null;
  const rel = /^\+(\d{1,5})d?$/.exec(t);
  if (rel) return addDays(dayOf(now), Number(rel[1]));
  if (isDay(t)) return t;
  throw bad('EXPIRATION', text, 'USE YYYY-MM-DD, +N (DAYS) OR NEVER');
}

export function setTms(opts: TmsSetOptions, io: Io): void {
  withTms(opts.dir, opts.now, io, (tms, now) => {
    const volser = volserOf(opts.volser);
    const expiration = opts.expires === undefined ? undefined : expirationOf(opts.expires, now);
    let lastRef: string | undefined;
    if (opts.lastRef !== undefined) {
      if (opts.lastRef.toLowerCase() === 'now') lastRef = timeOf(now);
      else if (!Number.isNaN(Date.parse(opts.lastRef))) lastRef = timeOf(opts.lastRef);
      else throw bad('LAST REFERENCE', opts.lastRef, 'NOT AN ISO-8601 TIME OR NOW');
    }
    const done: string[] = [];
    if (opts.dsn !== undefined) {
      const seq = tms.recordDataset({
        volser,
        kind: opts.kind ?? tms.volume(volser, now)?.kind ?? 'NATIVE',
        dsn: opts.dsn,
        at: now,
        ...(opts.file !== undefined ? { fileSeq: opts.file } : {}),
        ...(expiration !== undefined ? { expiration } : {}),
        ...(opts.media ? { media: opts.media } : {}),
        job: 'TMSUPDT',
      });
      done.push(`DATA SET ${opts.dsn.toUpperCase()} RECORDED AS FILE ${seq}`);
    } else if (!tms.volume(volser, now)) {
      throw new ElsimError(sim.text('SIM1005E', volser), 'SIM1005E');
    }
    const change = {
      ...(expiration !== undefined && opts.dsn === undefined ? { expiration } : {}),
      ...(lastRef !== undefined ? { lastRef } : {}),
      ...(opts.master ? { status: 'MASTER' as const } : {}),
    };
    if (Object.keys(change).length > 0) tms.setVolume(volser, change, now);
    if (expiration !== undefined) done.push(`EXPIRES ${expiration ?? 'NEVER'}`);
    if (lastRef !== undefined) done.push(`LAST REFERENCED ${lastRef}`);
    if (opts.master) done.push('MADE MASTER');
    if (done.length === 0) done.push('UNCHANGED (NOTHING TO SET)');
    const v = tms.volume(volser, now)!;
    io.out(sim.line('SIM1007I', tms.dsn, volser, `${done.join(', ')} - NOW ${v.scratch ? 'SCRATCH' : 'MASTER'}`));
  });
}

export function scratchTms(opts: { dir: string; volsers: string[]; now?: string }, io: Io): number {
  return withTms(opts.dir, opts.now, io, (tms, now) => {
    const volsers = opts.volsers.map(volserOf);
    for (const v of volsers) if (!tms.volume(v, now)) throw new ElsimError(sim.text('SIM1005E', v), 'SIM1005E');
    let n = 0;
    tms.transaction(() => {
      for (const v of volsers) {
        const changed = tms.scratch(v, now);
        if (changed) n++;
        io.out(sim.line('SIM1007I', tms.dsn, v, changed ? 'SCRATCHED' : 'WAS ALREADY SCRATCH'));
      }
    });
    return n;
  });
}

export function createTms(opts: { dir: string; dsn?: string; now?: string }, io: Io): void {
  const system = System.open(opts.dir);
  try {
    const now = resolveNow(opts.now, system, io);
    const dsn = (opts.dsn ?? 'HLQ.TMSDB').toUpperCase();
    system.createTms(dsn, now);
    io.out(sim.line('SIM1008I', dsn, system.root));
  } finally {
    system.close();
  }
}

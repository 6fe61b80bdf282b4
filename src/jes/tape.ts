/**
 * Tape data sets as the JES runner sees them: a DD is a tape DD when its UNIT names a tape device
 * or esoteric (the tape service says which), when it names a cataloged tape data set, or when it
 * codes VOL=SER= with a tape UNIT. The runner knows nothing of SMC or VTCS: it hands its tape DDs
 * to a TapeService (implemented in src/app by SMC routing and VTCS mounts) when the step is
 * allocated — one call for the step — and again when the step ends, with what was written.
 *
 * While the step runs a tape data set is a file in the job's work directory, like a new disk data
 * set: a specific mount puts the data set's records there, the program reads and writes it as any
 * other, and the dismount stores it on the volume. The catalog entry of a tape data set names its
 * volume and unit and has no file.
 */
import type { DispStatus, JclKeyword, JclValue } from '../jcl/types.js';

export interface TapeRequest {
  ddname: string;
  dsn: string;
  status: DispStatus;
  /** A new data set (scratch mount); else a specific mount of `volser`. */
  isNew: boolean;
  /** The volume of an existing data set (catalog, or VOL=SER). */
  volser?: string;
  unit: string | undefined;
  jobname: string;
  jobid: string;
  stepname: string;
  procstep?: string;
  recfm?: string;
  lrecl?: number;
  /** RETPD=n: the volume expires n days after it is written (the TMS records it). */
  retpd?: number;
}

export interface TapeMount {
  volser: string;
  /** The device (VTD address) it is mounted on. */
  device: string;
  /** The unit name the catalog records (the JCL's UNIT, or the one SMC chose). */
  unit: string;
  readOnly: boolean;
  /** Messages of the mount for the job log (IEF233A …). */
  log: string[];
  /** The data set's records on the volume (a specific mount). */
  records?: string[];
  /** What the tape service needs back at dismount (the management class …), opaque to JES. */
  context?: unknown;
}

export type TapeMountAnswer = { ok: true; mounts: TapeMount[] } | { ok: false; index: number; id: string; text: string; log: string[] };

export interface TapeDismount {
  request: TapeRequest;
  mount: TapeMount;
  /** What the step left in the data set, when it wrote it (undefined: only read). */
  records: string[] | undefined;
  /** The step abended. */
  abended: boolean;
}

export interface TapeService {
  /** Whether a UNIT value names a tape device or esoteric. */
  isTapeUnit(unit: string): boolean;
  /** Mounts the tape DDs of a step at time `at`; all or nothing. */
  mount(requests: readonly TapeRequest[], at: Date): TapeMountAnswer;
  /** Dismounts them at the end of the step; returns messages for the job log (IEC205I, IEF234E …). */
  dismount(items: readonly TapeDismount[], at: Date): string[];
}

function flat(v: JclValue): string[] {
  return typeof v === 'string' ? [v] : v.flatMap(flat);
}

/** UNIT=name, UNIT=(name,n), UNIT=/7900: the unit name or device, as coded. */
export function unitOf(keywords: readonly JclKeyword[]): string | undefined {
  const k = keywords.find((x) => x.key.toUpperCase() === 'UNIT');
  if (!k) return undefined;
  const first = typeof k.value === 'string' ? k.value : flat(k.value)[0];
  return first === undefined || first === '' ? undefined : first.replace(/^\//, '').toUpperCase();
}

/** RETPD=n (days), when coded. */
export function retpdOf(keywords: readonly JclKeyword[]): number | undefined {
  const k = keywords.find((x) => x.key.toUpperCase() === 'RETPD');
  const v = k && typeof k.value === 'string' ? Number(k.value) : NaN;
  return Number.isInteger(v) && v >= 0 && v <= 93000 ? v : undefined;
}

/** VOL=SER=X, VOL=SER=(X,Y), VOLUME=(,,,SER=X): the first volume serial coded. */
export function volserOf(keywords: readonly JclKeyword[]): string | undefined {
  const k = keywords.find((x) => ['VOL', 'VOLUME'].includes(x.key.toUpperCase()));
  if (!k) return undefined;
  const items = flat(k.value);
  for (let i = 0; i < items.length; i++) {
    const m = /^SER=\(?([A-Z0-9#@$]{1,6})\)?$/.exec(items[i]!.toUpperCase());
    if (m) return m[1];
    if (items[i]!.toUpperCase() === 'SER=' && items[i + 1]) return items[i + 1]!.toUpperCase();
  }
  return undefined;
}

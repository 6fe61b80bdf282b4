/** A run's "now": --now, else the system's pinned clock, else the real clock. */
import type { Io } from '../core/Io.js';
import { UsageError } from '../core/errors.js';
import type { System } from '../jes/System.js';

export function parseNow(iso: string): Date {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new UsageError(`--now ${iso} is not a time (use ISO 8601, e.g. 2026-11-21T10:15:00Z)`);
  return new Date(t);
}

export function resolveNow(nowOpt: string | undefined, system: System, io: Io): Date {
  if (nowOpt !== undefined) return parseNow(nowOpt);
  const pinned = system.pinnedClock();
  return pinned !== undefined ? new Date(pinned) : io.clock.now();
}

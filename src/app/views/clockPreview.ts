/**
 * What moving a system's clock forward would complete: the pending hardware work due by then
 * (the first `limit` items in due order, and how many there are), read from the hw_work due
 * index. `elsim clock advance` (runClock) does the advance itself.
 */
import { UsageError } from '../../core/errors.js';
import { isoOf } from '../../sim/isoOf.js';
import { parseDuration } from '../../sim/parseDuration.js';
import type { Work } from '../../sim/types.js';
import { readSystem } from './readSystem.js';

export interface ClockPreview {
  from: string;
  to: string;
  due: Work[];
  /** How many work items are due by `to` (more than `due` holds when over the limit). */
  count: number;
  /** Pending work due later. */
  later: number;
}

export function clockPreview(dir: string, duration: string, now: Date, limit = 100): ClockPreview {
  const ms = parseDuration(duration);
  if (ms === undefined) throw new UsageError(`${duration} is not a duration (use e.g. 10m, 2h, 1h30m, PT45M)`);
  return readSystem(dir, ({ system }) => {
    const pinned = system.pinnedClock();
    const from = pinned !== undefined ? new Date(pinned) : now;
    const to = isoOf(new Date(from.getTime() + ms));
    const hw = system.hardware();
    const due = hw.listWork({ status: 'PENDING', dueBy: to, limit });
    const count = hw.db.prepare("SELECT count(*) FROM hw_work WHERE status = 'PENDING' AND due <= ?").pluck().get(to) as number;
    const all = hw.db.prepare("SELECT count(*) FROM hw_work WHERE status = 'PENDING'").pluck().get() as number;
    return { from: isoOf(from), to, due, count, later: all - count };
  });
}

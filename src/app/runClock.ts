/**
 * `elsim clock show|set|advance`: the system's simulated clock and the hardware work it
 * completes. Moving the clock completes every queued work item due by the new time (on the
 * simulated hardware and in the active CDS), then pins the clock there.
 */
import { ElsimError, UsageError } from '../core/errors.js';
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { heldBecause } from '../sim/deliverable.js';
import { finishPendingMoves } from './moveMvcs.js';
import { openSystem } from './openSystem.js';
import { describeWork } from '../sim/describeWork.js';
import { isoOf } from '../sim/isoOf.js';
import { parseDuration } from '../sim/parseDuration.js';
import type { Work } from '../sim/types.js';
import { parseNow } from './resolveNow.js';

export interface ClockOptions {
  dir: string;
  action: 'show' | 'set' | 'advance';
  /** `set`: an ISO time; `advance`: a duration (10m, 2h, 1h30m, PT45M). */
  value?: string;
}

/** What `elsim clock` saw and did (--json): the clock before and after, the buffers, the work. */
export interface ClockReport {
  action: ClockOptions['action'];
  /** The clock before (and, for set/advance, after) as ISO times. */
  from: string;
  to: string;
  pinned: boolean;
  hscActive: boolean;
  buffers: { vtss: string; vtvs: number; mb: number }[];
  mvcs: number;
  mvcCopies: number;
  /** The work that completed (set/advance), with its outcome. */
  completed: (Work & { text: string })[];
  /** The work still queued. */
  queued: (Work & { text: string })[];
}

export function runClock(opts: ClockOptions, io: Io): ClockReport {
  const system = openSystem(opts.dir, io);
  try {
    finishPendingMoves(system, io);
    const hw = system.hardware();
    const pinned = system.pinnedClock();
    const from = pinned !== undefined ? new Date(pinned) : io.clock.now();
    const described = (w: Work): Work & { text: string } => ({ ...w, text: describeWork(w) });
    if (opts.action === 'show') {
      io.out(sim.line('SIM0702I', isoOf(from), pinned !== undefined ? 'PINNED' : 'REAL', system.hscActive() ? 'ACTIVE' : 'DOWN'));
      const s = hw.summary();
      for (const b of s.buffers) io.out(sim.line('SIM0707I', b.vtss, b.vtvs, b.mb));
      io.out(sim.line('SIM0708I', s.mvcs, s.mvcCopies));
      const state = hw.deliveryState();
      const queued = hw.listWork().map((w) => {
        const held = state ? heldBecause(state, w) : undefined;
        return held ? { ...w, detail: `HELD: ${held}` } : w;
      });
      for (const w of queued) io.out(describeWork(w));
      return { action: 'show', from: isoOf(from), to: isoOf(from), pinned: pinned !== undefined, hscActive: system.hscActive(), buffers: s.buffers, mvcs: s.mvcs, mvcCopies: s.mvcCopies, completed: [], queued: queued.map(described) };
    }
    let to: Date;
    if (opts.action === 'set') {
      to = parseNow(opts.value ?? '');
    } else {
      const ms = parseDuration(opts.value ?? '');
      if (ms === undefined) throw new UsageError(`${opts.value ?? '(nothing)'} is not a duration (use e.g. 10m, 2h, 1h30m, PT45M)`);
      to = new Date(from.getTime() + ms);
    }
    if (to.getTime() < from.getTime()) throw new ElsimError(sim.text('SIM0706E', isoOf(from), isoOf(to)), 'SIM0706E');
    if (pinned === undefined) system.setPinnedClock(from.toISOString());
    const done = hw.advanceTo(to);
    for (const c of done) io.out(describeWork(c.work));
    const queued = hw.listWork();
    const pending = queued.length;
    if (!system.hscActive() && pending > 0) io.err(sim.line('SIM0705W', pending));
    const state = hw.deliveryState();
    if (state) {
      const reasons = new Map<string, number>();
      for (const w of hw.listWork({ dueBy: isoOf(to) })) {
        const why = heldBecause(state, w);
        if (why) reasons.set(why, (reasons.get(why) ?? 0) + 1);
      }
      for (const [why, n] of reasons) io.err(sim.line('SIM1230W', n, why));
    }
    io.out(sim.line('SIM0703I', isoOf(from), isoOf(to), done.filter((c) => c.status === 'DONE').length, done.filter((c) => c.status === 'FAILED').length, pending));
    const s = hw.summary();
    return {
      action: opts.action,
      from: isoOf(from),
      to: isoOf(to),
      pinned: true,
      hscActive: system.hscActive(),
      buffers: s.buffers,
      mvcs: s.mvcs,
      mvcCopies: s.mvcCopies,
      completed: done.map((c) => described({ ...c.work, status: c.status })),
      queued: queued.map(described),
    };
  } finally {
    system.close();
  }
}

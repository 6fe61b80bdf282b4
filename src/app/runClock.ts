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
import { parseNow } from './resolveNow.js';

export interface ClockOptions {
  dir: string;
  action: 'show' | 'set' | 'advance';
  /** `set`: an ISO time; `advance`: a duration (10m, 2h, 1h30m, PT45M). */
  value?: string;
}

export function runClock(opts: ClockOptions, io: Io): void {
  const system = openSystem(opts.dir, io);
  try {
    finishPendingMoves(system, io);
    const hw = system.hardware();
    const pinned = system.pinnedClock();
    const from = pinned !== undefined ? new Date(pinned) : io.clock.now();
    if (opts.action === 'show') {
      io.out(sim.line('SIM0702I', isoOf(from), pinned !== undefined ? 'PINNED' : 'REAL', system.hscActive() ? 'ACTIVE' : 'DOWN'));
      const s = hw.summary();
      for (const b of s.buffers) io.out(sim.line('SIM0707I', b.vtss, b.vtvs, b.mb));
      io.out(sim.line('SIM0708I', s.mvcs, s.mvcCopies));
      const state = hw.deliveryState();
      for (const w of hw.listWork()) {
        const held = state ? heldBecause(state, w) : undefined;
        io.out(describeWork(held ? { ...w, detail: `HELD: ${held}` } : w));
      }
      return;
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
    const pending = hw.listWork().length;
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
  } finally {
    system.close();
  }
}

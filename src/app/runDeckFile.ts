/** `elsim sluadmin`: a bare SLSIN deck against the system's CDS; SLSPRINT to standard output. */
import { formatDiagnostic } from '../core/Diagnostic.js';
import { environmentError } from '../core/environmentFault.js';
import { busyTimeout } from '../core/openDatabase.js';
import type { Io } from '../core/Io.js';
import { runSluadminDeck } from '../sluadmin/runSluadminDeck.js';
import { utilities } from '../utilities/index.js';
import { openForRun } from './openForRun.js';
import { readInput } from './readInput.js';

export interface DeckOptions {
  dir: string;
  deck: string;
  parm: string;
  now?: string;
  cds?: string;
}

/** Returns the step return code. */
export async function runDeckFile(opts: DeckOptions, io: Io): Promise<number> {
  const { text, notes } = readInput(opts.deck);
  for (const d of notes) io.err(formatDiagnostic(d));
  const { system, now } = await openForRun(opts.dir, opts.now, io);
  try {
    // The deck starts at `now`: the simulated hardware's work due by then has completed (src/sim).
    system.hardware().advanceTo(now);
    const records = text.replace(/\r?\n$/, '').split(/\r?\n/);
    const r = runSluadminDeck({ records, system, io: { ...io, clock: { now: () => now } }, parm: opts.parm, registry: utilities, ...(opts.cds ? { cdsDsn: opts.cds } : {}) });
    for (const l of r.sysmsg) io.err(l);
    for (const l of r.slsprint) io.out(l);
    return r.rc;
  } catch (e) {
    // The deck's functions were rolled back; a full or read-only disk is said as such.
    throw environmentError(e, system.root, busyTimeout()) ?? e;
  } finally {
    system.close();
  }
}

/**
 * A run starts by completing the hardware work due by its time, once: `elsim submit` and
 * `elsim sluadmin` each advance the hardware clock one time, not once when the system is opened
 * and again when the jobs start.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import test from 'ava';
import { runDeckFile } from '../../../src/app/runDeckFile.js';
import { submitFiles } from '../../../src/app/submitFiles.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';
import { Hardware } from '../../../src/sim/Hardware.js';
import { DEMO_NOW, freshDemoSystem } from '../../helpers/demoSystem.js';

/** Counts the calls of Hardware.advanceTo while fn runs. */
async function advances(fn: () => Promise<unknown>): Promise<Date[]> {
  const calls: Date[] = [];
  const original = Hardware.prototype.advanceTo;
  Hardware.prototype.advanceTo = function (this: Hardware, ...args: Parameters<Hardware['advanceTo']>) {
    calls.push(args[0]);
    return original.apply(this, args);
  };
  try {
    await fn();
  } finally {
    Hardware.prototype.advanceTo = original;
  }
  return calls;
}

const LATER = '2026-11-21T09:00:00Z';

test.serial('elsim submit advances the hardware clock once, to the run time', async (t) => {
  const dir = await freshDemoSystem(t);
  const file = join(dirname(dir), 'nop.jcl');
  writeFileSync(file, '//NOP JOB\n//S EXEC PGM=IEFBR14\n');
  const io = memoryIo(fixedClock(DEMO_NOW));
  const calls = await advances(() => submitFiles({ dir, files: [file], now: LATER, strict: false }, io));
  t.deepEqual(calls.map((d) => d.toISOString()), ['2026-11-21T09:00:00.000Z'], io.stderr.join('\n'));
});

test.serial('elsim sluadmin advances the hardware clock once, to the run time', async (t) => {
  const dir = await freshDemoSystem(t);
  const deck = join(dirname(dir), 'deck.txt');
  writeFileSync(deck, ' VTVRPT OPTION(UNAVAIL)\n');
  const io = memoryIo(fixedClock(DEMO_NOW));
  const calls = await advances(() => runDeckFile({ dir, deck, parm: 'MIXED', now: LATER }, io));
  t.deepEqual(calls.map((d) => d.toISOString()), ['2026-11-21T09:00:00.000Z'], io.stderr.join('\n'));
});

/** The real outside world: standard output and error, the wall clock, and the signals. */
import type { Interrupts, Io } from '../core/Io.js';

/** Exit code of a process ended by a signal, as shells report it. */
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

function processInterrupts(): Interrupts {
  let holders = 0;
  let got: string | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    // A second signal while a job is being cancelled: the user wants out now. What is left
    // behind is recovered by the next command that opens the system.
    if (got !== undefined) process.exit(SIGNAL_EXIT[signal] ?? 1);
    got = signal;
  };
  return {
    hold: () => {
      if (holders++ === 0) {
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (--holders === 0) {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
        }
      };
    },
    received: () => got,
  };
}

export function processIo(): Io {
  return {
    clock: { now: () => new Date() },
    out: (line) => { process.stdout.write(line + '\n'); },
    err: (line) => { process.stderr.write(line + '\n'); },
    isTTY: Boolean(process.stderr.isTTY),
    interrupts: processInterrupts(),
  };
}

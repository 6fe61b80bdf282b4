/** The real outside world: standard output and error, the wall clock, what the terminal allows, the signals. */
import type { Interrupts, Io } from '../core/Io.js';
import { pageText } from './pager.js';
import { progressLine, type ProgressLine } from './progress.js';

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

export interface ProcessIoOptions {
  /** --json: no colour and no progress; one document on standard output. */
  json?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** NO_COLOR (https://no-color.org): present and not empty turns colour off. */
export function noColor(env: NodeJS.ProcessEnv): boolean {
  return env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
}

export function processIo(opts: ProcessIoOptions = {}): Io & { endProgress(): void } {
  const env = opts.env ?? process.env;
  const errTty = Boolean(process.stderr.isTTY) && !opts.json;
  const bar: ProgressLine | undefined = errTty ? progressLine((s) => process.stderr.write(s), () => Date.now()) : undefined;
  const io: Io & { endProgress(): void } = {
    clock: { now: () => new Date() },
    out: (line) => {
      bar?.clear();
      process.stdout.write(line + '\n');
    },
    err: (line) => {
      bar?.clear();
      process.stderr.write(line + '\n');
    },
    isTTY: errTty,
    color: Boolean(process.stdout.isTTY) && !opts.json && !noColor(env),
    endProgress: () => bar?.clear(),
    interrupts: processInterrupts(),
  };
  if (bar) io.progress = (label, done, total) => bar.progress(label, done, total);
  if (process.stdout.isTTY && !opts.json) io.pager = (text) => pageText(text, env);
  return io;
}

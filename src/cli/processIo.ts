/** The real outside world: standard output and error, the wall clock, and what the terminal allows. */
import type { Io } from '../core/Io.js';
import { pageText } from './pager.js';
import { progressLine, type ProgressLine } from './progress.js';

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
  };
  if (bar) io.progress = (label, done, total) => bar.progress(label, done, total);
  if (process.stdout.isTTY && !opts.json) io.pager = (text) => pageText(text, env);
  return io;
}

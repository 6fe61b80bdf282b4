/** The real outside world: standard output and error, and the wall clock. */
import type { Io } from '../core/Io.js';

export function processIo(): Io {
  return {
    clock: { now: () => new Date() },
    out: (line) => { process.stdout.write(line + '\n'); },
    err: (line) => { process.stderr.write(line + '\n'); },
    isTTY: Boolean(process.stderr.isTTY),
  };
}

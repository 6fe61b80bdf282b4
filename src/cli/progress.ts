/**
 * Progress of long work on a terminal: one line of standard error, rewritten in place at most
 * five times a second and cleared before anything else is printed. Only the CLI makes one, and
 * only when standard error is a terminal and --json is not given (src/cli/processIo.ts).
 */

export interface ProgressLine {
  progress(label: string, done: number, total?: number): void;
  /** Removes the line (before other output, and at the end). */
  clear(): void;
}

const grouped = (n: number): string => Math.round(n).toLocaleString('en-US');

/** `GENERATE VTVS  350,000 / 1,000,000  35%`, or without a total `VTVRPT  350,000`. */
export function progressText(label: string, done: number, total?: number): string {
  if (total === undefined || total <= 0) return `${label}  ${grouped(done)}`;
  const pct = Math.min(100, Math.floor((done / total) * 100));
  return `${label}  ${grouped(done)} / ${grouped(total)}  ${pct}%`;
}

export function progressLine(write: (s: string) => void, now: () => number, intervalMs = 200): ProgressLine {
  let last = -Infinity;
  let shown = false;
  const clear = (): void => {
    if (shown) write('\r\x1b[K');
    shown = false;
  };
  return {
    progress(label, done, total) {
      if (total !== undefined && done >= total) return clear();
      const t = now();
      if (t - last < intervalMs) return;
      last = t;
      write(`\r${progressText(label, done, total)}\x1b[K`);
      shown = true;
    },
    clear,
  };
}

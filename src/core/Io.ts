/**
 * The outside world as the domain sees it. Domain code never touches process.stdout, argv or the
 * wall clock: it is handed an Io. Tests pass one that records output and pins the clock.
 */
export interface Clock {
  now(): Date;
  /** Moves simulated time forward (DRMON waits this way). Real clocks may ignore it. */
  advance?(ms: number): void;
}

export interface Io {
  clock: Clock;
  /** A line for the user on standard output (summary lines, SLSPRINT of `elsim sluadmin`). */
  out(line: string): void;
  /** A line for the user on standard error (diagnostics, progress). */
  err(line: string): void;
  /** True when stderr is a terminal: progress display and colour are allowed. */
  isTTY: boolean;
  /**
   * True when standard output is a terminal that takes colour (NO_COLOR unset, no --json): the
   * CLI colours what it prints there. Absent: no colour.
   */
  color?: boolean;
  /**
   * Long work says how far it is: `label` (`GENERATE VTVS`), units done, and the total when known.
   * On a terminal the CLI shows it on one line of standard error, at most a few times a second;
   * in pipes, tests and with --json it is absent or does nothing. Cheap to call often.
   */
  progress?(label: string, done: number, total?: number): void;
  /**
   * Shows a long text (a job's output) a page at a time: present only when standard output is a
   * terminal (and not --json); elsewhere the text is written with out().
   */
  pager?(text: string): Promise<void>;
  /** SIGINT/SIGTERM as a running job sees them (the CLI's; tests may give their own). */
  interrupts?: Interrupts;
}

/**
 * Signals that ask running jobs to stop. While held (a job stream runs), SIGINT and SIGTERM are
 * recorded instead of ending the process; the runner looks between steps and cancels the job
 * (abend S222, status CANCELED). A second signal while held ends the process at once.
 */
export interface Interrupts {
  /** From now until the returned release is called, SIGINT and SIGTERM are recorded, not fatal. */
  hold(): () => void;
  /** The signal received while held, if one came. */
  received(): string | undefined;
}

export function fixedClock(iso: string): Clock {
  let t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`bad time ${iso}`);
  return { now: () => new Date(t), advance: (ms) => { t += ms; } };
}

/** An Io that keeps what it is told, for tests and the golden runner. */
export function memoryIo(clock: Clock): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { clock, isTTY: false, stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

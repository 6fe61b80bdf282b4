/** The one place that says what the CLI's exit code means. */
export const EXIT_USAGE = 64;
export const EXIT_JCL_ERROR = 65;
export const EXIT_INTERNAL = 70;
/** The file system failed the command: full, read-only, or an I/O error (sysexits EX_IOERR). */
export const EXIT_IO = 74;
/** A database was locked by another process for longer than elsim waits (sysexits EX_TEMPFAIL). */
export const EXIT_BUSY = 75;

/** Exit codes of a job stream cancelled by a signal, as shells report a process the signal ended. */
export const EXIT_SIGNAL: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143 };

/** Message ids of environment faults (core/environmentFault.ts) and the exit code each gives. */
const FAULT_EXIT: Readonly<Record<string, number>> = { SIM1510E: EXIT_IO, SIM1511E: EXIT_IO, SIM1513E: EXIT_IO, SIM1512E: EXIT_BUSY };

/** The exit code of a command stopped by an ElsimError: 74/75 for a fault of the machine (its own id or the one behind it), else 64. */
export function exitCodeForError(e: { id: string; fault?: string }): number {
  return FAULT_EXIT[e.fault ?? e.id] ?? EXIT_USAGE;
}

/** An abended job (no return code of its own) exits with at least this code. */
export const EXIT_ABEND_FLOOR = 16;

/**
 * Exit code of a submit: the highest job MAXCC (capped at 255); an abended job counts as at
 * least 16; 65 if any job was not run (or stopped) for a JCL error; 130/143 when a job was
 * cancelled by SIGINT/SIGTERM.
 */
export function exitCodeForJobs(jobs: readonly { maxcc: number; status: string; cancelledBy?: string }[]): number {
  const cancelled = jobs.find((j) => j.status === 'CANCELED');
  if (cancelled) return EXIT_SIGNAL[cancelled.cancelledBy ?? ''] ?? EXIT_SIGNAL['SIGINT']!;
  if (jobs.some((j) => j.status === 'JCL ERROR')) return EXIT_JCL_ERROR;
  let code = 0;
  for (const j of jobs) {
    const rc = j.status === 'ABEND' ? Math.max(EXIT_ABEND_FLOOR, j.maxcc) : j.maxcc;
    code = Math.max(code, Math.min(255, rc));
  }
  return code;
}

/** The one place that says what the CLI's exit code means. */
export const EXIT_USAGE = 64;
export const EXIT_JCL_ERROR = 65;
export const EXIT_INTERNAL = 70;

/** An abended job (no return code of its own) exits with at least this code. */
export const EXIT_ABEND_FLOOR = 16;

/**
 * Exit code of a submit: the highest job MAXCC (capped at 255); an abended job counts as at
 * least 16; 65 if any job was not run (or stopped) for a JCL error.
 */
export function exitCodeForJobs(jobs: readonly { maxcc: number; status: string }[]): number {
  if (jobs.some((j) => j.status === 'JCL ERROR')) return EXIT_JCL_ERROR;
  let code = 0;
  for (const j of jobs) {
    const rc = j.status === 'ABEND' ? Math.max(EXIT_ABEND_FLOOR, j.maxcc) : j.maxcc;
    code = Math.max(code, Math.min(255, rc));
  }
  return code;
}

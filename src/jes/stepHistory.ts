/**
 * What COND and IF tests look at: the steps of the job so far, in order, and how each ended.
 */

export interface StepOutcome {
  /** Job step name (the calling EXEC's name for a procedure step). */
  name: string;
  procStep?: string;
  /** The program started (it ran to completion or abended). False for bypassed or unallocated steps. */
  ran: boolean;
  /** Return code, when the step ran to completion. */
  rc?: number;
  /** Completion code, when it abended: S806, U0100. */
  abend?: string;
}

export interface StepRef {
  step?: string;
  procStep?: string;
}

/**
 * The step a COND/IF reference (or a backward reference) names, among `list` (steps so far, or
 * the job's steps). `step.pstep` names a procedure step; a bare name inside a procedure first
 * means a step of the same procedure call (the IBM rule for COND), then a job step. With
 * duplicate names the first wins, as on z/OS.
 */
export function findStep<T extends { name: string; procStep?: string }>(list: readonly T[], ref: StepRef, current?: { name: string; procStep?: string }): T | undefined {
  if (ref.step === undefined) return undefined;
  if (ref.procStep !== undefined) return list.find((h) => h.name === ref.step && h.procStep === ref.procStep);
  if (current?.procStep !== undefined) {
    const same = list.find((h) => h.name === current.name && h.procStep === ref.step);
    if (same) return same;
  }
  return list.find((h) => h.name === ref.step && h.procStep === undefined);
}

/** The return code a step left for tests: only steps that ran to completion have one. */
export function completedRc(h: StepOutcome | undefined): number | undefined {
  return h && h.ran && h.abend === undefined ? h.rc : undefined;
}

/** `S806` and `S0806`, `U100` and `U0100` compare equal. */
export function normalizeAbend(code: string): string {
  const c = code.toUpperCase();
  const kind = c[0];
  const digits = c.slice(1).replace(/^0+(?=.)/, '');
  if (kind === 'S') return `S${digits.padStart(3, '0')}`;
  if (kind === 'U') return `U${digits.padStart(4, '0')}`;
  return c;
}

/**
 * How the JES runner reports a job and its steps. What a program sees of its step (StepContext,
 * AllocatedDd, SystemServices, Program) is the program contract, in src/program.
 */
import type { Diagnostic } from '../core/Diagnostic.js';

export interface StepResult {
  name: string;
  procStep?: string;
  program: string;
  /** Return code when the step ran to completion. */
  rc?: number;
  /** Abend code when it abended (S806 …). */
  abend?: string;
  /** Why it did not run: 'COND', 'IF', 'ABEND' (an earlier abend), 'JCL ERROR' (allocation). */
  bypassed?: 'COND' | 'IF' | 'ABEND' | 'JCL ERROR' | 'JOB COND' | 'CANCELED';
  /**
   * Why it did not end with RC 0: the program's first error message with its card (an SLSIN card
   * of the job), the abend's message, or the allocation failure (IEF212I …) with its DD card.
   */
  reason?: Diagnostic;
}

export interface JobResult {
  jobname: string;
  jobid: string;
  /** Highest RC of the steps that ran (JOBRC=MAXRC). */
  maxcc: number;
  /**
   * CC: ended normally; ABEND: a step abended; JCL ERROR: not run, or stopped at allocation;
   * CANCELED: stopped between steps by SIGINT or SIGTERM (abend S222).
   */
  status: 'CC' | 'ABEND' | 'JCL ERROR' | 'CANCELED';
  abend?: string;
  /** The signal that cancelled the job. */
  cancelledBy?: string;
  /** Spool directory relative to the system root, e.g. `spool/JOB00001-EXPORT`. */
  spool: string;
  steps: StepResult[];
  diagnostics: Diagnostic[];
  /** A job the converter refused (JCL ERROR, no step ran): its first error, with its card. */
  reason?: Diagnostic;
}

/** How a job or a step ended, in SDSF's words (the MAX-RC column, the step list). */
import type { StepResult } from './types.js';

/** `CC 0004`, `ABEND S806`, `JCL ERROR`, `CANCELED`, `INPUT`. */
export function completionOf(j: { status: string; maxcc: number | null; abend?: string | null | undefined }): string {
  if (j.status === 'CC') return `CC ${String(j.maxcc ?? 0).padStart(4, '0')}`;
  if (j.status === 'ABEND') return `ABEND ${j.abend ?? ''}`.trim();
  return j.status;
}

/** `RC 0008`, `ABEND S806`, `JCL ERROR`, `FLUSH` (bypassed), or '' when the step did not run. */
export function stepCompletion(s: StepResult): string {
  if (s.abend !== undefined) return `ABEND ${s.abend}`;
  if (s.rc !== undefined) return `RC ${String(s.rc).padStart(4, '0')}`;
  if (s.bypassed === 'JCL ERROR') return 'JCL ERROR';
  return s.bypassed !== undefined ? 'FLUSH' : '';
}

/**
 * `elsim check`: the converter alone (TYPRUN=SCAN). Every diagnostic of every job, and those not
 * tied to a job, with card positions, card images and statement numbers.
 */
import type { Diagnostic } from '../core/Diagnostic.js';
import { convertJcl } from './convertJcl.js';
import type { ConvertOptions, ConvertResult } from './types.js';

export interface CheckResult {
  result: ConvertResult;
  /** All diagnostics, job by job in stream order. */
  diagnostics: Diagnostic[];
  /** True when some diagnostic is an error (the job would not run). */
  failed: boolean;
}

export function checkJcl(text: string, opts: ConvertOptions): CheckResult {
  const result = convertJcl(text, opts);
  const diagnostics = [...result.diagnostics, ...result.jobs.flatMap((j) => j.diagnostics)];
  return { result, diagnostics, failed: diagnostics.some((d) => d.severity === 'error') };
}

/** `elsim check`: the converter alone over each file; prints every message with its card. */
import { formatDiagnostic } from '../core/Diagnostic.js';
import type { Io } from '../core/Io.js';
import { checkJcl } from '../jcl/checkJcl.js';
import { readInput } from './readInput.js';

export interface CheckOptions {
  files: string[];
  strict: boolean;
  quiet: boolean;
}

/** Returns the number of files with JCL errors. */
export function checkFiles(opts: CheckOptions, io: Io): number {
  let failed = 0;
  for (const file of opts.files) {
    const input = readInput(file);
    const r = checkJcl(input.text, { file, strict: opts.strict });
    for (const d of input.notes) if (!opts.quiet) io.out(formatDiagnostic(d));
    for (const d of r.diagnostics) if (!opts.quiet || d.severity === 'error') io.out(formatDiagnostic(d));
    const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
    const jobs = r.result.jobs.length;
    io.out(`${file}: ${jobs} job${jobs === 1 ? '' : 's'}, ${errors === 0 ? 'no JCL errors' : `${errors} JCL error${errors === 1 ? '' : 's'}`}`);
    if (errors > 0) failed++;
  }
  return failed;
}

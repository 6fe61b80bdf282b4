/** `elsim submit`: convert each file like the z/OS converter, then run its jobs like JES2. */
import { resolve } from 'node:path';
import { formatDiagnostic } from '../core/Diagnostic.js';
import type { Io } from '../core/Io.js';
import type { JobResult } from '../jes/types.js';
import { openForRun } from './openForRun.js';
import { readInput } from './readInput.js';
import { submitText } from './submitText.js';

export interface SubmitOptions {
  dir: string;
  files: string[];
  now?: string;
  strict: boolean;
}

export async function submitFiles(opts: SubmitOptions, io: Io): Promise<JobResult[]> {
  const texts = opts.files.map((f) => {
    const input = readInput(f);
    for (const d of input.notes) io.err(formatDiagnostic(d));
    return { file: f, text: input.text };
  });
  const { system, now } = await openForRun(opts.dir, opts.now, io);
  try {
    const results: JobResult[] = [];
    for (const { file, text } of texts) results.push(...(await submitText(system, text, { file, now, strict: opts.strict, ...(file === '-' ? {} : { absolute: resolve(file) }) }, io)));
    return results;
  } finally {
    system.close();
  }
}

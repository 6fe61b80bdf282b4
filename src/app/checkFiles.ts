/**
 * `elsim check`: the converter alone over each file (like TYPRUN=SCAN), and the control statements
 * of its SLUADMIN steps: each in-stream SLSIN deck is read, parsed and validated as SLUADMIN would
 * before running it. Every message comes with its card (file:line:col) and image. Returns data;
 * the CLI prints it.
 */
import type { Diagnostic } from '../core/Diagnostic.js';
import { checkJcl } from '../jcl/checkJcl.js';
import type { JclJob, JclStep } from '../jcl/types.js';
import { checkSlsin } from '../sluadmin/checkSlsin.js';
import { utilities } from '../utilities/index.js';
import { readInput } from './readInput.js';

export interface CheckOptions {
  files: string[];
  strict: boolean;
}

export interface CheckedFile {
  file: string;
  jobs: number;
  /** Everything found, in stream order: how the file was read (BOM, CRLF), then job by job the converter's messages followed by those of its SLUADMIN steps' SLSIN decks. */
  diagnostics: Diagnostic[];
  /** Errors of the converter: the job would not run (exit 65). */
  jclErrors: number;
  /** Errors in SLSIN control statements: the step would end with `statementCode`. */
  statementErrors: number;
  /** The highest condition code SLUADMIN would give the refused functions (0 when none). */
  statementCode: number;
}

/** The programs whose SLSIN deck is checked. */
const SLUADMIN_PROGRAMS = new Set(['SLUADMIN', 'SWSADMIN']);

/** The in-stream SLSIN deck of a SLUADMIN step, if it has one. */
function slsinOf(step: JclStep): { records: string[]; first: NonNullable<Extract<JclStep['dds'][number]['specs'][number], { kind: 'instream' }>['first']> } | undefined {
  if (!SLUADMIN_PROGRAMS.has(step.program)) return undefined;
  const dd = step.dds.find((d) => d.ddname === 'SLSIN');
  const spec = dd?.specs.length === 1 ? dd.specs[0] : undefined;
  if (spec?.kind !== 'instream' || spec.first === undefined) return undefined;
  return { records: spec.records, first: spec.first };
}

/** The control-statement messages of a job's SLUADMIN steps, each on its card in the JCL. */
export function checkStatements(job: JclJob): { diagnostics: Diagnostic[]; code: number } {
  const diagnostics: Diagnostic[] = [];
  let code = 0;
  for (const step of job.steps) {
    const deck = slsinOf(step);
    if (!deck) continue;
    const r = checkSlsin(deck.records, utilities, { origin: deck.first });
    diagnostics.push(...r.diagnostics);
    code = Math.max(code, r.code);
  }
  return { diagnostics, code };
}

export function checkFiles(opts: CheckOptions): CheckedFile[] {
  return opts.files.map((file) => {
    const input = readInput(file);
    const r = checkJcl(input.text, { file, strict: opts.strict });
    const diagnostics: Diagnostic[] = [...input.notes, ...r.result.diagnostics];
    let statementErrors = 0;
    let statementCode = 0;
    for (const job of r.result.jobs) {
      diagnostics.push(...job.diagnostics);
      const s = checkStatements(job);
      diagnostics.push(...s.diagnostics);
      statementErrors += s.diagnostics.filter((d) => d.severity === 'error').length;
      statementCode = Math.max(statementCode, s.code);
    }
    const jclErrors = r.diagnostics.filter((d) => d.severity === 'error').length;
    return { file, jobs: r.result.jobs.length, diagnostics, jclErrors, statementErrors, statementCode };
  });
}

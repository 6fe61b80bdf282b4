/**
 * The terminal summary of a job: one line (job id, name, completion, where its output is), then,
 * for a job or step that did not end with RC 0, why — the first error message with the card it is
 * about and a caret under the column, so that "CC 0008" leads to the card without opening a file.
 */
import { relative, resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { formatDiagnostic, type Diagnostic } from '../core/Diagnostic.js';
import type { Io } from '../core/Io.js';
import { completionOf, stepCompletion } from '../jes/completion.js';
import type { JobResult } from '../jes/types.js';

/** Colours for completions: `ok` (CC 0000), `warn` (CC 0004), `bad` (the rest). Identity without colour. */
export interface Paint {
  ok(s: string): string;
  warn(s: string): string;
  bad(s: string): string;
}

const PLAIN: Paint = { ok: (s) => s, warn: (s) => s, bad: (s) => s };

/** Colour only on a terminal that takes it (Io.color): chalk is loaded only then. */
export async function loadPaint(io: Io): Promise<Paint> {
  if (!io.color) return PLAIN;
  const chalk: ChalkInstance = (await import('chalk')).default;
  return chalk.level > 0 ? { ok: chalk.green, warn: chalk.yellow, bad: chalk.red } : PLAIN;
}

/** A path inside a system directory as the user would type it from where they stand. */
export function whereIs(systemDir: string, inside: string, cwd = process.cwd()): string {
  const p = relative(cwd, resolve(systemDir, inside));
  return p === '' ? '.' : p;
}

export function paintCompletion(j: { status: string; maxcc: number | null }, text: string, paint: Paint): string {
  if (j.status === 'CC' && (j.maxcc ?? 0) === 0) return paint.ok(text);
  if (j.status === 'CC' && (j.maxcc ?? 0) <= 4) return paint.warn(text);
  return paint.bad(text);
}

/** `STEP1`, or `EXP.P1` for a procedure step. */
export function stepLabel(s: { name: string; procStep?: string | null }): string {
  return s.procStep ? `${s.name}.${s.procStep}` : s.name;
}

const indent = (text: string, by: string): string[] => text.split('\n').map((l) => by + l);

/** The explanation lines of a reason: the message with its position, the card, the caret. */
export function reasonLines(d: Diagnostic, by = '    '): string[] {
  return indent(formatDiagnostic(d), by);
}

/** Lines for one job: the summary line, then why each failing step (or the job) failed. */
export function jobSummary(j: JobResult, spoolPath: string, paint: Paint = PLAIN): string[] {
  const done = completionOf(j);
  const lines = [`${j.jobid} ${j.jobname.padEnd(8)} ${paintCompletion(j, done.padEnd(10), paint)} ${spoolPath}`];
  if (j.reason !== undefined) lines.push(...reasonLines(j.reason, '  '));
  for (const s of j.steps) {
    const failed = (s.rc !== undefined && s.rc > 0) || s.abend !== undefined || s.reason !== undefined;
    if (!failed) continue;
    lines.push(`  ${stepLabel(s).padEnd(8)} ${s.program.padEnd(8)} ${stepCompletion(s)}`);
    if (s.reason !== undefined) lines.push(...reasonLines(s.reason));
  }
  return lines;
}

/** `2026-11-21 08:00:00` from an ISO time (UTC, as the spool shows it); `-` when there is none. */
export function shortTime(iso: string | null | undefined): string {
  if (iso === null || iso === undefined) return '-';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 19).replace('T', ' ');
}

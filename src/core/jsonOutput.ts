/**
 * The `--json` convention every reporting command follows (README "JSON output"; the schema is
 * schema/elsim.schema.json): one JSON document on standard output, an object whose first key is
 * `command`; diagnostics as `messages` (a Diagnostic with its card flattened); a command that
 * cannot complete reports `error` and `exitCode` instead of its payload.
 */
import type { Diagnostic } from './Diagnostic.js';
import type { Io } from './Io.js';

/** A Diagnostic as JSON: `{id, severity, text, file?, line?, column?, image?, stmt?}`. */
export interface MessageJson {
  id: string;
  severity: Diagnostic['severity'];
  text: string;
  file?: string;
  line?: number;
  column?: number;
  image?: string;
  stmt?: number;
}

export function messageJson(d: Diagnostic): MessageJson {
  const m: MessageJson = { id: d.id, severity: d.severity, text: d.text };
  if (d.card) {
    m.file = d.card.file;
    m.line = d.card.line;
    m.column = d.card.column;
  }
  if (d.image !== undefined) m.image = d.image.trimEnd();
  if (d.stmt !== undefined) m.stmt = d.stmt;
  return m;
}

/** Prints one document: `{"command": name, ...body}`, two-space indented. */
export function printJson(io: Io, command: string, body: object): void {
  io.out(JSON.stringify({ command, ...body }, null, 2));
}

/** The document of a command that could not complete: its error's id and text, and the exit code. */
export function errorJson(command: string, error: { id: string; text: string }, exitCode: number): object {
  return { command, error, exitCode };
}

/**
 * Parameter data sets that utilities read (SLSPARM for SET VOLPARM, the MGMTDEF data set): the
 * shell's reader in PARMLIB mode, its grammar and its schema validation, applied to every
 * statement against the schema its verb names. The result keeps the card images so the utility
 * can list the data set with each message under its card.
 */
import type { Diagnostic } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';
import { sls } from '../sluadmin/messages.js';
import { parseStatement } from '../sluadmin/parseStatement.js';
import { readStatements, type SlsCard } from '../sluadmin/readStatements.js';
import { schemaMatches } from '../sluadmin/resolveVerb.js';
import { commandName, validateStatement } from '../sluadmin/validateStatement.js';
import type { Report, SlsStatement, UtilitySchema, ValidatedStatement } from '../sluadmin/types.js';

export interface ParameterReading {
  cards: SlsCard[];
  statements: ValidatedStatement[];
  /** Errors (refused statements) and notes (leniencies), each naming its card. */
  diagnostics: Diagnostic[];
  /** True when a statement was refused. */
  failed: boolean;
}

/**
 * Reads and validates the statements of a parameter data set. `place` names the data set in
 * SIM0425E (`SLSPARM`, `MGMTDEF DSN(...)`); `fixup` may rewrite a parsed statement before
 * validation (a leniency) and returns its notes.
 */
export function readParameterStatements(
  records: readonly string[],
  file: string,
  schemas: readonly UtilitySchema[],
  place: string,
  fixup?: (stmt: SlsStatement) => Diagnostic[],
): ParameterReading {
  const reading = readStatements(records, file, { parmlib: true });
  const diagnostics: Diagnostic[] = [...reading.notes];
  const statements: ValidatedStatement[] = [];
  let failed = false;
  for (const ls of reading.statements) {
    if (ls.tooLong) {
      diagnostics.push(sls.diag('SLS0241I', 'error', [ls.text.slice(0, 40)], { card: ls.pos }));
      failed = true;
      continue;
    }
    const parsed = parseStatement(ls);
    const verb = parsed.ok ? parsed.statement.verb : parsed.verb;
    const option = parsed.ok ? parsed.statement.operands[0]?.keyword : undefined;
    const schema = verb === undefined ? undefined : schemas.find((s) => schemaMatches(s, verb, option));
    if (!schema) {
      diagnostics.push(sim.diag('SIM0425E', 'error', [verb ?? ls.text.slice(0, 8), ls.pos.line, place], { card: ls.pos }));
      failed = true;
      continue;
    }
    if (!parsed.ok) {
      diagnostics.push(sls.diag('SLS0006I', 'error', [parsed.parmOffset, commandName(schema), parsed.near], { card: parsed.pos }));
      failed = true;
      continue;
    }
    diagnostics.push(...parsed.notes);
    if (fixup) diagnostics.push(...fixup(parsed.statement));
    const v = validateStatement(parsed.statement, schema);
    if (!v.ok) {
      diagnostics.push(...v.errors);
      failed = true;
      continue;
    }
    statements.push(v.statement);
  }
  return { cards: reading.cards, statements, diagnostics, failed };
}

/**
 * Lists the data set: every card numbered as in the Control Card Image Listing, with the
 * messages about it under it, followed by the messages that name no card of the data set.
 */
export function listParameterCards(report: Report, reading: ParameterReading, extra: Diagnostic[] = []): void {
  const all = [...reading.diagnostics, ...extra];
  const byLine = new Map<number, Diagnostic[]>();
  for (const d of all) {
    const line = d.card?.line ?? 0;
    byLine.set(line, [...(byLine.get(line) ?? []), d]);
  }
  for (const card of reading.cards) {
    report.line(`${String(card.n).padStart(5)}   ${card.image.trimEnd()}`);
    for (const d of byLine.get(card.n) ?? []) report.line(`        ${d.id} ${d.text}`);
  }
  for (const d of byLine.get(0) ?? []) report.line(`${d.id} ${d.text}`);
}

/**
 * A planned utility function checked before it runs: its statement (and, for a deck utility such
 * as CONFIG, each statement of its deck) parsed and validated against the utility's schema. What
 * SLUADMIN does before opening the CDS, and all that `elsim check` does with an SLSIN deck.
 */
import type { Diagnostic } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';
import { sls } from './messages.js';
import { deckSchemaOf, excerpt, verbOf, type Planned, type Unit } from './planFunctions.js';
import type { UtilitySchema, ValidatedStatement } from './types.js';
import { commandName, validateStatement } from './validateStatement.js';

export interface FunctionCheck {
  /** The condition code of the refusal (8, or 12 for a statement too long to read); 0 when valid. */
  code: number;
  /** The messages of the refusal, in SLSPRINT order (SIM0317I heads each refused deck statement). */
  errors: Diagnostic[];
  /** The validated statement with its deck, when the function may run. */
  statement?: ValidatedStatement;
}

export function validateFunction(f: Extract<Planned, { kind: 'utility' }>): FunctionCheck {
  const schema = f.utility.schema;
  let code = 0;
  const errors: Diagnostic[] = [];
  // In a deck, each refused statement's messages are headed by its card (SIM0317I).
  const isDeck = schema.deck !== undefined;
  const about = (u: Unit): Diagnostic[] => (isDeck ? [sim.diag('SIM0317I', 'info', [u.ls.pos.line, excerpt(u.ls.text)], { card: u.ls.pos })] : []);
  const head = checkUnit(f.head, schema);
  if ('errors' in head) {
    errors.push(...about(f.head), ...head.errors);
    code = head.code;
  }
  const deck: ValidatedStatement[] = [];
  for (const sub of f.subs) {
    const subSchema = deckSchemaOf(sub, schema);
    if (!subSchema) {
      // Not a statement of this deck: the deck utility refuses its deck (8), as for any
      // parameter error; only an over-long statement stops SLUADMIN.
      const subVerb = verbOf(sub);
      errors.push(
        ...about(sub),
        subVerb === undefined
          ? sls.diag('SLS0241I', 'error', [excerpt(sub.ls.text)], { card: sub.ls.pos })
          : sls.diag('SLS0001I', 'error', [subVerb], { card: sub.ls.pos }),
      );
      code = Math.max(code, sub.ls.tooLong ? 12 : 8);
      continue;
    }
    const r = checkUnit(sub, subSchema);
    if ('errors' in r) {
      errors.push(...about(sub), ...r.errors);
      code = Math.max(code, r.code);
    } else {
      deck.push(r.statement);
    }
  }
  if ('errors' in head || code > 0) return { code, errors };
  head.statement.deck = deck;
  return { code: 0, errors: [], statement: head.statement };
}

/** Parse and validate one statement against a schema. */
function checkUnit(u: Unit, schema: UtilitySchema): { statement: ValidatedStatement } | { errors: Diagnostic[]; code: number } {
  if (u.parsed === undefined) {
    return { errors: [sls.diag('SLS0241I', 'error', [excerpt(u.ls.text)], { card: u.ls.pos })], code: 12 };
  }
  if (!u.parsed.ok) {
    const p = u.parsed;
    return { errors: [sls.diag('SLS0006I', 'error', [p.parmOffset, commandName(schema), p.near], { card: p.pos })], code: 8 };
  }
  const v = validateStatement(u.parsed.statement, schema);
  return v.ok ? { statement: v.statement } : { errors: v.errors, code: 8 };
}

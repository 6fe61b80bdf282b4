/**
 * Logical statements → the utility functions SLUADMIN will run.
 *
 * Each statement's verb names a utility (resolveVerb); a deck utility (CONFIG) takes the
 * statements after it up to the first one that starts another utility (an unknown verb stays in
 * the deck and makes it fail). Two deck leniencies for the CONFIG decks printed in the guides:
 *  - a sub-statement coded on the deck statement's own card (`CONFIG GLOBAL SYNCHREP=YES`) is
 *    split off as the deck's first statement (SIM0412I);
 *  - a deck card that starts with KEYWORD=value (a continuation the print lost) is joined to the
 *    statement before it (SIM0401I).
 */
import type { Diagnostic } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';
import { parseStatement, type ParseResult } from './parseStatement.js';
import { joinStatements, sliceStatement, type LogicalStatement } from './readStatements.js';
import { resolveVerb, schemaMatches } from './resolveVerb.js';
import type { Utility, UtilitySchema } from './types.js';

/** One logical statement with its parse (undefined: too long to parse). */
export interface Unit {
  ls: LogicalStatement;
  parsed: ParseResult | undefined;
}

export type Planned =
  /** Not a statement SLUADMIN can run: condition code 12, nothing after it is processed. */
  | { kind: 'invalid'; unit: Unit; id: 'SLS0241I' | 'SLS0001I' | 'SIM0307I'; insert: string }
  /** A verb with options (SET) whose option is missing or unknown: condition code 8. */
  | { kind: 'badOption'; unit: Unit; verb: string; option?: string }
  | { kind: 'utility'; utility: Utility; head: Unit; subs: Unit[] };

export interface Plan {
  functions: Planned[];
  /** Leniency notes of the planning (SIM0401I, SIM0412I), each naming its card. */
  notes: Diagnostic[];
}

const KEYWORD_EQUALS = /^([A-Z@#$][A-Z@#$0-9_]*)=/;
const VERB = /^ *([A-Z@#$][A-Z@#$0-9_]*)/;
const OPTION = /^ *[A-Z@#$][A-Z@#$0-9_]*[ ,]+([A-Z@#$][A-Z@#$0-9_]*)/;

export function unitOf(ls: LogicalStatement): Unit {
  return { ls, parsed: ls.tooLong ? undefined : parseStatement(ls) };
}

/** The verb of a statement, also when it did not parse; undefined when it does not start with one. */
export function verbOf(u: Unit): string | undefined {
  if (u.parsed?.ok) return u.parsed.statement.verb;
  if (u.parsed) return u.parsed.verb;
  return u.ls.tooLong ? undefined : VERB.exec(u.ls.text)?.[1];
}

/** The first operand's keyword (the option of SET), also when the statement did not parse. */
export function optionOf(u: Unit): string | undefined {
  if (u.parsed?.ok) return u.parsed.statement.operands[0]?.keyword;
  return OPTION.exec(u.ls.text)?.[1];
}

/** The deck statement schema a unit matches, if any. */
export function deckSchemaOf(u: Unit, schema: UtilitySchema): UtilitySchema | undefined {
  const verb = verbOf(u);
  if (verb === undefined) return undefined;
  const option = optionOf(u);
  return (schema.deck ?? []).find((s) => schemaMatches(s, verb, option));
}

export function planFunctions(units: readonly Unit[], registry: readonly Utility[]): Plan {
  const notes: Diagnostic[] = [];
  const functions = [...planStream(units, registry, (d) => notes.push(d))];
  return { functions, notes };
}

/**
 * The functions one at a time as the statements come: a function is given as soon as its last
 * statement is known (for a deck utility, when the statement after its deck has been read), so
 * a deck of any length is planned holding one function. Leniency notes go to `note` as found.
 */
export function* planStream(units: Iterable<Unit>, registry: readonly Utility[], note: (d: Diagnostic) => void): Generator<Planned> {
  const it = units[Symbol.iterator]();
  /** The next statement, read ahead to see where a deck ends. */
  let ahead: Unit | undefined;
  const next = (): Unit | undefined => {
    if (ahead) {
      const u = ahead;
      ahead = undefined;
      return u;
    }
    const r = it.next();
    return r.done ? undefined : r.value;
  };
  const peek = (): Unit | undefined => (ahead ??= next());

  for (let u = next(); u !== undefined; u = next()) {
    const verb = verbOf(u);
    if (verb === undefined) {
      yield { kind: 'invalid', unit: u, id: 'SLS0241I', insert: excerpt(u.ls.text) };
      continue;
    }
    const res = resolveVerb(verb, optionOf(u), registry);
    if (res.kind === 'unknown') {
      yield { kind: 'invalid', unit: u, id: 'SLS0001I', insert: verb };
      continue;
    }
    if (res.kind === 'notEmulated') {
      yield { kind: 'invalid', unit: u, id: 'SIM0307I', insert: res.name };
      continue;
    }
    if (res.kind === 'badOption') {
      yield { kind: 'badOption', unit: u, verb: res.verb, ...(res.option !== undefined ? { option: res.option } : {}) };
      continue;
    }

    const schema = res.utility.schema;
    let head = u;
    const subs: Unit[] = [];
    if (schema.deck) {
      const inline = splitInline(head, schema);
      if (inline) {
        head = inline.head;
        subs.push(inline.sub);
        note(inline.note);
      }
      for (let n = peek(); n !== undefined && belongsToDeck(n, schema, registry); n = peek()) {
        ahead = undefined;
        const kw = KEYWORD_EQUALS.exec(n.ls.text);
        if (!kw) {
          subs.push(n);
          continue;
        }
        const prev = subs.length > 0 ? subs[subs.length - 1]! : head;
        const joined = unitOf(joinStatements(prev.ls, n.ls));
        note(sim.diag('SIM0401I', 'info', [n.ls.pos.line, kw[1]!, verbOf(prev) ?? ''], { card: n.ls.pos }));
        if (subs.length > 0) subs[subs.length - 1] = joined;
        else head = joined;
      }
    }
    yield { kind: 'utility', utility: res.utility, head, subs };
  }
}

/** A statement after a deck utility belongs to its deck unless it starts another utility. */
function belongsToDeck(u: Unit, schema: UtilitySchema, registry: readonly Utility[]): boolean {
  if (deckSchemaOf(u, schema)) return true;
  const verb = verbOf(u);
  if (verb === undefined) return true;
  return resolveVerb(verb, optionOf(u), registry).kind === 'unknown';
}

/** `CONFIG GLOBAL SYNCHREP=YES`: the deck statement and the sub-statement coded on its card. */
function splitInline(head: Unit, schema: UtilitySchema): { head: Unit; sub: Unit; note: Diagnostic } | undefined {
  if (!head.parsed?.ok) return undefined;
  const { statement, operandOffsets } = head.parsed;
  const ops = statement.operands;
  const k = ops.findIndex(
    (o, n) => o.form === 'bare' && (schema.deck ?? []).some((s) => schemaMatches(s, o.keyword, ops[n + 1]?.keyword)),
  );
  if (k < 0) return undefined;
  const at = operandOffsets[k]!;
  return {
    head: unitOf(sliceStatement(head.ls, 0, at)),
    sub: unitOf(sliceStatement(head.ls, at)),
    note: sim.diag('SIM0412I', 'info', [ops[k]!.pos.line, ops[k]!.keyword], { card: ops[k]!.pos }),
  };
}

export function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}

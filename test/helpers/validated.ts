/**
 * Builds ValidatedStatements from statement text for utility unit tests, standing in for the
 * SLUADMIN shell's reader + grammar + schema validation. It understands the generic forms
 * (KEYWORD, KEYWORD(v,…), KEYWORD=v, KEYWORD=(v,…)), minimum abbreviations and the value types;
 * it throws on anything it cannot place, since tests give it valid statements only.
 */
import type { ParamSpec, ParamValue, SlsOperand, SlsStatement, SlsValue, UtilitySchema, ValidatedStatement } from '../../src/sluadmin/types.js';
import { canonicalRange, type VolRange } from '../../src/cds/volserRange.js';

/** Leading upper-case/digit run of a mixed-case name: its shortest abbreviation. */
const minimum = (name: string): string => /^[A-Z0-9_$#@]+/.exec(name)?.[0] ?? name;
const matches = (name: string, word: string): boolean => {
  const full = name.toUpperCase();
  return full.startsWith(word) && word.startsWith(minimum(name));
};

function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if ((c === ' ' || c === ',') && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

function parseValues(s: string): SlsValue[] {
  const inner = s.startsWith('(') && s.endsWith(')') ? s.slice(1, -1) : s;
  return splitTop(inner);
}

function operandOf(tok: string, line: number): SlsOperand {
  const pos = { file: 'SLSIN', line, column: 2 };
  const paren = /^([A-Z@#$][A-Z0-9@#$_]*)\((.*)\)$/.exec(tok);
  if (paren) return { keyword: paren[1]!, values: parseValues(`(${paren[2]!})`), form: 'paren', pos };
  const eq = /^([A-Z@#$][A-Z0-9@#$_]*)=(.*)$/.exec(tok);
  if (eq) return { keyword: eq[1]!, values: parseValues(eq[2]!), form: 'equals', pos };
  return { keyword: tok, form: 'bare', pos };
}

function volRange(text: string): VolRange {
  const [a, b] = text.split('-');
  const r = canonicalRange(a!, b ?? a!);
  if ('error' in r) throw new Error(r.error);
  return { ...r, text };
}

function convert(p: ParamSpec, values: SlsValue[] | undefined): ParamValue {
  const flat = (values ?? []).map((v) => (typeof v === 'string' ? v : v.join(',')));
  switch (p.type) {
    case 'flag':
      return true;
    case 'int': {
      const n = Number(flat[0]);
      if (!Number.isInteger(n) || (p.min !== undefined && n < p.min) || (p.max !== undefined && n > p.max)) throw new Error(`${p.name}: ${flat[0]} out of range`);
      return n;
    }
    case 'enum': {
      const v = flat[0] ?? '';
      const hit = (p.values ?? []).find((x) => matches(x, v));
      if (!hit) throw new Error(`${p.name}: ${v} not one of ${p.values?.join(',')}`);
      return hit.toUpperCase();
    }
    case 'nameList':
      return flat;
    case 'volList':
      return flat.map(volRange);
    default:
      return flat[0] ?? '';
  }
}

/** Validates one statement against a schema (the verb must be the schema's). */
export function validated(schema: UtilitySchema, text: string, line = 1, deck: ValidatedStatement[] = []): ValidatedStatement {
  const toks = splitTop(text.trim().toUpperCase());
  const verbWords = schema.verb.split(' ').length;
  const verb = toks.slice(0, verbWords).join(' ');
  const operands = toks.slice(verbWords).map((t) => operandOf(t, line));
  const statement: SlsStatement = { verb, operands, text, pos: { file: 'SLSIN', line, column: 2 }, cards: [{ file: 'SLSIN', line, column: 1 }] };
  const values = new Map<string, ParamValue>();
  for (const op of operands) {
    const p = schema.params.find((x) => matches(x.name, op.keyword) || (x.aliases ?? []).some((a) => matches(a, op.keyword)));
    if (!p) throw new Error(`${schema.verb}: unknown keyword ${op.keyword}`);
    values.set(p.name.toUpperCase(), convert(p, op.values));
  }
  for (const p of schema.params) if (p.default !== undefined && !values.has(p.name.toUpperCase())) values.set(p.name.toUpperCase(), p.default as ParamValue);
  return { schema, statement, values, deck };
}

/** A deck utility statement (CONFIG) with its sub-statements, one per line after it. */
export function validatedDeck(schema: UtilitySchema, text: string, deckLines: string[]): ValidatedStatement {
  const deck = deckLines.map((l, i) => {
    const word = l.trim().split(/[ (=]/)[0]!.toUpperCase();
    const sub = (schema.deck ?? []).find((d) => matches(d.verb, word));
    if (!sub) throw new Error(`no deck statement ${word}`);
    return validated(sub, l, i + 2);
  });
  return validated(schema, text, 1, deck);
}

/** Statements of a parameter data set (SLSPARM, MGMTDEF), each against the schema its verb names. */
export function validatedList(schemas: UtilitySchema[], lines: string[]): ValidatedStatement[] {
  return lines.map((l, i) => {
    const word = l.trim().split(/[ (=]/)[0]!.toUpperCase();
    const sub = schemas.find((d) => matches(d.verb, word));
    if (!sub) throw new Error(`no schema for ${word}`);
    return validated(sub, l, i + 1);
  });
}

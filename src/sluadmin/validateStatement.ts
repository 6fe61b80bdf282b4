/**
 * Schema validation: a parsed statement and its utility's parameter schema (data) → the typed
 * values the utility runs with, or the SLS000xI messages a real parser gives.
 *
 *  - keyword the command does not know (or shorter than its minimum abbreviation,
 *    or ambiguous, or coded twice)                         → SLS0005I Parameter error on KW
 *  - value given to a keyword that takes none               → SLS0003I
 *  - value missing, or not readable as the keyword's type   → SLS0002I (the manual: "no value was
 *    specified … or the parser could not correctly interpret the value(s)")
 *  - two parameters of an `exclusive` (or `oneOf`) group    → SLS0004I
 *  - required parameter, or every one of a `oneOf` group, missing → SLS0002I
 * Each refused value also gets a SIM0316I detail line saying why. Every error makes the function's
 * condition code 8; all errors of a statement are reported.
 */
import { isVolser, type VolRange } from '../cds/volserRange.js';
import type { CardPos, Diagnostic } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';
import { matchesName } from './matchName.js';
import { sls } from './messages.js';
import type { ParamSpec, ParamValue, SlsOperand, SlsStatement, SlsValue, UtilitySchema, ValidatedStatement } from './types.js';
import { isVolRangeError, parseVolRange } from './parseVolRange.js';

export type Validation = { ok: true; statement: ValidatedStatement } | { ok: false; errors: Diagnostic[] };

const NAME = /^[A-Z0-9@#$_-]+$/;
const HEX = /^[0-9A-F]+$/;
const INT = /^[0-9]+$/;
const DDNAME = /^[A-Z@#$][A-Z0-9@#$]{0,7}$/;
const QUALIFIER = '[A-Z@#$][A-Z0-9@#$-]{0,7}';
const DSN = new RegExp(`^${QUALIFIER}(\\.${QUALIFIER})*(\\(${'[A-Z@#$][A-Z0-9@#$]{0,7}'}\\))?$`);

/** The command name messages use: the verb in full, upper case (`SCRATCH`, `SET VOLPARM`). */
export function commandName(schema: UtilitySchema): string {
  return schema.verb.toUpperCase();
}

/** The parameter a coded keyword names: an exact spelling first, else the one abbreviation that fits. */
export function findParam(schema: UtilitySchema, keyword: string): ParamSpec | 'ambiguous' | undefined {
  const spellings = (p: ParamSpec): string[] => [p.name, ...(p.aliases ?? [])];
  const exact = schema.params.find((p) => spellings(p).some((n) => n.toUpperCase() === keyword));
  if (exact) return exact;
  const fits = schema.params.filter((p) => spellings(p).some((n) => matchesName(keyword, n)));
  if (fits.length > 1) return 'ambiguous';
  return fits[0];
}

export function validateStatement(stmt: SlsStatement, schema: UtilitySchema): Validation {
  const cmd = commandName(schema);
  const errors: Diagnostic[] = [];
  /** An SLS000xI message, and a SIM0316I line saying what was refused and why. */
  const err = (id: 'SLS0002I' | 'SLS0003I' | 'SLS0004I' | 'SLS0005I', inserts: string[], card: CardPos, detail?: Detail): void => {
    errors.push(sls.diag(id, 'error', inserts, { card }));
    if (detail) errors.push(sim.diag('SIM0316I', 'info', [detail.what, detail.why], { card }));
  };

  let operands = stmt.operands;
  const words = schema.verb.split(/\s+/);
  if (words.length > 1) {
    // SET VOLPARM …: the option word is the first operand; coded with a value (SET HOSTID(X)) it
    // is also one of the schema's parameters and is validated as such below.
    const first = operands[0];
    if (!first || !matchesName(first.keyword, words[1]!)) {
      err('SLS0005I', [first?.keyword ?? words[1]!.toUpperCase(), cmd], first?.pos ?? stmt.pos);
      return { ok: false, errors };
    }
    if (first.form === 'bare') operands = operands.slice(1);
  }

  const values = new Map<string, ParamValue>();
  const coded = new Map<string, SlsOperand>();
  for (const o of operands) {
    const p = findParam(schema, o.keyword);
    if (p === undefined || p === 'ambiguous') {
      err('SLS0005I', [o.keyword, cmd], o.pos, p === 'ambiguous' ? { what: o.keyword, why: 'AMBIGUOUS ABBREVIATION' } : undefined);
      continue;
    }
    const key = p.name.toUpperCase();
    if (coded.has(key)) {
      err('SLS0005I', [o.keyword, cmd], o.pos, { what: key, why: 'CODED MORE THAN ONCE' });
      continue;
    }
    coded.set(key, o);
    const r = convert(p, o);
    if ('id' in r) {
      err(r.id, [key, cmd], o.pos, r.why === undefined ? undefined : { what: r.what ?? key, why: r.why });
      continue;
    }
    values.set(key, r.value);
  }

  // Mutually exclusive groups (and at most one of a oneOf group).
  const reported = new Set<string>();
  for (const group of [...(schema.exclusive ?? []), ...(schema.oneOf ?? [])]) {
    const present = group.map((n) => n.toUpperCase()).filter((n) => coded.has(n));
    if (present.length >= 2) {
      const pair = `${present[0]}\u0000${present[1]}`;
      if (reported.has(pair)) continue;
      reported.add(pair);
      err('SLS0004I', [present[0]!, present[1]!, cmd], coded.get(present[1]!)!.pos);
    }
  }
  for (const group of schema.oneOf ?? []) {
    const names = group.map((n) => n.toUpperCase());
    if (!names.some((n) => coded.has(n))) {
      err('SLS0002I', [names.join('|'), cmd], stmt.pos, { what: names.join('|'), why: 'ONE OF THESE MUST BE CODED' });
    }
  }
  for (const p of schema.params) {
    const key = p.name.toUpperCase();
    if (p.required && !coded.has(key)) err('SLS0002I', [key, cmd], stmt.pos, { what: key, why: 'REQUIRED' });
  }

  if (errors.length > 0) return { ok: false, errors };

  for (const p of schema.params) {
    const key = p.name.toUpperCase();
    if (values.has(key) || p.default === undefined || p.default === false) continue;
    values.set(key, p.default);
  }
  return { ok: true, statement: { schema, statement: stmt, values, deck: [] } };
}

interface Detail {
  what: string;
  why: string;
}

type Converted = { value: ParamValue } | { id: 'SLS0002I' | 'SLS0003I'; why?: string; what?: string };

function convert(p: ParamSpec, o: SlsOperand): Converted {
  if (p.type === 'flag') {
    return o.values === undefined ? { value: true } : { id: 'SLS0003I' };
  }
  const vs = o.values ?? [];
  if (vs.length === 0) return { id: 'SLS0002I' };
  const bad = (value: SlsValue, why: string): Converted => ({ id: 'SLS0002I', why, what: `VALUE ${show(value)} OF ${p.name.toUpperCase()}` });

  if (p.type === 'nameList' || p.type === 'volList') {
    if (p.maxItems !== undefined && vs.length > p.maxItems) return { id: 'SLS0002I', why: `AT MOST ${p.maxItems} VALUES ALLOWED, ${vs.length} CODED` };
    if (p.type === 'nameList') {
      const names: string[] = [];
      for (const v of vs) {
        const why = typeof v === 'string' ? nameProblem(v, p) : 'A LIST IS NOT ALLOWED HERE';
        if (why) return bad(v, why);
        names.push(v as string);
      }
      return { value: names };
    }
    const ranges: VolRange[] = [];
    for (const v of vs) {
      if (typeof v !== 'string') return bad(v, 'A LIST IS NOT ALLOWED HERE');
      const r = parseVolRange(v);
      if (isVolRangeError(r)) return bad(v, r.error);
      ranges.push(r);
    }
    return { value: ranges };
  }

  if (vs.length > 1) return { id: 'SLS0002I', why: 'ONLY ONE VALUE ALLOWED' };
  const v = vs[0]!;
  if (typeof v !== 'string') return bad(v, 'A LIST IS NOT ALLOWED HERE');
  switch (p.type) {
    case 'name': {
      const why = nameProblem(v, p);
      return why ? bad(v, why) : { value: v };
    }
    case 'volser':
      return isVolser(v) ? { value: v } : bad(v, 'NOT A VOLSER');
    case 'int': {
      if (!INT.test(v)) return bad(v, 'NOT A NUMBER');
      const n = Number(v);
      if (p.min !== undefined && n < p.min) return bad(v, `LOWER THAN ${p.min}`);
      if (p.max !== undefined && n > p.max) return bad(v, `HIGHER THAN ${p.max}`);
      return { value: n };
    }
    case 'enum': {
      const allowed = p.values ?? [];
      const hit = allowed.find((a) => a.toUpperCase() === v) ?? allowed.find((a) => matchesName(v, a));
      return hit ? { value: hit.toUpperCase() } : bad(v, `NOT ONE OF ${allowed.map((a) => a.toUpperCase()).join(', ')}`);
    }
    case 'hex': {
      if (!HEX.test(v)) return bad(v, 'NOT HEXADECIMAL');
      const why = lengthProblem(v, p);
      return why ? bad(v, why) : { value: v };
    }
    case 'string': {
      const why = lengthProblem(v, p);
      return why ? bad(v, why) : { value: v };
    }
    case 'ddname':
      return DDNAME.test(v) ? { value: v } : bad(v, 'NOT A DD NAME');
    case 'dsn':
      return DSN.test(v) && v.replace(/\(.*\)$/, '').length <= 44 ? { value: v } : bad(v, 'NOT A DATA SET NAME');
  }
}

function nameProblem(v: string, p: ParamSpec): string | undefined {
  if (!NAME.test(v)) return 'NOT A NAME';
  return lengthProblem(v, p);
}

function lengthProblem(v: string, p: ParamSpec): string | undefined {
  if (p.min !== undefined && v.length < p.min) return `SHORTER THAN ${p.min} CHARACTERS`;
  if (p.max !== undefined && v.length > p.max) return `LONGER THAN ${p.max} CHARACTERS`;
  return undefined;
}

function show(v: SlsValue): string {
  return typeof v === 'string' ? v : `(${v.map(show).join(',')})`;
}

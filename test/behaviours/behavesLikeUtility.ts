/**
 * The behaviours every SLUADMIN utility shares, as one suite each utility's test file calls:
 *
 *   import test from 'ava';
 *   import { behavesLikeUtility } from '../../behaviours/behavesLikeUtility.js';
 *   behavesLikeUtility(test, 'EXPort', { valid: 'EXPORT MGMT(PAY) MANIFEST(MOVE1)', prepareCds: loadDemo, extraDds: … });
 *
 * From the utility's schema (data) and one statement it accepts, the suite derives the refusals
 * a real parser gives and checks each one: the message, condition code 8 (12 for a verb that is
 * not one), SLS0155I, and a CDS whose every table is unchanged. Tests that do not apply to the
 * schema (no exclusive group, no flag …) are not registered.
 */
import type { TestFn } from 'ava';
import type { Cds } from '../../src/cds/Cds.js';
import type { AllocatedDd } from '../../src/program/contract.js';
import { matchesName, minimumAbbreviation } from '../../src/sluadmin/matchName.js';
import { parseStatement } from '../../src/sluadmin/parseStatement.js';
import { readStatements } from '../../src/sluadmin/readStatements.js';
import type { ParamSpec, Utility, UtilitySchema } from '../../src/sluadmin/types.js';
import { findParam } from '../../src/sluadmin/validateStatement.js';
import { utilities } from '../../src/utilities/index.js';
import { conditionCodes, dumpTables, messageIds, runSlsin, tempCds, type HarnessResult } from './sluadminHarness.js';

export interface UtilityBehaviourOptions {
  /**
   * A statement the utility accepts, verb first (`SCRATCH VOL(A00000-A00009)`); for a deck
   * utility, the deck: the utility's statement then its deck statements. Long statements are
   * continued onto more cards by the suite.
   */
  valid: string | string[];
  /** The utilities SLUADMIN dispatches to; default the product registry. */
  registry?: readonly Utility[];
  /** Fills the CDS before each run (each run gets a fresh one, passed as SLSCNTL). */
  prepareCds?: (cds: Cds) => void;
  /** More DDs for the step (a MANIFEST, an SLSPARM …), given the run's temporary directory. */
  extraDds?: (dir: string) => AllocatedDd[];
  /** Operands the suite codes for a parameter, by its name in upper case (`{ MGMTCLAS: 'MGMT(PAY)' }`). */
  samples?: Record<string, string>;
  /** HSC/VTCS active on the simulated system (default true). */
  hscActive?: boolean;
  parm?: string;
}

/** Ids that mean "not run as this utility". */
const REFUSALS = ['SLS0001I', 'SLS0005I', 'SIM0307I'];
const PARSER_ERRORS = /^(SLS000[1-6]I|SLS0241I|SIM0315E)$/;

export function behavesLikeUtility(test: TestFn, verb: string, opts: UtilityBehaviourOptions): void {
  const registry = opts.registry ?? utilities;
  const utility = registry.find((u) => u.schema.verb.toUpperCase() === verb.toUpperCase());
  const title = (what: string): string => `${verb} behaves like a utility: ${what}`;
  if (!utility) {
    test(title('is in the registry'), (t) => {
      t.fail(`no utility with verb ${verb} in the registry (${registry.map((u) => u.schema.verb).join(', ')})`);
    });
    return;
  }
  const schema = utility.schema;
  const statements = Array.isArray(opts.valid) ? opts.valid : [opts.valid];
  const head = analyse(statements[0]!, schema);
  const rest = statements.slice(1);

  /** Runs a deck whose head statement is replaced by `headText`, on a fresh CDS. */
  const runWith = (headText: string): { r: HarnessResult; before: unknown; after: unknown } => {
    const c = tempCds(opts.prepareCds);
    try {
      const before = dumpTables(c.path);
      const r = runSlsin({
        registry,
        slsin: [headText, ...rest].flatMap(toCards),
        slscntl: c.path,
        extraDds: opts.extraDds?.(c.dir) ?? [],
        system: { hscActive: opts.hscActive ?? true },
        parm: opts.parm ?? 'MIXED',
      });
      return { r, before, after: dumpTables(c.path) };
    } finally {
      c.cleanup();
    }
  };
  /** A refused statement: the message, code 8, SLS0155I, every CDS table unchanged. */
  const refused = (name: string, headText: string, id: string, code = 8): void => {
    test(title(name), (t) => {
      const { r, before, after } = runWith(headText);
      t.true(messageIds(r.lines).includes(id), `${id} expected for: ${headText}\n${r.text}`);
      t.deepEqual(conditionCodes(r.lines), [code], r.text);
      t.is(r.rc, code);
      t.false(r.text.includes('SIM0315E'), r.text);
      t.deepEqual(after, before, 'the CDS changed');
    });
  };

  test(title('accepts its valid statement and ends with SLS0155I'), (t) => {
    const { r } = runWith(statements[0]!);
    const ids = messageIds(r.lines);
    t.deepEqual(ids.filter((id) => PARSER_ERRORS.test(id)), [], r.text);
    t.is(conditionCodes(r.lines).length, 1, r.text);
    t.true(r.lines.some((l, i) => r.lines[i - 1]?.startsWith('SLUADMIN') && l.includes(schema.title)), `no section titled ${schema.title}`);
  });

  refused('an unknown keyword is SLS0005I, code 8, CDS unchanged', `${statements[0]} ZZBOGUS(1)`, 'SLS0005I');

  // The verb (or, for SET xxx, the option) by its minimum abbreviation, and one character shorter.
  const words = schema.verb.trim().split(/\s+/);
  const wordAt = words.length - 1;
  const min = minimumAbbreviation(words[wordAt]!);
  const recode = (word: string): string => [...words.slice(0, wordAt).map((w) => w.toUpperCase()), word, ...head.tail].join(' ');
  test(title(`accepts its minimum abbreviation ${min}`), (t) => {
    const { r } = runWith(recode(min));
    t.deepEqual(messageIds(r.lines).filter((id) => REFUSALS.includes(id) || id === 'SLS0241I'), [], r.text);
    t.true(r.lines.some((l) => l.includes(schema.title)), r.text);
  });
  const shorter = min.slice(0, -1);
  const aliasTakesShorter = (schema.aliases ?? []).some((a) => matchesName(shorter, a.trim().split(/\s+/)[wordAt] ?? ''));
  if (shorter.length > 0 && !aliasTakesShorter) {
    test(title(`refuses ${shorter}, shorter than its minimum abbreviation`), (t) => {
      const { r, before, after } = runWith(recode(shorter));
      t.true(messageIds(r.lines).some((id) => REFUSALS.includes(id)), r.text);
      t.false(r.lines.some((l, i) => r.lines[i - 1]?.startsWith('SLUADMIN') && l.includes(schema.title)), r.text);
      t.deepEqual(after, before);
    });
  }

  // Mutually exclusive parameters.
  const group = [...(schema.exclusive ?? []), ...(schema.oneOf ?? [])].find((g) => g.length >= 2);
  if (group) {
    const [a, b] = [param(schema, group[0]!), param(schema, group[1]!)];
    const others = head.without(group.map((n) => n.toUpperCase()));
    refused(`${a.name.toUpperCase()} with ${b.name.toUpperCase()} is SLS0004I`, head.build([...others, sample(a, opts), sample(b, opts)]), 'SLS0004I');
  }

  // A required parameter (or a whole oneOf group) missing.
  const option = words.length > 1 ? words[1]!.toUpperCase() : undefined;
  const required = schema.params.find((p) => p.required && p.name.toUpperCase() !== option);
  const missing = required ? [required.name.toUpperCase()] : schema.oneOf?.[0]?.map((n) => n.toUpperCase());
  if (missing) {
    refused(`without ${missing.join('|')} is SLS0002I`, head.build(head.without(missing)), 'SLS0002I');
  }

  // A flag given a value; a keyword that needs a value coded without one.
  const flag = schema.params.find((p) => p.type === 'flag');
  if (flag) {
    const name = flag.name.toUpperCase();
    refused(`${name} with a value is SLS0003I`, head.build([...head.without([name]), `${name}(X)`]), 'SLS0003I');
  }
  const valued = schema.params.find((p) => p.type !== 'flag' && p.name.toUpperCase() !== option);
  if (valued) {
    const name = valued.name.toUpperCase();
    refused(`${name} without a value is SLS0002I`, head.build([...head.without([name]), name]), 'SLS0002I');
  }
}

/** The valid statement's operands, classified by the parameter they code. */
function analyse(text: string, schema: UtilitySchema) {
  const ls = readStatements(toCards(text), 'VALID').statements[0];
  const p = ls ? parseStatement(ls) : undefined;
  if (!p?.ok) throw new Error(`behavesLikeUtility: the valid statement does not parse: ${text}`);
  const words = schema.verb.trim().split(/\s+/);
  // For SET xxx the option word stays in front of the operands.
  const skip = words.length > 1 && p.statement.operands[0]?.form === 'bare' ? 1 : 0;
  const lead = [p.statement.verb, ...p.operandTexts.slice(0, skip)];
  const operands = p.statement.operands.slice(skip).map((o, i) => {
    const spec = findParam(schema, o.keyword);
    return { text: p.operandTexts[i + skip]!, name: typeof spec === 'object' ? spec.name.toUpperCase() : o.keyword };
  });
  return {
    /** The operands after the verb (and the SET option). */
    tail: p.operandTexts.slice(skip),
    without: (names: string[]): string[] => operands.filter((o) => !names.includes(o.name)).map((o) => o.text),
    build: (ops: string[]): string => [...lead, ...ops].join(' '),
  };
}

function param(schema: UtilitySchema, name: string): ParamSpec {
  const p = schema.params.find((x) => x.name.toUpperCase() === name.toUpperCase());
  if (!p) throw new Error(`behavesLikeUtility: ${schema.verb} names ${name} in a group but has no such parameter`);
  return p;
}

/** An operand that codes the parameter with a value of its type. */
function sample(p: ParamSpec, opts: UtilityBehaviourOptions): string {
  const name = p.name.toUpperCase();
  const given = opts.samples?.[name];
  if (given) return given;
  const len = (n: number): number => Math.min(Math.max(n, p.min ?? 1), p.max ?? n);
  switch (p.type) {
    case 'flag':
      return name;
    case 'name':
    case 'nameList':
      return `${name}(${'ZZZZZZZZ'.slice(0, len(2))})`;
    case 'volser':
      return `${name}(ZZ0000)`;
    case 'volList':
      return `${name}(ZZ0000-ZZ0009)`;
    case 'int':
      return `${name}(${p.min ?? 1})`;
    case 'enum':
      return `${name}(${(p.values?.[0] ?? 'X').toUpperCase()})`;
    case 'hex':
      return `${name}(${'00000000'.slice(0, len(2))})`;
    case 'string':
      return `${name}('${'ZZZZZZZZ'.slice(0, len(2))}')`;
    case 'ddname':
      return `${name}(ZZDD)`;
    case 'dsn':
      return `${name}(ZZ.DSN)`;
  }
}

/** A statement on cards of at most 72 columns, text from column 2, continued with ' -'. */
export function toCards(text: string): string[] {
  const out: string[] = [];
  let card = '';
  for (const word of text.split(' ').filter((w) => w !== '')) {
    if (card.length > 0 && card.length + word.length + 3 > 71) {
      out.push(`${card} -`);
      card = '';
    }
    card += ` ${word}`;
  }
  return [...out, card];
}

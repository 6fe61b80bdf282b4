/**
 * Which utility a statement's verb names, by minimum abbreviation. `SET` dispatches on its first
 * operand (`SET VOLPARM`, `SET VAULT` …): a schema whose verb has two words matches the verb and
 * that operand.
 */
import { ELS_SET_OPTIONS, ELS_UTILITY_VERBS } from './elsVerbs.js';
import { matchesName } from './matchName.js';
import type { Utility, UtilitySchema } from './types.js';

export type Resolution =
  | { kind: 'utility'; utility: Utility }
  /** A verb with options (SET) whose option is missing or unknown. */
  | { kind: 'badOption'; verb: string; option?: string }
  /** A real ELS function elsim does not emulate (`AUDIT`, `SET VAULT` when not registered). */
  | { kind: 'notEmulated'; name: string }
  | { kind: 'unknown' };

/** The spellings a schema answers to: its verb and aliases, split into words. */
function spellings(schema: UtilitySchema): string[][] {
  return [schema.verb, ...(schema.aliases ?? [])].map((v) => v.trim().split(/\s+/));
}

/** True when the coded verb (and first operand, for two-word verbs) names the schema. */
export function schemaMatches(schema: UtilitySchema, verb: string, option: string | undefined): boolean {
  return spellings(schema).some(([w1, w2]) => matchesName(verb, w1!) && (w2 === undefined || (option !== undefined && matchesName(option, w2))));
}

/** Answers already given, per registry: a deck names the same verb on every statement. */
const answered = new WeakMap<readonly Utility[], Map<string, Resolution>>();

export function resolveVerb(verb: string, option: string | undefined, registry: readonly Utility[]): Resolution {
  let known = answered.get(registry);
  if (!known) answered.set(registry, (known = new Map()));
  const key = option === undefined ? verb : `${verb} ${option}`;
  let r = known.get(key);
  if (!r) known.set(key, (r = resolve(verb, option, registry)));
  return r;
}

function resolve(verb: string, option: string | undefined, registry: readonly Utility[]): Resolution {
  const byVerb = registry.filter((u) => spellings(u.schema).some(([w1]) => matchesName(verb, w1!)));
  if (byVerb.length === 0) {
    const known = ELS_UTILITY_VERBS.find((v) => matchesName(verb, v));
    if (!known) return { kind: 'unknown' };
    if (known === 'SET') return setOption(option);
    return { kind: 'notEmulated', name: known.toUpperCase() };
  }
  const exact = (u: Utility): boolean =>
    spellings(u.schema).some(([w1, w2]) => w1!.toUpperCase() === verb && (w2 === undefined || w2.toUpperCase() === option));
  const fits = byVerb.filter((u) => schemaMatches(u.schema, verb, option));
  const chosen = fits.find(exact) ?? (fits.length === 1 ? fits[0] : undefined);
  if (chosen) return { kind: 'utility', utility: chosen };
  if (fits.length > 1) return { kind: 'unknown' };
  // The verb is known but takes an option that did not match any registered one.
  const word = spellings(byVerb[0]!.schema)[0]![0]!.toUpperCase();
  if (word === 'SET') return setOption(option);
  return { kind: 'badOption', verb: word, ...(option !== undefined ? { option } : {}) };
}

function setOption(option: string | undefined): Resolution {
  const known = option === undefined ? undefined : ELS_SET_OPTIONS.find((o) => matchesName(option, o));
  if (known) return { kind: 'notEmulated', name: `SET ${known.toUpperCase()}` };
  return { kind: 'badOption', verb: 'SET', ...(option !== undefined ? { option } : {}) };
}

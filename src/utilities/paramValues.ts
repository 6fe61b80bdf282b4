/**
 * Typed access to a ValidatedStatement's values (keyed by ParamSpec.name upper-cased). The shell
 * has already checked types and ranges against the schema; these only narrow the TypeScript type.
 */
import type { VolRange } from '../cds/volserRange.js';
import type { ParamValue, ValidatedStatement } from '../sluadmin/types.js';

type Values = ValidatedStatement['values'];

function get(values: Values, key: string): ParamValue | undefined {
  return values.get(key.toUpperCase());
}

export function has(values: Values, key: string): boolean {
  return values.has(key.toUpperCase());
}

export function flag(values: Values, key: string): boolean {
  const v = get(values, key);
  return v === true || v === 'YES';
}

export function text(values: Values, key: string): string | undefined {
  const v = get(values, key);
  if (v === undefined || v === true) return undefined;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v.toUpperCase();
  const first = v[0];
  return typeof first === 'string' ? first.toUpperCase() : undefined;
}

export function int(values: Values, key: string): number | undefined {
  const v = get(values, key);
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return undefined;
}

export function names(values: Values, key: string): string[] {
  const v = get(values, key);
  if (v === undefined || v === true) return [];
  if (typeof v === 'number') return [String(v)];
  if (typeof v === 'string') return [v.toUpperCase()];
  return (v as (string | VolRange)[]).map((x) => (typeof x === 'string' ? x.toUpperCase() : x.text.toUpperCase()));
}

export function volRanges(values: Values, key: string): VolRange[] {
  const v = get(values, key);
  if (!Array.isArray(v)) return [];
  return (v as (string | VolRange)[]).filter((x): x is VolRange => typeof x === 'object');
}

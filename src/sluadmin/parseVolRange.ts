/**
 * A volser range as coded on a control statement (`AB0100-AB0199`, or a single volser), read
 * into the CDS's canonical form (VolRange in src/cds/volserRange.ts: the rightmost run of digits
 * the two ends share in position; both ends volsers of the same length that differ only in that
 * run; low not above high), so a range the shell accepts is stored and compared the same way.
 * What is added here is the shell's: the coded text and the refusal reasons for SIM0316I.
 */
import { canonicalRange, isVolser, type VolRange } from '../cds/volserRange.js';

/** Why a coded range is not one (for the SIM0316I detail line). */
export interface VolRangeError {
  error: string;
}

/** Parses `LOW-HIGH` or a single volser, as coded (case is folded). */
export function parseVolRange(coded: string): VolRange | VolRangeError {
  const text = coded.trim().toUpperCase();
  const parts = text.split('-');
  if (parts.length > 2) return { error: 'NOT A VOLSER OR VOLSER RANGE' };
  const low = parts[0]!;
  const high = parts[1] ?? low;
  for (const end of [low, high]) if (!isVolser(end)) return { error: `${end || '(NOTHING)'} IS NOT A VOLSER` };
  const r = canonicalRange(low, high);
  if ('error' in r) return { error: r.error.toUpperCase() };
  return { ...r, text };
}

export function isVolRangeError(r: VolRange | VolRangeError): r is VolRangeError {
  return 'error' in r;
}

/**
 * Minimum abbreviations as the ELS manuals write them: a name in mixed case whose upper-case
 * beginning is the shortest accepted form (`SCRAtch` accepts SCRA, SCRAT … SCRATCH; `VOLser`
 * accepts VOL … VOLSER). A name written all in upper case must be coded in full.
 */

/** The shortest accepted form: the leading run of characters that are not lower-case letters. */
export function minimumAbbreviation(name: string): string {
  const m = /^[^a-z]*/.exec(name);
  return m ? m[0] : '';
}

/** True when `coded` (already upper case) is an accepted abbreviation of `name` (mixed case). */
export function matchesName(coded: string, name: string): boolean {
  const full = name.toUpperCase();
  const min = minimumAbbreviation(name);
  return coded.length >= Math.max(1, min.length) && coded.length <= full.length && full.startsWith(coded);
}

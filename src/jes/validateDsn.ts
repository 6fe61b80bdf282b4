/**
 * Data set and member name rules, checked before a name ever becomes a path. A name that passes
 * cannot leave the catalog directory: it contains only A-Z 0-9 @ # $ - and single dots, never
 * `/`, `\`, `..`, a leading dot or an empty qualifier.
 */

export type NameCheck = { ok: true } | { ok: false; reason: string };

const FIRST = /^[A-Z@#$]$/;
const REST = /^[A-Z0-9@#$-]*$/;

/** One 1-8 character name: a qualifier or a member name. */
export function validateName(name: string, what = 'NAME'): NameCheck {
  if (name.length === 0) return { ok: false, reason: `${what} IS EMPTY` };
  if (name.length > 8) return { ok: false, reason: `${what} ${name} IS LONGER THAN 8 CHARACTERS` };
  if (!FIRST.test(name[0] ?? '')) return { ok: false, reason: `${what} ${name} MUST BEGIN WITH A-Z, @, # OR $` };
  if (!REST.test(name.slice(1))) return { ok: false, reason: `${what} ${name} MAY ONLY CONTAIN A-Z, 0-9, @, #, $ AND -` };
  return { ok: true };
}

/** A data set name without member or generation: 1-44 characters, qualifiers of 1-8. Upper case only. */
export function validateDsn(dsn: string): NameCheck {
  if (dsn.length === 0) return { ok: false, reason: 'DATA SET NAME IS EMPTY' };
  if (dsn.length > 44) return { ok: false, reason: `DATA SET NAME IS ${dsn.length} CHARACTERS, MORE THAN 44` };
  for (const q of dsn.split('.')) {
    const r = validateName(q, 'QUALIFIER');
    if (!r.ok) return r;
  }
  return { ok: true };
}

/** A PDS member name: 1-8 characters, same rules as a qualifier. */
export function validateMember(member: string): NameCheck {
  return validateName(member, 'MEMBER NAME');
}

/** `BASE.G0001V00` → {base, generation: 1}; undefined when the last qualifier is not GnnnnVnn. */
export function parseGenerationName(dsn: string): { base: string; generation: number } | undefined {
  const m = /^(.+)\.G(\d{4})V(\d{2})$/.exec(dsn);
  return m ? { base: m[1]!, generation: Number(m[2]) } : undefined;
}

/** The absolute name of a generation: `BASE.G0007V00`. */
export function generationName(base: string, generation: number): string {
  return `${base}.G${String(generation).padStart(4, '0')}V00`;
}

/**
 * JCL symbol substitution on one operand field: `&SYM`, `&SYM.` (the period ends the name and
 * disappears), `&&` (a temporary data set name, never a symbol). Inside apostrophes symbols are
 * replaced only on PARM, ACCT, AMP, PATH and SUBSYS and only when defined; elsewhere an
 * undefined symbol is left as coded.
 */

/**
 * The longest operand field substitution may produce. z/OS builds each statement's
 * converter/interpreter text in an 8192-byte buffer (z/OS MVS Installation Exits, "C/I text
 * strings"); the exact limit the converter applies after substitution is not documented, so
 * elsim stops at that size (SIM0121E) instead of building ever longer strings.
 */
export const MAX_SUBSTITUTED_FIELD = 8192;

export interface SubstResult {
  text: string;
  /** True when the substituted text would pass `limit`: `text` then stops there. */
  overflow?: boolean;
  /** For each character of `text`, the offset in the input it came from. */
  map: number[];
  changed: boolean;
  /** Names of symbols referenced (defined or not). */
  used: Set<string>;
}

const QUOTED_OK = new Set(['PARM', 'ACCT', 'AMP', 'PATH', 'SUBSYS']);

function isNameFirst(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'A' && c <= 'Z') || c === '@' || c === '#' || c === '$');
}
function isNameChar(c: string | undefined): boolean {
  return isNameFirst(c) || (c !== undefined && c >= '0' && c <= '9');
}

/** Reads the symbol name at `i` (just after `&`); returns its end. */
function nameEnd(s: string, i: number): number {
  let j = i;
  if (!isNameFirst(s[j])) return i;
  while (j < s.length && j - i < 8 && isNameChar(s[j])) j++;
  return j;
}

export function substituteSymbols(input: string, symbols: ReadonlyMap<string, string>, limit = MAX_SUBSTITUTED_FIELD): SubstResult {
  const used = new Set<string>();
  if (!input.includes('&')) return { text: input, map: [...input].map((_c, i) => i), changed: false, used };
  let out = '';
  const map: number[] = [];
  let changed = false;
  let quote = false;
  let depth = 0;
  let paramStart = 0;
  let keyword: string | undefined;
  const emit = (s: string, from: number): void => {
    for (let k = 0; k < s.length; k++) {
      out += s[k];
      map.push(from);
    }
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (ch === "'") {
      quote = !quote;
      emit(ch, i);
      continue;
    }
    if (!quote) {
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      else if (ch === ',' && depth === 0) {
        paramStart = i + 1;
        keyword = undefined;
      } else if (ch === '=' && depth === 0 && keyword === undefined) {
        keyword = input.slice(paramStart, i).split('.')[0];
      }
    }
    if (ch !== '&') {
      emit(ch, i);
      continue;
    }
    if (input[i + 1] === '&') {
      emit('&&', i);
      i++;
      continue;
    }
    const end = nameEnd(input, i + 1);
    if (end === i + 1) {
      emit(ch, i);
      continue;
    }
    const name = input.slice(i + 1, end);
    used.add(name);
    const value = symbols.get(name);
    const allowed = value !== undefined && (!quote || (keyword !== undefined && QUOTED_OK.has(keyword)));
    if (!allowed) {
      emit(input.slice(i, end), i);
      i = end - 1;
      continue;
    }
    changed = true;
    if (out.length + value.length > limit) return { text: out, map, changed, used, overflow: true };
    emit(value, i);
    i = end - 1;
    if (input[end] === '.') i = end; // the period ends the name and is dropped
  }
  return { text: out, map, changed, used };
}

/** Cuts the text at the first blank outside apostrophes (a substituted blank ends the field). */
export function cutAtBlank(s: string): string {
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "'") q = !q;
    else if (ch === ' ' && !q) return s.slice(0, i);
  }
  return s;
}

/** Symbols in in-stream data (`DD *,SYMBOLS=…`): every `&NAME` that is defined, `&NAME.` drops the period. */
export function substituteInData(record: string, symbols: ReadonlyMap<string, string>): string {
  if (!record.includes('&')) return record;
  return record.replace(/&([A-Z@#$][A-Z0-9@#$]{0,7})(\.?)/g, (m, name: string, dot: string) => {
    const v = symbols.get(name);
    return v === undefined ? m : v + (dot ? '' : '');
  });
}

/**
 * An operator command as typed at the console, read into words: `VARY VTSS1 QUIESCED`,
 * `D CLINK VTSS(VTSS0)`, `VARY CLINK(1) VTSS(VTSS0) OFFLINE`, `CAPPREF 0 01:00:00 MANUAL`.
 * Words are separated by blanks or commas; a word may carry values in parentheses
 * (`VTSS(VTSS0)`, `DSN('HLQ.PARMLIB(SMCCMDS)')`, apostrophes keep what is inside them) or after
 * an equals sign (`VTSS=VTSS0`). Case is folded outside apostrophes. Each word keeps its column
 * (1-based) for messages. Commands are matched by their minimum abbreviations (the manuals'
 * mixed case: `Display` is D, DI, DIS …; `REPLicat` is REPL … REPLICAT), see commandTable.ts.
 */

export interface CommandWord {
  /** The word, upper case (`VTSS`, `QUIESCED`, `01:00:00`). */
  word: string;
  /** Values in parentheses or after `=`, upper case outside apostrophes (apostrophes removed). */
  values?: string[];
  /** Column (1-based) of the word in the command. */
  col: number;
}

export type ParsedCommand = { ok: true; text: string; words: CommandWord[] } | { ok: false; text: string; col: number; reason: string };

export function parseCommand(text: string): ParsedCommand {
  const src = text.replace(/\s+$/, '');
  const words: CommandWord[] = [];
  let i = 0;
  const fail = (col: number, reason: string): ParsedCommand => ({ ok: false, text: src.trim(), col, reason });
  const isSep = (c: string | undefined): boolean => c === ' ' || c === ',' || c === '\t';
  while (i < src.length) {
    while (i < src.length && isSep(src[i])) i++;
    if (i >= src.length) break;
    const col = i + 1;
    let word = '';
    while (i < src.length && !isSep(src[i]) && src[i] !== '(' && src[i] !== '=') {
      if (src[i] === "'" || src[i] === ')') return fail(i + 1, `UNEXPECTED ${src[i]}`);
      word += src[i]!.toUpperCase();
      i++;
    }
    const w: CommandWord = { word, col };
    if (src[i] === '=') {
      i++;
      let v = '';
      while (i < src.length && !isSep(src[i])) v += src[i++]!.toUpperCase();
      if (v === '') return fail(i + 1, `NO VALUE AFTER ${word}=`);
      w.values = [v];
    } else if (src[i] === '(') {
      i++;
      const values: string[] = [];
      let v = '';
      let depth = 0;
      let closed = false;
      while (i < src.length) {
        const c = src[i]!;
        if (c === "'") {
          const end = src.indexOf("'", i + 1);
          if (end < 0) return fail(i + 1, 'APOSTROPHE NOT CLOSED');
          v += src.slice(i + 1, end);
          i = end + 1;
          continue;
        }
        if (c === '(') depth++;
        if (c === ')') {
          if (depth === 0) {
            closed = true;
            i++;
            break;
          }
          depth--;
        }
        if (c === ',' && depth === 0) {
          values.push(v.trim());
          v = '';
          i++;
          continue;
        }
        v += c.toUpperCase();
        i++;
      }
      if (!closed) return fail(col, `PARENTHESIS OF ${word} NOT CLOSED`);
      values.push(v.trim());
      w.values = values.filter((x) => x !== '');
    }
    if (word === '') return fail(col, 'A VALUE WITHOUT A KEYWORD');
    words.push(w);
  }
  return { ok: true, text: src.trim(), words };
}

/**
 * The SLSIN reader: 80-column card images → logical control statements, before any grammar runs.
 *
 * Rules (ELS control statement conventions): statement text is in columns 2-72 (1-72 for
 * PARMLIB statements, `opts.parmlib`), columns 73-80
 * are ignored; `*` in column 1 makes a comment card; `/* … *\/` comments may stand anywhere (not
 * nested, and they may span cards); a statement ends with its card unless continued: a blank
 * then `-` as the last non-blank character continues it with one blank, a `+` continues it with
 * no blank (text resumes at the next card's first non-blank). Case is folded to upper outside
 * apostrophes. A statement longer than 32,767 characters is marked (the shell answers SLS0241I).
 *
 * Leniencies for decks pasted from the PDF guides, each noted with a SIM03xx message naming the
 * card: text in column 1 is read (SIM0301I), typographic quotes, dashes and no-break spaces are
 * read as `'`, `-` and a blank (SIM0303I). Text running across column 72 is noted (SIM0304I), an
 * unclosed comment is a warning (SIM0305W).
 */
import type { CardPos, Diagnostic } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';

/** Longest logical statement SLUADMIN accepts. */
export const MAX_STATEMENT_LENGTH = 32767;

/** One SLSIN record as read. */
export interface SlsCard {
  /** 1-based record number in SLSIN (the number the control card listing shows). */
  n: number;
  /** The record as read (trailing carriage return removed). */
  image: string;
  /** Column 1 of the card. */
  pos: CardPos;
}

/** A run of statement text that came from consecutive columns of one card. */
interface Segment {
  offset: number;
  line: number;
  column: number;
}

/** One logical statement: its cards joined, comments removed, case folded outside quotes. */
export interface LogicalStatement {
  text: string;
  /** Where the statement's first character is. */
  pos: CardPos;
  /** Column 1 of every card that holds part of the statement. */
  cards: CardPos[];
  /** More than MAX_STATEMENT_LENGTH characters. */
  tooLong: boolean;
  /** The card and column a character of `text` came from (a joining blank maps to the card before). */
  posAt(offset: number): CardPos;
}

export interface SlsinReading {
  cards: SlsCard[];
  statements: LogicalStatement[];
  /** Leniency notes and warnings (SIM03xx), each naming its card. */
  notes: Diagnostic[];
}

const TYPOGRAPHIC: Record<string, { as: string; what: string; reads: string }> = {
  '\u2018': { as: "'", what: 'QUOTATION MARK', reads: 'AN APOSTROPHE' },
  '\u2019': { as: "'", what: 'QUOTATION MARK', reads: 'AN APOSTROPHE' },
  '\u201C': { as: "'", what: 'QUOTATION MARK', reads: 'AN APOSTROPHE' },
  '\u201D': { as: "'", what: 'QUOTATION MARK', reads: 'AN APOSTROPHE' },
  '\u2013': { as: '-', what: 'DASH', reads: 'A HYPHEN' },
  '\u2014': { as: '-', what: 'DASH', reads: 'A HYPHEN' },
  '\u2212': { as: '-', what: 'MINUS SIGN', reads: 'A HYPHEN' },
  '\u00A0': { as: ' ', what: 'NO-BREAK SPACE', reads: 'A BLANK' },
};

/** Cards the reader may take a string at a time: printable ASCII without an apostrophe or a slash. */
const PLAIN = /^[\x20-\x26\x28-\x2E\x30-\x7E]*$/;

/** A character of statement text with the column it came from. */
interface Ch {
  c: string;
  column: number;
}

/** The statement being assembled across cards. */
interface Pending {
  text: string;
  segments: Segment[];
  cards: CardPos[];
  first: CardPos;
  inQuote: boolean;
}

export interface ReadOptions {
  /**
   * PARMLIB-style statements (POOLPARM/VOLPARM, MGMTclas/STORclas members): they may begin in
   * column 1, so column 1 is read without a note.
   */
  parmlib?: boolean;
}

export function readStatements(records: readonly string[], file: string, opts: ReadOptions = {}): SlsinReading {
  const cards: SlsCard[] = [];
  const statements: LogicalStatement[] = [];
  const notes: Diagnostic[] = [];
  const reader = slsinReader(file, opts, {
    card: (c) => cards.push(c),
    statement: (ls) => statements.push(ls),
    note: (d) => notes.push(d),
  });
  for (const r of records) reader.read(r);
  reader.end();
  return { cards, statements, notes };
}

/** What an SLSIN reader reports, as it reads: each card, each statement once complete, each note. */
export interface SlsinSink {
  card(card: SlsCard): void;
  statement(ls: LogicalStatement): void;
  note(d: Diagnostic): void;
}

export interface SlsinReader {
  /** Reads the next record. */
  read(record: string): void;
  /** The end of SLSIN: the statement being continued ends, an unclosed comment is noted (SIM0305W). */
  end(): void;
}

/**
 * The reader a card at a time, for a deck read as a stream: a statement goes to the sink with
 * the card that completes it, a note with the card it is about (SIM0305W at the end).
 */
export function slsinReader(file: string, opts: ReadOptions, sink: SlsinSink): SlsinReader {
  const statements = { push: (ls: LogicalStatement): void => sink.statement(ls) };
  const note = (d: Diagnostic): void => sink.note(d);
  let line = 0;

  let pending: Pending | undefined;
  /** How the pending statement continues: one blank ('-') or none ('+'). */
  let joiner: '-' | '+' | undefined;
  let commentFrom: CardPos | undefined;

  const finish = (): void => {
    // A card holding only a continuation mark, and nothing after it, is no statement.
    if (pending && pending.text.trim() !== '') statements.push(logical(pending));
    pending = undefined;
    joiner = undefined;
  };

  /**
   * A card with no apostrophe, no slash and nothing but printable ASCII, outside a comment and a
   * quoted string: the same reading as the character loop below, a string at a time. `text` is
   * the card from column `from` + 1, upper-cased.
   */
  const plainCard = (text: string, from: number, line: number, pos: CardPos): void => {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
    if (end === 0) return;
    let start = 0;
    while (text.charCodeAt(start) === 32) start++;
    let next: '-' | '+' | undefined;
    const last = text[end - 1];
    if (last === '+') {
      next = '+';
      end--;
    } else if (last === '-' && (end === start + 1 || ' ,('.includes(text[end - 2]!))) {
      next = '-';
      end--;
      while (end > start && text.charCodeAt(end - 1) === 32) end--;
    }
    const column = from + start + 1;
    if (!pending) {
      pending = { text: '', segments: [], cards: [], first: { file, line, column }, inQuote: false };
    } else if (joiner === '-' && pending.text.length > 0 && end > start) {
      pending.text = pending.text.replace(/ +$/, '') + ' ';
    }
    pending.cards.push(pos);
    if (end > start) {
      pending.segments.push({ offset: pending.text.length, line, column });
      pending.text += text.slice(start, end);
    }
    pending.inQuote = false;
    if (next) joiner = next;
    else finish();
  };

  /** The image of the card an unclosed comment starts on (for SIM0305W). */
  let commentImage = '';
  const read = (record: string): void => {
    const image = record.endsWith('\r') ? record.slice(0, -1) : record;
    line++;
    const pos: CardPos = { file, line, column: 1 };
    sink.card({ n: line, image, pos });

    if (!commentFrom && image.startsWith('*')) return; // comment card

    const col72 = image[71];
    const col73 = image[72];
    if (col72 !== undefined && col72 !== ' ' && col73 !== undefined && col73 !== ' ') {
      note(sim.diag('SIM0304I', 'info', [line], { card: { file, line, column: 73 }, image }));
    }

    // Column 1 is outside the statement area; read it anyway when it holds text (leniency).
    // A comment may start in column 1.
    let from = 1;
    if (!commentFrom && image.startsWith('/*')) {
      from = 0;
    } else if (opts.parmlib) {
      from = 0;
    } else if (!commentFrom && image.length > 0 && image[0] !== ' ') {
      from = 0;
      note(sim.diag('SIM0301I', 'info', [line], { card: pos, image }));
    }

    const area = image.slice(0, 72);
    if (!commentFrom && !(pending?.inQuote ?? false) && PLAIN.test(area)) {
      plainCard(area.slice(from).toUpperCase(), from, line, pos);
      return;
    }
    const chars: Ch[] = [];
    const typographic = new Set<string>();
    let inQuote = pending?.inQuote ?? false;
    for (let k = from; k < area.length; k++) {
      let c = area[k]!;
      if (commentFrom) {
        if (c === '*' && area[k + 1] === '/') {
          commentFrom = undefined;
          k++;
          chars.push({ c: ' ', column: k + 1 });
        }
        continue;
      }
      if (!inQuote && c === '/' && area[k + 1] === '*') {
        commentFrom = { file, line, column: k + 1 };
        commentImage = image;
        k++;
        continue;
      }
      const t = TYPOGRAPHIC[c];
      if (t) {
        c = t.as;
        typographic.add(`${t.what}\u0000${t.reads}`);
      }
      if (c === "'") inQuote = !inQuote;
      chars.push({ c: inQuote || c === "'" ? c : c.toUpperCase(), column: k + 1 });
    }
    for (const t of typographic) {
      const [what, reads] = t.split('\u0000') as [string, string];
      note(sim.diag('SIM0303I', 'info', [line, what, reads], { card: pos, image }));
    }

    // Blank or comment-only card: ends nothing, continues nothing.
    let end = chars.length;
    while (end > 0 && chars[end - 1]!.c === ' ') end--;
    if (end === 0) return;
    let start = 0;
    while (chars[start]!.c === ' ') start++;

    // Continuation mark: the last non-blank character.
    let next: '-' | '+' | undefined;
    const last = chars[end - 1]!.c;
    if (last === '+') {
      next = '+';
      end--;
    } else if (last === '-' && (end === start + 1 || [' ', ',', '('].includes(chars[end - 2]!.c))) {
      next = '-';
      end--;
      while (end > start && chars[end - 1]!.c === ' ') end--;
    }

    const body = chars.slice(start, end);
    if (!pending) {
      pending = { text: '', segments: [], cards: [], first: { file, line, column: body[0]?.column ?? chars[start]!.column }, inQuote: false };
    } else if (joiner === '-' && pending.text.length > 0 && body.length > 0) {
      pending.text = pending.text.replace(/ +$/, '') + ' ';
    }
    pending.cards.push(pos);
    appendChars(pending, body, line);
    pending.inQuote = inQuote;

    if (next) {
      joiner = next;
    } else {
      finish();
    }
  };
  const end = (): void => {
    finish();
    if (commentFrom) note(sim.diag('SIM0305W', 'warning', [commentFrom.line], { card: commentFrom, image: commentImage }));
  };
  return { read, end };
}

function appendChars(p: Pending, body: Ch[], line: number): void {
  let prevColumn = -1;
  for (const ch of body) {
    if (ch.column !== prevColumn + 1) p.segments.push({ offset: p.text.length, line, column: ch.column });
    p.text += ch.c;
    prevColumn = ch.column;
  }
}

function logical(p: Pending): LogicalStatement {
  const file = p.first.file;
  const segments = p.segments;
  return {
    text: p.text,
    pos: p.first,
    cards: p.cards,
    tooLong: p.text.length > MAX_STATEMENT_LENGTH,
    posAt(offset: number): CardPos {
      let lo = 0;
      let hi = segments.length - 1;
      if (hi < 0) return p.first;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (segments[mid]!.offset <= offset) lo = mid;
        else hi = mid - 1;
      }
      const s = segments[lo]!;
      return { file, line: s.line, column: s.column + Math.max(0, offset - s.offset) };
    },
  };
}

/**
 * The part of a statement from `start` to `end` (leading and trailing blanks dropped), keeping
 * positions: for splitting `CONFIG GLOBAL SYNCHREP=YES` into its statements.
 */
export function sliceStatement(ls: LogicalStatement, start: number, end = ls.text.length): LogicalStatement {
  let a = start;
  let b = end;
  while (a < b && ls.text[a] === ' ') a++;
  while (b > a && ls.text[b - 1] === ' ') b--;
  const text = ls.text.slice(a, b);
  const first = ls.posAt(a);
  const lastLine = ls.posAt(Math.max(a, b - 1)).line;
  return {
    text,
    pos: first,
    cards: ls.cards.filter((c) => c.line >= first.line && c.line <= lastLine),
    tooLong: text.length > MAX_STATEMENT_LENGTH,
    posAt: (offset) => ls.posAt(a + offset),
  };
}

/** Two statements read as one, joined by a blank (a continuation the deck forgot to mark). */
export function joinStatements(first: LogicalStatement, second: LogicalStatement): LogicalStatement {
  const text = `${first.text} ${second.text}`;
  const cut = first.text.length + 1;
  return {
    text,
    pos: first.pos,
    cards: [...first.cards, ...second.cards],
    tooLong: text.length > MAX_STATEMENT_LENGTH,
    posAt: (offset) => (offset < cut ? first.posAt(offset) : second.posAt(offset - cut)),
  };
}

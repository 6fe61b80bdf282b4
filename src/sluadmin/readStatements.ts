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
  return new CardReader(file, opts, sink);
}

/** A card's continuation mark, its last non-blank character: `+`, or `-` alone or after a blank, a comma or a parenthesis. */
function markOf(last: string, before: string | undefined): '-' | '+' | undefined {
  if (last === '+') return '+';
  if (last === '-' && (before === undefined || ' ,('.includes(before))) return '-';
  return undefined;
}

/** What the reader carries from card to card: the statement being continued and an open comment. */
class CardReader implements SlsinReader {
  private line = 0;
  private pending: Pending | undefined;
  /** How the pending statement continues: one blank ('-') or none ('+'). */
  private joiner: '-' | '+' | undefined;
  private commentFrom: CardPos | undefined;
  /** The image of the card an unclosed comment starts on (for SIM0305W). */
  private commentImage = '';

  constructor(
    private readonly file: string,
    private readonly opts: ReadOptions,
    private readonly sink: SlsinSink,
  ) {}

  read(record: string): void {
    const image = record.endsWith('\r') ? record.slice(0, -1) : record;
    const line = ++this.line;
    const pos: CardPos = { file: this.file, line, column: 1 };
    this.sink.card({ n: line, image, pos });

    if (!this.commentFrom && image.startsWith('*')) return; // comment card
    this.noteColumn73(image, line);
    const from = this.firstColumn(image, pos);
    const area = image.slice(0, 72);
    if (!this.commentFrom && !(this.pending?.inQuote ?? false) && PLAIN.test(area)) {
      this.readPlain(area.slice(from).toUpperCase(), from, pos);
      return;
    }
    const { chars, inQuote } = this.scan(area, from, image, pos);
    this.readChars(chars, inQuote, pos);
  }

  end(): void {
    this.finish();
    const from = this.commentFrom;
    if (from) this.sink.note(sim.diag('SIM0305W', 'warning', [from.line], { card: from, image: this.commentImage }));
  }

  /** Text running across column 72 into 73 (SIM0304I). */
  private noteColumn73(image: string, line: number): void {
    const col72 = image[71];
    const col73 = image[72];
    if (col72 !== undefined && col72 !== ' ' && col73 !== undefined && col73 !== ' ') {
      this.sink.note(sim.diag('SIM0304I', 'info', [line], { card: { file: this.file, line, column: 73 }, image }));
    }
  }

  /**
   * Where the card's text is read from (0-based): column 2, or column 1 for PARMLIB statements,
   * for a comment starting there and, as a leniency noted with SIM0301I, for text in column 1.
   */
  private firstColumn(image: string, pos: CardPos): number {
    if (!this.commentFrom && image.startsWith('/*')) return 0;
    if (this.opts.parmlib) return 0;
    if (!this.commentFrom && image.length > 0 && image[0] !== ' ') {
      this.sink.note(sim.diag('SIM0301I', 'info', [pos.line], { card: pos, image }));
      return 0;
    }
    return 1;
  }

  /**
   * A card with no apostrophe, no slash and nothing but printable ASCII, outside a comment and a
   * quoted string: the same reading as `scan` and `readChars`, a string at a time. `text` is
   * the card from column `from` + 1, upper-cased.
   */
  private readPlain(text: string, from: number, pos: CardPos): void {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
    if (end === 0) return;
    let start = 0;
    while (text.charCodeAt(start) === 32) start++;
    const next = markOf(text[end - 1]!, end === start + 1 ? undefined : text[end - 2]);
    if (next) end--;
    if (next === '-') while (end > start && text.charCodeAt(end - 1) === 32) end--;
    const pending = this.extend(from + start + 1, pos, end > start);
    if (end > start) {
      pending.segments.push({ offset: pending.text.length, line: pos.line, column: from + start + 1 });
      pending.text += text.slice(start, end);
    }
    this.endCard(pending, false, next);
  }

  /**
   * The card's statement characters from `from`: comments dropped (one blank where one closes),
   * typographic characters read as ASCII (SIM0303I), case folded outside apostrophes.
   */
  private scan(area: string, from: number, image: string, pos: CardPos): { chars: Ch[]; inQuote: boolean } {
    const chars: Ch[] = [];
    const typographic = new Set<string>();
    let inQuote = this.pending?.inQuote ?? false;
    for (let k = from; k < area.length; k++) {
      let c = area[k]!;
      if (this.commentFrom) {
        if (c === '*' && area[k + 1] === '/') {
          this.commentFrom = undefined;
          k++;
          chars.push({ c: ' ', column: k + 1 });
        }
        continue;
      }
      if (!inQuote && c === '/' && area[k + 1] === '*') {
        this.commentFrom = { file: this.file, line: pos.line, column: k + 1 };
        this.commentImage = image;
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
      this.sink.note(sim.diag('SIM0303I', 'info', [pos.line, what, reads], { card: pos, image }));
    }
    return { chars, inQuote };
  }

  /** The scanned characters of a card join the pending statement, or begin one. */
  private readChars(chars: Ch[], inQuote: boolean, pos: CardPos): void {
    // Blank or comment-only card: ends nothing, continues nothing.
    let end = chars.length;
    while (end > 0 && chars[end - 1]!.c === ' ') end--;
    if (end === 0) return;
    let start = 0;
    while (chars[start]!.c === ' ') start++;
    const next = markOf(chars[end - 1]!.c, end === start + 1 ? undefined : chars[end - 2]!.c);
    if (next) end--;
    if (next === '-') while (end > start && chars[end - 1]!.c === ' ') end--;
    const body = chars.slice(start, end);
    const pending = this.extend(body[0]?.column ?? chars[start]!.column, pos, body.length > 0);
    appendChars(pending, body, pos.line);
    this.endCard(pending, inQuote, next);
  }

  /**
   * The statement the card's text goes to: a new one beginning at `column`, or the pending one
   * (a blank joins it to text after a `-` mark).
   */
  private extend(column: number, pos: CardPos, hasText: boolean): Pending {
    let p = this.pending;
    if (!p) {
      p = { text: '', segments: [], cards: [], first: { file: this.file, line: pos.line, column }, inQuote: false };
      this.pending = p;
    } else if (this.joiner === '-' && p.text.length > 0 && hasText) {
      p.text = p.text.replace(/ +$/, '') + ' ';
    }
    p.cards.push(pos);
    return p;
  }

  /** After a card's text: the statement continues on the next card, or ends with this one. */
  private endCard(p: Pending, inQuote: boolean, next: '-' | '+' | undefined): void {
    p.inQuote = inQuote;
    if (next) this.joiner = next;
    else this.finish();
  }

  private finish(): void {
    // A card holding only a continuation mark, and nothing after it, is no statement.
    if (this.pending && this.pending.text.trim() !== '') this.sink.statement(logical(this.pending));
    this.pending = undefined;
    this.joiner = undefined;
  }
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

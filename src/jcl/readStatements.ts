/**
 * From cards to logical statements: splits the first card of a statement into name, operation
 * and operand field, joins continuation records (comma or quoted-value continuation, IF
 * expressions, column-72 comment continuation), attaches in-stream data to its DD (`DD *`,
 * `DD DATA`, `DLM=`) and generates `//SYSIN DD *` for stray data, as JES2 does. A streaming
 * state machine over `readCards`: one statement is in memory at a time.
 */
import type { CardPos, Diagnostic } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';
import type { Card } from './readCards.js';
import { iefc } from './messages.js';

/** Maps a run of the logical operand text back to the card it came from. */
export interface Segment {
  /** Offset in the logical operand text where this run starts. */
  offset: number;
  line: number;
  /** 1-based column on the card of the run's first character. */
  column: number;
  image: string;
}

export interface InstreamData {
  records: string[];
  /** The delimiter coded with DLM=, when there was one. */
  dlm?: string;
  /** DD DATA (true) or DD * (false). */
  isData: boolean;
  /** Where the first record is (record n is on line first.line + n - 1 of first.file). */
  first?: CardPos;
}

export interface RawStatement {
  file: string;
  name: string;
  op: string;
  /** Column (1-based) of the operation on the first card. */
  opColumn: number;
  /** The operand field as one string (continuations joined), lower case folded outside apostrophes. */
  operands: string;
  segments: Segment[];
  /** The cards of the statement in order, with `//*` comments that sat between its records. */
  cards: Card[];
  first: Card;
  /** True when lower-case text outside apostrophes was folded. */
  folded: boolean;
  /** True for the `//SYSIN DD *` JES2 generates for stray data. */
  generated: boolean;
  data?: InstreamData;
  /** Problems found while assembling the statement (IEFC621I …) and card warnings. */
  diags: Diagnostic[];
}

/** The records a `/*XMIT` control statement sends to another node, up to its delimiter. */
export interface Transmitted {
  dest: string;
  records: number;
  /** The last line the records took (the delimiter's, when there was one). */
  lastLine: number;
}

export type StreamItem =
  | { kind: 'statement'; stmt: RawStatement }
  | { kind: 'comment'; card: Card }
  | { kind: 'null'; card: Card }
  | { kind: 'jes2'; card: Card; xmit?: Transmitted }
  | { kind: 'delimiter'; card: Card }
  | { kind: 'blank'; card: Card };

/** Operations whose operand field is not a parameter list (SJOB, ENDSET: job groups). */
const NO_OPERANDS = new Set(['ELSE', 'ENDIF', 'PEND', 'CNTL', 'ENDCNTL', 'SJOB', 'ENDSET', 'ENDGROUP']);

/** Job-group statements whose conditions may hold blanks inside parentheses. */
const PAREN_BLANKS = new Set(['JOBGROUP', 'AFTER', 'BEFORE']);

export function posOf(file: string, card: Card, column: number): { card: CardPos; image: string } {
  return { card: { file, line: card.line, column }, image: card.image };
}

/** Folds a–z to upper case outside apostrophes; `quote` is the state at the start. */
function foldOutsideQuotes(s: string, quote: boolean): { text: string; folded: boolean } {
  let out = '';
  let folded = false;
  let q = quote;
  for (const ch of s) {
    if (ch === "'") q = !q;
    if (!q && ch >= 'a' && ch <= 'z') {
      out += ch.toUpperCase();
      folded = true;
    } else out += ch;
  }
  return { text: out, folded };
}

/**
 * Scans an operand field from `from` (0-based index in `text`, which holds columns 1-71):
 * it ends at the first blank outside apostrophes. Returns the field and whether the scan ended
 * inside apostrophes at column 71. With `parens` (the job-group statements, whose conditions
 * `WHEN=(RUN AND ¬ABEND)` hold blanks), a blank inside parentheses does not end the field; the
 * depth carries over to the next record.
 */
function scanOperands(text: string, from: number, quote: boolean, parens?: { depth: number }): { field: string; end: number; openQuote: boolean } {
  let q = quote;
  let i = from;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") q = !q;
    else if (parens && !q && ch === '(') parens.depth++;
    else if (parens && !q && ch === ')') parens.depth = Math.max(0, parens.depth - 1);
    else if (ch === ' ' && !q && !(parens && parens.depth > 0)) break;
  }
  if (q && i >= text.length) {
    // The quoted value runs to column 71: blanks up to column 71 are part of it.
    return { field: text.slice(from).padEnd(71 - from, ' '), end: 71, openQuote: true };
  }
  return { field: text.slice(from, i).trimEnd(), end: i, openQuote: false };
}

/** For IF: the condition runs up to the word THEN. */
function scanIf(text: string, from: number): { field: string; then: boolean } {
  const rest = text.slice(from);
  const m = /(^|\s)THEN(\s|$)/i.exec(rest);
  if (!m) return { field: rest.trimEnd(), then: false };
  return { field: rest.slice(0, m.index + m[1]!.length).trimEnd(), then: true };
}

/** Splits an operand field at top-level commas (outside apostrophes and parentheses). */
export function splitTopLevel(field: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let q = false;
  let cur = '';
  for (const ch of field) {
    if (ch === "'") q = !q;
    if (!q) {
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      else if (ch === ',' && depth === 0) {
        parts.push(cur);
        cur = '';
        continue;
      }
    }
    cur += ch;
  }
  parts.push(cur);
  return parts;
}

function unquote(v: string): string {
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

/**
 * What JES2 needs to know of a DD statement: does in-stream data follow, and how does it end. The
 * XMIT statement is followed by the records it transmits, which end like DD DATA's: at `/*`, or
 * at the DLM= characters only (z/OS MVS JCL Reference, XMIT JCL statement).
 */
export function instreamMode(op: string, operands: string): { isData: boolean; dlm?: string } | undefined {
  if (op === 'XMIT') {
    const mode: { isData: boolean; dlm?: string } = { isData: true };
    for (const p of splitTopLevel(operands)) {
      const m = /^DLM=(.*)$/.exec(p);
      if (m) mode.dlm = unquote(m[1]!).replace(/&&/g, '&');
    }
    return mode;
  }
  if (op !== 'DD') return undefined;
  const parts = splitTopLevel(operands);
  const first = parts[0]?.trim();
  if (first !== '*' && first !== 'DATA') return undefined;
  const mode: { isData: boolean; dlm?: string } = { isData: first === 'DATA' };
  for (const p of parts.slice(1)) {
    const m = /^DLM=(.*)$/.exec(p);
    if (m) mode.dlm = unquote(m[1]!).replace(/&&/g, '&');
  }
  return mode;
}

const LOOKS_LIKE_JCL = /^(\s+\/\/[A-Za-z@#$ ]|\/[A-Za-z@#$][A-Za-z0-9@#$]{0,7}\s+(EXEC|DD|JOB|PROC|SET)\b)/i;

/** Reads logical statements and in-stream data from cards. */
export function* readStatements(cards: Iterable<Card>, file: string): Generator<StreamItem> {
  const it = cards[Symbol.iterator]();
  let pending: Card | undefined;
  const next = (): Card | undefined => {
    if (pending) {
      const c = pending;
      pending = undefined;
      return c;
    }
    const r = it.next();
    return r.done ? undefined : r.value;
  };

  /** Reads in-stream data for a DD (or a generated SYSIN) until its delimiter. */
  const readData = (mode: { isData: boolean; dlm?: string }, owner: RawStatement, firstCard?: Card): void => {
    const records: string[] = [];
    const data: InstreamData = { records, isData: mode.isData };
    if (mode.dlm !== undefined) data.dlm = mode.dlm;
    owner.data = data;
    const dlm = mode.dlm;
    const slashEnds = !mode.isData; // DD * (with or without DLM) also ends at `//`
    const take = (c: Card): void => {
      if (c.diags) owner.diags.push(...c.diags);
      if (owner.op !== 'XMIT' && LOOKS_LIKE_JCL.test(c.image)) {
        owner.diags.push(sim.diag('SIM0106W', 'warning', [`DD ${owner.name || 'SYSIN'}`], posOf(file, c, 1)));
      }
      data.first ??= { file, line: c.line, column: 1 };
      records.push(c.image);
    };
    if (firstCard) take(firstCard);
    for (;;) {
      const c = next();
      if (!c) {
        if (mode.isData || dlm !== undefined) owner.diags.push(sim.diag('SIM0114W', 'warning', [owner.name || 'SYSIN'], posOf(file, owner.first, 1)));
        return;
      }
      if (dlm !== undefined) {
        if (c.image.startsWith(dlm)) return; // the delimiter is consumed
        if (slashEnds && c.image.startsWith('//')) {
          pending = c;
          return;
        }
        take(c);
        continue;
      }
      if (c.image.startsWith('/*')) {
        if (c.kind === 'jes2') pending = c; // ends the data and is processed as JES2 control
        return;
      }
      if (slashEnds && c.image.startsWith('//')) {
        pending = c;
        return;
      }
      take(c);
    }
  };

  /**
   * `/*XMIT node [DLM=xx]`: the records after it go to that node. They end at `/*`, at the DLM=
   * characters instead when DLM= gives two, or at the end of the input (z/OS MVS JCL Reference,
   * /*XMIT statement). They are counted, not kept.
   */
  const readTransmitted = (card: Card): Transmitted => {
    const m = /^\/\*XMIT\s+([^\s,]*)(?:[\s,]+DLM=(\S*))?/.exec(card.image);
    const dlm = m?.[2]?.length === 2 ? m[2] : '/*';
    const t: Transmitted = { dest: m?.[1] ?? '', records: 0, lastLine: card.line };
    for (;;) {
      const c = next();
      if (!c) return t;
      t.lastLine = c.line;
      if (c.image.startsWith(dlm)) return t;
      t.records++;
    }
  };

  const generatedSysin = (dataCard: Card): RawStatement => ({
    file,
    name: 'SYSIN',
    op: 'DD',
    opColumn: 12,
    operands: '*',
    segments: [{ offset: 0, line: dataCard.line, column: 1, image: dataCard.image }],
    cards: [],
    first: dataCard,
    folded: false,
    generated: true,
    diags: [],
  });

  for (;;) {
    const card = next();
    if (!card) return;
    switch (card.kind) {
      case 'comment':
        yield { kind: 'comment', card };
        continue;
      case 'null':
        yield { kind: 'null', card };
        continue;
      case 'jes2':
        if (card.jes2Verb === 'XMIT') {
          yield { kind: 'jes2', card, xmit: readTransmitted(card) };
          continue;
        }
        yield { kind: 'jes2', card };
        continue;
      case 'delimiter':
        yield { kind: 'delimiter', card };
        continue;
      case 'data': {
        if (card.blank) {
          yield { kind: 'blank', card };
          continue;
        }
        const stmt = generatedSysin(card);
        readData({ isData: false }, stmt, card);
        yield { kind: 'statement', stmt };
        continue;
      }
      case 'statement':
        break;
    }

    // ── a statement: name, operation, operand field of the first card ──
    const text = card.image.slice(0, 71);
    const stmt: RawStatement = {
      file,
      name: '',
      op: '',
      opColumn: 3,
      operands: '',
      segments: [],
      cards: [card],
      first: card,
      folded: false,
      generated: false,
      diags: card.diags ? [...card.diags] : [],
    };
    let i = 2;
    while (i < text.length && text[i] !== ' ') i++;
    const nameF = foldOutsideQuotes(text.slice(2, i), false);
    stmt.name = nameF.text;
    while (i < text.length && text[i] === ' ') i++;
    const opStart = i;
    while (i < text.length && text[i] !== ' ') i++;
    const opF = foldOutsideQuotes(text.slice(opStart, i), false);
    stmt.op = opF.text;
    stmt.opColumn = opStart + 1;
    stmt.folded = nameF.folded || opF.folded;
    while (i < text.length && text[i] === ' ') i++;

    let expectMore = false; // operands continue on the next record
    let openQuote = false;
    let commentContinues = false;
    const addField = (field: string, column: number, c: Card, quote: boolean): void => {
      const f = foldOutsideQuotes(field, quote);
      if (f.folded) stmt.folded = true;
      stmt.segments.push({ offset: stmt.operands.length, line: c.line, column, image: c.image });
      stmt.operands += f.text;
    };
    const isIf = stmt.op === 'IF';
    const parens = PAREN_BLANKS.has(stmt.op) ? { depth: 0 } : undefined;
    if (NO_OPERANDS.has(stmt.op)) {
      // Everything after the operation is comment.
    } else if (isIf) {
      const r = scanIf(text, i);
      addField(r.field, i + 1, card, false);
      expectMore = !r.then;
    } else if (i < text.length) {
      const r = scanOperands(text, i, false, parens);
      addField(r.field, i + 1, card, false);
      openQuote = r.openQuote;
      expectMore = r.openQuote || r.field.endsWith(',');
    }
    commentContinues = !expectMore && card.image.length >= 72 && card.image[71] !== ' ';
    let last = card;

    // ── continuation records ──
    while (expectMore || commentContinues) {
      const c = next();
      if (!c) {
        if (expectMore) stmt.diags.push(iefc.diag('IEFC621I', 'error', [], posOf(file, last, Math.min(72, last.image.length + 1))));
        break;
      }
      if (c.kind === 'comment') {
        stmt.cards.push(c);
        continue;
      }
      if (c.kind === 'data' && c.blank) {
        // Leniency: a blank line among the records of a statement (PDF copies) is skipped.
        yield { kind: 'blank', card: c };
        continue;
      }
      if (c.kind === 'null') {
        // `//` ends a statement being continued (a blank comment field); it is still a null statement.
        pending = c;
        break;
      }
      const isContinuationRecord = c.kind === 'statement' && c.image[2] === ' ';
      if (!isContinuationRecord) {
        if (expectMore) stmt.diags.push(iefc.diag('IEFC621I', 'error', [], posOf(file, c, 1)));
        pending = c;
        break;
      }
      stmt.cards.push(c);
      if (c.diags) stmt.diags.push(...c.diags);
      last = c;
      if (!expectMore) {
        // Column-72 comment continuation: the whole record is comment.
        commentContinues = c.image.length >= 72 && c.image[71] !== ' ';
        continue;
      }
      const ctext = c.image.slice(0, 71);
      let j = 3;
      while (j < ctext.length && ctext[j] === ' ') j++;
      if (openQuote) {
        // A quoted value resumes in column 16.
        let from = 15;
        if (j < 15) {
          stmt.diags.push(iefc.diag('IEFC621I', 'error', [], posOf(file, c, j + 1)));
          from = j;
        }
        const r = scanOperands(ctext.padEnd(from, ' '), from, true);
        addField(r.field, from + 1, c, true);
        openQuote = r.openQuote;
        expectMore = r.openQuote || r.field.endsWith(',');
      } else {
        if (j >= ctext.length) {
          // Nothing on the record: the expected continuation is not there.
          stmt.diags.push(iefc.diag('IEFC621I', 'error', [], posOf(file, c, 4)));
          break;
        }
        if (j > 15) stmt.diags.push(iefc.diag('IEFC621I', 'error', [], posOf(file, c, j + 1)));
        if (isIf) {
          const r = scanIf(ctext, j);
          addField((stmt.operands.length ? ' ' : '') + r.field, j + 1, c, false);
          expectMore = !r.then;
        } else {
          const r = scanOperands(ctext, j, false, parens);
          addField(r.field, j + 1, c, false);
          openQuote = r.openQuote;
          expectMore = r.openQuote || r.field.endsWith(',');
        }
      }
      commentContinues = !expectMore && c.image.length >= 72 && c.image[71] !== ' ';
    }

    const mode = instreamMode(stmt.op, stmt.operands);
    if (mode) readData(mode, stmt);
    yield { kind: 'statement', stmt };
  }
}

/**
 * The records of an SMC command data set (SMCPARMS, SMCCMDS, a READ or TREQDEF member) as
 * logical statements, each with a map back to its lines and columns:
 *  - columns 73-80 are ignored (sequence numbers);
 *  - a record whose first character is `*` is a comment, and so is text between `/*` and `*\/`
 *    (which may span records);
 *  - a statement is continued on the next record when its last non-blank character is `-` or
 *    `+` (the mark is dropped; the next record's text follows after one blank);
 *  - letters are folded to upper case outside apostrophes; blank records are skipped.
 * A console command is one record of its own (readConsoleStatement).
 */
import type { CardPos } from '../core/Diagnostic.js';

export interface SmcLogicalStatement {
  /** The statement's text, continuations joined, comments removed, case folded. */
  text: string;
  /** Where the statement starts. */
  pos: CardPos;
  /** The position of a character of `text` (0-based index) in its data set. */
  posAt(index: number): CardPos;
  /** The record image of a position's line, for the caret display. */
  imageAt(index: number): string;
  /**
   * Continuation marks found inside a line (` + ` between two operands, the way a PDF reflowed
   * the guide's `POLICY … +` / `SUBP(…)`): read as continuations, each noted (SIM1259I).
   */
  notes: { pos: CardPos; before: string }[];
}

/** ` + ` or ` - ` standing alone between two words, outside apostrophes. */
function midLineMarks(card: string): number[] {
  const at: number[] = [];
  let quoted = false;
  for (let i = 0; i < card.length; i++) {
    if (card[i] === "'") quoted = !quoted;
    if (!quoted && (card[i] === '+' || card[i] === '-') && card[i - 1] === ' ' && card[i + 1] === ' ' && /\S/.test(card.slice(0, i)) && /\S/.test(card.slice(i + 1))) at.push(i);
  }
  return at;
}

interface Segment {
  start: number;
  line: number;
  column: number;
}

function fold(text: string): string {
  let out = '';
  let quoted = false;
  for (const c of text) {
    if (c === "'") quoted = !quoted;
    out += quoted ? c : c.toUpperCase();
  }
  return out;
}

export function readSmcStatements(records: readonly string[], file: string): SmcLogicalStatement[] {
  const out: SmcLogicalStatement[] = [];
  let text = '';
  let segments: Segment[] = [];
  let marks: { index: number; before: string }[] = [];
  let inComment = false;
  const flush = (): void => {
    if (text.trim() === '') {
      text = '';
      segments = [];
      marks = [];
      return;
    }
    const t = text;
    const segs = segments;
    const found = marks;
    const posAt = (index: number): CardPos => {
      let s = segs[0]!;
      for (const x of segs) if (x.start <= index) s = x;
      return { file, line: s.line, column: s.column + (index - s.start) };
    };
    const lead = t.length - t.trimStart().length;
    out.push({
      text: t,
      pos: posAt(lead),
      posAt,
      imageAt: (index) => (records[posAt(index).line - 1] ?? '').slice(0, 80),
      notes: found.map((m) => ({ pos: posAt(m.index), before: m.before })),
    });
    text = '';
    segments = [];
    marks = [];
  };
  records.forEach((record, i) => {
    const line = i + 1;
    let card = record.replace(/\r$/, '').slice(0, 72).replace(/\t/g, ' ');
    if (!inComment && card.startsWith('*')) return;
    // Comments out, character by character, so that the columns stay where they were.
    let kept = '';
    let quoted = false;
    for (let c = 0; c < card.length; c++) {
      if (inComment) {
        if (card.startsWith('*/', c)) {
          inComment = false;
          kept += '  ';
          c++;
        } else kept += ' ';
        continue;
      }
      if (card[c] === "'") quoted = !quoted;
      if (!quoted && card.startsWith('/*', c)) {
        inComment = true;
        kept += '  ';
        c++;
        continue;
      }
      kept += card[c];
    }
    card = fold(kept).trimEnd();
    if (card.trim() === '') return;
    const continued = /[-+]$/.test(card) && !/'[^']*$/.test(card.slice(0, -1).replace(/'[^']*'/g, ''));
    let body = continued ? card.slice(0, -1).trimEnd() : card;
    const inLine = midLineMarks(body);
    for (const i of inLine) body = body.slice(0, i) + ' ' + body.slice(i + 1);
    const start = text === '' ? 0 : text.length + 1;
    const offset = text === '' ? 0 : body.length - body.trimStart().length;
    if (text === '') {
      segments.push({ start: 0, line, column: 1 });
      text = body;
    } else {
      text += ' ';
      segments.push({ start: text.length, line, column: offset + 1 });
      text += body.trimStart();
    }
    for (const i of inLine) marks.push({ index: start + i - offset, before: (/\S+/.exec(body.slice(i + 1)) ?? [''])[0]! });
    if (!continued) flush();
  });
  flush();
  return out;
}

/** A command typed at the console: one statement (or none, when it is blank). */
export function readConsoleStatement(command: string): SmcLogicalStatement | undefined {
  return readSmcStatements([command], 'console')[0];
}

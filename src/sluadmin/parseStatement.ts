/**
 * One logical SLSIN statement → SlsStatement, with grammar/slsin.ohm (one match per statement).
 * The only module that touches Ohm for SLSIN: everything else sees plain objects.
 *
 * The grammar is the definition of the syntax. Statements of the plainest shape — a verb and
 * operands that are words, KEYWORD=word or KEYWORD(word,…) with no quotes, nesting or gaps —
 * which are nearly all of them, are read by a scanner (fastParse) that gives the same result as
 * the grammar and declines anything else; the unit tests hold the two equal on every statement
 * of the project's decks and on mutations of them.
 */
import grammar from '../../grammar/slsin.ohm-bundle.js';
import type { SlsInActionDict } from '../../grammar/slsin.ohm-bundle.js';
import type { CardPos, Diagnostic } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';
import type { LogicalStatement } from './readStatements.js';
import type { SlsOperand, SlsStatement, SlsValue } from './types.js';

export interface ParseSuccess {
  ok: true;
  statement: SlsStatement;
  /** Each operand as coded (same order as statement.operands): for messages and for tests that rebuild statements. */
  operandTexts: string[];
  /** Where each operand starts in the statement text. */
  operandOffsets: number[];
  /** Leniency notes (SIM0302I: a blank between a keyword and its parenthesis; SIM0190I: no blank before an operand). */
  notes: Diagnostic[];
}

export interface ParseFailure {
  ok: false;
  /** The verb, when the statement starts with one (the shell then knows which function failed). */
  verb?: string;
  /** 1-based offset of the error in the parameter text (after the verb): SLS0006I's "parm offset". */
  parmOffset: number;
  /** Up to 12 characters of text at the error (the end of the statement when the error is at its end). */
  near: string;
  /** Card and column of the error. */
  pos: CardPos;
}

export type ParseResult = ParseSuccess | ParseFailure;

const NEAR = 12;

interface OperandNode {
  operand: SlsOperand;
  text: string;
  offset: number;
  gap: boolean;
  /** No blank or comma before it (SIM0190I). */
  glued?: boolean;
}

const semantics = grammar.createSemantics();
let current: LogicalStatement | undefined;

const actions: SlsInActionDict<unknown> = {
  statement(_b, verb, tails, _b2, _end) {
    return { verb: verb.sourceString, operands: tails.children.map((t) => t['node']() as OperandNode) };
  },
  operandTail_sep(_sep, operand) {
    return operand['node']();
  },
  operandTail_glued(_keyword, _open, operand) {
    return { ...(operand['node']() as OperandNode), glued: true };
  },
  operand_paren(kw, gap, _open, list, _close) {
    return operandNode(this.source.startIdx, this.sourceString, {
      keyword: kw.sourceString,
      values: list['node']() as SlsValue[],
      form: 'paren',
    }, gap.sourceString.length > 0);
  },
  operand_equals(kw, _eq, value) {
    const v = value.children.length > 0 ? (value.children[0]!['node']() as SlsValue) : undefined;
    return operandNode(this.source.startIdx, this.sourceString, {
      keyword: kw.sourceString,
      values: v === undefined ? [] : Array.isArray(v) ? v : [v],
      form: 'equals',
    }, false);
  },
  operand_bare(word) {
    return operandNode(this.source.startIdx, this.sourceString, { keyword: word.sourceString, form: 'bare' }, false);
  },
  valueList(_b, list, _b2) {
    return list.asIteration().children.map((c) => c['node']() as SlsValue);
  },
  value_quoted(q) {
    return q.sourceString.slice(1, -1).replace(/''/g, "'");
  },
  value_list(_open, list, _close) {
    return list['node']();
  },
  value_call(word, _open, list, _close) {
    const items = list['node']() as SlsValue[];
    return `${word.sourceString}(${items.map((i) => String(i)).join(',')})`;
  },
  value_word(word) {
    return word.sourceString;
  },
};
semantics.addOperation<unknown>('node', actions);

function operandNode(startIdx: number, text: string, o: Omit<SlsOperand, 'pos'>, gap: boolean): OperandNode {
  const pos = current!.posAt(startIdx);
  return { operand: { ...o, pos }, text, offset: startIdx, gap };
}

const VERB = /^ *([A-Z@#$][A-Z@#$0-9_]*)/;

export function parseStatement(ls: LogicalStatement): ParseResult {
  return fastParse(ls) ?? parseWithGrammar(ls);
}

/** The grammar's reading of a statement (what parseStatement answers when fastParse declines). */
export function parseWithGrammar(ls: LogicalStatement): ParseResult {
  const m = grammar.match(ls.text, 'statement');
  if (m.failed()) {
    const idx = m.getRightmostFailurePosition();
    const v = VERB.exec(ls.text);
    let paramStart = v ? v[0].length : 0;
    while (ls.text[paramStart] === ' ') paramStart++;
    const near = ls.text.slice(idx, idx + NEAR) || ls.text.slice(Math.max(0, idx - NEAR), idx);
    const failure: ParseFailure = { ok: false, parmOffset: Math.max(1, idx - paramStart + 1), near, pos: ls.posAt(idx) };
    if (v) failure.verb = v[1]!;
    return failure;
  }
  current = ls;
  try {
    const tree = semantics(m)['node']() as { verb: string; operands: OperandNode[] };
    const notes: Diagnostic[] = [];
    for (const o of tree.operands) {
      if (o.glued) notes.push(sim.diag('SIM0190I', 'info', [o.operand.pos.line, o.operand.keyword], { card: o.operand.pos }));
      if (o.gap) notes.push(sim.diag('SIM0302I', 'info', [o.operand.pos.line, o.operand.keyword], { card: o.operand.pos }));
    }
    return {
      ok: true,
      statement: {
        verb: tree.verb,
        operands: tree.operands.map((o) => o.operand),
        text: ls.text,
        pos: ls.pos,
        cards: ls.cards,
      },
      operandTexts: tree.operands.map((o) => o.text),
      operandOffsets: tree.operands.map((o) => o.offset),
      notes,
    };
  } finally {
    current = undefined;
  }
}

// ── the scanner for plain statements ──────────────────────────────────────────────────────────
// Character classes of grammar/slsin.ohm, as lookup tables over char codes.
const WORD = new Uint8Array(128);
const KW_FIRST = new Uint8Array(128);
const KW_REST = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ@#$') KW_FIRST[c.charCodeAt(0)] = 1;
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ@#$0123456789_') KW_REST[c.charCodeAt(0)] = 1;
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@#$.-_*/%&+:?!;<>') WORD[c.charCodeAt(0)] = 1;
const BLANK = 32;
const COMMA = 44;
const OPEN = 40;
const CLOSE = 41;
const EQUALS = 61;

const isWord = (c: number): boolean => c < 128 && WORD[c] === 1;

/** True when text[a, b) is a keyword (kwFirst kwRest*). */
function isKeyword(text: string, a: number, b: number): boolean {
  if (b <= a || KW_FIRST[text.charCodeAt(a)] !== 1) return false;
  for (let i = a + 1; i < b; i++) if (KW_REST[text.charCodeAt(i)] !== 1) return false;
  return true;
}

/**
 * Reads a plain statement as the grammar would, or returns undefined (anything unusual: quotes,
 * nested or called values, a blank before "(", an empty value, a syntax error) so that the
 * grammar decides.
 */
export function fastParse(ls: LogicalStatement): ParseSuccess | undefined {
  const text = ls.text;
  const n = text.length;
  let i = 0;
  while (i < n && text.charCodeAt(i) === BLANK) i++;
  const verbStart = i;
  if (i >= n || KW_FIRST[text.charCodeAt(i)] !== 1) return undefined;
  while (i < n && KW_REST[text.charCodeAt(i)] === 1) i++;
  const verb = text.slice(verbStart, i);
  const operands: SlsOperand[] = [];
  const operandTexts: string[] = [];
  const operandOffsets: number[] = [];
  for (;;) {
    // sep: blank+ | blank* "," blank* — or the end (trailing blanks).
    const sepStart = i;
    while (i < n && text.charCodeAt(i) === BLANK) i++;
    if (i >= n) break;
    if (text.charCodeAt(i) === COMMA) {
      i++;
      while (i < n && text.charCodeAt(i) === BLANK) i++;
    } else if (i === sepStart) {
      return undefined;
    }
    // operand
    const start = i;
    while (i < n && isWord(text.charCodeAt(i))) i++;
    if (i === start) return undefined;
    const tokenEnd = i;
    const next = i < n ? text.charCodeAt(i) : -1;
    if (next === OPEN) {
      if (!isKeyword(text, start, tokenEnd)) return undefined;
      i++;
      const values: string[] = [];
      while (i < n && text.charCodeAt(i) === BLANK) i++;
      for (;;) {
        const w = i;
        while (i < n && isWord(text.charCodeAt(i))) i++;
        if (i === w) return undefined;
        values.push(text.slice(w, i));
        // vsep, or the closing parenthesis after optional blanks
        while (i < n && text.charCodeAt(i) === BLANK) i++;
        const c = i < n ? text.charCodeAt(i) : -1;
        if (c === CLOSE) break;
        if (c === COMMA) {
          i++;
          while (i < n && text.charCodeAt(i) === BLANK) i++;
        } else if (text.charCodeAt(i - 1) !== BLANK) {
          return undefined;
        }
      }
      i++; // ")"
      operands.push({ keyword: text.slice(start, tokenEnd), values, form: 'paren', pos: ls.posAt(start) });
    } else if (next === EQUALS) {
      if (!isKeyword(text, start, tokenEnd)) return undefined;
      i++;
      const w = i;
      while (i < n && isWord(text.charCodeAt(i))) i++;
      if (i === w) return undefined;
      operands.push({ keyword: text.slice(start, tokenEnd), values: [text.slice(w, i)], form: 'equals', pos: ls.posAt(start) });
    } else {
      // A bare word; a keyword followed by blanks and "(" is the grammar's gap leniency.
      if (next === BLANK && isKeyword(text, start, tokenEnd)) {
        let j = i;
        while (j < n && text.charCodeAt(j) === BLANK) j++;
        if (j < n && text.charCodeAt(j) === OPEN) return undefined;
      }
      operands.push({ keyword: text.slice(start, tokenEnd), form: 'bare', pos: ls.posAt(start) });
    }
    // What follows an operand must be a separator or the end.
    const after = i < n ? text.charCodeAt(i) : -1;
    if (after !== -1 && after !== BLANK && after !== COMMA) return undefined;
    operandTexts.push(text.slice(start, i));
    operandOffsets.push(start);
  }
  return {
    ok: true,
    statement: { verb, operands, text, pos: ls.pos, cards: ls.cards },
    operandTexts,
    operandOffsets,
    notes: [],
  };
}

/**
 * One logical SLSIN statement → SlsStatement, with grammar/slsin.ohm (one match per statement).
 * The only module that touches Ohm for SLSIN: everything else sees plain objects.
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
  /** Leniency notes (SIM0302I: a blank between a keyword and its parenthesis). */
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
}

const semantics = grammar.createSemantics();
let current: LogicalStatement | undefined;

const actions: SlsInActionDict<unknown> = {
  statement(_b, verb, tails, _b2, _end) {
    return { verb: verb.sourceString, operands: tails.children.map((t) => t['node']() as OperandNode) };
  },
  operandTail(_sep, operand) {
    return operand['node']();
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

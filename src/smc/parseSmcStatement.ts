/**
 * One logical SMC statement → its verb and operands, with grammar/smc.ohm. The only module that
 * touches Ohm for SMC: the rest of src/smc sees plain objects with positions.
 */
import grammar from '../../grammar/smc.ohm-bundle.js';
import type { SmcActionDict } from '../../grammar/smc.ohm-bundle.js';
import type { CardPos } from '../core/Diagnostic.js';
import type { SmcLogicalStatement } from './readSmcStatements.js';

export interface SmcOperand {
  /** The keyword as coded (upper case). */
  keyword: string;
  /** The values in parentheses (apostrophes removed); undefined for a bare keyword. */
  values?: string[];
  pos: CardPos;
  /** The operand follows a closing parenthesis without a blank (a leniency, SIM1258I). */
  adjacent: boolean;
}

export interface SmcStatement {
  verb: string;
  operands: SmcOperand[];
  text: string;
  pos: CardPos;
  /** The record image of the statement's first line (for messages with a caret). */
  image: string;
}

export type SmcParse = { ok: true; statement: SmcStatement } | { ok: false; pos: CardPos; near: string; image: string };

const semantics = grammar.createSemantics();
let current: SmcLogicalStatement | undefined;

const actions: SmcActionDict<unknown> = {
  statement(_b, verb, tails, _b2, _end) {
    return { verb: verb.sourceString, operands: tails.children.map((t) => t['node']() as SmcOperand) };
  },
  operandTail_separated(_sep, operand) {
    return operand['node']();
  },
  operandTail_adjacent(operand) {
    return { ...(operand['node']() as SmcOperand), adjacent: true };
  },
  operand_bare(kw) {
    return { keyword: kw.sourceString, pos: current!.posAt(this.source.startIdx), adjacent: false };
  },
  parenOperand(kw, _open, _b, list, _b2, _close) {
    return {
      keyword: kw.sourceString,
      values: list.asIteration().children.map((c) => c['node']() as string),
      pos: current!.posAt(this.source.startIdx),
      adjacent: false,
    };
  },
  value_quoted(q) {
    return q.sourceString.slice(1, -1).replace(/''/g, "'");
  },
  value_word(w) {
    return w.sourceString;
  },
};
semantics.addOperation<unknown>('node', actions);

export function parseSmcStatement(ls: SmcLogicalStatement): SmcParse {
  const m = grammar.match(ls.text, 'statement');
  if (m.failed()) {
    const idx = m.getRightmostFailurePosition();
    const near = ls.text.slice(idx, idx + 12) || ls.text.slice(Math.max(0, idx - 12), idx);
    return { ok: false, pos: ls.posAt(idx), near: near.trim() || '(END)', image: ls.imageAt(idx) };
  }
  current = ls;
  try {
    const tree = semantics(m)['node']() as { verb: string; operands: SmcOperand[] };
    return { ok: true, statement: { verb: tree.verb, operands: tree.operands, text: ls.text.trim(), pos: ls.pos, image: ls.imageAt(ls.text.length - ls.text.trimStart().length) } };
  } finally {
    current = undefined;
  }
}

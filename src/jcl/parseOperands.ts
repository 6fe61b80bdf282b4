/**
 * The ohm layer: one logical operand field → plain parameter objects, and one IF condition →
 * an IfExpr tree. No ohm type leaves this file.
 */
import type { Node } from 'ohm-js';
import grammar from '../../grammar/jcl.ohm-bundle.js';
import type { JclValue } from './types.js';

export interface Param {
  /** Upper-case keyword (before any `.pstep` qualifier); undefined for a positional parameter. */
  key?: string;
  /** The `pstep` of `PARM.PSTEP=`. */
  qualifier?: string;
  /** The value; undefined when nothing was coded (`UNIT=`, an omitted positional). */
  value?: JclValue;
  /** The value as coded (source text). */
  text: string;
  /** Offsets of the whole parameter in the operand text. */
  start: number;
  end: number;
}

export type OperandsResult = { ok: true; params: Param[] } | { ok: false; offset: number; expected: string };

const semantics = grammar.createSemantics();

semantics.addOperation<unknown>('param', {
  operand_keyword(kw: Node, _eq: Node, val: Node) {
    const parts = kw.sourceString.split('.');
    const p: Param = { key: parts[0]!, text: val.sourceString, start: this.source.startIdx, end: this.source.endIdx };
    if (parts[1] !== undefined) p.qualifier = parts[1];
    const v = val.children[0];
    if (v) p.value = v['value']() as JclValue;
    return p;
  },
  operand_positional(val: Node) {
    const p: Param = { text: val.sourceString, start: this.source.startIdx, end: this.source.endIdx };
    const v = val.children[0];
    if (v) p.value = v['value']() as JclValue;
    return p;
  },
});

semantics.addOperation<unknown>('value', {
  value(parts: Node) {
    const kids = parts.children;
    if (kids.length === 1 && kids[0]!.children[0]?.ctorName === 'list') return kids[0]!['value']();
    return this.sourceString;
  },
  valuePart(p: Node) {
    return p['value']();
  },
  list(_open: Node, items: Node, _close: Node) {
    return items.asIteration().children.map((it) => it['value']() as JclValue);
  },
  listItem(v: Node) {
    const c = v.children[0];
    return c ? (c['value']() as JclValue) : '';
  },
  _terminal() {
    return this.sourceString;
  },
  _iter(...children: Node[]) {
    return children.map((c) => c['value']());
  },
});

export function parseOperands(text: string): OperandsResult {
  if (text === '') return { ok: true, params: [] };
  const m = grammar.match(text, 'operands');
  if (m.failed()) return { ok: false, offset: m.getRightmostFailurePosition(), expected: m.getExpectedText() };
  return { ok: true, params: (semantics(m) as unknown as { list(): Param[] }).list() };
}

semantics.addOperation<unknown>('list', {
  operands(list: Node, _end: Node) {
    return list.asIteration().children.map((o) => o['param']() as Param);
  },
});

// ── IF conditions ──────────────────────────────────────────────────────────
export type RawIf =
  | { op: 'and' | 'or'; left: RawIf; right: RawIf }
  | { op: 'not'; expr: RawIf }
  | { op: 'cmp'; left: RawIfOperand; rel: string; right: RawIfOperand }
  | { op: 'test'; operand: RawIfOperand };

export interface RawIfOperand {
  words: string[];
  start: number;
}

semantics.addOperation<unknown>('ifx', {
  IfCondition(e: Node) {
    return e['ifx']();
  },
  IfLogic_binary(l: Node, op: Node, r: Node) {
    const o = op.sourceString === 'AND' || op.sourceString === '&' ? 'and' : 'or';
    return { op: o, left: l['ifx'](), right: r['ifx']() };
  },
  IfLogic(e: Node) {
    return e['ifx']();
  },
  IfNot_not(_n: Node, e: Node) {
    return { op: 'not', expr: e['ifx']() };
  },
  IfNot(e: Node) {
    return e['ifx']();
  },
  IfRel_cmp(l: Node, rel: Node, r: Node) {
    return { op: 'cmp', left: l['ifo'](), rel: rel.sourceString, right: r['ifo']() };
  },
  IfRel(e: Node) {
    return e['ifx']();
  },
  IfPrimary_paren(_o: Node, e: Node, _c: Node) {
    return e['ifx']();
  },
  IfPrimary(e: Node) {
    if (e.ctorName === 'IfPrimary_paren') return e['ifx']();
    return { op: 'test', operand: e['ifo']() };
  },
});

semantics.addOperation<unknown>('ifo', {
  IfPrimary(e: Node) {
    return e['ifo']();
  },
  IfPrimary_paren(_o: Node, e: Node, _c: Node) {
    // `(RC) = 0` is unusual but harmless: take the operand inside.
    const inner = e['ifx']() as RawIf;
    if (inner.op === 'test') return inner.operand;
    return { words: ['?'], start: this.source.startIdx };
  },
  ifOperand(first: Node, _dots: Node, rest: Node) {
    return { words: [first.sourceString, ...rest.children.map((c) => c.sourceString)], start: this.source.startIdx };
  },
});

export type IfResult = { ok: true; expr: RawIf } | { ok: false; offset: number; expected: string };

export function parseIfCondition(text: string): IfResult {
  const m = grammar.match(text, 'IfCondition');
  if (m.failed()) return { ok: false, offset: m.getRightmostFailurePosition(), expected: m.getExpectedText() };
  return { ok: true, expr: (semantics(m) as unknown as { ifx(): RawIf }).ifx() };
}

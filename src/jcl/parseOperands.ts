/**
 * The ohm layer: one logical operand field → plain parameter objects, and one IF condition →
 * an IfExpr tree. No ohm type leaves this file.
 *
 * grammar/jcl.ohm defines the operand syntax. Operand fields that the grammar accepts are read
 * first by a scanner of the same rules (scanOperands), which answers exactly as the grammar
 * does and leaves every field it cannot read to the grammar (so errors and their positions
 * always come from the grammar); the unit tests hold the two equal on every statement of the
 * project's JCL and on mutations of it.
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
  const params = scanOperands(text);
  return params !== undefined ? { ok: true, params } : parseOperandsWithGrammar(text);
}

/** The grammar's reading of an operand field (what parseOperands answers when the scanner declines). */
export function parseOperandsWithGrammar(text: string): OperandsResult {
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
    // ^=, !=, ^> … are the code-page spellings of ¬=, ¬> …
    return { op: 'cmp', left: l['ifo'](), rel: rel.sourceString.replace(/^[\^!]/, '\u00AC'), right: r['ifo']() };
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

/** A `!` in an IF condition and how the grammar read it. */
export interface Bang {
  offset: number;
  role: 'NOT' | 'OR';
}

export type IfResult = { ok: true; expr: RawIf; bangs: Bang[] } | { ok: false; offset: number; expected: string };

/** Before a unary operator: the start, "(", another operator, or the words AND, OR, NOT. */
const UNARY_BEFORE = /(^|[(&|!\u00AC^]|(^|[^A-Z0-9@#$])(AND|OR|NOT))\s*$/;

export function parseIfCondition(text: string): IfResult {
  const m = grammar.match(text, 'IfCondition');
  if (m.failed()) return { ok: false, offset: m.getRightmostFailurePosition(), expected: m.getExpectedText() };
  // The condition parsed, so each ! stands where the grammar allows it: before =, > or < it is
  // the not sign of a relational operator, after an operand the or sign, elsewhere the not sign.
  const bangs: Bang[] = [];
  for (let i = text.indexOf('!'); i >= 0; i = text.indexOf('!', i + 1)) {
    const unary = '=<>'.includes(text[i + 1] ?? '') || UNARY_BEFORE.test(text.slice(0, i));
    bangs.push({ offset: i, role: unary ? 'NOT' : 'OR' });
  }
  return { ok: true, expr: (semantics(m) as unknown as { ifx(): RawIf }).ifx(), bangs };
}

// ── the scanner: the rules of `operands` in grammar/jcl.ohm, by hand ─────────────────────────
const NAME_FIRST = new Uint8Array(128);
const NAME_REST = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ@#$') NAME_FIRST[c.charCodeAt(0)] = 1;
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ@#$0123456789') NAME_REST[c.charCodeAt(0)] = 1;
const C_COMMA = 44;
const C_OPEN = 40;
const C_CLOSE = 41;
const C_QUOTE = 39;
const C_EQUALS = 61;
const C_BLANK = 32;
const C_DOT = 46;

/** plainChar = ~("," | "(" | ")" | "'" | "=" | " ") any */
const isPlain = (c: number): boolean => c !== C_COMMA && c !== C_OPEN && c !== C_CLOSE && c !== C_QUOTE && c !== C_EQUALS && c !== C_BLANK;

/** A failed scan: the grammar decides (and reports). */
const DECLINE = -1;

/** name = nameFirst nameRest*: the end of the name at i, or i when there is none. */
function nameEnd(text: string, i: number): number {
  if (i >= text.length || NAME_FIRST[text.charCodeAt(i)] !== 1) return i;
  i++;
  while (i < text.length && NAME_REST[text.charCodeAt(i)] === 1) i++;
  return i;
}

/**
 * value = valuePart+ from i: its end, and its JclValue (a lone list part is the list, anything
 * else the source text); end === i when there is no value; DECLINE for an unclosed quote or list.
 */
function scanValue(text: string, i: number): { end: number; value?: JclValue } {
  const n = text.length;
  const start = i;
  let parts = 0;
  let list: JclValue[] | undefined;
  for (;;) {
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === C_QUOTE) {
      // quoted = "'" ("''" | ~"'" any)* "'"
      let j = i + 1;
      for (;;) {
        if (j >= n) return { end: DECLINE };
        if (text.charCodeAt(j) === C_QUOTE) {
          if (text.charCodeAt(j + 1) === C_QUOTE) j += 2;
          else break;
        } else j++;
      }
      i = j + 1;
      list = undefined;
    } else if (c === C_OPEN) {
      const l = scanList(text, i);
      if (l.end === DECLINE) return { end: DECLINE };
      i = l.end;
      list = parts === 0 ? l.items : undefined;
    } else if (c === C_EQUALS) {
      i++;
      list = undefined;
    } else if (isPlain(c)) {
      i++;
      while (i < n && isPlain(text.charCodeAt(i))) i++;
      list = undefined;
    } else break;
    parts++;
  }
  if (parts === 0) return { end: start };
  return { end: i, value: parts === 1 && list !== undefined ? list : text.slice(start, i) };
}

/** list = "(" listOf<listItem, ","> ")", listItem = value? — from the "(" at i. */
function scanList(text: string, i: number): { end: number; items: JclValue[] } {
  const items: JclValue[] = [];
  i++;
  for (;;) {
    const v = scanValue(text, i);
    if (v.end === DECLINE) return { end: DECLINE, items };
    items.push(v.value ?? '');
    i = v.end;
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === C_COMMA) i++;
    else if (c === C_CLOSE) return { end: i + 1, items };
    else return { end: DECLINE, items };
  }
}

/**
 * operands = listOf<operand, ","> end; operand = keyword "=" value? | value?, keyword =
 * name ("." name)?. The parameters, or undefined where the grammar must decide.
 */
export function scanOperands(text: string): Param[] | undefined {
  const params: Param[] = [];
  const n = text.length;
  let i = 0;
  for (;;) {
    const start = i;
    let e = nameEnd(text, i);
    let qualifier: string | undefined;
    let key: string | undefined;
    if (e > i) {
      let k = e;
      if (text.charCodeAt(k) === C_DOT) {
        const e2 = nameEnd(text, k + 1);
        if (e2 > k + 1) k = e2;
      }
      if (text.charCodeAt(k) === C_EQUALS) {
        key = text.slice(i, e);
        if (k > e) qualifier = text.slice(e + 1, k);
        e = k + 1;
      }
    }
    const vStart = key !== undefined ? e : start;
    const v = scanValue(text, vStart);
    if (v.end === DECLINE) return undefined;
    const p: Param = key !== undefined ? { key, text: text.slice(vStart, v.end), start, end: v.end } : { text: text.slice(vStart, v.end), start, end: v.end };
    if (qualifier !== undefined) p.qualifier = qualifier;
    if (v.value !== undefined) p.value = v.value;
    params.push(p);
    i = v.end;
    if (i >= n) return params;
    if (text.charCodeAt(i) !== C_COMMA) return undefined;
    i++;
  }
}

/**
 * One logical statement → a parsed statement: symbols substituted, the operand field matched by
 * the grammar, syntax errors mapped back to card and column through the segment map.
 */
import type { CardPos, Diagnostic } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';
import { COMMAND_VERBS } from './keywords.js';
import { iefc } from './messages.js';
import type { Param, RawIf } from './parseOperands.js';
import { parseIfCondition, parseOperands } from './parseOperands.js';
import type { RawStatement } from './readStatements.js';
import { cutAtBlank, MAX_SUBSTITUTED_FIELD, substituteSymbols } from './substituteSymbols.js';

/** Where a statement came from: the input stream, an in-stream procedure, or a library member. */
export type Origin = 'main' | 'instream' | 'catalog';

export interface ParsedStatement {
  raw: RawStatement;
  origin: Origin;
  name: string;
  op: string;
  /** The operand field after substitution. */
  text: string;
  substituted: boolean;
  /** For each character of `text`, its offset in `raw.operands`. */
  map: number[];
  params: Param[];
  ifExpr?: RawIf;
  /** False when the operand field could not be read (a syntax error was reported). */
  ok: boolean;
  diags: Diagnostic[];
  /** JESJCL statement number, once listed. */
  stmtNo?: number;
  /** Symbols the operand field referred to. */
  used: Set<string>;
  /** An EXEC that calls a procedure. */
  procCall?: boolean;
  /** An INCLUDE (or procedure call) whose member could not be read here: what it holds is unknown. */
  unresolved?: boolean;
}

export interface Where {
  card: CardPos;
  image: string;
}

/** Card and column of an offset in the statement's (substituted) operand text. */
export function posAt(ps: ParsedStatement, offset: number): Where {
  const raw = ps.raw;
  const rawOffset = offset < ps.map.length ? ps.map[offset]! : raw.operands.length;
  let seg = raw.segments[0];
  for (const s of raw.segments) {
    if (s.offset <= rawOffset) seg = s;
    else break;
  }
  if (!seg) return { card: { file: raw.file, line: raw.first.line, column: raw.opColumn }, image: raw.first.image };
  return { card: { file: raw.file, line: seg.line, column: seg.column + (rawOffset - seg.offset) }, image: seg.image };
}

/** Position of the statement itself (column 1 of its first card). */
export function stmtPos(ps: ParsedStatement, column = 1): Where {
  return { card: { file: ps.raw.file, line: ps.raw.first.line, column }, image: ps.raw.first.image };
}

const ALLOWED = /[A-Z0-9@#$,./'()*&+\-= ]/;
const ALLOWED_IF = /[A-Z0-9@#$,./'()*&+\-= \u00AC<>|^!]/;

/** The keyword (or the operation) whose parameter holds `offset`. */
export function fieldAt(text: string, offset: number, op: string): string {
  let depth = 0;
  let q = false;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") q = !q;
    else if (!q && ch === '(') depth++;
    else if (!q && ch === ')') depth--;
    else if (!q && ch === ',' && depth <= 0) start = i + 1;
  }
  const param = text.slice(start);
  const eq = /^([A-Z@#$][A-Z0-9@#$]*)(\.[A-Z0-9@#$]+)?=/.exec(param);
  return eq ? eq[1]! : op;
}

function syntaxCheck(ps: ParsedStatement): boolean {
  const text = ps.text;
  // NOTIFY's WHEN= holds a condition of the IF statement's syntax.
  const allowed = ps.op === 'IF' || ps.op === 'NOTIFY' ? ALLOWED_IF : ALLOWED;
  let q = false;
  let depth = 0;
  let firstOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'") {
      q = !q;
      continue;
    }
    if (q) continue;
    if (!allowed.test(ch)) {
      ps.diags.push(iefc.diag('IEFC620I', 'error', [ch, ps.op], posAt(ps, i)));
      return false;
    }
    if (ch === '(') {
      if (depth === 0) firstOpen = i;
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth < 0) {
        ps.diags.push(iefc.diag('IEFC622I', 'error', [fieldAt(text, i, ps.op)], posAt(ps, i)));
        return false;
      }
    }
  }
  if (q) {
    const at = text.lastIndexOf("'");
    ps.diags.push(iefc.diag('IEFC627I', 'error', [fieldAt(text, at, ps.op)], posAt(ps, at)));
    return false;
  }
  if (depth > 0) {
    ps.diags.push(iefc.diag('IEFC622I', 'error', [fieldAt(text, firstOpen, ps.op)], posAt(ps, firstOpen)));
    return false;
  }
  return true;
}

/** Operations whose operand field is not read as parameters here. */
const FREE_TEXT = new Set(['ELSE', 'ENDIF', 'PEND', 'CNTL', 'ENDCNTL', 'COMMAND']);

export function parseStatement(raw: RawStatement, origin: Origin, symbols: ReadonlyMap<string, string>): ParsedStatement {
  const sub = substituteSymbols(raw.operands, symbols);
  const text = sub.changed && raw.op !== 'IF' ? cutAtBlank(sub.text) : sub.text;
  const ps: ParsedStatement = {
    raw,
    origin,
    name: raw.name,
    op: raw.op,
    text,
    substituted: sub.changed,
    map: sub.map,
    params: [],
    ok: true,
    diags: [...raw.diags],
    used: sub.used,
  };
  if (sub.overflow) {
    ps.ok = false;
    ps.diags.push(sim.diag('SIM0121E', 'error', [MAX_SUBSTITUTED_FIELD], posAt(ps, 0)));
    return ps;
  }
  if (FREE_TEXT.has(raw.op) || COMMAND_VERBS.has(raw.op)) return ps;
  if (!syntaxCheck(ps)) {
    ps.ok = false;
    return ps;
  }
  if (raw.op === 'IF') {
    const r = parseIfCondition(text);
    if (r.ok) {
      ps.ifExpr = r.expr;
      for (const b of r.bangs) ps.diags.push(sim.diag('SIM0119I', 'info', [b.role], posAt(ps, b.offset)));
    } else {
      ps.ok = false;
      ps.diags.push(iefc.diag('IEFC630I', 'error', [text.slice(r.offset).split(/[\s()]/)[0] || text, 'IF'], posAt(ps, r.offset)));
    }
    return ps;
  }
  const r = parseOperands(text);
  if (r.ok) ps.params = r.params;
  else {
    ps.ok = false;
    const ch = text[r.offset];
    if (ch === "'") ps.diags.push(iefc.diag('IEFC627I', 'error', [fieldAt(text, r.offset, ps.op)], posAt(ps, r.offset)));
    else ps.diags.push(iefc.diag('IEFC622I', 'error', [fieldAt(text, r.offset, ps.op)], posAt(ps, r.offset)));
  }
  return ps;
}

/** A value with its enclosing apostrophes removed and `''` made `'` (symbol values, names). */
export function unquoted(text: string): string {
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  return text;
}

/** The grammar's IF tree → the IfExpr contract, with the keyword rules of the IF statement. */
import type { RawIf, RawIfOperand } from './parseOperands.js';
import type { IfExpr, IfOperand } from './types.js';

type Rel = 'GT' | 'GE' | 'EQ' | 'LT' | 'LE' | 'NE';
const REL: Record<string, Rel> = {
  GT: 'GT', '>': 'GT', GE: 'GE', '>=': 'GE', NL: 'GE', '\u00AC<': 'GE',
  EQ: 'EQ', '=': 'EQ', LT: 'LT', '<': 'LT', LE: 'LE', '<=': 'LE', NG: 'LE', '\u00AC>': 'LE',
  NE: 'NE', '\u00AC=': 'NE',
};

const KEYWORDS = new Set(['RC', 'ABEND', 'ABENDCC', 'RUN']);

export interface IfProblem {
  kind: 'unknown' | 'constant';
  text: string;
  offset: number;
}

function operandOf(o: RawIfOperand, problems: IfProblem[]): IfOperand | 'TRUE' | 'FALSE' {
  const w = o.words;
  const last = w[w.length - 1]!;
  if (w.length === 1) {
    if (/^\d+$/.test(last)) return { kind: 'number', value: Number(last) };
    if (last === 'TRUE' || last === 'FALSE') return last;
    if (last === 'RC') return { kind: 'RC' };
    if (last === 'ABEND') return { kind: 'ABEND' };
    if (last === 'ABENDCC') return { kind: 'ABENDCC' };
    if (/^[SU][0-9A-F]{1,4}$/.test(last)) return { kind: 'abendcode', value: last };
  } else if (KEYWORDS.has(last) && w.length <= 3) {
    const step = w[0]!;
    const procStep = w.length === 3 ? w[1] : undefined;
    const withSteps = <T extends object>(x: T): T => (procStep !== undefined ? { ...x, step, procStep } : { ...x, step });
    if (last === 'RC') return withSteps({ kind: 'RC' as const });
    if (last === 'ABEND') return withSteps({ kind: 'ABEND' as const });
    if (last === 'ABENDCC') return withSteps({ kind: 'ABENDCC' as const });
    return withSteps({ kind: 'RUN' as const, step });
  }
  problems.push({ kind: 'unknown', text: w.join('.'), offset: o.start });
  return { kind: 'number', value: 0 };
}

export function ifExprOf(raw: RawIf, problems: IfProblem[]): IfExpr {
  switch (raw.op) {
    case 'and':
    case 'or':
      return { op: raw.op, left: ifExprOf(raw.left, problems), right: ifExprOf(raw.right, problems) };
    case 'not':
      return { op: 'not', expr: ifExprOf(raw.expr, problems) };
    case 'test': {
      const o = operandOf(raw.operand, problems);
      if (o === 'TRUE' || o === 'FALSE' || (o.kind !== 'ABEND' && o.kind !== 'RUN')) {
        problems.push({ kind: 'unknown', text: raw.operand.words.join('.'), offset: raw.operand.start });
        return { op: 'test', operand: { kind: 'ABEND' } };
      }
      return { op: 'test', operand: o };
    }
    case 'cmp': {
      const l = operandOf(raw.left, problems);
      const r = operandOf(raw.right, problems);
      const rel = REL[raw.rel] ?? 'EQ';
      // ABEND=TRUE, STEP.RUN=FALSE …: a test of the keyword.
      if ((r === 'TRUE' || r === 'FALSE') && l !== 'TRUE' && l !== 'FALSE' && (l.kind === 'ABEND' || l.kind === 'RUN')) {
        const positive = (r === 'TRUE') === (rel === 'EQ');
        const t: IfExpr = { op: 'test', operand: l };
        return positive ? t : { op: 'not', expr: t };
      }
      if (l === 'TRUE' || l === 'FALSE' || r === 'TRUE' || r === 'FALSE') {
        problems.push({ kind: 'unknown', text: 'TRUE/FALSE', offset: raw.left.start });
        return { op: 'cmp', left: { kind: 'number', value: 0 }, rel, right: { kind: 'number', value: 0 } };
      }
      if (l.kind === 'number' && r.kind === 'number') problems.push({ kind: 'constant', text: `${l.value} ${rel} ${r.value}`, offset: raw.left.start });
      return { op: 'cmp', left: l, rel, right: r };
    }
  }
}

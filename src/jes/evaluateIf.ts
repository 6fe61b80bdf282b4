/**
 * IF/THEN/ELSE relational expressions, evaluated against the steps that have run so far.
 *
 * - `RC` is the highest return code of the steps that ran to completion (0 before any).
 * - `step.RC` of a step that did not run to completion (bypassed, not allocated, abended, or not
 *   a step of the job) makes that comparison false — whatever its operator; NOT and OR around it
 *   still apply, so `STEP1.RC = 0 | ¬STEP1.RUN` is true when STEP1 was bypassed (IBM's example).
 * - `ABEND`: some step abended; `step.ABEND`: that step did. `ABENDCC=Sxxx|Unnnn`: some step
 *   (or the named step) ended with that completion code.
 * - `step.RUN`: the step started (ran or abended).
 */
import type { IfExpr, IfOperand } from '../jcl/types.js';
import type { StepOutcome } from './stepHistory.js';
import { completedRc, findStep, normalizeAbend } from './stepHistory.js';

type Value = { kind: 'num'; n: number } | { kind: 'bool'; b: boolean } | { kind: 'codes'; codes: string[] } | { kind: 'code'; code: string } | { kind: 'none' };

interface Ctx {
  history: readonly StepOutcome[];
  current: { name: string; procStep?: string } | undefined;
}

function valueOf(o: IfOperand, ctx: Ctx): Value {
  switch (o.kind) {
    case 'number':
      return { kind: 'num', n: o.value };
    case 'abendcode':
      return { kind: 'code', code: normalizeAbend(o.value) };
    case 'RC': {
      if (o.step === undefined) {
        const rcs = ctx.history.map(completedRc).filter((r): r is number => r !== undefined);
        return { kind: 'num', n: rcs.length === 0 ? 0 : Math.max(...rcs) };
      }
      const rc = completedRc(findStep(ctx.history, o, ctx.current));
      return rc === undefined ? { kind: 'none' } : { kind: 'num', n: rc };
    }
    case 'ABEND': {
      if (o.step === undefined) return { kind: 'bool', b: ctx.history.some((h) => h.abend !== undefined) };
      return { kind: 'bool', b: findStep(ctx.history, o, ctx.current)?.abend !== undefined };
    }
    case 'RUN':
      return { kind: 'bool', b: findStep(ctx.history, o, ctx.current)?.ran === true };
    case 'ABENDCC': {
      if (o.step === undefined) return { kind: 'codes', codes: ctx.history.flatMap((h) => (h.abend !== undefined ? [normalizeAbend(h.abend)] : [])) };
      const a = findStep(ctx.history, o, ctx.current)?.abend;
      return a === undefined ? { kind: 'none' } : { kind: 'codes', codes: [normalizeAbend(a)] };
    }
  }
}

function compare(a: number, rel: string, b: number): boolean {
  switch (rel) {
    case 'GT':
      return a > b;
    case 'GE':
      return a >= b;
    case 'EQ':
      return a === b;
    case 'LT':
      return a < b;
    case 'LE':
      return a <= b;
    default:
      return a !== b;
  }
}

function asNumber(v: Value): number | undefined {
  if (v.kind === 'num') return v.n;
  if (v.kind === 'bool') return v.b ? 1 : 0;
  return undefined;
}

function cmp(l: Value, rel: string, r: Value): boolean {
  if (l.kind === 'none' || r.kind === 'none') return false;
  const codes = l.kind === 'codes' ? l : r.kind === 'codes' ? r : undefined;
  const code = l.kind === 'code' ? l : r.kind === 'code' ? r : undefined;
  if (codes || code) {
    // ABENDCC = code: some completion code equals it; ABENDCC ¬= code: none does. Nothing else compares.
    if (!codes || !code) return false;
    const hit = codes.codes.includes(code.code);
    return rel === 'EQ' ? hit : rel === 'NE' ? !hit : false;
  }
  const a = asNumber(l);
  const b = asNumber(r);
  return a !== undefined && b !== undefined && compare(a, rel, b);
}

function evaluate(e: IfExpr, ctx: Ctx): boolean {
  switch (e.op) {
    case 'and':
      return evaluate(e.left, ctx) && evaluate(e.right, ctx);
    case 'or':
      return evaluate(e.left, ctx) || evaluate(e.right, ctx);
    case 'not':
      return !evaluate(e.expr, ctx);
    case 'cmp':
      return cmp(valueOf(e.left, ctx), e.rel, valueOf(e.right, ctx));
    case 'test': {
      const v = valueOf(e.operand, ctx);
      if (v.kind === 'bool') return v.b;
      if (v.kind === 'codes') return v.codes.length > 0;
      if (v.kind === 'code') return false;
      if (v.kind === 'num') return v.n !== 0;
      return false;
    }
  }
}

export function evaluateIf(expr: IfExpr, history: readonly StepOutcome[], current?: { name: string; procStep?: string }): boolean {
  return evaluate(expr, { history, current });
}

/** Whether an expression tests ABEND or ABENDCC (such a step may run after an abend). */
export function testsAbend(e: IfExpr): boolean {
  switch (e.op) {
    case 'and':
    case 'or':
      return testsAbend(e.left) || testsAbend(e.right);
    case 'not':
      return testsAbend(e.expr);
    case 'cmp':
      return [e.left, e.right].some((o) => o.kind === 'ABEND' || o.kind === 'ABENDCC');
    case 'test':
      return e.operand.kind === 'ABEND' || e.operand.kind === 'ABENDCC';
  }
}

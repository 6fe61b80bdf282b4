/**
 * Whether a step runs: the IF/THEN/ELSE clauses it sits in, the abend rule and its EXEC COND,
 * in that order; and the JOB statement's COND, which ends the job.
 *
 * COND=(code,op[,step]) bypasses the step when `code op RC` holds for a step that ran to
 * completion (any such earlier step when no step is named). A test naming a step without a return
 * code (bypassed, abended, unknown) is false. COND on the first step of the job is ignored. After
 * an abend a step runs only with COND=EVEN or COND=ONLY, or inside an IF that tests ABEND or
 * ABENDCC; COND=ONLY steps run only after an abend.
 *
 * An IF is evaluated once, when the first step under it is reached, and every step under it uses
 * that result (IBM: "the determination … is not subject to change based on the results of running
 * steps" under it).
 */
import type { CondTest, JclStep } from '../jcl/types.js';
import { evaluateIf, testsAbend } from './evaluateIf.js';
import type { StepOutcome } from './stepHistory.js';
import { completedRc, findStep } from './stepHistory.js';

export type Decision =
  | { run: true }
  | { run: false; why: 'IF'; ifStmt: number }
  | { run: false; why: 'COND' }
  | { run: false; why: 'ABEND' };

/** `code op RC` — true means bypass. */
export function condHolds(t: CondTest, rc: number): boolean {
  switch (t.op) {
    case 'GT':
      return t.code > rc;
    case 'GE':
      return t.code >= rc;
    case 'EQ':
      return t.code === rc;
    case 'LT':
      return t.code < rc;
    case 'LE':
      return t.code <= rc;
    case 'NE':
      return t.code !== rc;
  }
}

/** Whether any of the tests holds against the history (the step named, or every step that completed). */
export function condSatisfied(tests: readonly CondTest[], history: readonly StepOutcome[], current?: { name: string; procStep?: string }): boolean {
  return tests.some((t) => {
    if (t.step === undefined) return history.some((h) => {
      const rc = completedRc(h);
      return rc !== undefined && condHolds(t, rc);
    });
    const ref = t.procStep !== undefined ? { step: t.step, procStep: t.procStep } : { step: t.step };
    const rc = completedRc(findStep(history, ref, current));
    return rc !== undefined && condHolds(t, rc);
  });
}

export function decideStep(step: JclStep, index: number, history: readonly StepOutcome[], ifCache: Map<number, boolean>): Decision {
  const current = step.procStep !== undefined ? { name: step.name, procStep: step.procStep } : { name: step.name };
  for (const ctx of step.ifs) {
    let value = ifCache.get(ctx.stmt);
    if (value === undefined) {
      value = evaluateIf(ctx.expr, history, current);
      ifCache.set(ctx.stmt, value);
    }
    if (value === ctx.negate) return { run: false, why: 'IF', ifStmt: ctx.stmt };
  }
  const abended = history.some((h) => h.abend !== undefined);
  const cond = index === 0 ? undefined : step.cond;
  if (abended && !cond?.even && !cond?.only && !step.ifs.some((c) => testsAbend(c.expr))) return { run: false, why: 'ABEND' };
  if (cond) {
    if (cond.only && !abended) return { run: false, why: 'COND' };
    if (condSatisfied(cond.tests, history, current)) return { run: false, why: 'COND' };
  }
  return { run: true };
}

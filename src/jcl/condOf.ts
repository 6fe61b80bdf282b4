/** COND= on JOB and EXEC → the tests the runner evaluates (invalid entries are reported by checks). */
import type { CondTest, ExecCond, JclValue } from './types.js';

const OPS = new Set(['GT', 'GE', 'EQ', 'LT', 'LE', 'NE']);

export function condTestOf(v: JclValue): CondTest | undefined {
  if (typeof v === 'string' || v.length < 2) return undefined;
  const [c, op, step] = v;
  if (typeof c !== 'string' || typeof op !== 'string' || !/^\d{1,4}$/.test(c) || !OPS.has(op)) return undefined;
  const t: CondTest = { code: Number(c), op: op as CondTest['op'] };
  if (typeof step === 'string' && step !== '') {
    const [s, p] = step.split('.');
    t.step = s!;
    if (p !== undefined) t.procStep = p;
  }
  return t;
}

/** The entries of a COND value: a single test `(4,LT)` or a list of tests and EVEN/ONLY. */
export function condEntries(v: JclValue): JclValue[] {
  if (typeof v === 'string') return [v];
  if (isSingleTest(v)) return [v];
  return v;
}

/** `(4,LT)` or `(4,LT,STEP)` rather than a list of tests: plain subparameters, not EVEN/ONLY first. */
export function isSingleTest(v: JclValue): boolean {
  return typeof v !== 'string' && v.length >= 2 && v.length <= 3 && v.every((x) => typeof x === 'string') && v[0] !== 'EVEN' && v[0] !== 'ONLY';
}

export function execCondOf(v: JclValue | undefined): ExecCond | undefined {
  if (v === undefined) return undefined;
  const cond: ExecCond = { tests: [], even: false, only: false };
  for (const e of condEntries(v)) {
    if (e === 'EVEN') cond.even = true;
    else if (e === 'ONLY') cond.only = true;
    else {
      const t = condTestOf(e);
      if (t) cond.tests.push(t);
    }
  }
  return cond;
}

export function jobCondOf(v: JclValue | undefined): CondTest[] | undefined {
  if (v === undefined) return undefined;
  const tests: CondTest[] = [];
  for (const e of condEntries(v)) {
    const t = condTestOf(e);
    if (t) tests.push(t);
  }
  return tests;
}

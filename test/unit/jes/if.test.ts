import test from 'ava';
import type { IfExpr, IfOperand } from '../../../src/jcl/types.js';
import { evaluateIf, testsAbend } from '../../../src/jes/evaluateIf.js';
import type { StepOutcome } from '../../../src/jes/stepHistory.js';
import { submitJobs } from '../../../src/jes/submitJobs.js';
import { env, job, spoolFile, step, tempSystem } from '../../helpers/jclJobs.js';

const rc = (step?: string): IfOperand => (step === undefined ? { kind: 'RC' } : { kind: 'RC', step });
const num = (value: number): IfOperand => ({ kind: 'number', value });
const cmp = (left: IfOperand, rel: 'GT' | 'GE' | 'EQ' | 'LT' | 'LE' | 'NE', right: IfOperand): IfExpr => ({ op: 'cmp', left, rel, right });

const history: StepOutcome[] = [
  { name: 'S1', ran: true, rc: 4 },
  { name: 'S2', ran: false },
  { name: 'S3', ran: true, abend: 'S0C7' },
  { name: 'S4', ran: true, rc: 8, procStep: 'P' },
];

test('RC is the highest return code of steps that completed', (t) => {
  t.true(evaluateIf(cmp(rc(), 'EQ', num(8)), history));
  t.true(evaluateIf(cmp(rc(), 'EQ', num(0)), []), 'RC starts at 0');
});

test('step.RC of a step that did not complete makes the comparison false, whatever the operator', (t) => {
  t.true(evaluateIf(cmp(rc('S1'), 'EQ', num(4)), history));
  for (const rel of ['EQ', 'NE', 'GT', 'LT', 'GE', 'LE'] as const) {
    t.false(evaluateIf(cmp(rc('S2'), rel, num(0)), history), `bypassed ${rel}`);
    t.false(evaluateIf(cmp(rc('S3'), rel, num(0)), history), `abended ${rel}`);
    t.false(evaluateIf(cmp(rc('NOSUCH'), rel, num(0)), history), `unknown ${rel}`);
  }
  // IBM's example 7: STEP1.RC = 0 | ¬STEP1.RUN is true when STEP1 did not run.
  const e: IfExpr = { op: 'or', left: cmp(rc('S2'), 'EQ', num(0)), right: { op: 'not', expr: { op: 'test', operand: { kind: 'RUN', step: 'S2' } } } };
  t.true(evaluateIf(e, history));
  t.true(evaluateIf({ op: 'cmp', left: { kind: 'RC', step: 'S4', procStep: 'P' }, rel: 'EQ', right: num(8) }, history));
});

test('ABEND, step.ABEND, ABENDCC and RUN', (t) => {
  t.true(evaluateIf({ op: 'test', operand: { kind: 'ABEND' } }, history));
  t.false(evaluateIf({ op: 'test', operand: { kind: 'ABEND' } }, history.slice(0, 2)));
  t.true(evaluateIf({ op: 'test', operand: { kind: 'ABEND', step: 'S3' } }, history));
  t.false(evaluateIf({ op: 'test', operand: { kind: 'ABEND', step: 'S1' } }, history));
  t.true(evaluateIf({ op: 'cmp', left: { kind: 'ABENDCC' }, rel: 'EQ', right: { kind: 'abendcode', value: 'S0C7' } }, history));
  t.false(evaluateIf({ op: 'cmp', left: { kind: 'ABENDCC' }, rel: 'EQ', right: { kind: 'abendcode', value: 'U0100' } }, history));
  t.true(evaluateIf({ op: 'cmp', left: { kind: 'ABENDCC' }, rel: 'NE', right: { kind: 'abendcode', value: 'U100' } }, history));
  t.true(evaluateIf({ op: 'test', operand: { kind: 'RUN', step: 'S3' } }, history), 'an abended step did run');
  t.false(evaluateIf({ op: 'test', operand: { kind: 'RUN', step: 'S2' } }, history));
  t.true(testsAbend({ op: 'not', expr: { op: 'test', operand: { kind: 'ABEND' } } }));
  t.false(testsAbend(cmp(rc(), 'GT', num(4))));
});

test('THEN and ELSE clauses; IEF206I names the IF statement', async (t) => {
  const sys = tempSystem(t);
  const high = cmp(rc(), 'GT', num(4));
  const j = job('J', [
    step('S1', 'SETRC', [], { parm: '8' }),
    step('THEN1', 'SETRC', [], { parm: '1', ifs: [{ expr: high, negate: false, stmt: 50 }] }),
    step('ELSE1', 'SETRC', [], { parm: '2', ifs: [{ expr: high, negate: true, stmt: 50 }] }),
    step('NESTED', 'SETRC', [], { parm: '3', ifs: [{ expr: high, negate: false, stmt: 50 }, { expr: cmp(rc('THEN1'), 'EQ', num(1)), negate: false, stmt: 52 }] }),
  ]);
  const [r] = await submitJobs([j], env(sys));
  t.deepEqual(r!.steps.map((s) => s.rc ?? s.bypassed), [8, 1, 'IF', 3]);
  t.true(spoolFile(sys, r!.spool, 'JESYSMSG').includes('IEF206I J ELSE1 - STEP WAS NOT RUN BECAUSE OF CONDITIONAL EXPRESSION ON STATEMENT 50'));
});

test('an IF is evaluated once, when its first step is reached (IBM example 9)', async (t) => {
  const sys = tempSystem(t);
  const notAbend: IfExpr = { op: 'not', expr: { op: 'test', operand: { kind: 'ABEND' } } };
  const j = job('JOBF', [
    step('STEP1', 'SETRC'),
    step('STEP2', 'ABENDER', [], { parm: 'S0C7', ifs: [{ expr: notAbend, negate: false, stmt: 40 }] }),
    step('STEP3', 'SETRC', [], { parm: '5', ifs: [{ expr: notAbend, negate: false, stmt: 40 }] }),
    step('STEP4', 'SETRC', [], { parm: '6', ifs: [{ expr: notAbend, negate: true, stmt: 40 }] }),
  ]);
  const [r] = await submitJobs([j], env(sys));
  // STEP2 abends, yet STEP3 still runs (the IF tests ABEND and was true) and STEP4 (ELSE) does not.
  t.deepEqual(r!.steps.map((s) => s.rc ?? s.abend ?? s.bypassed), [0, 'S0C7', 5, 'IF']);
});

test('after an abend a step in an IF testing ABEND runs; one testing RC does not', async (t) => {
  const sys = tempSystem(t);
  const abend: IfExpr = { op: 'test', operand: { kind: 'ABEND' } };
  const j = job('J', [
    step('S1', 'ABENDER', [], { parm: 'S0C4' }),
    step('CLEANUP', 'SETRC', [], { parm: '0', ifs: [{ expr: abend, negate: false, stmt: 30 }] }),
    step('RCSTEP', 'SETRC', [], { parm: '0', ifs: [{ expr: cmp(rc(), 'EQ', num(0)), negate: false, stmt: 31 }] }),
    step('PLAIN', 'SETRC'),
  ]);
  const [r] = await submitJobs([j], env(sys));
  t.deepEqual(r!.steps.map((s) => s.rc ?? s.abend ?? s.bypassed), ['S0C4', 0, 'ABEND', 'ABEND']);
});

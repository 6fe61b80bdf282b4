import test from 'ava';
import { condHolds } from '../../../src/jes/decideStep.js';
import { submitJobs } from '../../../src/jes/submitJobs.js';
import { cond, env, job, spoolFile, step, tempSystem } from '../../helpers/jclJobs.js';

test('COND operators: the step is bypassed when `code op RC` holds', (t) => {
  const table: [number, 'GT' | 'GE' | 'EQ' | 'LT' | 'LE' | 'NE', number, boolean][] = [
    [4, 'GT', 0, true], [4, 'GT', 4, false], [4, 'GT', 8, false],
    [4, 'GE', 0, true], [4, 'GE', 4, true], [4, 'GE', 8, false],
    [4, 'EQ', 0, false], [4, 'EQ', 4, true], [4, 'EQ', 8, false],
    [4, 'LT', 0, false], [4, 'LT', 4, false], [4, 'LT', 8, true],
    [4, 'LE', 0, false], [4, 'LE', 4, true], [4, 'LE', 8, true],
    [4, 'NE', 0, true], [4, 'NE', 4, false], [4, 'NE', 8, true],
  ];
  for (const [code, op, rc, bypass] of table) t.is(condHolds({ code, op }, rc), bypass, `(${code},${op}) RC=${rc}`);
});

// IBM's COND example (z/OS MVS JCL User's Guide, "Examples of COND return code testing in a job").
test("IBM's nine-step COND example runs exactly steps 1, 2, 5, 6 and 7", async (t) => {
  const sys = tempSystem(t);
  const j = job(
    'MYJOB',
    [
      step('STEP1', 'SETRC', [], { parm: '6' }),
      step('STEP2', 'SETRC', [], { parm: '2', cond: cond([{ code: 2, op: 'EQ' }, { code: 4, op: 'EQ' }]) }),
      step('STEP3', 'SETRC', [], { parm: '99', cond: cond([], { only: true }) }),
      step('STEP4', 'SETRC', [], { parm: '99', cond: cond([{ code: 5, op: 'GT', step: 'STEP1' }, { code: 2, op: 'EQ' }]) }),
      step('STEP5', 'SETRC', [], { parm: '9' }),
      step('STEP6', 'SETRC', [], { parm: '10', cond: cond([{ code: 8, op: 'GT', step: 'STEP5' }], { even: true }) }),
      step('STEP7', 'SETRC', [], { parm: '12', cond: cond([{ code: 4, op: 'GT', step: 'STEP4' }]) }),
      step('STEP8', 'SETRC', [], { parm: '99' }),
      step('STEP9', 'SETRC', [], { parm: '99', cond: cond([], { only: true }) }),
    ],
    { cond: [{ code: 10, op: 'LT' }] },
  );
  const [r] = await submitJobs([j], env(sys));
  t.deepEqual(
    r!.steps.map((s) => [s.name, s.rc ?? s.bypassed]),
    [['STEP1', 6], ['STEP2', 2], ['STEP3', 'COND'], ['STEP4', 'COND'], ['STEP5', 9], ['STEP6', 10], ['STEP7', 12], ['STEP8', 'JOB COND'], ['STEP9', 'JOB COND']],
  );
  t.is(r!.maxcc, 12);
  t.is(r!.status, 'CC');
  const sysmsg = spoolFile(sys, r!.spool, 'JESYSMSG');
  t.true(sysmsg.includes('IEF202I MYJOB STEP3 - STEP WAS NOT RUN BECAUSE OF CONDITION CODES'));
  t.true(sysmsg.includes('IEF272I MYJOB STEP3 - STEP WAS NOT EXECUTED.'));
  t.true(sysmsg.includes('IEF142I MYJOB STEP7 - STEP WAS EXECUTED - COND CODE 0012'));
  t.true(sysmsg.includes('IEF202I MYJOB STEP8 - STEP WAS NOT RUN BECAUSE OF CONDITION CODES'));
  t.true(spoolFile(sys, r!.spool, 'JESMSGLG').some((l) => l.endsWith('$HASP395 MYJOB    ENDED - RC=0012')));
});

test('COND on the first step is ignored; a test naming a step that did not run is false', async (t) => {
  const sys = tempSystem(t);
  const j = job('J', [
    step('S1', 'SETRC', [], { parm: '0', cond: cond([{ code: 0, op: 'EQ' }]) }),
    step('S2', 'SETRC', [], { parm: '4', cond: cond([{ code: 0, op: 'EQ', step: 'S1' }]) }),
    step('S3', 'SETRC', [], { parm: '0', cond: cond([{ code: 0, op: 'LE', step: 'S2' }]) }),
    step('S4', 'SETRC', [], { parm: '3', cond: cond([{ code: 0, op: 'LE', step: 'NOSUCH' }]) }),
  ]);
  const [r] = await submitJobs([j], env(sys));
  t.deepEqual(r!.steps.map((s) => s.rc ?? s.bypassed), [0, 'COND', 0, 3]);
});

test('after an abend only COND=EVEN and COND=ONLY steps run; their RC tests still apply', async (t) => {
  const sys = tempSystem(t);
  const j = job('J', [
    step('S1', 'SETRC', [], { parm: '4' }),
    step('S2', 'ABENDER', [], { parm: 'U0100' }),
    step('S3', 'SETRC', [], { parm: '0' }),
    step('S4', 'SETRC', [], { parm: '1', cond: cond([], { even: true }) }),
    step('S5', 'SETRC', [], { parm: '2', cond: cond([], { only: true }) }),
    step('S6', 'SETRC', [], { parm: '3', cond: cond([{ code: 4, op: 'EQ', step: 'S1' }], { even: true }) }),
  ]);
  const [r] = await submitJobs([j], env(sys));
  t.deepEqual(r!.steps.map((s) => s.rc ?? s.abend ?? s.bypassed), [4, 'U0100', 'ABEND', 1, 2, 'COND']);
  t.is(r!.status, 'ABEND');
  t.is(r!.abend, 'U0100');
  t.is(r!.maxcc, 4);
  const sysmsg = spoolFile(sys, r!.spool, 'JESYSMSG');
  const i = sysmsg.indexOf('IEF272I J S3 - STEP WAS NOT EXECUTED.');
  t.true(i > 0);
  t.false(sysmsg[i - 1]!.startsWith('IEF202I'), 'an abend-flushed step has no IEF202I');
  t.true(sysmsg.includes('IEF472I J S2 - COMPLETION CODE - SYSTEM=000 USER=0100 REASON=00000000'));
  const log = spoolFile(sys, r!.spool, 'JESMSGLG');
  t.true(log.some((l) => l.endsWith('IEF450I J S2 - ABEND=S000 U0100 REASON=00000000')));
  t.true(log.some((l) => l.endsWith('$HASP395 J        ENDED - ABEND=U0100')));
});

test('COND=ONLY without an abend bypasses the step', async (t) => {
  const sys = tempSystem(t);
  const [r] = await submitJobs([job('J', [step('S1', 'SETRC'), step('S2', 'SETRC', [], { cond: cond([], { only: true }) })])], env(sys));
  t.is(r!.steps[1]!.bypassed, 'COND');
});

test('a COND test inside a procedure names a step of the same procedure call', async (t) => {
  const sys = tempSystem(t);
  const j = job('J', [
    step('A', 'SETRC', [], { procStep: 'C', parm: '8' }),
    step('A', 'SETRC', [], { procStep: 'L', cond: cond([{ code: 4, op: 'LT', step: 'C' }]) }),
    step('B', 'SETRC', [], { procStep: 'C', parm: '0' }),
    step('B', 'SETRC', [], { procStep: 'L', parm: '0', cond: cond([{ code: 4, op: 'LT', step: 'C' }]) }),
  ]);
  const [r] = await submitJobs([j], env(sys));
  t.deepEqual(r!.steps.map((s) => s.rc ?? s.bypassed), [8, 'COND', 0, 0]);
  const sysmsg = spoolFile(sys, r!.spool, 'JESYSMSG');
  t.true(sysmsg.includes('IEF202I J L A - STEP WAS NOT RUN BECAUSE OF CONDITION CODES'), 'procedure step first, then job step');
  t.true(sysmsg.includes('IEF373I STEP/L       /START 2025063.1015'));
});

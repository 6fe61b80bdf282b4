import test from 'ava';
import { convertJcl } from '../../../src/jcl/convertJcl.js';
import type { IfExpr, JclJob } from '../../../src/jcl/types.js';

const conv = (...lines: string[]): JclJob => convertJcl(lines.join('\n'), { file: 't.jcl' }).jobs[0]!;
const cond = (text: string): { expr: IfExpr; job: JclJob } => {
  const job = conv('//J JOB', '//S1 EXEC PGM=X', `// IF ${text} THEN`, '//S2 EXEC PGM=Y', '// ENDIF');
  return { expr: job.steps[1]!.ifs[0]!.expr, job };
};

test('RC comparisons in both spellings', (t) => {
  t.deepEqual(cond('(RC = 0)').expr, { op: 'cmp', left: { kind: 'RC' }, rel: 'EQ', right: { kind: 'number', value: 0 } });
  t.deepEqual(cond('RC GT 4').expr, { op: 'cmp', left: { kind: 'RC' }, rel: 'GT', right: { kind: 'number', value: 4 } });
  t.deepEqual(cond('(S1.RC <= 8)').expr, { op: 'cmp', left: { kind: 'RC', step: 'S1' }, rel: 'LE', right: { kind: 'number', value: 8 } });
  t.deepEqual(cond('(S1.P1.RC \u00AC= 8)').expr, { op: 'cmp', left: { kind: 'RC', step: 'S1', procStep: 'P1' }, rel: 'NE', right: { kind: 'number', value: 8 } });
  t.is((cond('RC NG 4').expr as { rel: string }).rel, 'LE');
  t.is((cond('RC \u00AC< 4').expr as { rel: string }).rel, 'GE');
});

test('NOT binds tighter than AND/OR, which go left to right', (t) => {
  const { expr } = cond('(NOT ABEND & RC < 4 | S1.RUN)');
  t.deepEqual(expr, {
    op: 'or',
    left: {
      op: 'and',
      left: { op: 'not', expr: { op: 'test', operand: { kind: 'ABEND' } } },
      right: { op: 'cmp', left: { kind: 'RC' }, rel: 'LT', right: { kind: 'number', value: 4 } },
    },
    right: { op: 'test', operand: { kind: 'RUN', step: 'S1' } },
  });
});

test('¬ABEND, ABEND=FALSE, ABENDCC=S806, step.RUN=TRUE', (t) => {
  t.deepEqual(cond('\u00ACABEND').expr, { op: 'not', expr: { op: 'test', operand: { kind: 'ABEND' } } });
  t.deepEqual(cond('ABEND=FALSE').expr, { op: 'not', expr: { op: 'test', operand: { kind: 'ABEND' } } });
  t.deepEqual(cond('(S1.ABENDCC=S806)').expr, { op: 'cmp', left: { kind: 'ABENDCC', step: 'S1' }, rel: 'EQ', right: { kind: 'abendcode', value: 'S806' } });
  t.deepEqual(cond('S1.RUN=TRUE').expr, { op: 'test', operand: { kind: 'RUN', step: 'S1' } });
});

test('ELSE negates; nesting gives every context; SIM0113W on constants', (t) => {
  const job = conv('//J JOB', '//S1 EXEC PGM=X', '// IF RC = 0 THEN', '// IF ABEND THEN', '//S2 EXEC PGM=Y', '// ELSE', '//S3 EXEC PGM=Z', '// ENDIF', '// ENDIF');
  t.deepEqual(job.steps[1]!.ifs.map((c) => [c.stmt, c.negate]), [[3, false], [4, false]]);
  t.deepEqual(job.steps[2]!.ifs.map((c) => [c.stmt, c.negate]), [[3, false], [4, true]]);
  t.true(cond('(0 EQ 1)').job.diagnostics.some((d) => d.id === 'SIM0113W'));
});

test('unknown words, unmatched ELSE/ENDIF and a missing ENDIF are errors', (t) => {
  t.true(cond('(FOO = 1)').job.diagnostics.some((d) => d.id === 'IEFC630I' && d.severity === 'error'));
  const j = conv('//J JOB', '//S1 EXEC PGM=X', '// ENDIF', '// IF RC = 0 THEN', '//S2 EXEC PGM=X');
  t.deepEqual(j.diagnostics.filter((d) => d.id === 'IEFC019I').map((d) => d.text), ['MISPLACED ENDIF STATEMENT', 'MISPLACED IF STATEMENT']);
});

test('the code-page spellings: ^ is the not sign, ! the or sign between operands and the not sign elsewhere (SIM0119I)', (t) => {
  const rc = (rel: string, value: number) => ({ op: 'cmp', left: { kind: 'RC' }, rel, right: { kind: 'number', value } });
  t.deepEqual(cond('RC ^= 4').expr, rc('NE', 4));
  t.deepEqual(cond('RC ^> 4').expr, rc('LE', 4));
  t.deepEqual(cond('RC ^< 4').expr, rc('GE', 4));
  t.deepEqual(cond('^ABEND').expr, { op: 'not', expr: { op: 'test', operand: { kind: 'ABEND' } } });
  t.deepEqual(cond('\u00ACABEND').job.diagnostics, []);
  t.deepEqual(cond('RC ^= 4').job.diagnostics, []);

  const bang = cond('(!ABEND & RC != 0 ! S1.RC !> 3)');
  t.deepEqual(bang.expr, {
    op: 'or',
    left: {
      op: 'and',
      left: { op: 'not', expr: { op: 'test', operand: { kind: 'ABEND' } } },
      right: rc('NE', 0),
    },
    right: { op: 'cmp', left: { kind: 'RC', step: 'S1' }, rel: 'LE', right: { kind: 'number', value: 3 } },
  });
  t.deepEqual(bang.job.diagnostics.map((d) => `${d.id}:${d.card?.column}:${d.text}`), [
    'SIM0119I:8:CHARACTER ! IN THE IF CONDITION READ AS THE NOT SIGN',
    'SIM0119I:20:CHARACTER ! IN THE IF CONDITION READ AS THE NOT SIGN',
    'SIM0119I:25:CHARACTER ! IN THE IF CONDITION READ AS THE OR SIGN',
    'SIM0119I:33:CHARACTER ! IN THE IF CONDITION READ AS THE NOT SIGN',
  ]);
  t.deepEqual(cond('NOT !ABEND').expr, { op: 'not', expr: { op: 'not', expr: { op: 'test', operand: { kind: 'ABEND' } } } });
  t.true(cond('NOT !ABEND').job.diagnostics.every((d) => d.text.endsWith('NOT SIGN')));
  // Still errors: a ! with nothing to apply to, and characters that are no operator in any code page.
  t.is(cond('RC = 4 !').job.diagnostics.find((d) => d.severity === 'error')?.id, 'IEFC630I');
  t.is(cond('RC ~= 4').job.diagnostics.find((d) => d.severity === 'error')?.id, 'IEFC620I');
});

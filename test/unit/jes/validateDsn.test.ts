import test from 'ava';
import { generationName, parseGenerationName, validateDsn, validateMember } from '../../../src/jes/validateDsn.js';

test('valid data set names', (t) => {
  for (const n of ['A', 'HLQ.SEALINK', 'HLQ.TAPEPLXA.DBASEPRM', '@#$.X-1.Y', 'A2345678.B2345678.C2345678.D2345678.E2345', 'SYS25063.T101502.RA000.JOB1.T.H01']) {
    t.true(validateDsn(n).ok, n);
  }
});

test('names that could leave the catalog directory are refused', (t) => {
  for (const n of ['..', '../ETC', 'A/B', 'A\\B', '/ABS', '.HIDDEN', 'A..B', 'A.', '.', 'A.B/..', '~ROOT', 'A B', 'a.b', 'A.B\u0000']) {
    t.false(validateDsn(n).ok, JSON.stringify(n));
  }
});

test('length and qualifier rules', (t) => {
  t.false(validateDsn('').ok);
  t.false(validateDsn('A23456789').ok, 'qualifier of 9');
  t.false(validateDsn('1ABC').ok, 'first character a digit');
  t.false(validateDsn('A.-B').ok, 'qualifier starting with a hyphen');
  const ok44 = 'A2345678.B2345678.C2345678.D2345678.E2345678';
  t.is(ok44.length, 44);
  t.true(validateDsn(ok44).ok);
  t.false(validateDsn(`${ok44}X`).ok);
  const r = validateDsn('A23456789');
  t.false(r.ok);
  if (!r.ok) t.regex(r.reason, /LONGER THAN 8/);
});

test('member names', (t) => {
  t.true(validateMember('BKPCNTL').ok);
  t.true(validateMember('$X#@1').ok);
  t.false(validateMember('').ok);
  t.false(validateMember('TOOLONGXX').ok);
  t.false(validateMember('..').ok);
  t.false(validateMember('A/B').ok);
  t.false(validateMember('9A').ok);
});

test('generation names', (t) => {
  t.is(generationName('HLQ.BKUP', 7), 'HLQ.BKUP.G0007V00');
  t.deepEqual(parseGenerationName('HLQ.BKUP.G0007V00'), { base: 'HLQ.BKUP', generation: 7 });
  t.is(parseGenerationName('HLQ.BKUP'), undefined);
});

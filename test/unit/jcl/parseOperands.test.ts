import test from 'ava';
import { parseOperands } from '../../../src/jcl/parseOperands.js';

const params = (s: string) => {
  const r = parseOperands(s);
  if (!r.ok) throw new Error(`no match at ${r.offset}`);
  return r.params.map((p) => (p.key === undefined ? { value: p.value } : { key: p.key + (p.qualifier ? '.' + p.qualifier : ''), value: p.value }));
};

test('keyword and positional parameters, nested parentheses', (t) => {
  t.deepEqual(params('DSN=A.B,DISP=(NEW,CATLG,DELETE),SPACE=(CYL,(1,1),RLSE)'), [
    { key: 'DSN', value: 'A.B' },
    { key: 'DISP', value: ['NEW', 'CATLG', 'DELETE'] },
    { key: 'SPACE', value: ['CYL', ['1', '1'], 'RLSE'] },
  ]);
  t.deepEqual(params('*,DLM=$$'), [{ value: '*' }, { key: 'DLM', value: '$$' }]);
});

test('placeholders and omitted values', (t) => {
  t.deepEqual(params('DISP=(,CATLG)'), [{ key: 'DISP', value: ['', 'CATLG'] }]);
  t.deepEqual(params(",'NAME',UNIT="), [{ value: undefined }, { value: "'NAME'" }, { key: 'UNIT', value: undefined }]);
});

test("quoted strings keep their apostrophes, with '' inside", (t) => {
  t.deepEqual(params("PARM='A B,''C'''"), [{ key: 'PARM', value: "'A B,''C'''" }]);
});

test('temporaries, referbacks, members, generations, qualified keywords', (t) => {
  t.deepEqual(params('DSN=&&TEMP(M1),VOL=REF=*.S1.DD1'), [
    { key: 'DSN', value: '&&TEMP(M1)' },
    { key: 'VOL', value: 'REF=*.S1.DD1' },
  ]);
  t.deepEqual(params('DSN=*.STEP.PSTEP.DD'), [{ key: 'DSN', value: '*.STEP.PSTEP.DD' }]);
  t.deepEqual(params('DSN=GDG.BASE(+1)'), [{ key: 'DSN', value: 'GDG.BASE(+1)' }]);
  t.deepEqual(params("PARM.COB='X',COND.LKED=(4,LT)"), [
    { key: 'PARM.COB', value: "'X'" },
    { key: 'COND.LKED', value: ['4', 'LT'] },
  ]);
  t.deepEqual(params('COND=((4,LT),(8,GE,S1.P1),EVEN)'), [{ key: 'COND', value: [['4', 'LT'], ['8', 'GE', 'S1.P1'], 'EVEN'] }]);
});

test('failures report the offset', (t) => {
  const r = parseOperands('SPACE=(CYL,(1,1)');
  t.false(r.ok);
  if (!r.ok) t.is(r.offset, 16);
});

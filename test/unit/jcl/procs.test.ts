import test from 'ava';
import { convertJcl } from '../../../src/jcl/convertJcl.js';
import type { ConvertOptions, JclJob } from '../../../src/jcl/types.js';

const conv = (lines: string[], opts: Partial<ConvertOptions> = {}): JclJob => convertJcl(lines.join('\n'), { file: 't.jcl', ...opts }).jobs[0]!;
const errors = (j: JclJob) => j.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.id}@${d.card?.line}:${d.card?.column}`);

const INSTREAM = [
  '//J JOB',
  '//MYPROC PROC MBR=TEMP,CLS=A',
  '//P1 EXEC PGM=IEFBR14,PARM=ONE',
  '//IN DD DSN=LIB.SRC(&MBR),DISP=SHR',
  '//OUT DD SYSOUT=&CLS',
  '//P2 EXEC PGM=IEBGENER,PARM=TWO',
  '//SYSUT1 DD DSN=A.B,DISP=SHR,UNIT=SYSDA',
  '// PEND',
];

test('an in-stream procedure expands with PROC defaults and EXEC symbols', (t) => {
  const j = conv([...INSTREAM, '//S1 EXEC MYPROC,MBR=X']);
  t.deepEqual(errors(j), []);
  t.deepEqual(j.steps.map((s) => [s.name, s.procStep, s.procName, s.program, s.parm]), [
    ['S1', 'P1', 'MYPROC', 'IEFBR14', 'ONE'],
    ['S1', 'P2', 'MYPROC', 'IEBGENER', 'TWO'],
  ]);
  t.like(j.steps[0]!.dds[0]!.specs[0], { kind: 'dataset', dsn: 'LIB.SRC', member: 'X' });
  t.like(j.steps[0]!.dds[1]!.specs[0], { kind: 'sysout', class: 'A' });
  t.true(j.diagnostics.some((d) => d.id === 'IEFC001I' && d.text.includes('INSTREAM PROCEDURE DEFINITION')));
});

test('listing prefixes: // for the stream, ++ for in-stream procedure statements, +/ when overridden', (t) => {
  const j = conv([...INSTREAM, '//S1 EXEC MYPROC', '//P2.SYSUT1 DD DSN=C.D']);
  const lines = j.listing.map((l) => `${l.stmt ?? ''}|${l.prefix}${l.text.trimEnd()}`);
  t.deepEqual(lines.slice(-11), [
    '9|//S1 EXEC MYPROC',
    '10|++MYPROC PROC MBR=TEMP,CLS=A',
    '11|++P1 EXEC PGM=IEFBR14,PARM=ONE',
    '12|++IN DD DSN=LIB.SRC(&MBR),DISP=SHR',
    '|IEFC653I SUBSTITUTION JCL - DSN=LIB.SRC(TEMP),DISP=SHR',
    '13|++OUT DD SYSOUT=&CLS',
    '|IEFC653I SUBSTITUTION JCL - SYSOUT=A',
    '14|++P2 EXEC PGM=IEBGENER,PARM=TWO',
    '15|//P2.SYSUT1 DD DSN=C.D',
    '16|+/SYSUT1 DD DSN=A.B,DISP=SHR,UNIT=SYSDA',
    '17|++ PEND',
  ]);
  // The definition itself is listed as input-stream statements.
  t.is(lines[1], '2|//MYPROC PROC MBR=TEMP,CLS=A');
});

test('DD overrides merge parameter by parameter; KEY= nullifies; added DDs go last', (t) => {
  const j = conv([...INSTREAM, '//S1 EXEC MYPROC', '//P2.SYSUT1 DD DSN=C.D,UNIT=', '//P2.NEWDD DD DUMMY', '//P1.OUT DD DSN=E.F,DISP=SHR']);
  t.deepEqual(errors(j), []);
  const ut1 = j.steps[1]!.dds[0]!;
  t.deepEqual(ut1.keywords.map((k) => k.key), ['DISP', 'DSN']);
  t.like(ut1.specs[0], { kind: 'dataset', dsn: 'C.D', disp: { status: 'SHR' } });
  t.deepEqual(j.steps[1]!.dds.map((d) => d.ddname), ['SYSUT1', 'NEWDD']);
  t.like(j.steps[0]!.dds[1]!.specs[0], { kind: 'dataset', dsn: 'E.F' });
});

test('an unqualified DD after a procedure call is added to the first procedure step', (t) => {
  const j = conv([...INSTREAM, '//S1 EXEC MYPROC', '//SYSIN DD *', ' DATA']);
  t.deepEqual(j.steps[0]!.dds.map((d) => d.ddname), ['IN', 'OUT', 'SYSIN']);
  t.like(j.steps[0]!.dds[2]!.specs[0], { kind: 'instream', records: [' DATA'] });
});

test('PARM.pstep and COND.pstep override one step; unqualified PARM goes to the first step only', (t) => {
  const j = conv([...INSTREAM, "//S1 EXEC MYPROC,PARM.P2='NEW,ONE',COND.P2=(4,LT,P1)"]);
  t.is(j.steps[1]!.parm, 'NEW,ONE');
  t.deepEqual(j.steps[1]!.cond, { tests: [{ code: 4, op: 'LT', step: 'P1' }], even: false, only: false });
  const k = conv([...INSTREAM, '//S1 EXEC MYPROC,PARM=FIRST']);
  t.deepEqual(k.steps.map((s) => s.parm), ['FIRST', '']);
});

test('a library procedure found through JCLLIB ORDER, prefixes XX and X/', (t) => {
  const lib: Record<string, string> = {
    'MY.PROCLIB(CATPROC)': '//CATPROC PROC\n//C1 EXEC PGM=IEFBR14\n//DD1 DD DSN=X.Y,DISP=SHR\n',
  };
  const readMember = (l: string, m: string) => lib[`${l}(${m})`];
  const j = conv(['//J JOB', '//LIBS JCLLIB ORDER=(NOT.HERE,MY.PROCLIB)', '//S EXEC CATPROC', '//C1.DD1 DD DSN=Z.Z'], { readMember });
  t.deepEqual(errors(j), []);
  t.deepEqual(j.listing.map((l) => l.prefix).slice(-5), ['//', 'XX', 'XX', '//', 'X/']);
  t.true(j.diagnostics.some((d) => d.id === 'IEFC001I' && d.text.endsWith('PRIVATE LIBRARY MY.PROCLIB')));
  const sys = conv(['//J JOB', '//S EXEC CATPROC'], { readMember, procLibs: ['MY.PROCLIB'] });
  t.true(sys.diagnostics.some((d) => d.id === 'IEFC001I' && d.text.endsWith('SYSTEM LIBRARY MY.PROCLIB')));
});

test('procedure not found: IEFC612I with libraries, SIM0108W without any', (t) => {
  const j = conv(['//J JOB', '//S EXEC NOSUCH'], { readMember: () => undefined });
  t.deepEqual(errors(j), ['IEFC612I@2:10']);
  const k = conv(['//J JOB', '//S EXEC NOSUCH']);
  t.deepEqual(errors(k), []);
  t.true(k.diagnostics.some((d) => d.id === 'SIM0108W'));
});

test('an override for a step the procedure lacks is IEFC611I; an unused EXEC symbol is IEFC657I', (t) => {
  const j = conv([...INSTREAM, '//S1 EXEC MYPROC,MBRX=1', '//P9.IN DD DUMMY']);
  t.deepEqual(errors(j), ['IEFC657I@9:18', 'IEFC611I@10:3']);
});

test('INCLUDE members are expanded where they stand', (t) => {
  const lib: Record<string, string> = { 'INC.LIB(STEPS)': '//I1 EXEC PGM=IEFBR14\n//D1 DD DUMMY\n' };
  const j = conv(['//J JOB', '// JCLLIB ORDER=INC.LIB', '// INCLUDE MEMBER=STEPS', '//S2 EXEC PGM=X'], { readMember: (l, m) => lib[`${l}(${m})`] });
  t.deepEqual(j.steps.map((s) => s.name), ['I1', 'S2']);
  t.true(j.diagnostics.some((d) => d.id === 'IEFC002I'));
  const k = conv(['//J JOB', '// INCLUDE MEMBER=NONE', '//S2 EXEC PGM=X'], { readMember: () => undefined });
  t.deepEqual(errors(k), ['IEFC614I@2:12']);
});

test('an in-stream PROC without PEND swallows the rest of the job and is reported', (t) => {
  const j = conv(['//J JOB', '//P PROC', '//S1 EXEC PGM=X', '//S2 EXEC P']);
  t.deepEqual(errors(j), ['IEFC019I@2:1', 'IEFC607I@1:1']);
});

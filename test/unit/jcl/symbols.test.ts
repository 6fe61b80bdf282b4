import test from 'ava';
import { convertJcl } from '../../../src/jcl/convertJcl.js';
import type { JclJob } from '../../../src/jcl/types.js';

const job = (...lines: string[]): JclJob => convertJcl(lines.join('\n'), { file: 't.jcl', userid: 'IBMUSER' }).jobs[0]!;
const dsn = (j: JclJob, step: number, dd: number): string => {
  const s = j.steps[step]!.dds[dd]!.specs[0]!;
  return s.kind === 'dataset' ? s.dsn : s.kind;
};
const errors = (j: JclJob) => j.diagnostics.filter((d) => d.severity === 'error');

test('&SYM, &SYM. and &SYM.. and &SYSUID', (t) => {
  const j = job('//J JOB ,NOTIFY=&SYSUID', '// SET HLQ=PROD,LLQ=DATA', '//S EXEC PGM=X', '//A DD DSN=&HLQ..&LLQ.X,DISP=SHR', '//B DD DSN=&SYSUID..LOAD,DISP=SHR');
  t.is(dsn(j, 0, 0), 'PROD.DATAX');
  t.is(dsn(j, 0, 1), 'IBMUSER.LOAD');
  t.is(j.params.notify, 'IBMUSER');
  t.deepEqual(errors(j), []);
});

test('&SYSUID defaults to ELSIM', (t) => {
  const j = convertJcl('//J JOB ,NOTIFY=&SYSUID\n//S EXEC PGM=X', { file: 't.jcl' }).jobs[0]!;
  t.is(j.params.notify, 'ELSIM');
});

test('SET applies from where it stands, even inside a false IF branch', (t) => {
  const j = job(
    '//J JOB',
    '// SET Q=ONE',
    '//S1 EXEC PGM=X',
    '//A DD DSN=Q.&Q,DISP=SHR',
    '// IF (S1.RC = 99) THEN',
    '// SET Q=TWO',
    '//S2 EXEC PGM=X',
    '// ENDIF',
    '//S3 EXEC PGM=X',
    '//B DD DSN=Q.&Q,DISP=SHR',
  );
  t.is(dsn(j, 0, 0), 'Q.ONE');
  t.is(dsn(j, 2, 0), 'Q.TWO');
});

test('&&TEMP is a temporary data set, never a symbol', (t) => {
  const j = job('//J JOB', '// SET TEMP=NOTME', '//S EXEC PGM=X', '//A DD DSN=&&TEMP,DISP=(NEW,PASS)');
  const s = j.steps[0]!.dds[0]!.specs[0]!;
  t.like(s, { kind: 'dataset', dsn: '&&TEMP', temporary: true, disp: { status: 'NEW', normal: 'PASS' } });
});

test('inside apostrophes symbols are replaced on PARM only when defined', (t) => {
  const j = job("//J JOB", "// SET P=ABC", "//S EXEC PGM=X,PARM='&P,&UNDEF,3&&4'", "//A DD DSN=X.Y,DISP=SHR,DCB='&P'");
  t.is(j.steps[0]!.parm, 'ABC,&UNDEF,3&4');
  const dcb = j.steps[0]!.dds[0]!.keywords.find((k) => k.key === 'DCB');
  t.is(dcb?.value, "'&P'");
});

test('the listing shows IEFC653I under a substituted statement', (t) => {
  const j = job('//J JOB', '// SET H=PROD', '//S EXEC PGM=X', '//A DD DSN=&H..X,DISP=SHR');
  const i = j.listing.findIndex((l) => l.text.startsWith('A DD'));
  t.deepEqual(j.listing[i + 1], { prefix: '', text: 'IEFC653I SUBSTITUTION JCL - DSN=PROD.X,DISP=SHR' });
  t.is(j.listing[i]!.stmt, 4);
});

test('a substituted value holding a blank ends the operand field', (t) => {
  const j = job("//J JOB", "// SET V='SHR  X'", '//S EXEC PGM=X', '//A DD DSN=A.B,DISP=&V');
  t.like(j.steps[0]!.dds[0]!.specs[0], { kind: 'dataset', disp: { status: 'SHR' } });
});

test('DD *,SYMBOLS= substitutes exported symbols in the data', (t) => {
  const j = job('//J JOB', '// EXPORT SYMLIST=(LIB)', '// SET LIB=MY.LIB', '//S EXEC PGM=X', '//IN DD *,SYMBOLS=JCLONLY', ' COPY &LIB TO &SYSUID..OUT &OTHER');
  t.like(j.steps[0]!.dds[0]!.specs[0], { kind: 'instream', records: [' COPY MY.LIB TO IBMUSER.OUT &OTHER'] });
});

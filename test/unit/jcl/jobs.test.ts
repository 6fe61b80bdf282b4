import test from 'ava';
import { convertJcl } from '../../../src/jcl/convertJcl.js';

const conv = (...lines: string[]) => convertJcl(lines.join('\n'), { file: 'stream.jcl' });

test('several JOB cards make several jobs; // ends a job and what follows it is ignored', (t) => {
  const r = conv('//A JOB', '//S1 EXEC PGM=X', '//', '//S9 EXEC PGM=IGNORED', '//B JOB', '//S2 EXEC PGM=Y');
  t.deepEqual(r.jobs.map((j) => [j.name, j.steps.map((s) => s.name)]), [['A', ['S1']], ['B', ['S2']]]);
  t.true(r.jobs[0]!.diagnostics.some((d) => d.id === 'SIM0107W' && d.card?.line === 4));
  t.is(r.jobs[0]!.cardsRead, 3);
});

test('a stream without a JOB card is named after its file', (t) => {
  const r = convertJcl('//S EXEC PGM=X', { file: '/tmp/dir/export-vtv.jcl' });
  t.is(r.jobs[0]!.name, 'EXPORTVT');
  t.is(convertJcl('//S EXEC PGM=X', { file: '123.jcl' }).jobs[0]!.name, 'ELSIMJOB');
});

test('JOB parameters', (t) => {
  const j = conv("//ELSJOB JOB (ACCT,1),'ELS ADMIN',CLASS=B,MSGCLASS=X,", '//  MSGLEVEL=(2,0),TYPRUN=SCAN,COND=(8,LE)', '//S EXEC PGM=X').jobs[0]!;
  t.like(j.params, { accounting: ['ACCT', '1'], programmer: 'ELS ADMIN', class: 'B', msgclass: 'X', msglevel: [2, 0], typrun: 'SCAN', cond: [{ code: 8, op: 'LE' }] });
  t.deepEqual(conv('//J JOB ,MSGLEVEL=1', '//S EXEC PGM=X').jobs[0]!.params.msglevel, [1, 1]);
  t.is(conv('//J JOB', '/*SCAN', '//S EXEC PGM=X').jobs[0]!.params.typrun, 'SCAN');
});

test('MSGCLASS=X TYPRUN=SCAN after a blank is a comment: the job runs', (t) => {
  const j = conv('//J JOB CLASS=A,MSGCLASS=X TYPRUN=SCAN', '//S EXEC PGM=X').jobs[0]!;
  t.is(j.params.typrun, undefined);
});

test('EXEC: PGM, PARM forms, COND with EVEN/ONLY', (t) => {
  const j = conv('//J JOB', "//S1 EXEC PGM=A,PARM='X,Y'", '//S2 EXEC PGM=B,PARM=(P1,123),COND=((4,LT),(8,GE,S1),EVEN)', '//S3 EXEC PGM=C,COND=ONLY').jobs[0]!;
  t.deepEqual(j.steps.map((s) => s.parm), ['X,Y', 'P1,123', '']);
  t.deepEqual(j.steps[1]!.cond, { tests: [{ code: 4, op: 'LT' }, { code: 8, op: 'GE', step: 'S1' }], even: true, only: false });
  t.deepEqual(j.steps[2]!.cond, { tests: [], even: false, only: true });
});

test('DD specs: data sets, members, GDGs, temporaries, referbacks, SYSOUT, DUMMY, NULLFILE', (t) => {
  const j = conv(
    '//J JOB',
    '//S1 EXEC PGM=X',
    '//A DD DSN=HLQ.LIB(MEM),DISP=SHR',
    '//B DD DSN=HLQ.GDG(+1),DISP=(NEW,CATLG,DELETE)',
    '//C DD DSN=&&TMP,DISP=(,PASS)',
    '//D DD SYSOUT=*',
    '//E DD DUMMY',
    '//F DD DSN=NULLFILE',
    '//G DD UNIT=SYSDA,SPACE=(TRK,1)',
    '//H DD DSN=*.A,DISP=SHR',
    '//S2 EXEC PGM=Y',
    '//I DD DSN=*.S1.C,DISP=(OLD,DELETE)',
    '//K DD SYSOUT=(B,INTRDR)',
  ).jobs[0]!;
  const specs = j.steps.flatMap((s) => s.dds.map((d) => d.specs[0]));
  t.deepEqual(specs, [
    { kind: 'dataset', dsn: 'HLQ.LIB', member: 'MEM', temporary: false, disp: { status: 'SHR' } },
    { kind: 'dataset', dsn: 'HLQ.GDG', generation: 1, temporary: false, disp: { status: 'NEW', normal: 'CATLG', abnormal: 'DELETE' } },
    { kind: 'dataset', dsn: '&&TMP', temporary: true, disp: { normal: 'PASS' } },
    { kind: 'sysout', class: '*' },
    { kind: 'dummy' },
    { kind: 'dummy' },
    { kind: 'dataset', dsn: '&&SYS00009', temporary: true, disp: {} },
    { kind: 'backref', step: 'S1', dd: 'A', disp: { status: 'SHR' } },
    { kind: 'backref', step: 'S1', dd: 'C', disp: { status: 'OLD', normal: 'DELETE' } },
    { kind: 'sysout', class: 'B' },
  ]);
});

test('concatenation: unnamed DDs join the previous DD', (t) => {
  const j = conv('//J JOB', '//S EXEC PGM=X', '//STEPLIB DD DSN=A,DISP=SHR', '//  DD DSN=B,DISP=SHR', '//SYSIN DD *', 'X').jobs[0]!;
  t.deepEqual(j.steps[0]!.dds.map((d) => [d.ddname, d.specs.length]), [['STEPLIB', 2], ['SYSIN', 1]]);
});

test('DDNAME= takes the specs of the named DD of the step, else DUMMY', (t) => {
  const j = conv('//J JOB', '//S EXEC PGM=X', '//A DD DDNAME=IN', '//B DD DDNAME=NONE', '//IN DD DSN=X.Y,DISP=SHR').jobs[0]!;
  t.like(j.steps[0]!.dds[0]!.specs[0], { kind: 'dataset', dsn: 'X.Y' });
  t.deepEqual(j.steps[0]!.dds[1]!.specs, [{ kind: 'dummy' }]);
});

test('JESJCL listing: numbered statements, comments unnumbered, generated SYSIN', (t) => {
  const j = conv('//J JOB', '//* NOTE', '//S EXEC PGM=X', 'DATA').jobs[0]!;
  t.deepEqual(j.listing.map((l) => [l.stmt, l.prefix, l.text.trimEnd()]), [
    [1, '//', 'J JOB'],
    [undefined, '//', '* NOTE'],
    [2, '//', 'S EXEC PGM=X'],
    [3, '//', 'SYSIN    DD *                 GENERATED STATEMENT'],
  ]);
  t.deepEqual(j.steps[0]!.dds[0]!.specs[0], { kind: 'instream', records: ['DATA'], data: false, first: { file: 'stream.jcl', line: 4, column: 1 } });
});

test('JES2 control statements, OUTPUT, CNTL, EXPORT and command statements are accepted', (t) => {
  const r = conv('//J JOB', '/*JOBPARM S=*', '/*ROUTE PRINT LOCAL', '//OUT1 OUTPUT CLASS=A,DEST=LOCAL', '// V 149,ONLINE', '//S EXEC PGM=X', '//C CNTL', '//* X', '// ENDCNTL', '/*');
  t.deepEqual(r.jobs[0]!.diagnostics.filter((d) => d.severity !== 'info'), []);
});

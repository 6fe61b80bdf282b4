/**
 * Issue 15 part 1: valid constructs of real-world JCL that the converter used to refuse, each read
 * as the z/OS MVS JCL Reference describes it, and the errors that stay errors.
 */
import test from 'ava';
import { checkJcl } from '../../../src/jcl/checkJcl.js';
import type { JclJob } from '../../../src/jcl/types.js';

const check = (...lines: string[]) => checkJcl(lines.join('\n'), { file: 't.jcl' });
/** Every diagnostic as ID@line (IEFC001I, the expansion note, left out). */
const ids = (...lines: string[]): string[] => check(...lines).diagnostics.filter((d) => d.id !== 'IEFC001I').map((d) => `${d.id}@${d.card?.line ?? 0}`);
const job = (...lines: string[]): JclJob => check(...lines).result.jobs[0]!;

test('SPACE: directory space only (,(,,n)) and specific tracks (ABSTR,(qty,addr[,dir]))', (t) => {
  const dd = (space: string) => ids('//J JOB', '//S EXEC PGM=IEFBR14', '//D DD DSN=A.B,DISP=(NEW,CATLG),UNIT=3390,VOL=SER=V1,', `//      SPACE=${space}`);
  for (const ok of ['(,(,,10))', '(ABSTR,(10,100))', '(ABSTR,(10,100,5))', '(ABSTR,(500,15),RLSE)', '(TRK,(20,,2))', '(CYL,(1,1),RLSE,CONTIG,ROUND)', '(400,30,,,ROUND)']) {
    t.deepEqual(dd(ok), [], ok);
  }
  for (const [bad, id] of [
    ['(,(,,X))', 'IEF644I'],
    ['(,(5,,10))', 'IEF644I'],
    ['(ABSTR,10)', 'IEF644I'],
    ['(ABSTR,(10))', 'IEF644I'],
    ['(ABSTR,(10,70000))', 'IEF644I'],
    ['(ABSTR,(10,A))', 'IEF644I'],
    ['(ABSTR,(10,100,5,1))', 'IEF644I'],
    ['(TRACKS,(1,1))', 'IEF643I'],
    ['(TRK,(1,1),RELEASE)', 'IEF643I'],
  ] as const) {
    t.deepEqual(dd(bad), [`${id}@4`], bad);
  }
});

test('//SYSCHK DD before the first EXEC is valid, like JOBLIB and JOBCAT', (t) => {
  t.deepEqual(ids('//J JOB ,RESTART=(STEP2,CHK1)', '//JOBLIB DD DSN=LOAD.LIB,DISP=SHR', '//SYSCHK DD DSN=CHECK.POINT,DISP=OLD', '//S EXEC PGM=IEFBR14'), []);
  t.deepEqual(ids('//J JOB', '//SYSCHK DD DSN=CHECK.POINT,DISP=OLD', '//OTHER DD DSN=X,DISP=SHR', '//S EXEC PGM=IEFBR14'), ['IEFC019I@3']);
});

test('a card blank but for a sequence number in 73-80 is a blank card; in in-stream data it stays a record', (t) => {
  const seq = (text: string, n: number) => `${text.padEnd(72)}${String(n).padStart(8, '0')}`;
  const r = check(seq('//J JOB', 100), seq('//S EXEC PGM=IEFBR14', 200), seq('', 300), seq('//D DD *', 400), seq(' DATA', 500), seq('', 600), seq('/*', 700));
  t.deepEqual(r.diagnostics.map((d) => `${d.id}@${d.card?.line}`), ['SIM0104I@3']);
  const s = r.result.jobs[0]!.steps[0]!;
  t.deepEqual(s.dds.map((d) => d.ddname), ['D']); // no generated SYSIN
  t.like(s.dds[0]!.specs[0], { kind: 'instream', records: [seq(' DATA', 500), seq('', 600)] });
  // Between the records of a continued statement, too.
  t.deepEqual(ids(seq('//J JOB', 1), seq('//S EXEC PGM=IEFBR14,', 2), seq('', 3), seq('// PARM=X', 4)), ['SIM0104I@3']);
});

test('DD NULLOVRD leaves one member of a procedure concatenation as it is, in-stream data included', (t) => {
  const j = job(
    '//J JOB',
    '//P2 PROC',
    '//STEP01 EXEC PGM=IEBGENER',
    '//SYSUT1 DD *',
    ' LINE 1',
    '/*',
    '// DD *',
    ' LINE 2',
    '/*',
    '// DD DSN=THIRD.DATA,DISP=SHR',
    '//SYSUT2 DD SYSOUT=*',
    '// PEND',
    '//S1 EXEC P2',
    '//STEP01.SYSUT1 DD *',
    ' NEW LINE 1',
    '/*',
    '// DD NULLOVRD',
    '// DD NULLOVRD',
  );
  t.deepEqual(j.diagnostics.filter((d) => d.id !== 'IEFC001I'), []);
  const ut1 = j.steps[0]!.dds.find((d) => d.ddname === 'SYSUT1')!;
  t.deepEqual(ut1.specs, [
    { kind: 'instream', records: [' NEW LINE 1'], data: false, first: { file: 't.jcl', line: 15, column: 1 } },
    { kind: 'instream', records: [' LINE 2'], data: false, first: { file: 't.jcl', line: 8, column: 1 } },
    { kind: 'dataset', dsn: 'THIRD.DATA', temporary: false, disp: { status: 'SHR' } },
  ]);
  // Overriding nothing: SIM0120W and no data set.
  const r = check('//J JOB', '//S EXEC PGM=IEFBR14', '//D DD NULLOVRD');
  t.deepEqual(r.diagnostics.map((d) => `${d.id}@${d.card?.line}:${d.card?.column}`), ['SIM0120W@3:8']);
  t.deepEqual(r.result.jobs[0]!.steps[0]!.dds[0]!.specs, [{ kind: 'dummy' }]);
  t.deepEqual(ids('//J JOB', '//S EXEC PGM=IEFBR14', '//D DD NULLOVRDX'), ['IEF643I@3']);
});

test('the NOTIFY statement (z/OS 2.4) with EMAIL, USER, TYPE and WHEN; other keywords are IEFC630I', (t) => {
  t.deepEqual(ids('//J JOB', "//N1 NOTIFY EMAIL='ops@example.com',WHEN='RC!=0'", '//N2 NOTIFY USER=IBMUSER,TYPE=MSG,WHEN=(RC>4)', '//S EXEC PGM=IEFBR14'), []);
  t.deepEqual(ids('//J JOB', '//N1 NOTIFY USER=IBMUSER,MAIL=X', '//S EXEC PGM=IEFBR14'), ['IEFC630I@2']);
  t.deepEqual(ids('//J JOB', '//N1 NOTIFY IBMUSER', '//S EXEC PGM=IEFBR14'), ['IEFC630I@2']);
});

test('an in-stream procedure no EXEC calls is not syntax-checked; a call reports its errors, each call again', (t) => {
  const proc = ['//J JOB', '//UNCALL PROC', '//P1 EXEC PGM=IEFBR14,PARM=(A', '//DD1 DD DSN=X,', '//P2 EXEC PGM=IEFBR14', '// PEND'];
  t.deepEqual(ids(...proc, '//S1 EXEC PGM=IEFBR14'), []);
  t.deepEqual(ids(...proc, '//S1 EXEC UNCALL', '//S2 EXEC UNCALL'), ['IEFC622I@3', 'IEFC621I@5', 'IEFC622I@3', 'IEFC621I@5']);
  const stmts = check(...proc, '//S1 EXEC UNCALL', '//S2 EXEC UNCALL').diagnostics.filter((d) => d.severity === 'error').map((d) => d.stmt);
  t.is(new Set(stmts).size, 4, 'each error is numbered with the expanded statement it belongs to');
  // A PROC with no PEND still defines nothing, and a card warning stays with the definition.
  t.deepEqual(ids('//J JOB', '//P PROC', '//A EXEC PGM=X', '//S EXEC PGM=IEFBR14'), ['IEFC019I@2', 'IEFC607I@1']);
  t.deepEqual(ids('//J JOB', '//P PROC', '//A EXEC\tPGM=X', '// PEND', '//S EXEC PGM=IEFBR14'), ['SIM0102W@3']);
});

test('job-group statements inside a job are misplaced (IEFC019I), not unidentified', (t) => {
  t.deepEqual(ids('//J JOB', '//SET1 JOBSET', '//S EXEC PGM=IEFBR14', '//X GJOB'), ['IEFC019I@2', 'IEFC019I@4']);
});

test('/*XMIT: the records up to the delimiter are transmitted, not converted; the job runs nothing here', (t) => {
  const r = check('//SEND JOB (A),X', '/*XMIT NODEB DLM=ZZ', '//REMOTE JOB (A),Y', '//S EXEC PGM=X,PARM=(BAD', '/*', 'ZZ');
  t.deepEqual(r.diagnostics.map((d) => `${d.id}@${d.card?.line}:${d.text}`), ['SIM0116I@2:3 RECORDS ARE TRANSMITTED TO NODE NODEB - NOT CONVERTED OR RUN HERE']);
  t.is(r.result.jobs.length, 1);
  t.deepEqual(r.result.jobs[0]!.transmit, { dest: 'NODEB', records: 3 });
  t.is(r.result.jobs[0]!.cardsRead, 6);
  // Without DLM= the records end at /*; a stream that follows is read again.
  const two = check('//SEND JOB (A),X', '/*XMIT NODEB', '//REMOTE JOB (A),Y', '//S EXEC PGM=X', '/*', '//LOCAL JOB (A),Z', '//S EXEC PGM=IEFBR14');
  t.deepEqual(two.result.jobs.map((j) => [j.name, j.transmit?.records ?? 0, j.steps.length]), [['SEND', 2, 0], ['LOCAL', 0, 1]]);
});

test('the XMIT statement: DEST, DLM, SUBCHARS; records up to /* or DLM; it must follow the JOB statement', (t) => {
  const r = check('//SEND JOB (A),X', '//X XMIT DEST=NODEC,DLM=$$', '//REMOTE JOB (A),Y', '//S EXEC PGM=X', '/*', '$$');
  t.deepEqual(r.diagnostics.map((d) => `${d.id}@${d.card?.line}`), ['SIM0116I@2']);
  t.deepEqual(r.result.jobs[0]!.transmit, { dest: 'NODEC', records: 3 });
  t.deepEqual(ids('//SEND JOB (A),X', '//S EXEC PGM=IEFBR14', '//X XMIT DEST=NODEC,WHERE=HERE', '//R JOB', '/*'), ['SIM0116I@3', 'IEFC019I@3', 'IEFC630I@3']);
});

test('a JES2 job group is read and checked for form; its jobs follow with SCHEDULE', (t) => {
  const r = check(
    '//PAY JOBGROUP (ACCT),ME,HOLD=NO,ERROR=(RC > 8)',
    '//PREP GJOB',
    '//SET1 JOBSET FLUSHTYP=ANYFLUSH',
    '//A SJOB',
    '//B SJOB comments are allowed here',
    '// ENDSET',
    '// AFTER NAME=PREP,WHEN=(RC <= 4 & !ABEND),ACTION=PROCESS',
    '//REPORT GJOB',
    '// AFTER NAME=(A,B)',
    '// CONCURRENT NAME=PREP',
    '//PAY ENDGROUP',
    '//PREP JOB (ACCT),ME',
    '// SCHEDULE JOBGROUP=PAY',
    '//S EXEC PGM=IEFBR14',
  );
  t.deepEqual(r.diagnostics.map((d) => `${d.id}@${d.card?.line}:${d.text}`), ['SIM0117I@1:JOB GROUP PAY READ - 4 JOBS, 3 DEPENDENCIES; NOT ENFORCED, JOBS RUN AS SUBMITTED']);
  const [group, prep] = r.result.jobs;
  t.deepEqual(group!.group, {
    name: 'PAY',
    jobs: ['PREP', 'A', 'B', 'REPORT'],
    sets: ['SET1'],
    dependencies: [
      { job: 'SET1', kind: 'AFTER', names: ['PREP'] },
      { job: 'REPORT', kind: 'AFTER', names: ['A', 'B'] },
      { job: 'REPORT', kind: 'CONCURRENT', names: ['PREP'] },
    ],
  });
  t.is(group!.listing.filter((l) => l.stmt !== undefined).length, 11);
  t.is(prep!.steps.length, 1);
});

test('job-group mistakes of form are SIM0118E, each on its card', (t) => {
  const errs = (...lines: string[]) => check(...lines).diagnostics.map((d) => `${d.id}@${d.card?.line}:${d.text.replace(/^.*OF A JOB GROUP: /, '')}`);
  t.deepEqual(errs('//G JOBGROUP', '//X GJOB FLUSHTYP=SOMETIMES', '//X GJOB', '//Y SJOB', '// AFTER WHEN=(RC=0),NAME=Z', '//D DD DSN=A,DISP=SHR', '// ENDGROUP'), [
    'SIM0118E@2:FLUSHTYP=SOMETIMES IS NOT ONE OF ALLFLUSH, ANYFLUSH',
    'SIM0118E@3:NAME X IS ALREADY USED BY THE GJOB STATEMENT',
    'SIM0118E@4:SJOB OUTSIDE A JOB SET - USE GJOB, OR JOBSET AND ENDSET AROUND IT',
    'SIM0118E@5:NAME= MUST BE THE FIRST PARAMETER',
    'SIM0118E@5:Z IS NOT A JOB OR JOB SET OF THIS GROUP',
    'SIM0118E@6:STATEMENT IS NOT ALLOWED IN A JOB GROUP',
  ]);
  t.deepEqual(errs('//G JOBGROUP', '//X GJOB', '// AFTER NAME=X,WHEN=(RC >< 4)', '//S1 JOBSET', '//T SJOB'), [
    'SIM0118E@1:JOB GROUP G HAS NO ENDGROUP STATEMENT',
    "SIM0118E@3:WHEN IS NOT A CONDITION OF THE IF STATEMENT'S FORM",
    'SIM0118E@4:JOB SET S1 HAS NO ENDSET',
  ]);
  t.deepEqual(errs('//J JOB', '// AFTER NAME=X', '//S EXEC PGM=IEFBR14'), ['IEFC019I@2:MISPLACED AFTER STATEMENT']);
});

/** The runner fed by the real converter (convertJcl), JCL text in, spool and catalog out. */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { convertJcl } from '../../../src/jcl/convertJcl.js';
import { submitJobs } from '../../../src/jes/submitJobs.js';
import type { Program } from '../../../src/program/contract.js';
import { env, spoolFile, tempSystem } from '../../helpers/jclJobs.js';

const convert = (text: string, file = 'test.jcl') => convertJcl(text, { file, userid: 'ELSIM' }).jobs;

test('temporary, backward reference, COND, IF/ELSE and an in-stream procedure', async (t) => {
  const sys = tempSystem(t);
  const jobs = convert(`//ELSJOB   JOB (ACCT),'ELS ADMIN',CLASS=A,MSGCLASS=X
//S1       EXEC PGM=IEBGENER
//SYSPRINT DD SYSOUT=*
//SYSIN    DD DUMMY
//SYSUT1   DD *
HELLO
/*
//SYSUT2   DD DSN=&&TEMP,DISP=(NEW,PASS),UNIT=SYSDA,SPACE=(TRK,1)
//S2       EXEC PGM=IEBGENER,COND=(0,NE)
//SYSPRINT DD SYSOUT=*
//SYSIN    DD DUMMY
//SYSUT1   DD DSN=*.S1.SYSUT2,DISP=(OLD,DELETE)
//SYSUT2   DD DSN=HLQ.OUT,DISP=(,CATLG,DELETE),
//            DCB=(RECFM=FB,LRECL=80,BLKSIZE=27920)
//CHK      IF (S2.RC = 0) THEN
//OK       EXEC PGM=IEFBR14
//         ELSE
//NOTOK    EXEC PGM=IEFBR14
//         ENDIF
//MYPROC   PROC
//C        EXEC PGM=IEFBR14,PARM='A,B'
//OUT      DD DSN=&&X,DISP=(NEW,PASS)
//L        EXEC PGM=IEFBR14,COND=(0,LT,C)
//IN       DD DSN=*.C.OUT,DISP=(OLD,DELETE)
//         PEND
//CALL     EXEC MYPROC
`);
  const [r] = await submitJobs(jobs, env(sys));
  t.is(r!.status, 'CC');
  t.deepEqual(r!.steps.map((s) => [s.procStep ? `${s.name}.${s.procStep}` : s.name, s.rc ?? s.bypassed]), [
    ['S1', 0], ['S2', 0], ['OK', 0], ['NOTOK', 'IF'], ['CALL.C', 0], ['CALL.L', 0],
  ]);
  t.deepEqual(sys.catalog.readRecords('HLQ.OUT'), ['HELLO']);
  t.like(sys.catalog.entry('HLQ.OUT'), { recfm: 'FB', lrecl: 80 });
  const sysmsg = spoolFile(sys, r!.spool, 'JESYSMSG');
  t.deepEqual(sysmsg.slice(0, 2), [' STMT NO. MESSAGE', '       23 IEFC001I PROCEDURE MYPROC WAS EXPANDED USING INSTREAM PROCEDURE DEFINITION']);
  t.true(sysmsg.includes('IEF206I ELSJOB NOTOK - STEP WAS NOT RUN BECAUSE OF CONDITIONAL EXPRESSION ON STATEMENT 12'));
  t.true(sysmsg.includes('IEF142I ELSJOB L CALL - STEP WAS EXECUTED - COND CODE 0000'));
  t.true(sysmsg.includes(`IEF285I   ${'SYS25063.T101502.RA000.ELSJOB.X.H01'.padEnd(44)} DELETED`), 'the procedure\'s temporary, received through *.C.OUT');
  const jcl = spoolFile(sys, r!.spool, 'JESJCL');
  t.is(jcl[0], `${"        1 //ELSJOB   JOB (ACCT),'ELS ADMIN',CLASS=A,MSGCLASS=X".padEnd(82)}JOB00001`);
  t.true(jcl.includes('       25 ++C        EXEC PGM=IEFBR14,PARM=\'A,B\''));
});

test("the guide's EXPORT example: STEPLIB, a new manifest data set, SYSOUT and SLSIN", async (t) => {
  const sys = tempSystem(t);
  sys.catalog.define('HLQ.SEALINK', { dsorg: 'PO' });
  const sluadmin: Program = (ctx) => {
    const cards = ctx.dd('SLSIN')!.readRecords();
    ctx.dd('MOVE2')!.writeRecords(['MANIFEST FOR', ...cards.map((c) => c.trim())]);
    ctx.dd('SLSPRINT')!.writeRecords([`PARM=${ctx.parm}`, ...cards]);
    return { rc: 0 };
  };
  const text = readFileSync(new URL('../../../../fixtures/seed/ch02-export-stor.jcl', import.meta.url), 'utf8');
  const [r] = await submitJobs(convert(text, 'ch02-export-stor.jcl'), env(sys, { SLUADMIN: sluadmin }));
  t.is(r!.status, 'CC');
  t.is(r!.maxcc, 0);
  t.deepEqual(sys.catalog.readRecords('HLQ.REMOTE2'), ['MANIFEST FOR', 'EXPORT STOR(OFF1,OFF2) MANIFEST(MOVE2)']);
  t.like(sys.catalog.entry('HLQ.REMOTE2'), { dsorg: 'PS', recfm: 'FB', lrecl: 80 });
  t.deepEqual(spoolFile(sys, r!.spool, 'EXPORT.SLSPRINT'), ['PARM=MIXED', '  EXPORT STOR(OFF1,OFF2) MANIFEST(MOVE2)']);
  t.true(spoolFile(sys, r!.spool, 'JESYSMSG').includes(`IEF285I   ${'HLQ.REMOTE2'.padEnd(44)} CATALOGED`));
  // A second run finds the manifest data set already cataloged.
  const [again] = await submitJobs(convert(text, 'ch02-export-stor.jcl'), env(sys, { SLUADMIN: sluadmin }));
  t.is(again!.status, 'JCL ERROR');
  t.true(spoolFile(sys, again!.spool, 'JESYSMSG').some((l) => l.startsWith('IGD17101I DATA SET HLQ.REMOTE2 NOT DEFINED')));
});

test('a DD with no DSN is a temporary data set the system names', async (t) => {
  const sys = tempSystem(t);
  const [r] = await submitJobs(convert(`//J JOB
//S1 EXEC PGM=IEFBR14
//SYSIN DD UNIT=SYSDA,SPACE=(TRK,1)
`), env(sys));
  t.is(r!.status, 'CC');
  t.true(spoolFile(sys, r!.spool, 'JESYSMSG').includes(`IEF285I   ${'SYS25063.T101502.RA000.J.R0100001'.padEnd(44)} DELETED`));
});

test('converter errors stop the job before it runs', async (t) => {
  const sys = tempSystem(t);
  sys.catalog.define('HLQ.KEEP');
  const [r] = await submitJobs(convert(`//J JOB
//S1 EXEC PGM=IEFBR14
//DD1 DD DSN=HLQ.KEEP,DISP=(OLD,DELETE),
//S2 EXEC PGM=IEFBR14
`), env(sys));
  t.is(r!.status, 'JCL ERROR');
  t.true(sys.catalog.exists('HLQ.KEEP'));
  const sysmsg = spoolFile(sys, r!.spool, 'JESYSMSG');
  t.is(sysmsg[0], ' STMT NO. MESSAGE');
  t.true(sysmsg.slice(1).some((l) => /^ +\d+ IEFC\d{3}I /.test(l)));
  t.true(spoolFile(sys, r!.spool, 'JESMSGLG').includes('10.15.02 JOB00001  IEFC452I J - JOB NOT RUN - JCL ERROR'));
});

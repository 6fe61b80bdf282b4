import test from 'ava';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatJesjcl } from '../../../src/jes/JobSpool.js';
import { dayOfYear, julianStamp, logDate } from '../../../src/jes/jesTime.js';
import { submitJobs } from '../../../src/jes/submitJobs.js';
import { dd, env, instream, job, spoolFile, step, sysout, tempSystem } from '../../helpers/jclJobs.js';

test('time formats of the job log', (t) => {
  const d = new Date('2025-03-04T10:15:02Z');
  t.is(julianStamp(d), '2025063.1015');
  t.is(logDate(d), 'TUESDAY,   04 MAR 2025');
  t.is(logDate(new Date('2020-03-13T00:00:00Z')), 'FRIDAY,    13 MAR 2020');
  t.is(logDate(new Date('2021-03-11T00:00:00Z')), 'THURSDAY,  11 MAR 2021');
  t.is(dayOfYear(new Date('2024-12-31T23:59:59Z')), 366);
});

test('JESJCL: statement numbers in 9 columns, the job id after column 72 of the first card', (t) => {
  const lines = formatJesjcl(
    [
      { stmt: 1, prefix: '//', text: 'ELSJOB   JOB (ACCT),CLASS=A,' },
      { prefix: '//', text: '             MSGLEVEL=(1,1)' },
      { prefix: '', text: 'IEFC653I SUBSTITUTION JCL - X' },
      { stmt: 2, prefix: '++', text: 'P1       EXEC PGM=IEFBR14' },
    ],
    'JOB01234',
  );
  t.deepEqual(lines, [
    `        1 //ELSJOB   JOB (ACCT),CLASS=A,${' '.repeat(42)}JOB01234`,
    '          //             MSGLEVEL=(1,1)',
    '          IEFC653I SUBSTITUTION JCL - X',
    '        2 ++P1       EXEC PGM=IEFBR14',
  ]);
  t.is(lines[0]!.indexOf('JOB01234'), 82);
});

test('a job that ran: JESMSGLG, JESYSMSG and SYSOUT files line by line', async (t) => {
  const sys = tempSystem(t);
  const j = job('ELSJOB', [step('S1', 'IEBGENER', [dd('SYSPRINT', sysout()), dd('SYSUT1', instream('DATA')), dd('SYSUT2', sysout())])]);
  const [r] = await submitJobs([j], env(sys));
  t.is(r!.spool, 'spool/JOB00001-ELSJOB');
  t.deepEqual(readdirSync(join(sys.root, r!.spool)).sort(), ['JESJCL.txt', 'JESMSGLG.txt', 'JESYSMSG.txt', 'S1.SYSPRINT.txt', 'S1.SYSUT2.txt']);
  t.deepEqual(spoolFile(sys, r!.spool, 'JESMSGLG'), [
    '                       J E S 2  J O B  L O G  --  S Y S T E M  S Y S 1  --  N O D E  N 1',
    '',
    '10.15.02 JOB00001 ---- TUESDAY,   04 MAR 2025 ----',
    '10.15.02 JOB00001  IRR010I  USERID ELSIM    IS ASSIGNED TO THIS JOB.',
    '10.15.02 JOB00001  $HASP373 ELSJOB   STARTED - INIT 1    - CLASS A        - SYS SYS1',
    '10.15.02 JOB00001  IEF403I ELSJOB - STARTED - TIME=10.15.02',
    '10.15.02 JOB00001  IEF404I ELSJOB - ENDED - TIME=10.15.02',
    '10.15.02 JOB00001  $HASP395 ELSJOB   ENDED - RC=0000',
    '------ JES2 JOB STATISTICS ------',
    '  04 MAR 2025 JOB EXECUTION DATE',
    '            7 CARDS READ',
    '           39 SYSOUT PRINT RECORDS',
    '            0 SYSOUT PUNCH RECORDS',
    '            2 SYSOUT SPOOL KBYTES',
    '         0.00 MINUTES EXECUTION TIME',
  ]);
  t.deepEqual(spoolFile(sys, r!.spool, 'JESYSMSG'), [
    'IEF236I ALLOC. FOR ELSJOB S1',
    'IEF237I JES2 ALLOCATED TO SYSPRINT',
    'IEF237I JES2 ALLOCATED TO SYSUT1',
    'IEF237I JES2 ALLOCATED TO SYSUT2',
    'IEF142I ELSJOB S1 - STEP WAS EXECUTED - COND CODE 0000',
    `IEF285I   ${'ELSIM.ELSJOB.JOB00001.D0000102.?'.padEnd(44)} SYSOUT`,
    `IEF285I   ${'ELSIM.ELSJOB.JOB00001.D0000101.?'.padEnd(44)} SYSIN`,
    `IEF285I   ${'ELSIM.ELSJOB.JOB00001.D0000103.?'.padEnd(44)} SYSOUT`,
    'IEF373I STEP/S1      /START 2025063.1015',
    'IEF032I STEP/S1      /STOP  2025063.1015',
    '        CPU:     0 HR  00 MIN  00.00 SEC    SRB:     0 HR  00 MIN  00.00 SEC',
    'IEF375I  JOB/ELSJOB  /START 2025063.1015',
    'IEF033I  JOB/ELSJOB  /STOP  2025063.1015',
    '        CPU:     0 HR  00 MIN  00.00 SEC    SRB:     0 HR  00 MIN  00.00 SEC',
  ]);
  t.deepEqual(spoolFile(sys, r!.spool, 'S1.SYSUT2'), ['DATA']);
  const row = sys.job('JOB00001')!;
  t.like(row, { jobid: 'JOB00001', jobname: 'ELSJOB', status: 'CC', maxcc: 0, spool: 'spool/JOB00001-ELSJOB', submitted: '2025-03-04T10:15:02.000Z', ended: '2025-03-04T10:15:02.000Z', owner: 'ELSIM', abend: null });
  // The job table keeps the steps and the spool data sets in JES2 order (DSIDs 2-4, then SYSOUT).
  t.deepEqual(
    (JSON.parse(row.result!) as { datasets: { ddname: string; dsid: number }[] }).datasets.map((d) => [d.ddname, d.dsid]),
    [['JESMSGLG', 2], ['JESJCL', 3], ['JESYSMSG', 4], ['SYSPRINT', 102], ['SYSUT2', 103]],
  );
});

test('the same job at the same time gives the same bytes', async (t) => {
  const run = async () => {
    const sys = tempSystem(t);
    const [r] = await submitJobs([job('J', [step('S1', 'IEBGENER', [dd('SYSPRINT', sysout()), dd('SYSUT1', instream('X')), dd('SYSUT2', sysout())])])], env(sys));
    return ['JESMSGLG', 'JESJCL', 'JESYSMSG', 'S1.SYSPRINT'].map((f) => spoolFile(sys, r!.spool, f).join('\n'));
  };
  t.deepEqual(await run(), await run());
});

test('SYSOUT files of a procedure step and duplicate names', async (t) => {
  const sys = tempSystem(t);
  const j = job('J', [
    step('EXP', 'COPYIN', [dd('IN', instream('A')), dd('OUT', sysout())], { procStep: 'P1' }),
    step('EXP', 'COPYIN', [dd('IN', instream('B')), dd('OUT', sysout())], { procStep: 'P1' }),
  ]);
  const [r] = await submitJobs([j], env(sys));
  t.deepEqual(spoolFile(sys, r!.spool, 'EXP.P1.OUT'), ['A']);
  t.deepEqual(spoolFile(sys, r!.spool, 'EXP.P1.OUT.2'), ['B']);
});

test('a job with converter errors is not run: IEFC452I and the STMT NO. MESSAGE list', async (t) => {
  const sys = tempSystem(t);
  const j = job('BADJOB', [step('S1', 'IEFBR14')], {
    diagnostics: [
      { id: 'IEFC001I', severity: 'info', text: 'PROCEDURE P WAS EXPANDED USING INSTREAM PROCEDURE DEFINITION', stmt: 2 },
      { id: 'IEFC621I', severity: 'error', text: 'EXPECTED CONTINUATION NOT RECEIVED', stmt: 3 },
    ],
  });
  const [r] = await submitJobs([j], env(sys));
  t.is(r!.status, 'JCL ERROR');
  t.is(r!.steps[0]!.bypassed, 'JCL ERROR');
  t.deepEqual(spoolFile(sys, r!.spool, 'JESYSMSG'), [
    ' STMT NO. MESSAGE',
    '        2 IEFC001I PROCEDURE P WAS EXPANDED USING INSTREAM PROCEDURE DEFINITION',
    '        3 IEFC621I EXPECTED CONTINUATION NOT RECEIVED',
  ]);
  const log = spoolFile(sys, r!.spool, 'JESMSGLG');
  t.deepEqual(log.slice(3, 6), [
    '10.15.02 JOB00001  IRR010I  USERID ELSIM    IS ASSIGNED TO THIS JOB.',
    '10.15.02 JOB00001  IEFC452I BADJOB - JOB NOT RUN - JCL ERROR',
    '10.15.02 JOB00001  $HASP396 BADJOB   TERMINATED',
  ]);
  t.false(log.some((l) => l.includes('JOB EXECUTION DATE')), 'a job that never ran has no execution date');
  t.is(readdirSync(join(sys.root, r!.spool)).length, 3);
});

test('TYPRUN=SCAN converts and lists only; TYPRUN=HOLD runs with SIM0202I', async (t) => {
  const sys = tempSystem(t);
  sys.catalog.define('HLQ.KEEPME');
  const deleting = [step('S1', 'IEFBR14', [dd('X', { kind: 'dataset', dsn: 'HLQ.KEEPME', temporary: false, disp: { status: 'OLD', normal: 'DELETE' } })])];
  const [scan] = await submitJobs([job('J', deleting, { typrun: 'SCAN' })], env(sys));
  t.is(scan!.status, 'CC');
  t.deepEqual(scan!.steps, []);
  t.true(sys.catalog.exists('HLQ.KEEPME'));
  t.false(spoolFile(sys, scan!.spool, 'JESMSGLG').some((l) => l.includes('$HASP373')));
  const [hold] = await submitJobs([job('J', deleting, { typrun: 'HOLD' })], env(sys));
  t.is(hold!.jobid, 'JOB00002');
  t.false(sys.catalog.exists('HLQ.KEEPME'));
  t.true(spoolFile(sys, hold!.spool, 'JESMSGLG').includes('10.15.02 JOB00002  SIM0202I TYPRUN=HOLD IS NOT EMULATED - THE JOB RUNS NOW'));
});

test('several jobs run one after the other with consecutive job numbers', async (t) => {
  const sys = tempSystem(t);
  const rs = await submitJobs([job('A', [step('S', 'SETRC', [], { parm: '4' })]), job('B', [step('S', 'IEFBR14')])], env(sys));
  t.deepEqual(rs.map((r) => [r.jobid, r.jobname, r.maxcc, r.spool]), [
    ['JOB00001', 'A', 4, 'spool/JOB00001-A'],
    ['JOB00002', 'B', 0, 'spool/JOB00002-B'],
  ]);
});

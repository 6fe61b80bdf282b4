import test from 'ava';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { submitJobs } from '../../../src/jes/submitJobs.js';
import { backref, dd, ddk, ds, dummy, env, instream, job, shr, spoolFile, step, sysout, tempSystem } from '../../helpers/jclJobs.js';

test('IEF212I: a missing data set stops the job at that step', async (t) => {
  const sys = tempSystem(t);
  const j = job('J', [
    step('S1', 'SETRC', [], { parm: '4' }),
    step('S2', 'COPYIN', [dd('OUT', ds('HLQ.NEWONE', { status: 'NEW', normal: 'CATLG' })), dd('IN', shr('HLQ.MISSING'))]),
    step('S3', 'SETRC'),
  ]);
  const [r] = await submitJobs([j], env(sys));
  t.is(r!.status, 'JCL ERROR');
  t.is(r!.maxcc, 4);
  t.deepEqual(r!.steps.map((s) => s.rc ?? s.bypassed), [4, 'JCL ERROR', 'JCL ERROR']);
  t.false(sys.catalog.exists('HLQ.NEWONE'), 'nothing of the failed step is allocated');
  const sysmsg = spoolFile(sys, r!.spool, 'JESYSMSG');
  const i = sysmsg.indexOf('IEF212I J S2 IN - DATA SET NOT FOUND');
  t.true(i > 0);
  t.is(sysmsg[i + 1], 'IEF272I J S2 - STEP WAS NOT EXECUTED.');
  t.false(sysmsg.includes('IEF236I ALLOC. FOR J S2'));
  t.false(sysmsg.some((l) => l.includes(' S3 ')), 'later steps are not mentioned');
  const log = spoolFile(sys, r!.spool, 'JESMSGLG');
  t.true(log.includes('10.15.02 JOB00001  IEF453I J - JOB FAILED - JCL ERROR - TIME=10.15.02'));
  t.true(log.includes('10.15.02 JOB00001  $HASP395 J        ENDED - JCL ERROR'));
  t.false(log.some((l) => l.includes('IEF404I')));
  t.like(r!.diagnostics.find((d) => d.id === 'IEF212I'), { severity: 'error', stmt: 5, text: 'J S2 IN - DATA SET NOT FOUND' });
});

test('IGD17101I: DISP=NEW of a cataloged name fails the step as on an SMS system', async (t) => {
  const sys = tempSystem(t);
  sys.catalog.define('HLQ.REMOTE2');
  sys.catalog.writeRecords('HLQ.REMOTE2', ['OLD CONTENT']);
  const [r] = await submitJobs([job('J', [step('EXPORT', 'IEFBR14', [dd('MOVE1', ds('HLQ.REMOTE2', { normal: 'CATLG', abnormal: 'DELETE' }))])])], env(sys));
  t.is(r!.status, 'JCL ERROR');
  t.true(spoolFile(sys, r!.spool, 'JESYSMSG').includes('IGD17101I DATA SET HLQ.REMOTE2 NOT DEFINED BECAUSE DUPLICATE NAME EXISTS IN CATALOG RETURN CODE IS 8 REASON CODE IS 38 IGG0CLEH'));
  t.deepEqual(sys.catalog.readRecords('HLQ.REMOTE2'), ['OLD CONTENT'], 'the old data set is untouched');
});

test('a backward reference follows a PASSed new data set to the step that catalogs it', async (t) => {
  const sys = tempSystem(t);
  const j = job('J', [
    step('S1', 'IEBGENER', [dd('SYSPRINT', dummy()), dd('SYSUT1', instream('X1', 'X2')), dd('SYSUT2', ds('HLQ.PASSED', { status: 'NEW', normal: 'PASS' }))]),
    step('S2', 'COPYIN', [dd('IN', backref('S1', 'SYSUT2', { status: 'OLD', normal: 'CATLG' }))]),
  ]);
  const [r] = await submitJobs([j], env(sys));
  t.is(r!.status, 'CC');
  t.deepEqual(sys.catalog.readRecords('HLQ.PASSED'), ['X1', 'X2']);
  const sysmsg = spoolFile(sys, r!.spool, 'JESYSMSG');
  t.true(sysmsg.includes(`IEF285I   ${'HLQ.PASSED'.padEnd(44)} PASSED`));
  t.true(sysmsg.includes(`IEF285I   ${'HLQ.PASSED'.padEnd(44)} CATALOGED`));
});

test('a backward reference to in-stream data is a JCL error', async (t) => {
  const sys = tempSystem(t);
  const j = job('J', [step('S1', 'IEFBR14', [dd('IN', instream('A'))]), step('S2', 'IEFBR14', [dd('X', backref('S1', 'IN', { status: 'SHR' }))])]);
  const [r] = await submitJobs([j], env(sys));
  t.is(r!.status, 'JCL ERROR');
  t.true(spoolFile(sys, r!.spool, 'JESYSMSG').includes('SIM0207E BACKWARD REFERENCE *.S1.IN CANNOT BE RESOLVED'));
});

test('a concatenation reads all its data sets in order', async (t) => {
  const sys = tempSystem(t);
  sys.catalog.define('HLQ.A');
  sys.catalog.writeRecords('HLQ.A', ['A1', 'A2']);
  sys.catalog.define('HLQ.LIB', { dsorg: 'PO' });
  sys.catalog.writeMember('HLQ.LIB', 'M', ['M1']);
  const j = job('J', [step('S1', 'COPYIN', [dd('IN', shr('HLQ.A'), instream('I1'), shr('HLQ.LIB', 'M'), dummy()), dd('OUT', ds('HLQ.ALL', { status: 'NEW', normal: 'CATLG' }))])]);
  const [r] = await submitJobs([j], env(sys));
  t.is(r!.status, 'CC');
  t.deepEqual(sys.catalog.readRecords('HLQ.ALL'), ['A1', 'A2', 'I1', 'M1']);
  const sysmsg = spoolFile(sys, r!.spool, 'JESYSMSG');
  t.true(sysmsg.includes('IEF237I 0A80 ALLOCATED TO IN'));
  t.true(sysmsg.includes('IEF237I JES2 ALLOCATED TO'), 'the next data sets of a concatenation have no ddname');
});

test('temporary data sets live for the job only', async (t) => {
  const sys = tempSystem(t);
  const j = job('TMPJOB', [
    step('S1', 'COPYIN', [dd('IN', instream('T1')), dd('OUT', ds('&&T', { status: 'NEW', normal: 'PASS' })), dd('SCRATCH', ds('&&SYS00005', {}))]),
    step('S2', 'COPYIN', [dd('IN', ds('&&T', { status: 'OLD', normal: 'PASS' })), dd('OUT', ds('HLQ.FROMTEMP', { status: 'NEW', normal: 'CATLG' }))]),
    step('S3', 'COPYIN', [dd('IN', ds('&&T', { status: 'OLD', normal: 'DELETE' })), dd('OUT', ds('&&U', { status: 'NEW', normal: 'PASS' }))]),
  ]);
  const [r] = await submitJobs([j], env(sys));
  t.is(r!.status, 'CC');
  t.deepEqual(sys.catalog.readRecords('HLQ.FROMTEMP'), ['T1']);
  const sysmsg = spoolFile(sys, r!.spool, 'JESYSMSG');
  const tname = 'SYS25063.T101502.RA000.TMPJOB.T.H01';
  t.true(sysmsg.includes(`IEF285I   ${tname.padEnd(44)} PASSED`));
  t.true(sysmsg.includes(`IEF285I   ${tname.padEnd(44)} DELETED`));
  t.true(sysmsg.includes(`IEF285I   ${'SYS25063.T101502.RA000.TMPJOB.R0100001'.padEnd(44)} DELETED`), 'a DD without DSN');
  // &&U was passed and never received: deleted at the end of the job, after the last step.
  const end = sysmsg.indexOf('IEF375I  JOB/TMPJOB  /START 2025063.1015');
  t.is(sysmsg[end - 2], `IEF285I   ${'SYS25063.T101502.RA000.TMPJOB.U.H01'.padEnd(44)} DELETED`);
  t.false(sys.catalog.list().some((e) => e.dsn.startsWith('SYS')), 'no temporary is ever cataloged');
  t.false(existsSync(join(sys.root, 'work', r!.jobid)));
});

test('GDG: (+1) creates the next generation once per job; (0) is the newest at job start', async (t) => {
  const sys = tempSystem(t);
  const first = job('G1', [step('S1', 'COPYIN', [dd('IN', instream('GEN1')), dd('OUT', ds('HLQ.BKUP', { status: 'NEW', normal: 'CATLG' }, { generation: 1 }))])]);
  const [r1] = await submitJobs([first], env(sys));
  t.is(r1!.status, 'CC');
  t.is(sys.catalog.entry('HLQ.BKUP')?.dsorg, 'GDG');
  t.deepEqual(sys.catalog.readRecords('HLQ.BKUP.G0001V00'), ['GEN1']);
  const sysmsg1 = spoolFile(sys, r1!.spool, 'JESYSMSG');
  t.true(sysmsg1.includes('SIM0203I GDG BASE HLQ.BKUP WAS NOT DEFINED - DEFINED NOW WITHOUT A LIMIT'));
  t.true(sysmsg1.includes(`IEF285I   ${'HLQ.BKUP.G0001V00'.padEnd(44)} CATALOGED`));

  const second = job('G2', [
    step('S1', 'COPYIN', [dd('IN', instream('GEN2')), dd('OUT', ds('HLQ.BKUP', { status: 'NEW', normal: 'CATLG' }, { generation: 1 }))]),
    // Still (+1) and (0) in the second step: the same generations as in the first.
    step('S2', 'COPYIN', [dd('IN', ds('HLQ.BKUP', { status: 'SHR' }, { generation: 1 })), dd('OUT', ds('HLQ.CHECK1', { status: 'NEW', normal: 'CATLG' }))]),
    step('S3', 'COPYIN', [dd('IN', ds('HLQ.BKUP', { status: 'SHR' }, { generation: 0 })), dd('OUT', ds('HLQ.CHECK0', { status: 'NEW', normal: 'CATLG' }))]),
    step('S4', 'COPYIN', [dd('IN', shr('HLQ.BKUP')), dd('OUT', ds('HLQ.ALLGENS', { status: 'NEW', normal: 'CATLG' }))]),
  ]);
  const [r2] = await submitJobs([second], env(sys));
  t.is(r2!.status, 'CC');
  t.deepEqual(sys.catalog.readRecords('HLQ.BKUP.G0002V00'), ['GEN2']);
  t.deepEqual(sys.catalog.readRecords('HLQ.CHECK1'), ['GEN2']);
  t.deepEqual(sys.catalog.readRecords('HLQ.CHECK0'), ['GEN1']);
  t.deepEqual(sys.catalog.readRecords('HLQ.ALLGENS'), ['GEN2', 'GEN1'], 'the base name reads every generation, newest first');

  const [r3] = await submitJobs([job('G3', [step('S1', 'IEFBR14', [dd('X', ds('HLQ.NOGDG', { status: 'SHR' }, { generation: 0 }))])])], env(sys));
  t.is(r3!.status, 'JCL ERROR', '(0) of a group with no generation');
});

test('a PDS member that does not exist abends S013 when read', async (t) => {
  const sys = tempSystem(t);
  sys.catalog.define('HLQ.PARMLIB', { dsorg: 'PO' });
  const [r] = await submitJobs([job('J', [step('S1', 'COPYIN', [dd('IN', shr('HLQ.PARMLIB', 'NOPE')), dd('OUT', dummy())])])], env(sys));
  t.is(r!.status, 'ABEND');
  t.is(r!.abend, 'S013');
  const sysmsg = spoolFile(sys, r!.spool, 'JESYSMSG');
  t.true(sysmsg.includes('IEC141I 013-18,IGG0191B,J,S1,IN,0A80,ELSV01,HLQ.PARMLIB(NOPE)'));
  t.true(sysmsg.includes('IEF472I J S1 - COMPLETION CODE - SYSTEM=013 USER=0000 REASON=00000018'));
});

test('a new data set coded with directory blocks is a PDS; writing a member creates it', async (t) => {
  const sys = tempSystem(t);
  const j = job('J', [
    step('S1', 'IEFBR14', [ddk('LIB', { SPACE: ['CYL', ['1', '1', '10']], DCB: ['RECFM=FB', 'LRECL=80'] }, ds('HLQ.NEWLIB', { status: 'NEW', normal: 'CATLG' }))]),
    step('S2', 'COPYIN', [dd('IN', instream('P')), dd('OUT', ds('HLQ.NEWLIB', { status: 'OLD' }, { member: 'MEM1' }))]),
  ]);
  const [r] = await submitJobs([j], env(sys));
  t.is(r!.status, 'CC');
  t.like(sys.catalog.entry('HLQ.NEWLIB'), { dsorg: 'PO', recfm: 'FB', lrecl: 80 });
  t.deepEqual(sys.catalog.readMember('HLQ.NEWLIB', 'MEM1'), ['P']);
});

test('SYSOUT=* and SYSOUT=A both go to the spool; DUMMY reads empty', async (t) => {
  const sys = tempSystem(t);
  const [r] = await submitJobs([job('J', [step('S1', 'COPYIN', [dd('IN', dummy()), dd('OUT', sysout('A'))]), step('S2', 'COPYIN', [dd('IN', instream('Z')), dd('OUT', sysout())])])], env(sys));
  t.is(r!.status, 'CC');
  const files = readdirSync(join(sys.root, r!.spool)).sort();
  t.deepEqual(files, ['JESJCL.txt', 'JESMSGLG.txt', 'JESYSMSG.txt', 'S2.OUT.txt'], 'a SYSOUT data set that got no records has no file');
  t.deepEqual(spoolFile(sys, r!.spool, 'S2.OUT'), ['Z']);
});

import test from 'ava';
import Database from 'better-sqlite3';
import { convertJcl } from '../../../src/jcl/convertJcl.js';
import { submitJobs } from '../../../src/jes/submitJobs.js';
import type { Program } from '../../../src/program/contract.js';
import { dd, ddk, ds, dummy, env, instream, job, shr, spoolFile, step, sysout, tempSystem } from '../../helpers/jclJobs.js';

test('S806: a program elsim does not have', async (t) => {
  const sys = tempSystem(t);
  const [r] = await submitJobs([job('J', [step('S1', 'IDCAMS', [dd('SYSPRINT', sysout())]), step('S2', 'IEFBR14')])], env(sys));
  t.is(r!.status, 'ABEND');
  t.is(r!.abend, 'S806');
  t.deepEqual(r!.steps.map((s) => s.abend ?? s.bypassed), ['S806', 'ABEND']);
  const log = spoolFile(sys, r!.spool, 'JESMSGLG');
  const at = (s: string) => log.findIndex((l) => l.endsWith(s));
  t.true(at('CSV003I REQUESTED MODULE IDCAMS   NOT FOUND') > 0);
  t.true(at('CSV028I ABEND806-04  JOBNAME=J         STEPNAME=S1') > at('CSV003I REQUESTED MODULE IDCAMS   NOT FOUND'));
  t.true(at('IEF450I J S1 - ABEND=S806 U0000 REASON=00000004') > 0);
  t.is(log[at('IEF450I J S1 - ABEND=S806 U0000 REASON=00000004') + 1], '                   TIME=10.15.02');
  t.true(at('$HASP395 J        ENDED - ABEND=S806') > at('IEF404I J - ENDED - TIME=10.15.02'));
  const sysmsg = spoolFile(sys, r!.spool, 'JESYSMSG');
  t.true(sysmsg.includes('IEF472I J S1 - COMPLETION CODE - SYSTEM=806 USER=0000 REASON=00000004'));
  t.false(sysmsg.some((l) => l.startsWith('IEF142I J S1')));
  t.like(r!.diagnostics[0], { id: 'CSV003I', severity: 'error', text: 'REQUESTED MODULE IDCAMS NOT FOUND', stmt: 2 });
});

test('IEBGENER copies SYSUT1 to SYSUT2 and reports on SYSPRINT', async (t) => {
  const sys = tempSystem(t);
  sys.catalog.define('HLQ.IN', { recfm: 'FB', lrecl: 80 });
  sys.catalog.writeRecords('HLQ.IN', ['LINE 1', 'LINE 2']);
  const j = job('GENER', [
    step('COPY', 'IEBGENER', [dd('SYSPRINT', sysout()), dd('SYSIN', dummy()), dd('SYSUT1', shr('HLQ.IN')), ddk('SYSUT2', { DCB: ['RECFM=FB', 'LRECL=80'] }, ds('HLQ.OUT', { status: 'NEW', normal: 'CATLG', abnormal: 'DELETE' }))]),
    step('NODCB', 'IEBGENER', [dd('SYSPRINT', sysout()), dd('SYSIN', dummy()), dd('SYSUT1', shr('HLQ.OUT')), dd('SYSUT2', sysout())]),
  ]);
  const [r] = await submitJobs([j], env(sys));
  t.is(r!.maxcc, 0);
  t.deepEqual(sys.catalog.readRecords('HLQ.OUT'), ['LINE 1', 'LINE 2']);
  t.like(sys.catalog.entry('HLQ.OUT'), { recfm: 'FB', lrecl: 80 });
  const title = `${'DATA SET UTILITY - GENERATE'.padEnd(98)}PAGE 0001`;
  t.deepEqual(spoolFile(sys, r!.spool, 'COPY.SYSPRINT'), [title, '', 'PROCESSING ENDED AT EOD']);
  t.deepEqual(spoolFile(sys, r!.spool, 'NODCB.SYSPRINT'), [title, 'IEB352I WARNING: ONE OR MORE OF THE OUTPUT DCB PARMS COPIED FROM INPUT', '', 'PROCESSING ENDED AT EOD']);
  t.deepEqual(spoolFile(sys, r!.spool, 'NODCB.SYSUT2'), ['LINE 1', 'LINE 2']);
});

test('IEBGENER without SYSUT1 ends with RC 12 and IEC130I; control statements are refused', async (t) => {
  const sys = tempSystem(t);
  const j = job('J', [
    step('S1', 'IEBGENER', [dd('SYSPRINT', sysout()), dd('SYSIN', dummy()), dd('SYSUT2', sysout())]),
    step('S2', 'IEBGENER', [dd('SYSPRINT', sysout()), dd('SYSIN', instream('  GENERATE MAXFLDS=1')), dd('SYSUT1', instream('A')), dd('SYSUT2', sysout())]),
  ]);
  const [r] = await submitJobs([j], env(sys));
  t.deepEqual(r!.steps.map((s) => s.rc), [12, 12]);
  t.true(spoolFile(sys, r!.spool, 'JESYSMSG').includes('IEC130I SYSUT1 DD STATEMENT MISSING'));
  t.true(spoolFile(sys, r!.spool, 'S2.SYSPRINT').includes('SIM0206E IEBGENER CONTROL STATEMENTS ARE NOT EMULATED - GENERATE'));
});

test('a program that throws abends U4000 with SIM0201E; later steps are flushed', async (t) => {
  const sys = tempSystem(t);
  const [r] = await submitJobs([job('J', [step('S1', 'THROWER'), step('S2', 'IEFBR14')])], env(sys));
  t.is(r!.abend, 'U4000');
  t.is(r!.steps[1]!.bypassed, 'ABEND');
  t.true(spoolFile(sys, r!.spool, 'JESYSMSG').includes('SIM0201E PROGRAM THROWER FAILED IN STEP S1: THE PROGRAM BROKE - STEP ABENDED U4000'));
  t.true(spoolFile(sys, r!.spool, 'JESMSGLG').some((l) => l.endsWith('IEF450I J S1 - ABEND=S000 U4000 REASON=00000000')));
});

test('PARM reaches the program as the converter unwrapped it, one level only', async (t) => {
  const sys = tempSystem(t);
  const cases: [string, string][] = [
    ["'MIXED'", 'MIXED'],
    ['(P1,123,MT5)', 'P1,123,MT5'],
    ["'O''DONNELL'", "O'DONNELL"],
    ['MIXED', 'MIXED'],
    ["'(X)'", '(X)'],
    ["'3462&&5'", '3462&5'],
  ];
  const jcl = ['//J JOB', ...cases.map(([p], i) => `//S${i} EXEC PGM=ECHOPARM,PARM=${p}\n//SYSPRINT DD SYSOUT=*`)].join('\n') + '\n';
  const [r] = await submitJobs(convertJcl(jcl, { file: 'parm.jcl', userid: 'ELSIM' }).jobs, env(sys));
  cases.forEach(([coded, passed], i) => t.deepEqual(spoolFile(sys, r!.spool, `S${i}.SYSPRINT`), [`PARM=[${passed}]`], coded));
});

test('a program can write a SQLite CDS into a NEW DD; CATLG catalogs it as a CDS', async (t) => {
  const sys = tempSystem(t);
  const makeCds: Program = (ctx) => {
    const out = ctx.dd('SLSNEW1')!;
    t.true(out.isNew);
    t.is(out.dsn, 'HLQ.DRTEST.SLSCNTL');
    const db = new Database(out.filePath!);
    db.pragma('journal_mode = WAL');
    db.exec("CREATE TABLE t (x); INSERT INTO t VALUES ('ok');");
    db.close();
    ctx.sysmsg('SLS9999I CDS WRITTEN');
    return { rc: 0 };
  };
  const j = job('DRTEST', [step('DRTCREAT', 'MAKECDS', [dd('SLSNEW1', ds('HLQ.DRTEST.SLSCNTL', { status: 'NEW', normal: 'CATLG', abnormal: 'DELETE' })), dd('SLSNEW2', ds('HLQ.DRTEST.SLSCNTL2', { status: 'NEW', normal: 'CATLG', abnormal: 'DELETE' }))])]);
  const [r] = await submitJobs([j], env(sys, { MAKECDS: makeCds }));
  t.is(r!.status, 'CC');
  t.is(sys.catalog.entry('HLQ.DRTEST.SLSCNTL')?.dsorg, 'CDS');
  t.is(sys.catalog.entry('HLQ.DRTEST.SLSCNTL2')?.dsorg, 'PS', 'an unwritten one stays a sequential data set');
  const db = new Database(sys.datasetPath('HLQ.DRTEST.SLSCNTL')!, { readonly: true });
  t.deepEqual(db.prepare('SELECT x FROM t').all(), [{ x: 'ok' }]);
  db.close();
  const sysmsg = spoolFile(sys, r!.spool, 'JESYSMSG');
  t.true(sysmsg.indexOf('SLS9999I CDS WRITTEN') < sysmsg.indexOf('IEF142I DRTEST DRTCREAT - STEP WAS EXECUTED - COND CODE 0000'));
});

test('StepContext: dd names, kinds, and what a program may see', async (t) => {
  const sys = tempSystem(t);
  sys.catalog.define('HLQ.SEALINK', { dsorg: 'PO' });
  let seen: unknown;
  const look: Program = (ctx) => {
    seen = {
      job: [ctx.jobName, ctx.jobId, ctx.stepName, ctx.procStep],
      ddnames: ctx.ddnames(),
      kinds: ctx.ddnames().map((n) => ctx.dd(n)!.kind),
      lower: ctx.dd('slsprint')?.ddname,
      steplib: ctx.dd('STEPLIB')?.filePath?.startsWith(ctx.system.root),
      input: ctx.dd('SLSIN')?.readRecords(),
      attrs: ctx.dd('SLSIN')?.attrs,
      none: ctx.dd('NOPE'),
    };
    return { rc: 4 };
  };
  const [r] = await submitJobs([job('J', [step('EXP', 'LOOK', [dd('STEPLIB', shr('HLQ.SEALINK')), dd('SLSPRINT', sysout()), dd('SLSIN', instream(' EXPORT VTV(X)')), dd('X', dummy())], { procStep: 'P1' })])], env(sys, { LOOK: look }));
  t.is(r!.maxcc, 4);
  t.deepEqual(seen, {
    job: ['J', 'JOB00001', 'EXP', 'P1'],
    ddnames: ['STEPLIB', 'SLSPRINT', 'SLSIN', 'X'],
    kinds: ['dataset', 'sysout', 'instream', 'dummy'],
    lower: 'SLSPRINT',
    steplib: true,
    input: [' EXPORT VTV(X)'],
    attrs: { recfm: 'FB', lrecl: 80 },
    none: undefined,
  });
});

test('JOBRC=LASTRC reports the last step; the default reports the highest', async (t) => {
  const sys = tempSystem(t);
  const steps = [step('S1', 'SETRC', [], { parm: '8' }), step('S2', 'SETRC', [], { parm: '4' })];
  const [max] = await submitJobs([job('J', steps)], env(sys));
  t.true(spoolFile(sys, max!.spool, 'JESMSGLG').some((l) => l.endsWith('$HASP395 J        ENDED - RC=0008')));
  const [last] = await submitJobs([job('J', steps, { keywords: [{ key: 'JOBRC', value: 'LASTRC', pos: { file: 'x', line: 1, column: 1 } }] })], env(sys));
  t.true(spoolFile(sys, last!.spool, 'JESMSGLG').some((l) => l.endsWith('$HASP395 J        ENDED - RC=0004')));
  t.is(last!.maxcc, 8, 'maxcc stays the highest RC');
});

test('a return code above 4095 is truncated like register 15', async (t) => {
  const sys = tempSystem(t);
  const [r] = await submitJobs([job('J', [step('S1', 'SETRC', [], { parm: '4100' })])], env(sys));
  t.is(r!.steps[0]!.rc, 4);
});

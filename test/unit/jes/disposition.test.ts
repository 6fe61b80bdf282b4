import test from 'ava';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { effectiveDisposition } from '../../../src/jes/disposition.js';
import { submitJobs } from '../../../src/jes/submitJobs.js';
import { dd, ds, env, instream, job, shr, spoolFile, step, tempSystem } from '../../helpers/jclJobs.js';

test('DISP defaults: DELETE for new, KEEP for existing; abnormal follows normal except PASS', (t) => {
  t.is(effectiveDisposition({}, true, false, false), 'DELETE', 'no DISP at all is (NEW,DELETE,DELETE)');
  t.is(effectiveDisposition({ status: 'SHR' }, false, false, false), 'KEEP');
  t.is(effectiveDisposition({ status: 'NEW', normal: 'CATLG' }, true, false, true), 'CATLG', 'abnormal defaults to the normal disposition');
  t.is(effectiveDisposition({ status: 'NEW', normal: 'CATLG', abnormal: 'DELETE' }, true, false, true), 'DELETE');
  t.is(effectiveDisposition({ status: 'NEW', normal: 'CATLG', abnormal: 'DELETE' }, true, false, false), 'CATLG', 'abnormal only on abend');
  t.is(effectiveDisposition({ status: 'NEW', normal: 'PASS' }, true, false, true), 'DELETE', 'PASS becomes DELETE for new');
  t.is(effectiveDisposition({ status: 'OLD', normal: 'PASS' }, false, false, true), 'KEEP', 'PASS becomes KEEP for existing');
  t.is(effectiveDisposition({ status: 'OLD', normal: 'DELETE' }, false, false, true), 'DELETE');
  t.is(effectiveDisposition({ status: 'NEW', normal: 'CATLG' }, true, true, false), 'PASS', 'a temporary cannot be cataloged');
  t.is(effectiveDisposition({ status: 'NEW', normal: 'KEEP' }, true, true, true), 'DELETE');
});

test('a new data set is cataloged, kept or deleted by its normal disposition', async (t) => {
  const sys = tempSystem(t);
  const write = (name: string, disp: Parameters<typeof ds>[1]) => dd(name, ds(`HLQ.${name}`, disp));
  const j = job('J', [
    step('S1', 'IEBGENER', [
      dd('SYSUT1', instream('A')),
      dd('SYSUT2', ds('HLQ.CAT', { status: 'NEW', normal: 'CATLG', abnormal: 'DELETE' })),
      write('NODISP', {}),
      write('KEPT', { status: 'NEW', normal: 'KEEP' }),
      write('DELETED', { status: 'NEW', normal: 'DELETE' }),
      dd('SYSPRINT', ds('HLQ.PRINT', { status: 'MOD', normal: 'CATLG' })),
    ]),
  ]);
  const [r] = await submitJobs([j], env(sys));
  t.is(r!.status, 'CC');
  const c = sys.catalog;
  t.deepEqual(c.readRecords('HLQ.CAT'), ['A']);
  t.true(c.exists('HLQ.KEPT'), 'KEEP of a new data set catalogs it (SMS rule)');
  t.false(c.exists('HLQ.NODISP'));
  t.false(c.exists('HLQ.DELETED'));
  t.is(c.readRecords('HLQ.PRINT')?.at(-1), 'PROCESSING ENDED AT EOD', 'MOD of a missing data set creates it');
  const sysmsg = spoolFile(sys, r!.spool, 'JESYSMSG');
  t.true(sysmsg.includes(`IEF285I   ${'HLQ.CAT'.padEnd(44)} CATALOGED`));
  t.true(sysmsg.includes(`IEF285I   ${'HLQ.KEPT'.padEnd(44)} KEPT`));
  t.true(sysmsg.includes(`IEF285I   ${'HLQ.NODISP'.padEnd(44)} DELETED`));
  t.true(sysmsg.includes('IEF285I   VOL SER NOS= ELSV01.'));
  t.deepEqual(readdirSync(join(sys.root, 'work')), [], 'the work directory is cleaned up');
});

test('on an abend the abnormal disposition applies', async (t) => {
  const sys = tempSystem(t);
  sys.catalog.define('HLQ.OLD1');
  sys.catalog.define('HLQ.OLD2');
  const j = job('J', [
    step('S1', 'ABENDER', [
      dd('A', ds('HLQ.NEWA', { status: 'NEW', normal: 'CATLG', abnormal: 'DELETE' })),
      dd('B', ds('HLQ.NEWB', { status: 'NEW', normal: 'CATLG', abnormal: 'CATLG' })),
      dd('C', ds('HLQ.NEWC', { status: 'NEW', normal: 'CATLG' })),
      dd('D', ds('HLQ.OLD1', { status: 'OLD', normal: 'DELETE', abnormal: 'KEEP' })),
      dd('E', ds('HLQ.OLD2', { status: 'OLD', normal: 'PASS' })),
    ], { parm: 'S0C7' }),
  ]);
  const [r] = await submitJobs([j], env(sys));
  t.is(r!.status, 'ABEND');
  const c = sys.catalog;
  t.false(c.exists('HLQ.NEWA'));
  t.true(c.exists('HLQ.NEWB'));
  t.true(c.exists('HLQ.NEWC'), 'abnormal defaults to normal (CATLG)');
  t.true(c.exists('HLQ.OLD1'));
  t.true(c.exists('HLQ.OLD2'), 'PASS becomes KEEP for an existing data set');
  const sysmsg = spoolFile(sys, r!.spool, 'JESYSMSG');
  t.true(sysmsg.includes(`IEF285I   ${'HLQ.NEWA'.padEnd(44)} DELETED`));
  t.true(sysmsg.includes(`IEF285I   ${'HLQ.OLD1'.padEnd(44)} KEPT`));
});

test('DELETE of an existing data set removes it from the catalog; a normal RC is no abend', async (t) => {
  const sys = tempSystem(t);
  sys.catalog.define('HLQ.GONE');
  sys.catalog.define('HLQ.STAYS');
  const j = job('J', [
    step('S1', 'SETRC', [dd('A', ds('HLQ.GONE', { status: 'OLD', normal: 'DELETE', abnormal: 'KEEP' })), dd('B', ds('HLQ.STAYS', { status: 'OLD', normal: 'KEEP', abnormal: 'DELETE' }))], { parm: '12' }),
  ]);
  const [r] = await submitJobs([j], env(sys));
  t.is(r!.maxcc, 12);
  t.false(sys.catalog.exists('HLQ.GONE'));
  t.true(sys.catalog.exists('HLQ.STAYS'));
  t.false(existsSync(join(sys.catalog.dir, 'HLQ.GONE')));
});

test('DISP=SHR of an alias keeps the data set; DELETE through an alias deletes the data set', async (t) => {
  const sys = tempSystem(t);
  sys.createDataset('HLQ.DBASEPRM', { dsorg: 'CDS' });
  sys.catalog.defineAlias('HLQ.DBASESEC', 'HLQ.DBASEPRM');
  const [r] = await submitJobs([job('J', [step('S1', 'IEFBR14', [dd('SLSCNTL2', shr('HLQ.DBASESEC'))])])], env(sys));
  t.is(r!.status, 'CC');
  t.true(sys.catalog.exists('HLQ.DBASEPRM'));
  await submitJobs([job('J', [step('S1', 'IEFBR14', [dd('X', ds('HLQ.DBASESEC', { status: 'OLD', normal: 'DELETE' }))])])], env(sys));
  t.false(sys.catalog.exists('HLQ.DBASEPRM'));
  t.false(sys.catalog.exists('HLQ.DBASESEC'));
});

test('a PDS member is read through DISP=SHR', async (t) => {
  const sys = tempSystem(t);
  sys.catalog.define('HLQ.PARMLIB', { dsorg: 'PO' });
  sys.catalog.writeMember('HLQ.PARMLIB', 'BKPCNTL', ['CONTROL']);
  const [r] = await submitJobs([job('J', [step('S1', 'COPYIN', [dd('IN', shr('HLQ.PARMLIB', 'BKPCNTL')), dd('OUT', ds('HLQ.COPY', { status: 'NEW', normal: 'CATLG' }))])])], env(sys));
  t.is(r!.status, 'CC');
  t.deepEqual(sys.catalog.readRecords('HLQ.COPY'), ['CONTROL']);
});

test('IEFBR14 with DISP=(MOD,DELETE) deletes a data set whether it exists or not', async (t) => {
  const sys = tempSystem(t);
  sys.catalog.define('HLQ.OLDMANIF');
  const del = (dsn: string) => job('J', [step('DEL', 'IEFBR14', [dd('D1', ds(dsn, { status: 'MOD', normal: 'DELETE' }))])]);
  const [r1] = await submitJobs([del('HLQ.OLDMANIF')], env(sys));
  const [r2] = await submitJobs([del('HLQ.NEVERWAS')], env(sys));
  t.is(r1!.status, 'CC');
  t.is(r2!.status, 'CC');
  t.false(sys.catalog.exists('HLQ.OLDMANIF'));
  t.false(sys.catalog.exists('HLQ.NEVERWAS'));
  t.true(spoolFile(sys, r2!.spool, 'JESYSMSG').includes(`IEF285I   ${'HLQ.NEVERWAS'.padEnd(44)} DELETED`));
});

test('NOT CATLGD 2: a name cataloged meanwhile is not cataloged twice', async (t) => {
  const sys = tempSystem(t);
  const race: Parameters<typeof env>[1] = {
    RACE: (ctx) => {
      ctx.system.createDataset('HLQ.RACE');
      ctx.dd('OUT')!.writeRecords(['MINE']);
      return { rc: 0 };
    },
  };
  const [r] = await submitJobs([job('J', [step('S1', 'RACE', [dd('OUT', ds('HLQ.RACE', { status: 'NEW', normal: 'CATLG' }))])])], env(sys, race));
  t.is(r!.status, 'CC');
  t.deepEqual(sys.catalog.readRecords('HLQ.RACE'), [], 'the data set cataloged first stays');
  t.true(spoolFile(sys, r!.spool, 'JESYSMSG').includes('IEF287I  HLQ.RACE NOT CATLGD 2'));
  t.deepEqual(readdirSync(join(sys.root, 'work')), []);
});

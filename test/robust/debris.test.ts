/**
 * Debris after kills (issue 14, failure 4). SIGINT and SIGTERM end a running job cleanly: the job
 * is recorded CANCELED, its spool is kept whole and no staging directory is left. After a SIGKILL
 * the next command that opens the system removes what it can prove belongs to a dead process —
 * spool staging directories, temporary files in catalog/, job work directories — and marks the
 * dead job LOST; what belongs to a process still running is never touched.
 * The kills happen at named kill points (ELSIM_STOP_AT), not after a delay.
 */
import test from 'ava';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from '../../src/cli/main.js';
import { fixedClock, memoryIo } from '../../src/core/Io.js';
import { System } from '../../src/jes/System.js';
import { DEMO_NOW, freshDemoSystem } from '../helpers/demoSystem.js';
import { runElsim, startElsim, stopped } from './elsimChild.js';
import { cdsDigestOf } from './robustHelpers.js';

const linux = process.platform === 'linux';

/** Three steps: two MVCMAINT updates and an IEBGENER that writes a new data set. */
const THREE_STEPS = [
  "//THREE JOB (ACCT),'THREE STEPS'",
  '//S1 EXEC PGM=SLUADMIN,PARM=MIXED',
  '//SLSPRINT DD SYSOUT=*',
  '//SLSIN DD *',
  ' MVCMAINT MVC(AM1000-AM1009) READONLY(ON)',
  '/*',
  '//S2 EXEC PGM=SLUADMIN,PARM=MIXED',
  '//SLSPRINT DD SYSOUT=*',
  '//SLSIN DD *',
  ' MVCMAINT MVC(AM1010-AM1019) READONLY(ON)',
  '/*',
  '//S3 EXEC PGM=IEBGENER',
  '//SYSPRINT DD SYSOUT=*',
  '//SYSIN DD DUMMY',
  '//SYSUT1 DD *',
  'RECORD ONE',
  '/*',
  '//SYSUT2 DD DSN=HLQ.NEWOUT,DISP=(NEW,CATLG,DELETE)',
  '',
].join('\n');

/** A job that replaces the records of a cataloged data set. */
const REWRITE = [
  "//REWRITE JOB (ACCT),'REWRITE'",
  '//S1 EXEC PGM=IEBGENER',
  '//SYSPRINT DD SYSOUT=*',
  '//SYSIN DD DUMMY',
  '//SYSUT1 DD *',
  'NEW CONTENT',
  '/*',
  '//SYSUT2 DD DSN=HLQ.OLDOUT,DISP=OLD',
  '',
].join('\n');

function readOnlyCount(sys: string, lo: string, hi: string): number {
  const db = new Database(join(sys, 'catalog', 'HLQ.DBASEPRM'), { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM mvc WHERE volser BETWEEN ? AND ? AND read_only = 1').pluck().get(lo, hi) as number;
  } finally {
    db.close();
  }
}

function jobRow(sys: string, jobid: string): { status: string; spool: string | null } | undefined {
  const db = new Database(join(sys, 'system.db'), { readonly: true });
  try {
    return db.prepare('SELECT status, spool FROM jobs WHERE jobid = ?').get(jobid) as { status: string; spool: string | null } | undefined;
  } finally {
    db.close();
  }
}

/** Every dot-file and dot-directory under spool/, catalog/ (and PDS directories) and work/. */
function debris(sys: string): string[] {
  const out: string[] = [];
  for (const area of ['spool', 'catalog', 'work']) {
    const dir = join(sys, area);
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (area === 'work' || e.name.startsWith('.')) out.push(join(area, e.name));
      else if (e.isDirectory() && area === 'catalog') for (const m of readdirSync(join(dir, e.name))) if (m.startsWith('.')) out.push(join(area, e.name, m));
    }
  }
  return out.sort();
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(fixedClock(DEMO_NOW));
  const code = await runCli(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

function jclFile(sys: string, name: string, text: string): string {
  const file = join(sys, '..', `${name}.jcl`);
  writeFileSync(file, text);
  return file;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`${signal} at a step boundary cancels the job: CANCELED, S222, spool whole, no staging, later steps not run`, async (t) => {
    const sys = await freshDemoSystem(t);
    const file = jclFile(sys, 'three', THREE_STEPS);
    const r = await runElsim(['submit', '--system', sys, file], { env: { ELSIM_STOP_AT: `job.step:S2=${signal}` } });
    t.is(r.code, signal === 'SIGINT' ? 130 : 143, r.stdout + r.stderr);
    t.regex(r.stdout, /JOB00002 THREE\s+CANCELED/);
    t.regex(r.stderr, new RegExp(`SIM1532I JOB JOB00002 THREE CANCELED BY ${signal}`));
    t.deepEqual(debris(sys), []);
    t.deepEqual(jobRow(sys, 'JOB00002'), { status: 'CANCELED', spool: 'spool/JOB00002-THREE' });
    const log = readFileSync(join(sys, 'spool/JOB00002-THREE/JESMSGLG.txt'), 'utf8');
    t.regex(log, new RegExp(`SIM1531I JOB THREE CANCELED BY ${signal} - STEP S2 AND THE STEPS AFTER IT NOT RUN`));
    t.regex(log, /\$HASP395 THREE\s+ENDED - ABEND=S222/);
    t.is(readOnlyCount(sys, 'AM1000', 'AM1009'), 10, 'S1 ran');
    t.is(readOnlyCount(sys, 'AM1010', 'AM1019'), 0, 'S2 did not run');
    t.false(existsSync(join(sys, 'catalog', 'HLQ.NEWOUT')));
  });
}

(linux ? test : test.skip)('a real SIGTERM while the job runs cancels it at the next step boundary', async (t) => {
  const sys = await freshDemoSystem(t);
  const file = jclFile(sys, 'three', THREE_STEPS);
  // The run stops itself at the boundary before S2; the test then sends a real SIGTERM.
  const { child, done } = startElsim(['submit', '--system', sys, file], { env: { ELSIM_STOP_AT: 'job.step:S2=SIGSTOP' } });
  await stopped(child.pid!, done);
  child.kill('SIGTERM');
  child.kill('SIGCONT');
  const r = await done;
  t.is(r.code, 143, r.stdout + r.stderr);
  t.deepEqual(debris(sys), []);
  t.is(jobRow(sys, 'JOB00002')?.status, 'CANCELED');
});

test('after a SIGKILL between steps the next command removes the staging and marks the job LOST', async (t) => {
  const sys = await freshDemoSystem(t);
  const file = jclFile(sys, 'three', THREE_STEPS);
  const r = await runElsim(['submit', '--system', sys, file], { env: { ELSIM_STOP_AT: 'job.step:S3' } });
  t.is(r.signal, 'SIGKILL');
  t.true(debris(sys).some((d) => /^spool\/\.JOB00002-THREE\.\d+\.tmp$/.test(d)), debris(sys).join(' '));
  t.is(jobRow(sys, 'JOB00002')?.status, 'INPUT');
  const v = await cli(['cds', 'verify', '--system', sys]);
  t.is(v.code, 0, v.out + v.err);
  t.regex(v.err, /SIM1536I JOB JOB00002 THREE MARKED LOST/);
  t.regex(v.err, /SIM1535I RECOVERED .*REMOVED spool\/\.JOB00002-THREE\.\d+\.tmp/);
  t.deepEqual(debris(sys), []);
  t.deepEqual(jobRow(sys, 'JOB00002'), { status: 'LOST', spool: null });
  // What the steps before the kill committed stays committed.
  t.is(readOnlyCount(sys, 'AM1010', 'AM1019'), 10);
});

test('after a SIGKILL before a data set is renamed, its temporary file in catalog/ and the job work directory are removed', async (t) => {
  const sys = await freshDemoSystem(t);
  const s = System.open(sys);
  s.catalog.define('HLQ.OLDOUT', { dsorg: 'PS', recfm: 'FB', lrecl: 80 });
  s.catalog.writeRecords('HLQ.OLDOUT', ['OLD CONTENT']);
  s.close();
  const rewrite = await runElsim(['submit', '--system', sys, jclFile(sys, 'rewrite', REWRITE)], { env: { ELSIM_STOP_AT: 'dataset.rename' } });
  t.is(rewrite.signal, 'SIGKILL');
  t.true(debris(sys).some((d) => /^catalog\/\.HLQ\.OLDOUT\.\d+\.\d+\.tmp$/.test(d)), debris(sys).join(' '));
  t.is(readFileSync(join(sys, 'catalog', 'HLQ.OLDOUT'), 'utf8'), 'OLD CONTENT\n');
  // A new data set is written in the job's work directory until it is cataloged.
  const three = await runElsim(['submit', '--system', sys, jclFile(sys, 'three', THREE_STEPS)], { env: { ELSIM_STOP_AT: 'dataset.rename' } });
  t.is(three.signal, 'SIGKILL');
  t.true(debris(sys).some((d) => d === 'work/JOB00003'), debris(sys).join(' '));
  const l = await cli(['dataset', 'list', '--system', sys]);
  t.is(l.code, 0, l.err);
  t.deepEqual(debris(sys), []);
  t.is(readFileSync(join(sys, 'catalog', 'HLQ.OLDOUT'), 'utf8'), 'OLD CONTENT\n');
  t.false(existsSync(join(sys, 'catalog', 'HLQ.NEWOUT')));
  t.is(jobRow(sys, 'JOB00002')?.status, 'LOST');
  t.is(jobRow(sys, 'JOB00003')?.status, 'LOST');
});

test('a kill after the spool is in place keeps the spool of the LOST job', async (t) => {
  const sys = await freshDemoSystem(t);
  const r = await runElsim(['submit', '--system', sys, jclFile(sys, 'three', THREE_STEPS)], { env: { ELSIM_STOP_AT: 'job.recorded' } });
  t.is(r.signal, 'SIGKILL');
  await cli(['dataset', 'list', '--system', sys]);
  t.deepEqual(jobRow(sys, 'JOB00002'), { status: 'LOST', spool: 'spool/JOB00002-THREE' });
  t.true(existsSync(join(sys, 'spool/JOB00002-THREE/JESMSGLG.txt')));
  t.deepEqual(debris(sys), []);
});

(linux ? test : test.skip)('what a running process made is never removed by the recovery of another command', async (t) => {
  const sys = await freshDemoSystem(t);
  const before = cdsDigestOf(sys);
  const { child, done } = startElsim(['submit', '--system', sys, jclFile(sys, 'three', THREE_STEPS)], { env: { ELSIM_STOP_AT: 'job.step:S2=SIGSTOP' } });
  await stopped(child.pid!, done);
  const staging = debris(sys);
  t.true(staging.some((d) => d.startsWith('spool/.JOB00002-THREE.')), staging.join(' '));
  const v = await cli(['cds', 'verify', '--system', sys]);
  t.notRegex(v.err, /SIM153[56]I/);
  t.deepEqual(debris(sys), staging);
  t.is(jobRow(sys, 'JOB00002')?.status, 'INPUT');
  child.kill('SIGKILL');
  await done;
  t.notDeepEqual(cdsDigestOf(sys), before, 'S1 committed');
  await cli(['cds', 'verify', '--system', sys]);
  t.deepEqual(debris(sys), []);
  t.is(jobRow(sys, 'JOB00002')?.status, 'LOST');
});

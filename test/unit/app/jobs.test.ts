/** The job list, job detail and purge (SDSF-style, issue 12): app functions and the commands. */
import test from 'ava';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jobDetail } from '../../../src/app/jobDetail.js';
import { jobFilterSql, listJobs } from '../../../src/app/listJobs.js';
import { purgeJobs } from '../../../src/app/purgeJobs.js';
import { runCli } from '../../../src/cli/main.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';
import { ElsimError } from '../../../src/core/errors.js';
import { freshDemoSystem } from '../../helpers/demoSystem.js';

const JOBS: Record<string, string> = {
  'ok.jcl': '//GOODJOB JOB\n//S1 EXEC PGM=IEFBR14\n',
  'warn.jcl': '//WARNJOB JOB\n//S1 EXEC PGM=SLUADMIN\n//SLSPRINT DD SYSOUT=*\n//SLSIN DD *\n SCRATCH VOL(AV1000)\n SCRATCH VOL(AV1000)\n/*\n',
  'abend.jcl': '//ABENDJOB JOB\n//S1 EXEC PGM=NOSUCHPG\n',
  'alloc.jcl': '//ALLOCJOB JOB\n//S1 EXEC PGM=IEBGENER\n//SYSUT1 DD DSN=NO.SUCH.DATASET,DISP=SHR\n//SYSUT2 DD SYSOUT=*\n//SYSPRINT DD SYSOUT=*\n//SYSIN DD DUMMY\n',
};

async function cli(args: string[], pager?: (text: string) => Promise<void>) {
  const io = memoryIo(fixedClock('2026-11-21T08:00:00Z'));
  if (pager) io.pager = pager;
  const code = await runCli(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

/** A demo system with the four jobs above run once each (JOB00002-JOB00005), GOODJOB again later (JOB00006). */
async function withJobs(t: Parameters<typeof freshDemoSystem>[0]): Promise<string> {
  const sys = await freshDemoSystem(t);
  const dir = join(sys, '..');
  for (const [name, text] of Object.entries(JOBS)) writeFileSync(join(dir, name), text);
  await cli(['submit', '--system', sys, ...Object.keys(JOBS).map((n) => join(dir, n))]);
  await cli(['submit', '--system', sys, '--now', '2026-11-22T09:30:00Z', join(dir, 'ok.jcl')]);
  return sys;
}

test('listJobs: every job with owner, times and SDSF completion; filters by name, status, RC, failure and date', async (t) => {
  const sys = await withJobs(t);
  const all = listJobs(sys);
  t.deepEqual(
    all.map((j) => [j.jobid, j.jobname, j.completion]),
    [
      ['JOB00001', 'ELSDEMO', 'CC 0000'],
      ['JOB00002', 'GOODJOB', 'CC 0000'],
      ['JOB00003', 'WARNJOB', 'CC 0004'],
      ['JOB00004', 'ABENDJOB', 'ABEND S806'],
      ['JOB00005', 'ALLOCJOB', 'JCL ERROR'],
      ['JOB00006', 'GOODJOB', 'CC 0000'],
    ],
  );
  t.like(all[2], { owner: 'ELSIM', submitted: '2026-11-21T08:00:00.000Z', ended: '2026-11-21T08:00:00.000Z', status: 'CC', maxcc: 4, spool: 'spool/JOB00003-WARNJOB' });
  t.regex(all[2]!.file!, /warn\.jcl$/);
  const ids = (f: Parameters<typeof listJobs>[1]): string[] => listJobs(sys, f).map((j) => j.jobid);
  t.deepEqual(ids({ name: 'GOOD' }), ['JOB00002', 'JOB00006']);
  t.deepEqual(ids({ name: '*JOB' }), ['JOB00002', 'JOB00003', 'JOB00004', 'JOB00005', 'JOB00006']);
  t.deepEqual(ids({ name: 'W%RNJOB' }), ['JOB00003']);
  t.deepEqual(ids({ failed: true }), ['JOB00003', 'JOB00004', 'JOB00005']);
  t.deepEqual(ids({ rc: '>=4' }), ['JOB00003']);
  t.deepEqual(ids({ rc: '0' }), ['JOB00001', 'JOB00002', 'JOB00006']);
  t.deepEqual(ids({ status: ['abend', 'JCL ERROR'] }), ['JOB00004', 'JOB00005']);
  t.deepEqual(ids({ since: '2026-11-22' }), ['JOB00006']);
  t.deepEqual(ids({ until: '2026-11-21' }), ['JOB00001', 'JOB00002', 'JOB00003', 'JOB00004', 'JOB00005']);
  t.deepEqual(ids({ until: '2026-11-22T09:00:00Z' }).length, 5);
  t.throws(() => jobFilterSql({ rc: 'lots' }), { instanceOf: ElsimError, message: /BAD RC FILTER lots/ });
  t.throws(() => jobFilterSql({ since: 'yesterday' }), { message: /BAD SINCE FILTER/ });
});

test('jobDetail: steps with codes and reasons, data sets in JES2 order; by id or by name (the latest)', async (t) => {
  const sys = await withJobs(t);
  const w = jobDetail(sys, 'J3');
  t.is(w.job.jobname, 'WARNJOB');
  t.deepEqual(w.steps.map((s) => [s.name, s.program, s.completion, s.reason?.id]), [['S1', 'SLUADMIN', 'RC 0004', 'SIM0654W']]);
  t.deepEqual(w.datasets.map((d) => [d.ddname, d.stepname, d.dsid]), [['JESMSGLG', 'JES2', 2], ['JESJCL', 'JES2', 3], ['JESYSMSG', 'JES2', 4], ['SLSPRINT', 'S1', 102]]);
  for (const d of w.datasets) t.true(existsSync(join(sys, d.path)), d.path);
  const a = jobDetail(sys, 'ALLOCJOB');
  t.deepEqual(a.steps.map((s) => [s.completion, s.reason?.id, s.reason?.card?.line]), [['JCL ERROR', 'IEF212I', 3]]);
  const good = jobDetail(sys, 'goodjob');
  t.is(good.job.jobid, 'JOB00006');
  t.deepEqual(good.sameName, ['JOB00002']);
  t.throws(() => jobDetail(sys, 'NOSUCH'), { instanceOf: ElsimError, message: /SIM1406E|NO JOB NOSUCH ON THE SPOOL/ });
});

test('purgeJobs: by id or name; a name that is not there purges nothing', async (t) => {
  const sys = await withJobs(t);
  t.throws(() => purgeJobs(sys, ['JOB00003', 'NOSUCH']), { message: /NO JOB NOSUCH/ });
  t.true(existsSync(join(sys, 'spool/JOB00003-WARNJOB')));
  t.deepEqual(purgeJobs(sys, ['JOB00003', 'GOODJOB']).map((j) => j.jobid), ['JOB00003', 'JOB00006', 'JOB00002']);
  t.false(existsSync(join(sys, 'spool/JOB00003-WARNJOB')));
  t.deepEqual(listJobs(sys).map((j) => j.jobid), ['JOB00001', 'JOB00004', 'JOB00005']);
});

test('the commands: jobs lists, job show pages the job on a terminal, job purge says what it purged', async (t) => {
  const sys = await withJobs(t);
  const jobs = await cli(['jobs', '--system', sys, '--failed']);
  t.is(jobs.code, 0);
  const lines = jobs.out.split('\n');
  t.regex(lines[0]!, /^JOBNAME +JOBID +OWNER +SUBMITTED +ENDED +MAX-RC +SPOOL$/);
  t.regex(lines[1]!, /^WARNJOB +JOB00003 ELSIM +2026-11-21 08:00:00 2026-11-21 08:00:00 CC 0004 +\S*system\/spool\/JOB00003-WARNJOB$/);
  t.regex(lines[2]!, /^ABENDJOB JOB00004 .* ABEND S806 /);
  t.is(lines.length, 4);
  const json = await cli(['jobs', '--system', sys, '--json', '--name', 'ABEND']);
  t.like(JSON.parse(json.out), { command: 'jobs', jobs: [{ jobid: 'JOB00004', completion: 'ABEND S806', abend: 'S806' }] });
  let paged = '';
  const show = await cli(['job', 'show', 'WARNJOB', '--system', sys], async (text) => void (paged = text));
  t.is(show.code, 0);
  t.is(show.out, '');
  t.regex(paged, /^JOB00003 WARNJOB +CC 0004\n/);
  t.regex(paged, /\nS1 +SLUADMIN RC 0004\n {4}\S*warn\.jcl:6:2: SIM0654W VTV AV1000 IS ALREADY SCRATCH\n/);
  t.regex(paged, /\nSLSPRINT S1 +102 +\d+ +\S*spool\/JOB00003-WARNJOB\/S1\.SLSPRINT\.txt\n/);
  t.regex(paged, /---- JESMSGLG JES2 DSID 2 \d+ RECORDS ----\n/);
  t.regex(paged, /SLS0155I CONDITION CODE FOR UTILITY FUNCTION IS 4/);
  const dd = await cli(['job', 'show', 'JOB00003', '--system', sys, '--dd', 'slsprint']);
  t.regex(dd.out, /^SLUADMIN/);
  const purge = await cli(['job', 'purge', 'WARNJOB', '--system', sys]);
  t.is(purge.out, 'SIM1407I JOB JOB00003 WARNJOB PURGED');
  const gone = await cli(['job', 'show', 'WARNJOB', '--system', sys]);
  t.is(gone.code, 64);
  t.regex(gone.err, /SIM1406E NO JOB WARNJOB ON THE SPOOL/);
});

import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { printJson } from '../../core/jsonOutput.js';
import { loadPaint, paintCompletion, shortTime, whereIs } from '../jobSummary.js';
import { systemOption } from './options.js';
import type { SetExit } from './SetExit.js';

interface JobsArgs { system: string; name?: string; owner?: string; status?: string[]; rc?: string; failed?: boolean; since?: string; until?: string; json?: boolean }

/** `elsim jobs`: the status list of a system's jobs (SDSF ST; the z/OS FTP JES DIR list). */
export function jobsCommand(io: Io, setExit: SetExit): CommandModule<object, JobsArgs> {
  return {
    command: 'jobs',
    describe: 'List the jobs on the spool: job id, name, owner, submitted, ended, MAX-RC (CC, ABEND, JCL ERROR), spool',
    builder: (y) =>
      y
        .option('system', systemOption)
        .option('name', { type: 'string', requiresArg: true, describe: 'Job name: a prefix, or a pattern with * (any characters) and % (one)' })
        .option('owner', { type: 'string', requiresArg: true, describe: 'Only jobs of this user id' })
        .option('status', { type: 'string', array: true, requiresArg: true, describe: 'Only jobs that ended so: CC, ABEND, "JCL ERROR", CANCELED, INPUT' })
        .option('rc', { type: 'string', requiresArg: true, describe: 'Return code of jobs that ended with one: 8, ">=4", ">0", "!=0"' })
        .option('failed', { type: 'boolean', describe: 'Only jobs that did not end with CC 0000' })
        .option('since', { type: 'string', requiresArg: true, describe: 'Submitted at or after (ISO date or time, simulated clock)' })
        .option('until', { type: 'string', requiresArg: true, describe: 'Submitted up to (a date: that whole day)' })
        .option('json', { type: 'boolean', describe: 'One JSON document (schema/elsim.schema.json)' })
        .example('$0 jobs', 'every job with its completion')
        .example('$0 jobs --failed --since 2026-11-21', 'what went wrong today')
        .example('$0 jobs --name CH02* --rc ">=4"', 'the chapter 2 jobs that ended with RC 4 or more') as never,
    handler: async (a) => {
      const { listJobs } = await import('../../app/listJobs.js');
      const jobs = listJobs(a.system, {
        ...(a.name !== undefined ? { name: a.name } : {}),
        ...(a.owner !== undefined ? { owner: a.owner } : {}),
        ...(a.status !== undefined ? { status: a.status } : {}),
        ...(a.rc !== undefined ? { rc: a.rc } : {}),
        ...(a.failed ? { failed: true } : {}),
        ...(a.since !== undefined ? { since: a.since } : {}),
        ...(a.until !== undefined ? { until: a.until } : {}),
      });
      if (a.json) {
        printJson(io, 'jobs', { jobs });
      } else {
        const paint = await loadPaint(io);
        io.out(`${'JOBNAME'.padEnd(8)} ${'JOBID'.padEnd(8)} ${'OWNER'.padEnd(8)} ${'SUBMITTED'.padEnd(19)} ${'ENDED'.padEnd(19)} ${'MAX-RC'.padEnd(10)} SPOOL`);
        for (const j of jobs) {
          const done = paintCompletion(j, j.completion.padEnd(10), paint);
          io.out(`${j.jobname.padEnd(8)} ${j.jobid.padEnd(8)} ${(j.owner ?? '').padEnd(8)} ${shortTime(j.submitted).padEnd(19)} ${shortTime(j.ended).padEnd(19)} ${done} ${j.spool === null ? '' : whereIs(a.system, j.spool)}`.trimEnd());
        }
        if (jobs.length === 0) io.err('no jobs (elsim jobs without filters lists them all)');
      }
      setExit(0);
    },
  };
}

import type { ChalkInstance } from 'chalk';
import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { exitCodeForJobs } from '../../core/exitCodes.js';
import type { JobResult } from '../../jes/types.js';
import { nowOption, systemOption } from './options.js';
import type { SetExit } from './SetExit.js';

interface SubmitArgs { files: string[]; system: string; now?: string; strict?: boolean; json?: boolean }

export function submitCommand(io: Io, setExit: SetExit): CommandModule<object, SubmitArgs> {
  return {
    command: 'submit <files..>',
    describe: 'Run JCL job streams like JES2: job log, SYSOUT and data sets in the system directory',
    builder: (y) =>
      y
        .positional('files', { type: 'string', array: true, describe: 'JCL files, run in the order given' })
        .option('system', systemOption)
        .option('now', nowOption)
        .option('strict', { type: 'boolean', describe: 'A stream without a JOB card is a JCL error, as on z/OS' })
        .option('json', { type: 'boolean', describe: 'Print the results as JSON' })
        .example('$0 submit fixtures/seed/ch02-export-stor.jcl', 'run a job on the demo system') as never,
    handler: async (a) => {
      const { submitFiles } = await import('../../app/submitFiles.js');
      const jobs = await submitFiles({ dir: a.system, files: a.files, ...(a.now ? { now: a.now } : {}), strict: Boolean(a.strict) }, io);
      if (a.json) io.out(JSON.stringify({ jobs: jobs.map(jobJson) }, null, 2));
      else {
        // Colour only on a terminal: chalk is loaded only then.
        const chalk = io.isTTY ? (await import('chalk')).default : undefined;
        for (const j of jobs) io.out(summaryLine(j, chalk !== undefined && chalk.level > 0 ? chalk : undefined));
      }
      setExit(exitCodeForJobs(jobs));
    },
  };
}

function jobJson(j: JobResult): object {
  return {
    jobname: j.jobname,
    jobid: j.jobid,
    maxcc: j.maxcc,
    status: j.status,
    spool: j.spool,
    steps: j.steps.map((s) => ({
      name: s.procStep ? `${s.name}.${s.procStep}` : s.name,
      program: s.program,
      rc: s.rc ?? null,
      abend: s.abend ?? null,
      ...(s.bypassed ? { bypassed: s.bypassed } : {}),
    })),
  };
}

/** `JOB00002 EXPORT   RC=0004  spool/JOB00002-EXPORT` — the z/OSMF-style return code vocabulary; coloured with `chalk` when given. */
export function summaryLine(j: JobResult, chalk?: ChalkInstance): string {
  const retcode = j.status === 'JCL ERROR' ? 'JCL ERROR' : j.status === 'ABEND' ? `ABEND ${j.abend ?? ''}`.trim() : j.status === 'CANCELED' ? 'CANCELED' : `CC ${String(j.maxcc).padStart(4, '0')}`;
  const paint = chalk === undefined ? (s: string) => s : j.status === 'CC' && j.maxcc === 0 ? chalk.green : j.status === 'CC' && j.maxcc <= 4 ? chalk.yellow : chalk.red;
  return `${j.jobid} ${j.jobname.padEnd(8)} ${paint(retcode.padEnd(10))} ${j.spool}`;
}

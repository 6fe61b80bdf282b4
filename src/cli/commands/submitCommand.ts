import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { exitCodeForJobs } from '../../core/exitCodes.js';
import { printJson } from '../../core/jsonOutput.js';
import { jobResultJson } from '../jobJson.js';
import { jobSummary, loadPaint, whereIs } from '../jobSummary.js';
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
        .option('json', { type: 'boolean', describe: 'Print the results as one JSON document (schema/elsim.schema.json)' })
        .example('$0 submit fixtures/seed/ch02-export-stor.jcl', 'run a job on the demo system') as never,
    handler: async (a) => {
      const { submitFiles } = await import('../../app/submitFiles.js');
      const jobs = await submitFiles({ dir: a.system, files: a.files, ...(a.now ? { now: a.now } : {}), strict: Boolean(a.strict) }, io);
      if (a.json) printJson(io, 'submit', { jobs: jobs.map(jobResultJson) });
      else {
        const paint = await loadPaint(io);
        for (const j of jobs) for (const l of jobSummary(j, whereIs(a.system, j.spool), paint)) io.out(l);
      }
      setExit(exitCodeForJobs(jobs));
    },
  };
}

import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { systemOption } from './options.js';
import type { SetExit } from './SetExit.js';

interface SmcArgs { system: string; action: string; dsn?: string; jobname?: string; stepname?: string; procstep?: string; json?: boolean }

export function smcCommand(io: Io, setExit: SetExit): CommandModule<object, SmcArgs> {
  return {
    command: 'smc <action> [dsn]',
    describe: "Ask SMC how it routes a tape data set: TAPEREQ, POLICY, management class, subpool, TapePlex",
    builder: (y) =>
      y
        .positional('action', { type: 'string', choices: ['route'], describe: 'route DSN' })
        .positional('dsn', { type: 'string', describe: 'the data set name a job would write' })
        .option('jobname', { type: 'string', requiresArg: true, describe: 'the job name TAPEREQ JOBNAME masks compare' })
        .option('stepname', { type: 'string', requiresArg: true, describe: 'the step name (TAPEREQ STEPNAME)' })
        .option('procstep', { type: 'string', requiresArg: true, describe: 'the procedure step name (TAPEREQ PROCSTEP)' })
        .option('system', systemOption)
        .option('json', { type: 'boolean', describe: 'Write the answer as one JSON object' })
        .demandOption('dsn' as never)
        .example('$0 smc route PROD.PAYROLL.WEEKLY --jobname PAYWEEK', 'which TAPEREQ and POLICY, and whether its management class replicates to another TapePlex') as never,
    handler: async (a) => {
      const { smcRoute } = await import('../../app/smcRoute.js');
      setExit(
        smcRoute(
          { dir: a.system, dsn: a.dsn!, ...(a.jobname ? { jobname: a.jobname } : {}), ...(a.stepname ? { stepname: a.stepname } : {}), ...(a.procstep ? { procstep: a.procstep } : {}), ...(a.json ? { json: true } : {}) },
          io,
        ),
      );
    },
  };
}

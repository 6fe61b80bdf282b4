import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { nowOption, systemOption } from './options.js';
import type { SetExit } from './SetExit.js';

interface OperArgs { system: string; command: string[]; now?: string; json?: boolean }

export function operCommand(io: Io, setExit: SetExit): CommandModule<object, OperArgs> {
  return {
    command: 'oper <command..>',
    describe: 'Enter an operator command at the system console (Display, Query, VARY, CAPPREF)',
    builder: (y) =>
      y
        .positional('command', { type: 'string', array: true })
        .option('system', systemOption)
        .option('now', nowOption)
        .option('json', { type: 'boolean', describe: 'Write the answer as one JSON object' })
        .example('$0 oper VARY VTSS1 OFFLINE', 'vary the DR VTSS offline to production before DRTEST START')
        .example('$0 oper D REPL', 'the replication queue of each VTSS (QDEPTH)')
        .example('$0 oper D CLINK', 'the CLINKs and whether they are replicating')
        .example('$0 oper CAPPREF 0 01:00:00 MANUAL', 'put a CAP of ACS 01 in manual mode') as never,
    handler: async (a) => {
      const { operatorCommand } = await import('../../app/operatorCommand.js');
      setExit(operatorCommand({ dir: a.system, command: a.command.join(' '), ...(a.now ? { now: a.now } : {}), ...(a.json ? { json: true } : {}) }, io));
    },
  };
}

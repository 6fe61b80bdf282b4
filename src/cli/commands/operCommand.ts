import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { nowOption, systemOption } from './options.js';
import type { SetExit } from './SetExit.js';

interface OperArgs { system: string; command: string[]; now?: string }

export function operCommand(io: Io, setExit: SetExit): CommandModule<object, OperArgs> {
  return {
    command: 'oper <command..>',
    describe: 'Enter an operator command CDRT depends on (VARY VTSS, CAPPREF) against the active CDS',
    builder: (y) =>
      y
        .positional('command', { type: 'string', array: true })
        .option('system', systemOption)
        .option('now', nowOption)
        .example('$0 oper VARY VTSS1 OFFLINE', 'vary the DR VTSS offline to production before DRTEST START')
        .example('$0 oper CAPPREF 0 01:00:00 MANUAL', 'put a CAP of ACS 01 in manual mode') as never,
    handler: async (a) => {
      const { operatorCommand } = await import('../../app/operatorCommand.js');
      setExit(operatorCommand({ dir: a.system, command: a.command.join(' '), ...(a.now ? { now: a.now } : {}) }, io));
    },
  };
}

import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { nowOption, systemOption } from './options.js';
import type { SetExit } from './SetExit.js';

interface MoveArgs { system: string; to: string; acs?: string; now?: string; volsers: string[] }

export function mvcCommand(io: Io, setExit: SetExit): CommandModule<object, object> {
  const move: CommandModule<object, MoveArgs> = {
    command: 'move <volsers..>',
    describe: 'Eject MVCs from one system (--system) and enter them, with their contents, into another (--to)',
    builder: (y) =>
      y
        .positional('volsers', { type: 'string', array: true, describe: 'MVC volsers or ranges (AO1000-AO1004)' })
        .option('system', systemOption)
        .option('to', { type: 'string', demandOption: true, requiresArg: true, describe: 'The system directory that receives the MVCs' })
        .option('acs', { type: 'string', requiresArg: true, describe: 'ACS of the target they are entered into (default: its first ACS)' })
        .option('now', nowOption)
        .example('$0 mvc move --system site-a --to site-b AO1000-AO1004', 'carry the exported MVCs from site A to site B; then IMPORT at B') as never,
    handler: async (a) => {
      const { moveMvcs } = await import('../../app/moveMvcs.js');
      moveMvcs({ dir: a.system, to: a.to, volsers: a.volsers, ...(a.acs ? { acs: a.acs } : {}), ...(a.now ? { now: a.now } : {}) }, io);
      setExit(0);
    },
  };
  return {
    command: 'mvc <command>',
    describe: 'Handle MVC cartridges between systems',
    builder: (y) => y.command(move).demandCommand(1, 'Name an mvc command (move).') as never,
    handler: () => undefined,
  };
}

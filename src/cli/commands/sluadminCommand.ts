import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { nowOption, systemOption } from './options.js';
import type { SetExit } from './SetExit.js';

interface SluadminArgs { deck?: string; system: string; now?: string; parm?: string; cds?: string }

export function sluadminCommand(io: Io, setExit: SetExit): CommandModule<object, SluadminArgs> {
  return {
    command: 'sluadmin [deck]',
    describe: 'Run a bare SLSIN deck against the system\'s CDS; SLSPRINT goes to standard output',
    builder: (y) =>
      y
        .positional('deck', { type: 'string', describe: 'SLSIN card images; - or absent reads standard input' })
        .option('system', systemOption)
        .option('now', nowOption)
        .option('parm', { type: 'string', default: 'MIXED', describe: 'The PARM SLUADMIN receives' })
        .option('cds', { type: 'string', describe: 'Run against this cataloged CDS (as an SLSCNTL DD) instead of the active one', requiresArg: true })
        .example("echo ' VTVRPT ALL' | $0 sluadmin", 'a VTV report of the demo CDS') as never,
    handler: async (a) => {
      const { runDeckFile } = await import('../../app/runDeckFile.js');
      setExit(await runDeckFile({ dir: a.system, deck: a.deck || '-', parm: a.parm ?? 'MIXED', ...(a.now ? { now: a.now } : {}), ...(a.cds ? { cds: a.cds } : {}) }, io));
    },
  };
}

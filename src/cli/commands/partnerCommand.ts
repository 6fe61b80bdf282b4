import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { systemOption } from './options.js';
import type { SetExit } from './SetExit.js';

interface PartnerArgs { system: string; action: string; tapeplex?: string; dir?: string; json?: boolean }

export function partnerCommand(io: Io, setExit: SetExit): CommandModule<object, PartnerArgs> {
  return {
    command: 'partner <action> [tapeplex] [dir]',
    describe: 'Name the system directory of a partner TapePlex: where CTR and EEXPORT copies arrive',
    builder: (y) =>
      y
        .positional('action', { type: 'string', choices: ['set', 'remove', 'list'], describe: 'set TAPEPLEX DIR | remove TAPEPLEX | list' })
        .positional('tapeplex', { type: 'string', describe: 'the partner TapePlex (CLINK REMPLEX, STORCLAS TAPEPLEX)' })
        .positional('dir', { type: 'string', describe: 'the system directory that runs it' })
        .option('system', systemOption)
        .option('json', { type: 'boolean', describe: 'list: one JSON document' })
        .example('$0 partner set TAPEPLXB site-b --system site-a', 'CTR copies of site-a to TAPEPLXB arrive in site-b')
        .example('$0 partner list --system site-a', 'the partners and whether each is reachable') as never,
    handler: async (a) => {
      const { managePartners } = await import('../../app/partners.js');
      setExit(
        managePartners(
          { dir: a.system, action: a.action as 'set' | 'remove' | 'list', ...(a.tapeplex ? { tapeplex: a.tapeplex } : {}), ...(a.dir ? { partnerDir: a.dir } : {}), ...(a.json ? { json: true } : {}) },
          io,
        ),
      );
    },
  };
}

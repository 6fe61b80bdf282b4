import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { systemOption } from './options.js';
import { cdsGenerateCommand } from './cdsGenerateCommand.js';
import { cdsVerifyCommand } from './cdsVerifyCommand.js';
import type { SetExit } from './SetExit.js';

interface DumpArgs { system: string; dsn?: string; json?: boolean }

export function cdsCommand(io: Io, setExit: SetExit): CommandModule<object, object> {
  const dump: CommandModule<object, DumpArgs> = {
    command: 'dump',
    describe: 'Print a whole CDS as JSON (vtvs, mvcs, vaults, pools, classes, config, drtest, checkpoints)',
    builder: (y) =>
      y
        .option('system', systemOption)
        .option('dsn', { type: 'string', describe: 'A cataloged CDS other than the active one', requiresArg: true })
        .option('json', { type: 'boolean', default: true, describe: 'JSON output (the only format)' })
        .example('$0 cds dump --dsn HLQ.TAPEPLXB.DBASEPRM', 'dump site B\'s CDS') as never,
    handler: async (a) => {
      const { dumpCdsOf } = await import('../../app/dumpCdsOf.js');
      io.out(JSON.stringify(dumpCdsOf({ dir: a.system, ...(a.dsn ? { dsn: a.dsn } : {}) }, io), null, 2));
      setExit(0);
    },
  };
  return {
    command: 'cds <command>',
    describe: 'Look at a CDS',
    builder: (y) => y.command(dump).command(cdsGenerateCommand(io, setExit)).command(cdsVerifyCommand(io, setExit)).demandCommand(1, 'Name a cds command (dump, verify).') as never,
    handler: () => undefined,
  };
}

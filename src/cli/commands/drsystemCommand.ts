import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import type { SetExit } from './SetExit.js';

interface DrSystemArgs { system: string; production: string; cds: string; force?: boolean }

export function drsystemCommand(io: Io, setExit: SetExit): CommandModule<object, DrSystemArgs> {
  return {
    command: 'drsystem',
    describe: "Build a DR test system directory whose active CDS is the DR test CDS DRTEST CREATE wrote; it uses production's simulated hardware",
    builder: (y) =>
      y
        .option('system', { type: 'string', demandOption: true, requiresArg: true, describe: 'The new DR test system directory' })
        .option('production', { type: 'string', default: 'elsim-sys', requiresArg: true, describe: 'The production system directory (where CREATE ran)' })
        .option('force', { type: 'boolean', describe: 'Replace a system already in the directory (as init --force)' })
        .option('cds', { type: 'string', default: 'HLQ.DRTEST.SLSCNTL', requiresArg: true, describe: 'The DR test CDS (the SLSNEW1 data set of DRTEST CREATE)' })
        .example('$0 drsystem --system drtest-sys --production elsim-sys', 'the DR test site of the chapter 7 scenarios') as never,
    handler: async (a) => {
      const { openDrtestSystem } = await import('../../app/openDrtestSystem.js');
      openDrtestSystem({ dir: a.system, production: a.production, cds: a.cds, ...(a.force ? { force: true } : {}) }, io);
      setExit(0);
    },
  };
}

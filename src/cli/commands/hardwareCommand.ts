import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { systemOption } from './options.js';
import type { SetExit } from './SetExit.js';

interface HardwareArgs { system: string; action: string; replace: boolean }

export function hardwareCommand(io: Io, setExit: SetExit): CommandModule<object, HardwareArgs> {
  return {
    command: 'hardware <action>',
    describe: "Rebuild a system's simulated hardware (hardware.db) from what its CDS records",
    builder: (y) =>
      y
        .positional('action', { type: 'string', choices: ['rebuild'], describe: 'rebuild: make hardware.db again from the CDS' })
        .option('system', systemOption)
        .option('replace', { type: 'boolean', default: false, describe: 'Replace an existing (damaged) hardware.db' })
        .example('$0 hardware rebuild --system site-a', 'after hardware.db was lost: buffers, MVCs and copies as the CDS records them') as never,
    handler: async (a) => {
      const { rebuildHardware } = await import('../../app/rebuildHardware.js');
      rebuildHardware({ dir: a.system, replace: a.replace }, io);
      setExit(0);
    },
  };
}

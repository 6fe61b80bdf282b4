import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { sim } from '../../core/simMessages.js';
import type { SetExit } from './SetExit.js';

interface ServeArgs { system: string[]; port: number; host: string }

export function serveCommand(io: Io, setExit: SetExit): CommandModule<object, ServeArgs> {
  return {
    command: 'serve',
    describe: 'Serve the web console (ST, job output, Tapeplex, data sets, console, submit) of one or more systems',
    builder: (y) =>
      y
        .option('system', { type: 'string', array: true, default: ['elsim-sys'], requiresArg: true, describe: 'System directory to serve (repeat for several; a lab directory serves its lab)' })
        .option('port', { type: 'number', default: 3270, requiresArg: true, describe: 'TCP port (0: any free port)' })
        .option('host', { type: 'string', default: '127.0.0.1', requiresArg: true, describe: 'Address to listen on; another than 127.0.0.1 lets other machines in (no login!)' })
        .example('$0 serve --system site-a --system site-b', 'both sites of the export/import round trip, at http://127.0.0.1:3270/') as never,
    handler: async (a) => {
      const { serveConsole } = await import('../../serve/serveConsole.js');
      const running = await serveConsole({ dirs: a.system, port: a.port, host: a.host }, io);
      const { waitForStop } = await import('./waitForStop.js');
      await waitForStop();
      await running.close();
      io.err(sim.line('SIM1603I'));
      setExit(0);
    },
  };
}

import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { nowOption, systemOption } from './options.js';
import type { SetExit } from './SetExit.js';

interface InitArgs { system: string; demo?: boolean; empty?: boolean; site?: string; now?: string; force?: boolean }

export function initCommand(io: Io, setExit: SetExit): CommandModule<object, InitArgs> {
  return {
    command: 'init',
    describe: 'Create a system directory: the demo tapeplex (default) or an empty system',
    builder: (y) =>
      y
        .option('system', systemOption)
        .option('demo', { type: 'boolean', describe: 'Build the embedded demo tapeplex (default)' })
        .option('empty', { type: 'boolean', describe: 'An empty system: a formatted CDS and catalog, no configuration' })
        .option('site', { type: 'string', choices: ['A', 'B'], default: 'A', describe: 'Which demo site: A (TAPEPLXA, production and DR) or B (TAPEPLXB, the other site)' })
        .option('now', nowOption)
        .option('force', { type: 'boolean', describe: 'Replace an existing system directory' })
        .conflicts('demo', 'empty')
        .example('$0 init --system site-a --now 2026-11-21T08:00:00Z', 'the demo tapeplex in ./site-a with its clock pinned')
        .example('$0 init --system site-b --site B', 'the second demo site, TAPEPLXB') as never,
    handler: async (a) => {
      const { initSystem } = await import('../../app/initSystem.js');
      await initSystem({ dir: a.system, demo: !a.empty, site: a.site === 'B' ? 'B' : 'A', ...(a.now ? { now: a.now } : {}), force: Boolean(a.force) }, io);
      setExit(0);
    },
  };
}

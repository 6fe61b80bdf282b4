import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { nowOption, systemOption } from './options.js';
import type { SetExit } from './SetExit.js';

interface CopyArgs { system: string; to: string; dsn: string; as?: string; replace?: boolean; now?: string }
interface ListArgs { system: string; prefix?: string }

export function datasetCommand(io: Io, setExit: SetExit): CommandModule<object, object> {
  const copy: CommandModule<object, CopyArgs> = {
    command: 'copy <dsn>',
    describe: 'Copy a cataloged data set from one system (--system) into another (--to)',
    builder: (y) =>
      y
        .positional('dsn', { type: 'string', demandOption: true, describe: 'Data set name at the source' })
        .option('system', systemOption)
        .option('to', { type: 'string', demandOption: true, requiresArg: true, describe: 'The system directory that receives the copy' })
        .option('as', { type: 'string', requiresArg: true, describe: 'Name at the target (default: the same)' })
        .option('replace', { type: 'boolean', describe: 'Replace a data set of that name at the target' })
        .option('now', nowOption)
        .example('$0 dataset copy HLQ.REMOTE1 --system site-a --to site-b', 'carry the manifest written at site A to site B') as never,
    handler: async (a) => {
      const { copyDataset } = await import('../../app/copyDataset.js');
      copyDataset({ dir: a.system, to: a.to, dsn: a.dsn, ...(a.as ? { as: a.as } : {}), ...(a.replace ? { replace: true } : {}), ...(a.now ? { now: a.now } : {}) }, io);
      setExit(0);
    },
  };
  const list: CommandModule<object, ListArgs> = {
    command: 'list [prefix]',
    describe: 'List the catalog of a system (data sets whose name starts with the prefix qualifiers)',
    builder: (y) =>
      y
        .positional('prefix', { type: 'string', describe: 'High-level qualifiers, e.g. HLQ' })
        .option('system', systemOption)
        .example('$0 dataset list HLQ --system site-a', 'the data sets under HLQ') as never,
    handler: async (a) => {
      const { listDatasets } = await import('../../app/listDatasets.js');
      listDatasets({ dir: a.system, ...(a.prefix ? { prefix: a.prefix } : {}) }, io);
      setExit(0);
    },
  };
  return {
    command: 'dataset <command>',
    describe: 'Look at and carry data sets between systems',
    builder: (y) => y.command(copy).command(list).demandCommand(1, 'Name a dataset command (copy, list).') as never,
    handler: () => undefined,
  };
}

import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { nowOption, systemOption } from './options.js';
import type { SetExit } from './SetExit.js';

interface Common { system: string; now?: string }
interface ListArgs extends Common { volsers?: string; scratch?: boolean; kind?: string; dsn?: string; json?: boolean }
interface ShowArgs extends Common { volser: string; json?: boolean }
interface SetArgs extends Common { volser: string; dsn?: string; file?: number; kind?: string; media?: string; expires?: string; lastRef?: string; master?: boolean }
interface ScratchArgs extends Common { volsers: string[] }
interface CreateArgs extends Common { dsn?: string }

const kindOf = (k: string | undefined): 'NATIVE' | 'VTV' | undefined => (k === undefined ? undefined : (k.toUpperCase() as 'NATIVE' | 'VTV'));

export function tmsCommand(io: Io, setExit: SetExit): CommandModule<object, object> {
  const list: CommandModule<object, ListArgs> = {
    command: 'list [volsers]',
    describe: 'The volumes of the tape management catalog, with status, expiration, last reference and data set',
    builder: (y) =>
      y
        .positional('volsers', { type: 'string', describe: 'A volser, a prefix (T110) or a range (T11000-T11049)' })
        .option('scratch', { type: 'boolean', describe: 'Only scratch volumes (--no-scratch: only volumes holding data)' })
        .option('kind', { type: 'string', choices: ['native', 'vtv', 'NATIVE', 'VTV'], describe: 'Only native tapes or only VTVs' })
        .option('dsn', { type: 'string', requiresArg: true, describe: 'Only volumes holding this data set' })
        .option('json', { type: 'boolean', describe: 'JSON instead of the listing' })
        .option('system', systemOption)
        .option('now', nowOption)
        .example('$0 tms list T110 --system site-a', 'the demo\'s native tapes') as never,
    handler: async (a) => {
      const { listTms } = await import('../../app/manageTms.js');
      const kind = kindOf(a.kind);
      listTms({ dir: a.system, ...(a.volsers ? { volsers: a.volsers } : {}), ...(a.scratch !== undefined ? { scratch: a.scratch } : {}), ...(kind ? { kind } : {}), ...(a.dsn ? { dsn: a.dsn } : {}), ...(a.now ? { now: a.now } : {}), ...(a.json ? { json: true } : {}) }, io);
      setExit(0);
    },
  };
  const show: CommandModule<object, ShowArgs> = {
    command: 'show <volser>',
    describe: 'One volume of the tape management catalog with its data sets',
    builder: (y) =>
      y
        .positional('volser', { type: 'string', demandOption: true })
        .option('json', { type: 'boolean', describe: 'JSON instead of the listing' })
        .option('system', systemOption)
        .option('now', nowOption) as never,
    handler: async (a) => {
      const { showTms } = await import('../../app/manageTms.js');
      showTms({ dir: a.system, volser: a.volser, ...(a.now ? { now: a.now } : {}), ...(a.json ? { json: true } : {}) }, io);
      setExit(0);
    },
  };
  const set: CommandModule<object, SetArgs> = {
    command: 'set <volser>',
    describe: 'Record a data set on a volume, or change its expiration, last reference or status',
    builder: (y) =>
      y
        .positional('volser', { type: 'string', demandOption: true })
        .option('dsn', { type: 'string', requiresArg: true, describe: 'Record this data set on the volume (a scratch or new volume is written from its start)' })
        .option('file', { type: 'number', requiresArg: true, describe: 'File sequence number of --dsn (default: after the last file)' })
        .option('kind', { type: 'string', choices: ['native', 'vtv', 'NATIVE', 'VTV'], describe: 'Kind of a new volume (default native)' })
        .option('media', { type: 'string', requiresArg: true, describe: 'Media of a new volume' })
        .option('expires', { type: 'string', requiresArg: true, describe: 'Expiration day: YYYY-MM-DD, +N (days from today) or never' })
        .option('last-ref', { type: 'string', requiresArg: true, describe: 'Last reference: an ISO time, or now' })
        .option('master', { type: 'boolean', describe: 'Make a scratch volume master again' })
        .option('system', systemOption)
        .option('now', nowOption)
        .example('$0 tms set T11000 --expires +22', 'the manifest tape expires in 22 days') as never,
    handler: async (a) => {
      const { setTms } = await import('../../app/manageTms.js');
      const kind = kindOf(a.kind);
      setTms({
        dir: a.system,
        volser: a.volser,
        ...(a.dsn ? { dsn: a.dsn } : {}),
        ...(a.file !== undefined ? { file: a.file } : {}),
        ...(kind ? { kind } : {}),
        ...(a.media ? { media: a.media } : {}),
        ...(a.expires !== undefined ? { expires: a.expires } : {}),
        ...(a.lastRef !== undefined ? { lastRef: a.lastRef } : {}),
        ...(a.master ? { master: true } : {}),
        ...(a.now ? { now: a.now } : {}),
      }, io);
      setExit(0);
    },
  };
  const scratch: CommandModule<object, ScratchArgs> = {
    command: 'scratch <volsers..>',
    describe: 'The TMS scratches volumes (their data has expired)',
    builder: (y) =>
      y
        .positional('volsers', { type: 'string', array: true, demandOption: true })
        .option('system', systemOption)
        .option('now', nowOption) as never,
    handler: async (a) => {
      const { scratchTms } = await import('../../app/manageTms.js');
      scratchTms({ dir: a.system, volsers: a.volsers, ...(a.now ? { now: a.now } : {}) }, io);
      setExit(0);
    },
  };
  const create: CommandModule<object, CreateArgs> = {
    command: 'create',
    describe: 'Give a system an empty tape management catalog (the demo has one, HLQ.TMSDB)',
    builder: (y) =>
      y
        .option('dsn', { type: 'string', requiresArg: true, describe: 'Its data set name (default HLQ.TMSDB)' })
        .option('system', systemOption)
        .option('now', nowOption) as never,
    handler: async (a) => {
      const { createTms } = await import('../../app/manageTms.js');
      createTms({ dir: a.system, ...(a.dsn ? { dsn: a.dsn } : {}), ...(a.now ? { now: a.now } : {}) }, io);
      setExit(0);
    },
  };
  return {
    command: 'tms <command>',
    describe: 'The tape management catalog: which data sets are on which tapes, expirations, scratch status',
    builder: (y) => y.command(list).command(show).command(set).command(scratch).command(create).demandCommand(1, 'Name a tms command (list, show, set, scratch, create).') as never,
    handler: () => undefined,
  };
}

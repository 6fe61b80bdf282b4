import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { UsageError } from '../../core/errors.js';
import { sim } from '../../core/simMessages.js';
import { nowOption, systemOption } from './options.js';
import type { SetExit } from './SetExit.js';

interface GenerateArgs {
  system: string;
  vtvs: number;
  mvcs: number;
  'copies-per-vtv': number;
  seed: number;
  dsn?: string;
  now?: string;
  tapeplex?: string;
  partner?: string;
  'config-only'?: boolean;
  replace?: boolean;
}

/** A numeric option as typed: `abc` or `1.5` is a usage error that names the option and the text. */
function wholeNumber(name: string): (v: unknown) => number {
  return (v) => {
    const n = typeof v === 'number' ? v : Number(String(v).trim());
    if (!Number.isInteger(n)) throw new UsageError(`--${name} ${String(v)}: not a whole number`);
    return n;
  };
}

/** `elsim cds generate`: a deterministic synthetic CDS; the pools and ranges go to standard output. */
export function cdsGenerateCommand(io: Io, setExit: SetExit): CommandModule<object, GenerateArgs> {
  return {
    command: 'generate',
    describe: 'Build a synthetic CDS (configuration, pools, classes, VTVs, MVCs, copies) of any size, deterministically',
    builder: (y) =>
      y
        .option('system', { ...systemOption, describe: 'System directory; created (empty, with this CDS active) if absent' })
        .option('vtvs', { type: 'string', default: 10000, coerce: wholeNumber('vtvs'), describe: 'VTVs (A00000-L99999, P00000-Y99999)', requiresArg: true })
        .option('mvcs', { type: 'string', default: 1000, coerce: wholeNumber('mvcs'), describe: 'MVCs (M00000-N99999)', requiresArg: true })
        .option('copies-per-vtv', { type: 'string', default: 2, coerce: wholeNumber('copies-per-vtv'), describe: 'Current MVC copies of each VTV (0-4)', requiresArg: true })
        .option('seed', { type: 'string', default: 1, coerce: wholeNumber('seed'), describe: 'Seed of the sizes, classes and times', requiresArg: true })
        .option('dsn', { type: 'string', describe: 'CDS data set (default: the active CDS; HLQ.DBASEPRM in a new system)', requiresArg: true })
        .option('now', nowOption)
        .option('tapeplex', { type: 'string', describe: 'TapePlex name (default GENPLEX)', requiresArg: true })
        .option('partner', { type: 'string', describe: 'A partner TapePlex (CONFIG TAPEPLEX RECVPLEX) whose manifests IMPORT accepts', requiresArg: true })
        .option('config-only', { type: 'boolean', describe: 'Configuration, pools and classes for this size, no volumes (an import target)' })
        .option('replace', { type: 'boolean', describe: 'Rebuild the data set if it is cataloged' })
        .example('$0 cds generate --system big --vtvs 1000000 --mvcs 100000 --copies-per-vtv 2 --seed 7', 'a large site') as never,
    handler: async (a) => {
      const { generateSystemCds } = await import('../../app/generateSystemCds.js');
      const r = generateSystemCds(
        {
          dir: a.system,
          vtvs: a.vtvs,
          mvcs: a.mvcs,
          copiesPerVtv: a['copies-per-vtv'],
          seed: a.seed,
          ...(a.dsn ? { dsn: a.dsn } : {}),
          ...(a.now ? { now: a.now } : {}),
          ...(a.tapeplex ? { tapeplex: a.tapeplex } : {}),
          ...(a.partner ? { partner: a.partner } : {}),
          ...(a['config-only'] ? { configOnly: true } : {}),
          ...(a.replace ? { replace: true } : {}),
        },
        io,
      );
      for (const p of r.mvcPools) io.out(`MVC POOL ${p.pool.padEnd(8)} STOR ${p.stor.padEnd(8)} ${p.first}-${p.last} ${String(p.count).padStart(7)} MVCS`);
      io.out(`VTV POOL SCRVTV   ${r.vtvRanges.join(',')}`);
      io.err(sim.line('SIM0801I', r.dsn, r.vtvs, r.mvcs, r.copies, a.seed));
      setExit(0);
    },
  };
}

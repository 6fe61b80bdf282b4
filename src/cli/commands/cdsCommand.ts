import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { systemOption } from './options.js';
import { cdsGenerateCommand } from './cdsGenerateCommand.js';
import { cdsVerifyCommand } from './cdsVerifyCommand.js';
import type { SetExit } from './SetExit.js';

interface DumpArgs { system: string; dsn?: string; json?: boolean; table?: string[]; volser?: string[]; where?: string; lines?: boolean }

export function cdsCommand(io: Io, setExit: SetExit): CommandModule<object, object> {
  const dump: CommandModule<object, DumpArgs> = {
    command: 'dump',
    describe: 'Print a CDS as JSON (vtvs, mvcs, vaults, pools, classes, config, drtest, checkpoints), whole or in part',
    builder: (y) =>
      y
        .option('system', systemOption)
        .option('dsn', { type: 'string', describe: 'A cataloged CDS other than the active one', requiresArg: true })
        .option('json', { type: 'boolean', default: true, describe: 'JSON output (the only format)' })
        .option('table', { type: 'string', array: true, requiresArg: true, describe: 'Only these parts: vtvs, mvcs, vaults, pools, classes, config, drtest, checkpoints' })
        .option('volser', { type: 'string', array: true, requiresArg: true, describe: 'Only the VTVs and MVCs of these volsers and ranges (AV1000-AV1069)' })
        .option('lines', { type: 'boolean', describe: 'One row a line (`mvcs {…}`), as golden files and job diff show rows: easy to grep' })
        .option('where', { type: 'string', requiresArg: true, describe: "With --table vtvs or mvcs: an SQL condition on that table's columns (scratch = 1, pool = 'AIMPORT')" })
        .example('$0 cds dump --dsn HLQ.TAPEPLXB.DBASEPRM', 'dump site B\'s CDS')
        .example('$0 cds dump --table mvcs --volser AO1000-AO1004', 'five MVCs')
        .example("$0 cds dump --table vtvs --where \"mgmt_class = 'PAY' AND scratch = 1\"", 'the scratch VTVs of class PAY')
        .example('$0 cds dump --table drtest,checkpoints', 'the DR test state and the recovery points') as never,
    handler: async (a) => {
      const { dumpCdsOf } = await import('../../app/dumpCdsOf.js');
      const dump = dumpCdsOf(
        {
          dir: a.system,
          ...(a.dsn ? { dsn: a.dsn } : {}),
          ...(a.table ? { tables: a.table } : {}),
          ...(a.volser ? { volsers: a.volser } : {}),
          ...(a.where !== undefined ? { where: a.where } : {}),
        },
        io,
      );
      if (a.lines) {
        const { cdsLines } = await import('../../cds/cdsLines.js');
        for (const l of cdsLines(dump as Parameters<typeof cdsLines>[0])) io.out(l);
      } else io.out(JSON.stringify(dump, null, 2));
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

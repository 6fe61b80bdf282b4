import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { systemOption } from './options.js';
import type { SetExit } from './SetExit.js';

interface VerifyArgs { system: string; dsn?: string }

/** `elsim cds verify`: exits with the verification's code (0, 4 or 8). */
export function cdsVerifyCommand(io: Io, setExit: SetExit): CommandModule<object, VerifyArgs> {
  return {
    command: 'verify',
    describe: 'Check a CDS: SQLite integrity and the CDS invariants; RC 0 clean, 4 warnings, 8 violations',
    builder: (y) =>
      y
        .option('system', systemOption)
        .option('dsn', { type: 'string', describe: 'A cataloged CDS other than the active one', requiresArg: true })
        .example('$0 cds verify --dsn HLQ.TAPEPLXB.DBASEPRM', 'verify site B\'s CDS') as never,
    handler: async (a) => {
      const { verifyCdsOf } = await import('../../app/verifyCdsOf.js');
      const r = verifyCdsOf({ dir: a.system, ...(a.dsn ? { dsn: a.dsn } : {}) }, io);
      for (const l of r.lines) io.out(l);
      setExit(r.rc);
    },
  };
}

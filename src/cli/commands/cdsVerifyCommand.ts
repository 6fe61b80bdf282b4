import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { printJson } from '../../core/jsonOutput.js';
import { systemOption } from './options.js';
import type { SetExit } from './SetExit.js';

interface VerifyArgs { system: string; dsn?: string; json?: boolean }

/** `elsim cds verify`: exits with the verification's code (0, 4 or 8). */
export function cdsVerifyCommand(io: Io, setExit: SetExit): CommandModule<object, VerifyArgs> {
  return {
    command: 'verify',
    describe: 'Check a CDS: SQLite integrity and the CDS invariants; RC 0 clean, 4 warnings, 8 violations',
    builder: (y) =>
      y
        .option('system', systemOption)
        .option('dsn', { type: 'string', describe: 'A cataloged CDS other than the active one', requiresArg: true })
        .option('json', { type: 'boolean', describe: 'One JSON document (schema/elsim.schema.json)' })
        .example('$0 cds verify --dsn HLQ.TAPEPLXB.DBASEPRM', 'verify site B\'s CDS') as never,
    handler: async (a) => {
      const { verifyCdsOf } = await import('../../app/verifyCdsOf.js');
      const r = verifyCdsOf({ dir: a.system, ...(a.dsn ? { dsn: a.dsn } : {}) }, io);
      if (a.json) {
        const { sim } = await import('../../core/simMessages.js');
        printJson(io, 'cds verify', {
          dsn: r.dsn,
          rc: r.rc,
          checks: r.verification.checks,
          findings: r.verification.findings.map((f) => ({ id: f.id, severity: f.severity, text: sim.text(f.id, f.count), count: f.count, samples: f.samples })),
          exitCode: r.rc,
        });
      } else for (const l of r.lines) io.out(l);
      setExit(r.rc);
    },
  };
}

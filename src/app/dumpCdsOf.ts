/** `elsim cds dump`: the whole CDS (the active one, or a cataloged one by DSN) as JSON. */
import { Cds } from '../cds/Cds.js';
import { dumpCds, type CdsDump } from '../cds/dumpCds.js';
import { ElsimError } from '../core/errors.js';
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { openSystem } from './openSystem.js';

export function dumpCdsOf(opts: { dir: string; dsn?: string }, io: Io): CdsDump {
  const system = openSystem(opts.dir, io);
  try {
    const dsn = (opts.dsn ?? system.configuredCds() ?? '').toUpperCase();
    const path = dsn ? system.datasetPath(dsn) : undefined;
    if (path === undefined) throw new ElsimError(sim.text('SIM0507E', dsn || '(none)'), 'SIM0507E');
    const cds = Cds.open(path, { readonly: true });
    try {
      return dumpCds(cds);
    } finally {
      cds.close();
    }
  } finally {
    system.close();
  }
}

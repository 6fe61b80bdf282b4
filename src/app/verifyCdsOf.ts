/** `elsim cds verify`: the integrity and invariants of a CDS (the active one, or a cataloged one by DSN). */
import { Cds } from '../cds/Cds.js';
import { verificationReport, verifyCds, type CdsVerification } from '../cds/verifyCds.js';
import { ElsimError } from '../core/errors.js';
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { openSystem } from './openSystem.js';

export interface CdsVerifyResult {
  dsn: string;
  rc: number;
  lines: string[];
  /** The findings as data (--json). */
  verification: CdsVerification;
}

export function verifyCdsOf(opts: { dir: string; dsn?: string }, io: Io): CdsVerifyResult {
  const system = openSystem(opts.dir, io);
  try {
    const dsn = (opts.dsn ?? system.configuredCds() ?? '').toUpperCase();
    const path = dsn ? system.datasetPath(dsn) : undefined;
    if (path === undefined) throw new ElsimError(sim.text('SIM0507E', dsn || '(none)'), 'SIM0507E');
    let cds: Cds;
    try {
      cds = Cds.open(path, { readonly: true });
    } catch (e) {
      // A file that does not open as a CDS is the gravest finding, not a usage error.
      const v: CdsVerification = { checks: 1, rc: 8, findings: [{ id: 'SIM0830E', severity: 'violation', count: 1, samples: [(e as Error).message] }] };
      return { dsn, rc: 8, lines: verificationReport(dsn, v), verification: v };
    }
    try {
      const v = verifyCds(cds);
      return { dsn, rc: v.rc, lines: verificationReport(dsn, v), verification: v };
    } finally {
      cds.close();
    }
  } finally {
    system.close();
  }
}

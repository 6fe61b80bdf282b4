/**
 * A bare SLSIN deck run outside any job, for `elsim sluadmin DECK|-`: SLUADMIN with an in-memory
 * SLSIN and SLSPRINT against the system's active CDS (or, with `cdsDsn`, against that cataloged
 * CDS as an SLSCNTL DD). No job, no spool: the caller prints the SLSPRINT records.
 */
import type { Io } from '../core/Io.js';
import type { AllocatedDd, StepContext, SystemServices } from '../program/contract.js';
import { fileDd, instreamDd, sysoutDd } from './memoryDds.js';
import { runSluadmin } from './runSluadmin.js';
import type { Utility } from './types.js';

export interface SluadminDeckOptions {
  /** The SLSIN card images. */
  records: readonly string[];
  system: SystemServices;
  io: Io;
  /** The PARM SLUADMIN receives; default `MIXED`. */
  parm?: string;
  /** A cataloged CDS to run against (as an SLSCNTL DD) instead of the one HSC has open. */
  cdsDsn?: string;
  /** The utilities to dispatch to (the product's: src/utilities/index.ts). */
  registry: readonly Utility[];
}

export interface SluadminDeckResult {
  /** The step return code: the highest condition code. */
  rc: number;
  /** The SLSPRINT listing. */
  slsprint: string[];
  /** Lines that would go to JESYSMSG (only when SLUADMIN cannot start). */
  sysmsg: string[];
}

export function runSluadminDeck(opts: SluadminDeckOptions): SluadminDeckResult {
  const slsprint = sysoutDd('SLSPRINT');
  const dds = new Map<string, AllocatedDd>([
    ['SLSIN', instreamDd('SLSIN', opts.records)],
    ['SLSPRINT', slsprint],
  ]);
  if (opts.cdsDsn !== undefined) {
    const dsn = opts.cdsDsn.toUpperCase();
    dds.set('SLSCNTL', fileDd('SLSCNTL', dsn, opts.system.datasetPath(dsn)));
  }
  const sysmsg: string[] = [];
  const ctx: StepContext = {
    jobName: 'SLUADMIN',
    jobId: '',
    stepName: 'SLUADMIN',
    parm: opts.parm ?? 'MIXED',
    dd: (name) => dds.get(name.toUpperCase()),
    ddnames: () => [...dds.keys()],
    system: opts.system,
    io: opts.io,
    sysmsg: (line) => sysmsg.push(line),
  };
  const rc = runSluadmin(ctx, opts.registry);
  return { rc, slsprint: [...slsprint.records], sysmsg };
}

/**
 * `elsim cds generate`: a synthetic CDS of the size asked for, cataloged in a system directory
 * (built empty first when there is none: the new CDS becomes its active CDS). An existing data
 * set is rebuilt only with `replace`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateCds, type GenerateResult } from './generateCds.js';
import { Cds } from '../cds/Cds.js';
import { ElsimError } from '../core/errors.js';
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { System } from '../jes/System.js';
import { parseNow, resolveNow } from './resolveNow.js';

export interface GenerateOptions {
  dir: string;
  vtvs: number;
  mvcs: number;
  copiesPerVtv: number;
  seed: number;
  /** The CDS data set (default: the system's active CDS, or HLQ.DBASEPRM in a new system). */
  dsn?: string;
  now?: string;
  tapeplex?: string;
  partner?: string;
  configOnly?: boolean;
  replace?: boolean;
}

export interface GeneratedCds extends GenerateResult {
  dsn: string;
  /** Whether the system directory was created for it. */
  newSystem: boolean;
}

/** The libraries a new system catalogs so that jobs run (STEPLIB, PROC libraries). */
const LIBRARIES = ['HLQ.SEALINK', 'SYS1.PROCLIB'];

export function generateSystemCds(opts: GenerateOptions, io: Io): GeneratedCds {
  const root = resolve(opts.dir);
  const newSystem = !System.exists(root);
  if (newSystem && existsSync(root) && readdirSync(root).length > 0) throw new ElsimError(sim.text('SIM0506E', root), 'SIM0506E');
  const system = newSystem ? System.create(root, opts.now !== undefined ? { now: parseNow(opts.now).toISOString() } : {}) : System.open(root);
  try {
    const now = resolveNow(opts.now, system, io);
    const dsn = (opts.dsn ?? system.configuredCds() ?? 'HLQ.DBASEPRM').toUpperCase();
    if (system.catalog.exists(dsn)) {
      if (!opts.replace) throw new ElsimError(sim.text('SIM0800E', `${dsn} IS CATALOGED - --replace REBUILDS IT`), 'SIM0800E');
      system.catalog.delete(dsn);
    }
    system.catalog.define(dsn, { dsorg: 'CDS', created: now.toISOString() });
    let result: GenerateResult;
    const cds = Cds.open(system.catalog.pathOf(dsn), { create: true });
    try {
      result = generateCds(cds, {
        vtvs: opts.vtvs,
        mvcs: opts.mvcs,
        copiesPerVtv: opts.copiesPerVtv,
        seed: opts.seed,
        now,
        ...(opts.tapeplex !== undefined ? { tapeplex: opts.tapeplex } : {}),
        ...(opts.partner !== undefined ? { partner: opts.partner } : {}),
        ...(opts.configOnly ? { configOnly: true } : {}),
      });
    } catch (e) {
      cds.close();
      system.catalog.delete(dsn);
      throw e;
    }
    cds.close();
    if (newSystem) {
      for (const lib of LIBRARIES) system.catalog.define(lib, { dsorg: 'PO', created: now.toISOString() });
      system.setActiveCds(dsn);
      system.setHscActive(true);
    }
    return { ...result, dsn, newSystem };
  } finally {
    system.close();
  }
}

/**
 * `elsim cds generate`: a synthetic CDS of the size asked for, cataloged in a system directory
 * (built empty first when there is none: the new CDS becomes its active CDS). An existing data
 * set is rebuilt only with `replace`.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkGenerateSpec, generateCds, type GenerateResult } from './generateCds.js';
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
  // Sizes, seed and time are checked first: a refused command creates nothing.
  checkGenerateSpec(opts);
  const pinned = opts.now !== undefined ? parseNow(opts.now).toISOString() : undefined;
  const newSystem = !System.exists(root);
  if (newSystem && existsSync(root) && readdirSync(root).length > 0) throw new ElsimError(sim.text('SIM0506E', root), 'SIM0506E');
  const existed = existsSync(root);
  const system = newSystem ? System.create(root, pinned !== undefined ? { now: pinned } : {}) : System.open(root);
  let done = false;
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
        ...(io.progress ? { onProgress: (label: string, n: number, total: number) => io.progress?.(label, n, total) } : {}),
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
    done = true;
    return { ...result, dsn, newSystem };
  } finally {
    system.close();
    // A system this command began and could not finish is removed whole (the directory too when it made it).
    if (!done && newSystem) {
      if (existed) for (const f of readdirSync(root)) rmSync(join(root, f), { recursive: true, force: true });
      else rmSync(root, { recursive: true, force: true });
    }
  }
}

/**
 * `elsim init`: a new system directory, either the demo tapeplex (built the way a site would:
 * catalog the libraries, format the CDS, run the configuration job, then load the volumes) or an
 * empty system with a formatted CDS.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Cds } from '../cds/Cds.js';
import type { FormatSpec } from '../cds/formatCds.js';
import type { PopulationSpec } from '../cds/loadPopulation.js';
import { environmentError, guardFaults } from '../core/environmentFault.js';
import { ElsimError } from '../core/errors.js';
import { killPoint } from '../core/killPoint.js';
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { swapSibling } from '../jes/initSwap.js';
import { System } from '../jes/System.js';
import type { SiteName } from './demoSite.js';
import type { HardwareSeedSpec } from '../sim/seedHardware.js';
import type { TmsSpec } from '../tms/loadTms.js';
import { parseNow } from './resolveNow.js';
import { formatDiagnostic } from '../core/Diagnostic.js';
import { appendSyslog } from '../console/syslog.js';
import { definitionCounts } from '../smc/SmcDefinitions.js';
import { startSmc } from './smcState.js';
// What builds a system (formatting, the demo site, its build job) is loaded when a system is
// built, not by every command that opens one.

/** A site's work in flight when the demo starts (src/sim/seedHardware.ts describes the file). */
const HARDWARE_SEED = 'hardware.json';

export interface InitOptions {
  dir: string;
  demo: boolean;
  site?: SiteName;
  now?: string;
  force?: boolean;
  /** Print the SIM0504I/SIM0505I line (the CLI does; builders used by other commands say SIM0501I). */
  quiet?: boolean;
}

/**
 * Builds the system. The new system is made in a sibling directory and swapped in by renames at
 * the end (jes/initSwap.ts): until then the old system (with --force) is untouched, and a kill at
 * any moment leaves the old system or the new one, never none or half of one.
 */
export async function initSystem(opts: InitOptions, io: Io): Promise<System> {
  const root = resolve(opts.dir);
  if (existsSync(root) && !statSync(root).isDirectory()) throw new ElsimError(sim.text('SIM0873E', root), 'SIM0873E');
  const replacing = System.exists(root);
  if (replacing) {
    if (!opts.force) throw new ElsimError(sim.text('SIM0210E', root), 'SIM0210E');
  } else if (existsSync(root) && readdirSync(root).length > 0) {
    throw new ElsimError(sim.text('SIM0506E', root), 'SIM0506E');
  }
  const building = swapSibling(root, 'new');
  rmSync(building, { recursive: true, force: true });
  try {
    const quiet = opts.quiet ?? false;
    const built = opts.demo ? await buildDemo(building, opts.site ?? 'A', opts.now, io, quiet) : await buildEmpty(building, opts.now, io, quiet);
    built.close();
    killPoint('init.built');
    const ready = swapSibling(root, 'ready');
    guardFaults(building, () => renameSync(building, ready));
    if (replacing) {
      const old = swapSibling(root, 'old');
      guardFaults(root, () => renameSync(root, old));
      killPoint('init.swap');
      renameSync(ready, root);
      killPoint('init.swapped');
      rmSync(old, { recursive: true, force: true });
    } else {
      try {
        renameSync(ready, root);
      } catch (e) {
        rmSync(ready, { recursive: true, force: true });
        // Another process built a system here first (two commands found none at once): use it.
        const code = (e as NodeJS.ErrnoException).code;
        if ((code === 'ENOTEMPTY' || code === 'EEXIST') && System.exists(root)) return System.open(root);
        throw environmentError(e, root) ?? e;
      }
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  const system = System.open(root);
  if (!opts.quiet) {
    if (opts.demo) {
      const site = opts.site ?? 'A';
      const cat = (await import('./demoSite.js')).readSiteCatalog(site);
      const spec = (await import('./demoSite.js')).readSiteJson<{ tapeplex?: string }>(site, 'library.json');
      io.err(sim.line('SIM0504I', root, site, spec.tapeplex ?? '?', cat.activeCds, system.pinnedClock()?.replace('.000Z', 'Z') ?? ''));
    } else {
      io.err(sim.line('SIM0505I', root, system.configuredCds() ?? ''));
    }
  }
  return system;
}

async function buildDemo(root: string, site: SiteName, nowOpt: string | undefined, io: Io, quiet: boolean): Promise<System> {
  const { readSiteCatalog, readSiteJson, shiftTimes, siteDir } = await import('./demoSite.js');
  const { formatCds } = await import('../cds/formatCds.js');
  const { loadPopulation } = await import('../cds/loadPopulation.js');
  const { submitText } = await import('./submitText.js');
  const { deriveHardware, queueSeedWork } = await import('../sim/seedHardware.js');
  const cat = readSiteCatalog(site);
  const now = nowOpt !== undefined ? parseNow(nowOpt) : new Date(cat.epoch);
  const system = System.create(root, { now: now.toISOString(), clock: { now: () => now } });
  const created = now.toISOString();
  for (const ds of cat.datasets) {
    const attrs = { dsorg: ds.dsorg, created, ...(ds.recfm ? { recfm: ds.recfm } : {}), ...(ds.lrecl ? { lrecl: ds.lrecl } : {}) };
    system.catalog.define(ds.dsn, attrs);
    if (ds.members !== undefined) {
      const folder = join(siteDir(site), ds.members);
      for (const m of readdirSync(folder).sort()) {
        system.catalog.writeMember(ds.dsn, m, readFileSync(join(folder, m), 'utf8').replace(/\r?\n$/, '').split(/\r?\n/));
      }
    }
    if (ds.dsorg === 'CDS') {
      const spec = typeof ds.format === 'string' ? readSiteJson<Omit<FormatSpec, 'now'>>(site, ds.format) : (ds.format ?? {});
      const cds = Cds.open(system.catalog.pathOf(ds.dsn), { create: true });
      try {
        formatCds(cds, { ...spec, now });
      } finally {
        cds.close();
      }
    }
    for (const alias of ds.aliases ?? []) system.catalog.defineAlias(alias, ds.dsn, created);
  }
  // The site is configured before HSC comes up (CONFIG RESET needs VTCS down).
  system.setActiveCds(cat.activeCds);
  system.setHscActive(false);

  const buildFile = join(siteDir(site), cat.build);
  const [job] = await submitText(system, readFileSync(buildFile, 'utf8'), { file: `fixtures/demo/${site === 'A' ? '' : 'TAPEPLXB/'}${cat.build}`, now, strict: true }, io);
  if (!job || job.status !== 'CC' || job.maxcc !== 0) {
    throw new ElsimError(sim.text('SIM0503E', site, job ? `${job.jobid} ${job.jobname}` : cat.build, job ? `${job.status} RC=${job.maxcc}` : 'NOT RUN'), 'SIM0503E');
  }

  const population = shiftTimes(readSiteJson<PopulationSpec>(site, cat.population), now.getTime() - Date.parse(cat.epoch));
  const cdsPath = system.datasetPath(cat.activeCds)!;
  const cds = Cds.open(cdsPath);
  try {
    loadPopulation(cds, population);
    // The hardware holds what the CDS records, plus the site's work in flight (due from now).
    const hw = system.hardware();
    deriveHardware(hw, cdsPath, now);
    if (existsSync(join(siteDir(site), HARDWARE_SEED))) queueSeedWork(hw, cds, now, readSiteJson<HardwareSeedSpec>(site, HARDWARE_SEED));
  } finally {
    cds.close();
  }
  if (cat.tms !== undefined) {
    const { loadTms } = await import('../tms/loadTms.js');
    const tms = system.createTms(cat.tms.dsn, now);
    if (cat.tms.content !== undefined) loadTms(tms, shiftTimes(readSiteJson<TmsSpec>(site, cat.tms.content), now.getTime() - Date.parse(cat.epoch)));
  }
  system.setHscActive(true);
  announceSmc(system, now, io, quiet);
  return system;
}

/** SMC starts with the system: it reads its start members; what it says goes to the system log. */
function announceSmc(system: System, now: Date, io: Io, quiet: boolean): void {
  const r = startSmc(system);
  const lines = r.diagnostics.flatMap((d) => formatDiagnostic(d).split('\n'));
  if (!r.ok) lines.push(sim.line('SIM1261E', r.diagnostics.filter((d) => d.severity === 'error').length));
  else lines.push(sim.line('SIM1260I', r.members.length > 0 ? r.members.join(' ') : '(NO START MEMBERS)', ...definitionCounts(r.definitions)));
  appendSyslog(system.root, now, 'SMC', lines);
  if (!r.ok && !quiet) for (const l of lines) io.err(l);
}

async function buildEmpty(root: string, nowOpt: string | undefined, io: Io, quiet: boolean): Promise<System> {
  const { formatCds } = await import('../cds/formatCds.js');
  const now = nowOpt !== undefined ? parseNow(nowOpt) : undefined;
  const system = System.create(root, now ? { now: now.toISOString() } : {});
  const dsn = 'HLQ.DBASEPRM';
  system.catalog.define(dsn, { dsorg: 'CDS' });
  const cds = Cds.open(system.catalog.pathOf(dsn), { create: true });
  try {
    formatCds(cds, { now: now ?? io.clock.now(), features: { VSM: 'ADVMGMT' }, acs: [{ id: '00' }] });
  } finally {
    cds.close();
  }
  for (const lib of ['HLQ.SEALINK', 'SYS1.PROCLIB']) system.catalog.define(lib, { dsorg: 'PO' });
  system.createTms('HLQ.TMSDB', now ?? io.clock.now());
  system.setActiveCds(dsn);
  system.setHscActive(true);
  announceSmc(system, now ?? io.clock.now(), io, quiet);
  return system;
}

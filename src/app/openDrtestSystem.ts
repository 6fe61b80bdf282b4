/**
 * `elsim drsystem`: a second system directory for the DR test hosts. It gets a copy of the
 * production system's catalog (the guide's step "copy the MVS catalog for the DR test site") and,
 * as its active CDS with HSC up, the DR test CDS that DRTEST CREATE wrote there (default
 * HLQ.DRTEST.SLSCNTL). Its clock starts where production's is. CDS data sets are copied as whole
 * CDSs (VACUUM INTO), the others file by file.
 * Hardware: the DR test site drives production's machines (chapters 7 and 8: it reads production
 * MVCs, writes DR test MVCs, its VTSS is a shared or spare one), so the DR system has no
 * hardware.db of its own. Its state records the production directory (resolved) and
 * `System.hardware()` opens that directory's hardware.db. Everything else — catalog, spool,
 * clock, active CDS — stays in the DR system's directory. Each system keeps its own pinned clock;
 * work that completes when the DR system moves its clock updates the DR test CDS (the CDS it has
 * active), and production's CDS learns nothing of it.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { Cds } from '../cds/Cds.js';
import { readDrtestState } from '../cds/drtestState.js';
import { snapshotCds } from '../cds/snapshotCds.js';
import { ElsimError } from '../core/errors.js';
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { System } from '../jes/System.js';
import { atomicOutput } from '../jes/atomicWrite.js';
import { copyCds } from '../utilities/backup/copyCds.js';

export interface DrSystemOptions {
  dir: string;
  production: string;
  cds: string;
  /** Replace a system already in `dir` (as `elsim init --force`). */
  force?: boolean;
}

export function openDrtestSystem(opts: DrSystemOptions, io: Io): void {
  const cdsDsn = opts.cds.toUpperCase();
  const prod = System.open(opts.production);
  try {
    const cdsPath = prod.datasetPath(cdsDsn);
    if (cdsPath === undefined) throw new ElsimError(sim.text('SIM0507E', cdsDsn), 'SIM0507E');
    const probe = Cds.open(cdsPath, { readonly: true });
    try {
      if (!readDrtestState(probe.db).isTestCds()) throw new ElsimError(sim.text('SIM0798E', cdsDsn), 'SIM0798E');
    } finally {
      probe.close();
    }
    // Production's hardware must be there (SIM1503E otherwise); a production that itself shares
    // hardware passes on the one it uses.
    prod.hardware();
    const hardwareOf = prod.sharedHardware() ?? prod.root;
    const clock = prod.pinnedClock();
    const root = resolve(opts.dir);
    if (opts.force && System.exists(root) && root !== prod.root) rmSync(root, { recursive: true, force: true });
    const dr = System.create(root, { hardware: false, ...(clock !== undefined ? { now: clock } : {}) });
    try {
      const entries = prod.catalog.list();
      for (const e of entries.filter((x) => x.aliasOf === undefined)) {
        const attrs = { dsorg: e.dsorg, ...(e.recfm ? { recfm: e.recfm } : {}), ...(e.lrecl ? { lrecl: e.lrecl } : {}), ...(e.created ? { created: e.created } : {}) };
        dr.catalog.define(e.dsn, attrs);
        if (e.dsorg === 'CDS') copyCds(prod.catalog.pathOf(e.dsn), atomicOutput(dr.catalog.pathOf(e.dsn)));
        else if (e.dsorg === 'TMS') {
          rmSync(dr.catalog.pathOf(e.dsn), { force: true });
          snapshotCds(prod.catalog.pathOf(e.dsn), dr.catalog.pathOf(e.dsn));
        }
        else if (e.dsorg === 'PS') copyFileSync(prod.catalog.pathOf(e.dsn), dr.catalog.pathOf(e.dsn));
        else if (e.dsorg === 'PO') for (const m of prod.catalog.members(e.dsn)) dr.catalog.writeMember(e.dsn, m, prod.catalog.readMember(e.dsn, m) ?? []);
      }
      for (const e of entries.filter((x) => x.aliasOf !== undefined)) dr.catalog.defineAlias(e.dsn, e.aliasOf!, e.created);
      // The DR test hosts read the production TMS as it was copied (a real site restores it there).
      const tmsDsn = prod.tmsDataset();
      if (tmsDsn !== undefined && dr.catalog.exists(tmsDsn)) dr.createTms(tmsDsn);
      dr.setActiveCds(cdsDsn);
      dr.setHscActive(true);
      dr.setSharedHardware(hardwareOf);
      io.out(sim.line('SIM0799I', dr.root, cdsDsn, prod.root, hardwareOf));
    } finally {
      dr.close();
    }
  } finally {
    prod.close();
  }
}

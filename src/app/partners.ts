/**
 * `elsim partner set|remove|list`: which system directory runs each partner TapePlex of this
 * system. Cross-TapePlex replication (CTR, EEXPORT) to a named TapePlex is delivered to that
 * system's active CDS and hardware when its transfer completes on the clock; a TapePlex with no
 * partner system named is outside elsim (its copies are recorded as made and nothing is sent).
 */
import { existsSync } from 'node:fs';
import { Cds } from '../cds/Cds.js';
import { UsageError } from '../core/errors.js';
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { System } from '../jes/System.js';

export interface PartnerOptions {
  dir: string;
  action: 'set' | 'remove' | 'list';
  tapeplex?: string;
  partnerDir?: string;
  json?: boolean;
}

/** What a partner directory is now: a system running that TapePlex, or why not. */
function partnerStatus(dir: string, plex: string): string {
  if (!existsSync(dir)) return 'MISSING';
  if (!System.exists(dir)) return 'NOT A SYSTEM';
  const sys = System.open(dir);
  try {
    const dsn = sys.activeCds();
    const path = dsn === undefined ? undefined : sys.datasetPath(dsn);
    if (path === undefined) return 'HSC/VTCS NOT ACTIVE';
    const cds = Cds.open(path, { readonly: true });
    try {
      const name = (cds.db.prepare('SELECT tapeplex FROM cds_identity WHERE id = 1').pluck().get() as string | null | undefined) ?? null;
      return name === plex ? 'ACTIVE' : `RUNS ${name ?? 'NO TAPEPLEX'}`;
    } finally {
      cds.close();
    }
  } finally {
    sys.close();
  }
}

export function managePartners(opts: PartnerOptions, io: Io): number {
  const system = System.open(opts.dir);
  try {
    if (opts.action === 'list') {
      const rows = Object.entries(system.partners()).sort().map(([plex, dir]) => ({ tapeplex: plex, dir, status: partnerStatus(dir, plex) }));
      if (opts.json) io.out(JSON.stringify({ command: 'partner list', partners: rows }, null, 2));
      else if (rows.length === 0) io.out(sim.line('SIM1303I'));
      else for (const r of rows) io.out(sim.line('SIM1300I', r.tapeplex, r.dir, r.status));
      return 0;
    }
    const plex = (opts.tapeplex ?? '').toUpperCase();
    if (!/^[A-Z0-9@#$]{1,8}$/.test(plex)) throw new UsageError(`${opts.tapeplex ?? '(nothing)'} is not a TapePlex name (1-8 characters)`);
    if (opts.action === 'remove') {
      if (system.partners()[plex] === undefined) {
        io.err(sim.line('SIM1302W', plex, 'IS NOT A PARTNER OF THIS SYSTEM'));
        return 4;
      }
      system.setPartner(plex, undefined);
      io.out(sim.line('SIM1301I', plex));
      return 0;
    }
    if (opts.partnerDir === undefined) throw new UsageError('partner set needs the partner system directory');
    system.setPartner(plex, opts.partnerDir);
    const dir = system.partners()[plex]!;
    const status = partnerStatus(dir, plex);
    io.out(sim.line('SIM1300I', plex, dir, status));
    if (status !== 'ACTIVE') {
      io.err(sim.line('SIM1302W', plex, `${dir}: ${status} - ITS CROSS-TAPEPLEX COPIES WAIT UNTIL IT IS`));
      return 4;
    }
    return 0;
  } finally {
    system.close();
  }
}

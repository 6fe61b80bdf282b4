/**
 * Formats a new CDS: what LIBGEN/SLICREAT put into a real one before any utility runs — the
 * identity record, the features, the ACSs and LSMs of the library and the HSC host ids. The VTCS
 * configuration, pools, classes and volumes come afterwards from CONFIG, SET VOLPARM, MGMTDEF and
 * the volume population.
 */
import type { Cds } from './Cds.js';
import { els } from '../core/elsMessages.js';
import { ElsimError } from '../core/errors.js';
import { cdsTime } from './cdsTime.js';

export interface FormatSpec {
  now: Date;
  /** The TapePlex name (CONFIG TAPEPLEX THISPLEX later confirms or sets it). */
  tapeplex?: string;
  role?: 'PRODUCTION' | 'DRTEST';
  description?: string;
  /** Features such as `{ VSM: 'ADVMGMT' }`. */
  features?: Record<string, string>;
  /** ACS ids (two hex digits) with the number of LSMs in each (default 1). */
  acs?: { id: string; name?: string; lsms?: number }[];
  /** HSC host ids in LIBGEN order. */
  hosts?: string[];
}

/** Writes the identity of an empty CDS; refuses a CDS that already has one. */
export function formatCds(cds: Cds, spec: FormatSpec): void {
  const db = cds.db;
  cds.immediate(() => {
    const existing = db.prepare('SELECT 1 FROM cds_identity').get();
    if (existing) throw new ElsimError(els.text('ELS0001E', cds.path), 'ELS0001E');
    db.prepare('INSERT INTO cds_identity (id, tapeplex, role, created, description) VALUES (1, ?, ?, ?, ?)').run(
      spec.tapeplex?.toUpperCase() ?? null,
      spec.role ?? 'PRODUCTION',
      cdsTime(spec.now),
      spec.description ?? null,
    );
    const feature = db.prepare('INSERT INTO cds_feature (name, value) VALUES (?, ?)');
    for (const [name, value] of Object.entries(spec.features ?? {})) feature.run(name.toUpperCase(), value.toUpperCase());
    const acs = db.prepare('INSERT INTO acs (acs_id, name) VALUES (?, ?)');
    const lsm = db.prepare('INSERT INTO lsm (lsm_id, acs_id) VALUES (?, ?)');
    for (const a of spec.acs ?? []) {
      const id = a.id.toUpperCase().padStart(2, '0');
      acs.run(id, a.name ?? null);
      const n = a.lsms ?? 1;
      for (let i = 0; i < n; i++) lsm.run(`${id}:${i.toString(16).toUpperCase().padStart(2, '0')}`, id);
    }
    const host = db.prepare('INSERT INTO host (host_id, seq) VALUES (?, ?)');
    (spec.hosts ?? []).forEach((h, i) => host.run(h.toUpperCase(), i + 1));
    db.prepare("INSERT INTO drtest (id, state, test_cds) VALUES (1, 'NONE', ?)").run(spec.role === 'DRTEST' ? 1 : 0);
  });
}

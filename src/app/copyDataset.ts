/**
 * `elsim dataset copy`: carries a cataloged data set from one system to another, as a site sends a
 * manifest (on tape, or by file transfer) along with the exported MVCs. The copy is cataloged at the
 * target under the same name (or `as`), with the same organisation and record format; a sequential
 * data set or a library is copied file by file, a CDS as last committed (snapshotCds).
 * The target name must be free unless `replace` is set.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { snapshotCds } from '../cds/snapshotCds.js';
import { ElsimError, UsageError } from '../core/errors.js';
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import type { DefineAttrs } from '../jes/Catalog.js';
import { openSystem } from './openSystem.js';
import { validateDsn } from '../jes/validateDsn.js';
import { resolveNow } from './resolveNow.js';

export interface CopyDatasetOptions {
  /** Source system directory. */
  dir: string;
  /** Target system directory. */
  to: string;
  dsn: string;
  /** Name at the target (default: the same). */
  as?: string;
  /** Replace a data set of that name at the target. */
  replace?: boolean;
  now?: string;
}

export function copyDataset(opts: CopyDatasetOptions, io: Io): void {
  const dsn = opts.dsn.toUpperCase();
  const target = (opts.as ?? opts.dsn).toUpperCase();
  for (const name of [dsn, target]) {
    const check = validateDsn(name);
    if (!check.ok) throw new UsageError(`${name}: ${check.reason}`);
  }
  const src = openSystem(opts.dir, io);
  const dst = openSystem(opts.to, io);
  try {
    if (src.root === dst.root) throw new UsageError('--to names the source system itself');
    const entry = src.catalog.resolve(dsn);
    if (entry === undefined) throw new ElsimError(sim.text('SIM0509E', dsn, src.root), 'SIM0509E');
    if (entry.dsorg === 'GDG') throw new ElsimError(sim.text('SIM0510E', dsn), 'SIM0510E');
    if (dst.catalog.exists(target)) {
      if (!opts.replace) throw new ElsimError(sim.text('SIM0511E', target, dst.root), 'SIM0511E');
      dst.catalog.delete(target);
    }
    const now = resolveNow(opts.now, dst, io);
    // The copy is made in the target's work area and adopted into its catalog: a copy that fails
    // half-way never appears under the name.
    const work = join(dst.root, 'work', `copy-${process.pid}`);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const staged = join(work, 'data');
    try {
      const from = src.catalog.pathOf(entry.dsn);
      if (entry.dsorg === 'CDS' || entry.dsorg === 'TMS') snapshotCds(from, staged);
      else cpSync(from, staged, { recursive: true });
      const attrs: DefineAttrs = { dsorg: entry.dsorg, created: now.toISOString() };
      if (entry.recfm !== undefined) attrs.recfm = entry.recfm;
      if (entry.lrecl !== undefined) attrs.lrecl = entry.lrecl;
      dst.catalog.adopt(target, staged, attrs);
    } finally {
      if (existsSync(work)) rmSync(work, { recursive: true, force: true });
    }
    io.out(sim.line('SIM0512I', entry.dsn, src.root, target, dst.root));
  } finally {
    src.close();
    dst.close();
  }
}

/**
 * `elsim mvc move`: carries MVCs from one system to another, as an operator ejects cartridges at
 * one site and enters them at the other. On the source: each MVC leaves the hardware (src/sim) with
 * its contents, and the CDS HSC has active records the eject (ejected, outside the library). On the
 * target: the hardware gets the MVCs, contents and all, in the ACS named; the target CDS is not
 * touched — it learns of them through IMPORT (a manifest) or AUDIT MVC, as a real site does.
 * Everything is checked before anything moves: the volsers must be MVCs physically in the source,
 * its HSC must be active, and during an active DR test MVCs of the DR site cannot be ejected.
 */
import { Cds } from '../cds/Cds.js';
import { readDrtestState } from '../cds/drtestState.js';
import { parseRangeText, rangeCondition } from '../cds/volserRange.js';
import { ElsimError, UsageError } from '../core/errors.js';
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { System } from '../jes/System.js';
import { isoOf } from '../sim/isoOf.js';
import { resolveNow } from './resolveNow.js';

export interface MoveOptions {
  /** Source system directory. */
  dir: string;
  /** Target system directory. */
  to: string;
  /** Volsers or ranges (AO1000-AO1004). */
  volsers: string[];
  /** ACS of the target the cartridges are entered into (default: its first ACS). */
  acs?: string;
  now?: string;
}

export function moveMvcs(opts: MoveOptions, io: Io): number {
  const src = System.open(opts.dir);
  const dst = System.open(opts.to);
  try {
    if (src.root === dst.root) throw new UsageError('--to names the source system itself');
    const now = resolveNow(opts.now, src, io);
    const srcHw = src.hardware();
    const dstHw = dst.hardware();
    const srcDsn = src.activeCds();
    if (srcDsn === undefined) throw new ElsimError(sim.text('SIM0741E', src.root), 'SIM0741E');
    const srcPath = src.datasetPath(srcDsn);
    if (srcPath === undefined) throw new ElsimError(sim.text('SIM0507E', srcDsn), 'SIM0507E');

    // The volsers, ranges expanded against the MVCs physically in the source.
    const volsers: string[] = [];
    for (const text of opts.volsers) {
      const r = parseRangeText(text.toUpperCase());
      if ('error' in r) throw new UsageError(`${text}: ${r.error}`);
      const c = rangeCondition('volser', r);
      const found = srcHw.db.prepare(`SELECT volser FROM hw_mvc WHERE ${c.sql} ORDER BY volser`).pluck().all(...c.params) as string[];
      if (found.length === 0) throw new ElsimError(sim.text('SIM0740E', text.toUpperCase(), src.root), 'SIM0740E');
      for (const v of found) volsers.push(v);
    }
    const acs = (opts.acs ?? targetAcs(dst) ?? '00').toUpperCase();
    const cds = Cds.open(srcPath);
    try {
      const dr = readDrtestState(cds.db);
      if (dr.state === 'ACTIVE' && !dr.isTestCds()) {
        const blocked = volsers.filter((v) => {
          const m = srcHw.mvc(v)!;
          return dr.isDrAcs(m.acs) || dr.isDrStormngr(m.stormngr);
        });
        if (blocked.length > 0) throw new ElsimError(sim.text('SIM0743E', blocked.join(' ')), 'SIM0743E');
      }
      const at = isoOf(now);
      cds.immediate(() => {
        const eject = cds.db.prepare("UPDATE mvc SET ejected = 1, location = 'OUTSIDE', updated = ? WHERE volser = ?");
        for (const v of volsers) eject.run(at, v);
      });
    } finally {
      cds.close();
    }
    for (const v of volsers) {
      const moved = srcHw.ejectMvc(v)!;
      dstHw.enterFrom(moved, acs, now);
      io.out(sim.line('SIM0742I', v, moved.contents.length, src.root, moved.mvc.stormngr ? `VLE ${moved.mvc.stormngr}` : `ACS ${acs}`, dst.root));
    }
    return volsers.length;
  } finally {
    src.close();
    dst.close();
  }
}

/** The first ACS of the target's configured CDS, if it can be read. */
function targetAcs(system: System): string | undefined {
  const dsn = system.configuredCds();
  const path = dsn === undefined ? undefined : system.datasetPath(dsn);
  if (path === undefined) return undefined;
  const cds = Cds.open(path, { readonly: true });
  try {
    return (cds.db.prepare('SELECT acs_id FROM acs ORDER BY acs_id LIMIT 1').pluck().get() as string | undefined) ?? undefined;
  } finally {
    cds.close();
  }
}

/**
 * What DRMON watches: the VTVs selected (class or volsers, updated within MAXAGE, not scratch) and,
 * for each, every destination asked for — one row per (VTV, destination) with whether the copy is
 * there and since when. One set-based query over the vtv_mgmt / primary-key indexes; the
 * destinations are a small VALUES list.
 */
import type Database from 'better-sqlite3';
import type { Cds } from '../../cds/Cds.js';
import type { CanonicalRange } from '../../cds/volserRange.js';
import { rangesCondition } from '../../cds/volserRange.js';

/** One thing DRMON waits for: a copy in a storage class (MVC or another TapePlex), or the replica. */
export interface Destination {
  kind: 'STOR' | 'PLEX' | 'REPL';
  /** Storage class name (STOR, PLEX) or 'REPLICA'. */
  name: string;
  /** For PLEX: the TapePlex the class sends to. */
  tapeplex: string | null;
}

export interface MonitoredCopy {
  vtv: string;
  mgmt: string | null;
  updated: string | null;
  dest: Destination;
  /** When the copy is there: its time (migrated / CTR completed / replica written), '' when the time is unknown. */
  arrived: string | null;
}

export interface Selection {
  mgmt: string[];
  vtvRanges: CanonicalRange[];
  /** ISO cutoff: VTVs updated at or after it (MAXAGE). */
  since: string | null;
}

export class MonitorQuery {
  private readonly stmt: Database.Statement<unknown[], { vtv: string; mgmt: string | null; updated: string | null; pos: number; arrived: string | null }>;
  private readonly params: unknown[];

  constructor(cds: Cds, sel: Selection, dests: readonly Destination[]) {
    const where: string[] = ['v.scratch = 0'];
    const params: unknown[] = [JSON.stringify(dests.map((d) => [d.kind, d.name, d.tapeplex]))];
    if (sel.mgmt.length > 0) {
      where.push('v.mgmt_class IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(sel.mgmt));
    } else {
      const c = rangesCondition('v.volser', sel.vtvRanges);
      where.push(c.sql);
      params.push(...c.params);
    }
    if (sel.since !== null) {
      where.push('v.updated >= ?');
      params.push(sel.since);
    }
    this.stmt = cds.db.prepare(`
      WITH d(pos, kind, name, plex) AS (
        SELECT key, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?))
      SELECT v.volser AS vtv, v.mgmt_class AS mgmt, v.updated AS updated, d.pos AS pos,
             CASE d.kind
               WHEN 'STOR' THEN (SELECT CASE WHEN count(*) > 0 THEN coalesce(max(c.migrated), '') END FROM vtv_copy c
                                  WHERE c.vtv = v.volser AND c.current = 1 AND c.stor_class = d.name)
               WHEN 'PLEX' THEN (SELECT coalesce(p.updated, '') FROM vtv_plex_copy p
                                  WHERE p.vtv = v.volser AND p.tapeplex = d.plex AND p.status = 'COMPLETE')
               ELSE CASE WHEN v.replicated = 1 THEN '' END
             END AS arrived
        FROM vtv v CROSS JOIN d
       WHERE ${where.join(' AND ')}
       ORDER BY v.volser, d.pos`);
    this.params = params;
  }

  /** Every monitored copy, in volser then destination order. */
  all(dests: readonly Destination[]): MonitoredCopy[] {
    const rows = this.stmt.all(...this.params);
    return rows.map((r) => ({ vtv: r.vtv, mgmt: r.mgmt, updated: r.updated, dest: dests[r.pos]!, arrived: r.arrived }));
  }
}

/** The web console's VTV list: a page of VTVs in volser order, by range, pool and management class. */
import type { CanonicalRange } from '../../cds/volserRange.js';
import { readSystem } from './readSystem.js';
import { intersectParts, mergePages, pageLimit, rangeParts, volserParts, type VolumePage, type VolumeQuery } from './volumeSelection.js';

export interface VtvRow {
  volser: string;
  scratch: number;
  resident: number;
  replicated: number;
  read_only: number;
  drtest: number;
  mgmt_class: string | null;
  size_mb: number;
  owner_plex: string | null;
  resident_vtss: string | null;
  created: string | null;
  last_used: string | null;
  /** The MVCs holding its current copies, in copy order, blank-separated. */
  copies: string | null;
}

export function pageVtvs(dir: string, q: VolumeQuery): VolumePage<VtvRow> & { pool?: string } {
  return readSystem(dir, ({ cds }) => {
    if (!cds) return { rows: [], next: undefined, error: 'the system has no CDS' };
    const db = cds.db;
    const vol = volserParts('v.volser', q.volsers);
    if (vol && 'error' in vol) return { rows: [], next: undefined, error: vol.error };
    let pool: ReturnType<typeof rangeParts> | undefined;
    if (q.pool) {
      const ranges = db
        .prepare('SELECT vp.prefix, vp.lo, vp.hi, vp.width, vp.suffix FROM volparm vp JOIN pool p ON p.pool_id = vp.pool_id WHERE p.name = ? ORDER BY vp.lo_volser')
        .all(q.pool.toUpperCase()) as CanonicalRange[];
      if (ranges.length === 0) return { rows: [], next: undefined, error: `no VOLPARM range belongs to a pool named ${q.pool.toUpperCase()}` };
      pool = rangeParts('v.volser', ranges);
    }
    const cls = q.cls ? q.cls.toUpperCase() : undefined;
    const resident = q.resident ? q.resident.toUpperCase() : undefined;
    const limit = pageLimit(q);
    const page = mergePages(intersectParts(vol, pool), q.after?.toUpperCase(), limit, (part, after, n) => {
      const where = ['v.volser > ?', ...(part ? [part.sql] : []), ...(cls ? ['v.mgmt_class = ?'] : []), ...(resident ? ['v.resident_vtss = ?'] : [])].join(' AND ');
      return cds
        .statement(
          `SELECT v.volser, v.scratch, v.resident, v.replicated, v.read_only, v.drtest, v.mgmt_class, v.size_mb, v.owner_plex,
                  v.resident_vtss, v.created, v.last_used,
                  (SELECT group_concat(mvc, ' ') FROM (SELECT c.mvc FROM vtv_copy c WHERE c.vtv = v.volser AND c.current = 1 ORDER BY c.copy_index)) AS copies
             FROM vtv v WHERE ${where} ORDER BY v.volser LIMIT ?`,
        )
        .all(after, ...(part?.params ?? []), ...(cls ? [cls] : []), ...(resident ? [resident] : []), n) as VtvRow[];
    });
    return { ...page, error: undefined };
  });
}

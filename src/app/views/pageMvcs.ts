/** The web console's MVC list: a page of MVCs in volser order, by range, pool and storage class. */
import { readSystem } from './readSystem.js';
import { mergePages, pageLimit, volserParts, type VolumePage, type VolumeQuery } from './volumeSelection.js';

export interface MvcRow {
  volser: string;
  pool: string | null;
  media: string | null;
  acs: string | null;
  stormngr: string | null;
  stor_class: string | null;
  location: string;
  capacity_mb: number;
  used_mb: number;
  read_only: number;
  exported: number;
  ejected: number;
  drtest: number;
  /** Current VTV copies the CDS records on it. */
  vtvs: number;
  vault: string | null;
  slot: number | null;
}

export function pageMvcs(dir: string, q: VolumeQuery): VolumePage<MvcRow> {
  return readSystem(dir, ({ cds }) => {
    if (!cds) return { rows: [], next: undefined, error: 'the system has no CDS' };
    const vol = volserParts('m.volser', q.volsers);
    if (vol && 'error' in vol) return { rows: [], next: undefined, error: vol.error };
    const pool = q.pool ? q.pool.toUpperCase() : undefined;
    const cls = q.cls ? q.cls.toUpperCase() : undefined;
    const page = mergePages(vol ?? [undefined], q.after?.toUpperCase(), pageLimit(q), (part, after, n) => {
      const where = ['m.volser > ?', ...(part ? [part.sql] : []), ...(pool ? ['m.pool = ?'] : []), ...(cls ? ['m.stor_class = ?'] : [])].join(' AND ');
      return cds
        .statement(
          `SELECT m.volser, m.pool, m.media, m.acs, m.stormngr, m.stor_class, m.location, m.capacity_mb, m.used_mb,
                  m.read_only, m.exported, m.ejected, m.drtest,
                  (SELECT count(*) FROM vtv_copy c WHERE c.mvc = m.volser AND c.current = 1) AS vtvs,
                  w.vault, w.slot
             FROM mvc m LEFT JOIN vault_volume w ON w.volser = m.volser
            WHERE ${where} ORDER BY m.volser LIMIT ?`,
        )
        .all(after, ...(part?.params ?? []), ...(pool ? [pool] : []), ...(cls ? [cls] : []), n) as MvcRow[];
    });
    return { ...page, error: undefined };
  });
}

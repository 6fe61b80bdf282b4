/**
 * Where a new VTV copy for a storage class goes: the MVC VTCS would pick. The class names the
 * pool (MVCPOOL), the ACS or the storage manager (VLE), and the media; a candidate MVC is
 * writable (not read-only, exported, lost, broken, in error, retired, ejected or outside the
 * library), belongs to this CDS's side of a DR test (DR-test MVCs on a DR test CDS, production
 * MVCs otherwise), holds no other storage class, has room for the copy, and is physically
 * present. An MVC already holding the class is filled before an empty one is started; among
 * empty ones the lowest volser wins, so placement is deterministic.
 */
import type { Cds } from '../cds/Cds.js';
import type { SimulatedHardware } from './types.js';

export interface StorClassRow {
  name: string;
  acs: string | null;
  media: string | null;
  mvcpool: string | null;
  tapeplex: string | null;
  stormngr: string | null;
}

export function storClass(cds: Cds, name: string): StorClassRow | undefined {
  return cds.db.prepare('SELECT name, acs, media, mvcpool, tapeplex, stormngr FROM stor_class WHERE name = ?').get(name) as StorClassRow | undefined;
}

const CANDIDATES = `
  SELECT volser FROM mvc
   WHERE (@pool IS NULL OR pool = @pool)
     AND (@acs IS NULL OR acs = @acs)
     AND ((@stormngr IS NULL AND stormngr IS NULL) OR stormngr = @stormngr)
     AND (@media IS NULL OR media IS NULL OR media = @media)
     AND read_only = 0 AND exported = 0 AND lost = 0 AND broken = 0 AND error = 0 AND retired = 0 AND ejected = 0
     AND location = 'LIBRARY'
     AND drtest = (@drtest OR coalesce((SELECT role = 'DRTEST' FROM cds_identity WHERE id = 1), 0))
     AND (stor_class IS NULL OR stor_class = @name)
     AND (capacity_mb = 0 OR used_mb + @need <= capacity_mb)
   ORDER BY (stor_class IS NOT NULL) DESC, used_mb DESC, volser
   LIMIT 50`;

/**
 * The MVC for a copy of `needMb` (compressed) MB in storage class `sc`, or undefined when the
 * class has none with room. A copy of DR test output (`drtest`, or any copy on a DR test CDS) goes
 * only to DR test MVCs, production copies only to production MVCs. A class that names a TapePlex (CTR) has no MVCs here.
 */
export function placeCopy(cds: Cds, hw: SimulatedHardware, sc: StorClassRow, needMb: number, drtest = false): string | undefined {
  if (sc.tapeplex !== null) return undefined;
  const rows = cds.db.prepare(CANDIDATES).all({
    pool: sc.mvcpool,
    acs: sc.stormngr !== null ? null : sc.acs,
    stormngr: sc.stormngr,
    media: sc.stormngr !== null ? null : sc.media,
    name: sc.name,
    need: needMb,
    drtest: drtest ? 1 : 0,
  }) as { volser: string }[];
  return rows.find((r) => hw.mvc(r.volser) !== undefined)?.volser;
}

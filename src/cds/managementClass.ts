/**
 * A management class as VTCS applies it to a VTV at dismount (MGMTDEF's records): the storage
 * classes of its migration policy (MIGPOL, in copy order), of its electronic export policy
 * (EEXPOL: storage classes that name a TAPEPLEX, the cross-TapePlex copies), replication and
 * immediate migration. Read by the tape mounts (src/sim/tapeMounts.ts) and by `elsim smc route`.
 */
import type Database from 'better-sqlite3';

export interface StorageClassUse {
  stor: string;
  /** The copy number (1-4) of a MIGPOL class. */
  pos: number;
  /** The TapePlex of a storage class that names one (EEXPOL: cross-TapePlex replication). */
  tapeplex: string | null;
  defined: boolean;
}

export interface ManagementClassPolicy {
  name: string;
  migpol: StorageClassUse[];
  eexpol: StorageClassUse[];
  replicat: 'NO' | 'YES' | 'YES_SYNC';
  /** Minutes after dismount the immediate migration starts; null: no immediate migration. */
  immdelay: number | null;
  immedmig: string | null;
  delscr: string | null;
  maxvtvsz: number | null;
  nomigrat: boolean;
}

export function readManagementClass(db: Database.Database, name: string): ManagementClassPolicy | undefined {
  const m = db.prepare('SELECT name, replicat, immdelay, immedmig, delscr, maxvtvsz, nomigrat FROM mgmt_class WHERE name = ?').get(name) as
    | { name: string; replicat: string | null; immdelay: number | null; immedmig: string | null; delscr: string | null; maxvtvsz: number | null; nomigrat: number }
    | undefined;
  if (!m) return undefined;
  const uses = db
    .prepare(
      `SELECT p.kind, p.pos, p.stor, s.tapeplex, s.name IS NOT NULL AS defined
         FROM mgmt_policy p LEFT JOIN stor_class s ON s.name = p.stor WHERE p.mgmt = ? ORDER BY p.kind, p.pos`,
    )
    .all(name) as { kind: string; pos: number; stor: string; tapeplex: string | null; defined: number }[];
  const of = (kind: string): StorageClassUse[] =>
    uses.filter((u) => u.kind === kind).map((u) => ({ stor: u.stor, pos: u.pos, tapeplex: u.tapeplex, defined: u.defined === 1 }));
  return {
    name: m.name,
    migpol: of('MIGPOL'),
    eexpol: of('EEXPOL'),
    replicat: (m.replicat as ManagementClassPolicy['replicat'] | null) ?? 'NO',
    immdelay: m.immdelay,
    immedmig: m.immedmig,
    delscr: m.delscr,
    maxvtvsz: m.maxvtvsz,
    nomigrat: m.nomigrat === 1,
  };
}

/** The CLINKs of this configuration that reach a TapePlex (REMPLEX), with their VTSS and state. */
export function clinksToPlex(db: Database.Database, plex: string): { vtss: string; partner: string | null; online: boolean }[] {
  return (
    db
      .prepare(
        `SELECT c.vtss, c.partner, coalesce(s.state, 'ONLINE') = 'ONLINE' AS online
           FROM cfg_clink c JOIN cfg_vtss v ON v.name = c.vtss LEFT JOIN clink_status s ON s.clink_id = c.clink_id
          WHERE c.remplex = ? ORDER BY v.seq, c.seq`,
      )
      .all(plex) as { vtss: string; partner: string | null; online: number }[]
  ).map((r) => ({ vtss: r.vtss, partner: r.partner, online: r.online === 1 }));
}

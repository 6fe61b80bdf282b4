/**
 * The changes of a VTVMAINT statement, applied to the VTVs of the temporary target table
 * (`volser`, `unlinked`): a few set-based statements per repair, whatever the number of VTVs.
 * Each repair returns the message that totals it (and a warning, with condition code 4, where
 * some VTVs could not be or should not have been changed).
 *
 *  - ULINKMVC: the copy records of the VTVs on the MVCs named go. A current copy's space (its
 *    compressed size, as MVC usage counts it) becomes fragmented space on a real MVC and is freed
 *    on a VLE VMVC; superseded copies already count as used space and stay so until reclaim.
 *    Nothing is written on the MVC: the simulated hardware keeps the data (an MVC audit would find
 *    it). VTVs left with no current copy, not resident and not empty are reported.
 *  - MGMTclas: the class changes.
 *  - DISMOUNT VTSSid: the mounted flag of VTVs mounted in that VTSS is cleared.
 *  - OWNRPLEX: scratch VTVs get the owner; owned by this TapePlex they are writable (the owner
 *    column is then empty, as for VTVs made here), owned by another they are read-only.
 *  - ADDEXpot / DELEXpot: the record of another TapePlex holding a copy (vtv_plex_copy) is added
 *    (as complete) or removed.
 * Every VTV changed gets `updated` = the run's time.
 */
import type Database from 'better-sqlite3';
import { rangesCondition, type VolRange } from '../../cds/volserRange.js';
import { sampleText } from './report.js';
import type { Repairs } from './vtvmaintRefusals.js';

export interface RepairMessage {
  id: string;
  inserts: (string | number)[];
  /** The condition code this message sets (0 or 4). */
  rc: number;
}

export function applyRepairs(db: Database.Database, target: string, r: Repairs, now: string, thisPlex: string): RepairMessage[] {
  const out: RepairMessage[] = [];
  const total = db.prepare(`SELECT count(*) FROM ${target}`).pluck().get() as number;
  const inTarget = `volser IN (SELECT volser FROM ${target})`;
  const some = (where: string, params: unknown[] = []): { n: number; sample: string } => {
    const rows = db.prepare(`SELECT v.volser FROM ${target} t JOIN vtv v ON v.volser = t.volser WHERE ${where} ORDER BY v.volser`).pluck().iterate(...params);
    const first: string[] = [];
    let n = 0;
    for (const v of rows as IterableIterator<string>) if (n++ < 10) first.push(v);
    return { n, sample: sampleText(first, n) };
  };

  if (r.ulink) out.push(...unlink(db, target, r.ulink, now, some));

  if (r.mgmt) {
    const changed = db.prepare(`UPDATE vtv SET mgmt_class = ?, updated = ? WHERE ${inTarget} AND mgmt_class IS NOT ?`).run(r.mgmt, now, r.mgmt).changes;
    out.push({ id: 'SIM0690I', inserts: [r.mgmt, changed, total - changed], rc: 0 });
  }

  if (r.dismount && r.vtss) {
    const changed = db.prepare(`UPDATE vtv SET mounted = 0, updated = ? WHERE ${inTarget} AND mounted = 1 AND resident_vtss = ?`).run(now, r.vtss).changes;
    out.push({ id: 'SIM0696I', inserts: [r.vtss, changed, total - changed], rc: 0 });
  }

  if (r.owner) {
    const owner = r.owner === thisPlex ? null : r.owner;
    const kept = some('v.scratch = 0 AND v.owner_plex IS NOT ?', [owner]);
    const changed = db
      .prepare(`UPDATE vtv SET owner_plex = ?, read_only = ?, updated = ? WHERE ${inTarget} AND scratch = 1 AND owner_plex IS NOT ?`)
      .run(owner, owner === null ? 0 : 1, now, owner).changes;
    out.push({ id: 'SIM0691I', inserts: [r.owner, changed, total - changed - kept.n], rc: 0 });
    if (kept.n > 0) out.push({ id: 'SIM0689W', inserts: [kept.n, kept.sample], rc: 4 });
  }

  const plexRow = `EXISTS (SELECT 1 FROM vtv_plex_copy p WHERE p.vtv = vtv.volser AND p.tapeplex = ?)`;
  if (r.addex) {
    const changed = db.prepare(`UPDATE vtv SET updated = ? WHERE ${inTarget} AND NOT ${plexRow}`).run(now, r.addex).changes;
    db.prepare(
      `INSERT INTO vtv_plex_copy (vtv, tapeplex, status, updated) SELECT volser, ?, 'COMPLETE', ? FROM ${target} WHERE 1
       ON CONFLICT(vtv, tapeplex) DO NOTHING`,
    ).run(r.addex, now);
    out.push({ id: 'SIM0694I', inserts: [r.addex, changed, total - changed], rc: 0 });
  }
  if (r.delex) {
    const changed = db.prepare(`UPDATE vtv SET updated = ? WHERE ${inTarget} AND ${plexRow}`).run(now, r.delex).changes;
    db.prepare(`DELETE FROM vtv_plex_copy WHERE tapeplex = ? AND vtv IN (SELECT volser FROM ${target})`).run(r.delex);
    out.push({ id: 'SIM0695I', inserts: [r.delex, changed, total - changed], rc: 0 });
  }
  return out;
}

function unlink(
  db: Database.Database,
  target: string,
  mvcs: readonly VolRange[],
  now: string,
  some: (where: string) => { n: number; sample: string },
): RepairMessage[] {
  const onC = rangesCondition('c.mvc', mvcs);
  const onRow = rangesCondition('mvc', mvcs);
  db.prepare(`UPDATE ${target} SET unlinked = 1 WHERE EXISTS (SELECT 1 FROM vtv_copy c WHERE c.vtv = ${target}.volser AND ${onC.sql})`).run(...onC.params);
  const n = db
    .prepare(`SELECT count(*) AS records, coalesce(sum(c.current), 0) AS current FROM ${target} t JOIN vtv_copy c ON c.vtv = t.volser WHERE ${onC.sql}`)
    .get(...onC.params) as { records: number; current: number };
  const counts = db.prepare(`SELECT count(*) AS total, coalesce(sum(unlinked), 0) AS unlinked FROM ${target}`).get() as { total: number; unlinked: number };
  db.prepare(
    `UPDATE mvc SET used_mb = max(0, used_mb - d.mb),
                    frag_mb = frag_mb + CASE WHEN mvc.stormngr IS NULL THEN min(d.mb, mvc.used_mb) ELSE 0 END,
                    updated = ?
       FROM (SELECT c.mvc AS volser, sum(v.size_mb * (100 - v.comp_pct) / 100) AS mb
               FROM ${target} t JOIN vtv_copy c ON c.vtv = t.volser JOIN vtv v ON v.volser = t.volser
              WHERE c.current = 1 AND ${onC.sql}
              GROUP BY c.mvc) AS d
      WHERE mvc.volser = d.volser`,
  ).run(now, ...onC.params);
  db.prepare(`DELETE FROM vtv_copy WHERE vtv IN (SELECT volser FROM ${target} WHERE unlinked = 1) AND ${onRow.sql}`).run(...onRow.params);
  db.prepare(`UPDATE vtv SET updated = ? WHERE volser IN (SELECT volser FROM ${target} WHERE unlinked = 1)`).run(now);
  const out: RepairMessage[] = [{ id: 'SIM0692I', inserts: [n.records, counts.unlinked, n.current, counts.total - counts.unlinked], rc: 0 }];
  const lost = some(
    `t.unlinked = 1 AND v.scratch = 0 AND v.resident = 0 AND v.size_mb > 0
     AND NOT EXISTS (SELECT 1 FROM vtv_copy c WHERE c.vtv = v.volser AND c.current = 1)`,
  );
  if (lost.n > 0) out.push({ id: 'SIM0693W', inserts: [lost.n, lost.sample], rc: 4 });
  return out;
}

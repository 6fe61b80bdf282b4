/**
 * The CDS side of SCRATCH and UNSCRATCH over the VTVs selected: a handful of set-based
 * statements, whatever the number of VTVs.
 *
 * SCRATCH marks them scratch. Those in the temporary target table (their management class says
 * DELSCR(YES) or FORCE, and no DR test holds their VTSS) are deleted as VTCS deletes a scratched VTV: the
 * residency and the replica go, size and compression become 0, the current copies on MVCs go —
 * their space (the compressed size, as MVC usage counts it) becomes fragmented space on a real MVC (reclaim frees it) and is freed on a VLE
 * VMVC — except copies on protected MVCs (read-only, or production MVCs seen from a DR test CDS),
 * which are not written: those stay as superseded copies. UNSCRATCH clears the scratch flag.
 */
import type Database from 'better-sqlite3';
import type { SqlCondition } from '../../cds/volserRange.js';

/** The temporary table of the VTVs a SCRATCH statement deletes. */
export const TARGET = 'temp.elsim_scratch_target';

/**
 * `prot` is the SQL condition "MVC x is protected" over an MVC row aliased `x`; `sel` the
 * selection over the column `volser` of table vtv.
 */
export function applyScratch(db: Database.Database, scratch: boolean, prot: string, sel: SqlCondition): void {
  if (!scratch) {
    db.prepare(`UPDATE vtv SET scratch = 0 WHERE ${sel.sql} AND scratch = 1`).run(...sel.params);
    return;
  }
  const dead = `(SELECT volser FROM ${TARGET})`;
  db.prepare(
    `UPDATE mvc SET used_mb = max(0, used_mb - d.mb),
                    frag_mb = frag_mb + CASE WHEN mvc.stormngr IS NULL THEN min(d.mb, mvc.used_mb) ELSE 0 END
       FROM (SELECT c.mvc AS volser, sum(v.size_mb * (100 - v.comp_pct) / 100) AS mb
               FROM vtv_copy c JOIN vtv v ON v.volser = c.vtv
              WHERE c.current = 1 AND c.vtv IN ${dead}
              GROUP BY c.mvc) AS d
      WHERE mvc.volser = d.volser AND NOT EXISTS (SELECT 1 FROM mvc x WHERE x.volser = mvc.volser AND ${prot})`,
  ).run();
  db.prepare(
    `DELETE FROM vtv_copy WHERE current = 1 AND vtv IN ${dead}
        AND NOT EXISTS (SELECT 1 FROM mvc x WHERE x.volser = vtv_copy.mvc AND ${prot})`,
  ).run();
  db.prepare(`UPDATE vtv_copy SET current = 0 WHERE current = 1 AND vtv IN ${dead}`).run();
  db.prepare(
    `UPDATE vtv SET scratch = 1, resident = 0, resident_vtss = NULL, replicated = 0, replica_vtss = NULL, size_mb = 0, comp_pct = 0
      WHERE volser IN ${dead}`,
  ).run();
  db.prepare(`UPDATE vtv SET scratch = 1 WHERE ${sel.sql} AND scratch = 0`).run(...sel.params);
}

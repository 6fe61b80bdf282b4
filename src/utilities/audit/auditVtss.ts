/**
 * AUDIT VTSS: the CDS against what is physically in the VTSS buffer (src/sim), reconciled:
 *  - in the buffer, unknown to the CDS      → a VTV record is added (resident there);
 *  - in the buffer, CDS says elsewhere/none → the CDS records it resident in this VTSS
 *                                             (unless the buffer holds its replica and the CDS says so);
 *  - CDS says resident here, not in buffer  → no longer resident;
 *  - CDS says replica here, not in buffer   → no longer replicated.
 * Set-based: the buffer's contents go to SQL as one JSON list.
 */
import type { Cds } from '../../cds/Cds.js';
import type { SimulatedHardware } from '../../sim/types.js';
import { isoOf } from '../../sim/isoOf.js';

export interface VtssFinding {
  vtv: string;
  what: string;
}

export interface VtssAudit {
  vtss: string;
  inBuffer: number;
  agreed: number;
  findings: VtssFinding[];
}

export function auditVtss(cds: Cds, hw: SimulatedHardware, vtss: string, now: Date): VtssAudit {
  const db = cds.db;
  const buffer = hw.bufferContents(vtss);
  const list = JSON.stringify(buffer.map((b) => [b.vtv, b.sizeMb, b.written]));
  const B = `b(vtv, size_mb, written) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(@list))`;
  const findings: VtssFinding[] = [];
  const rows = db
    .prepare(`WITH ${B} SELECT b.vtv, b.size_mb, b.written, v.volser IS NOT NULL AS known, v.resident, v.resident_vtss, v.replica_vtss
                FROM b LEFT JOIN vtv v ON v.volser = b.vtv ORDER BY b.vtv`)
    .all({ list }) as { vtv: string; size_mb: number; written: string | null; known: number; resident: number | null; resident_vtss: string | null; replica_vtss: string | null }[];
  let agreed = 0;
  const add = db.prepare(
    "INSERT INTO vtv (volser, initialized, resident, resident_vtss, size_mb, created, last_used, updated) VALUES (?, 1, 1, ?, ?, ?, ?, ?)",
  );
  const setResident = db.prepare('UPDATE vtv SET resident = 1, resident_vtss = ? WHERE volser = ?');
  for (const r of rows) {
    if (!r.known) {
      const at = r.written ?? isoOf(now);
      add.run(r.vtv, vtss, r.size_mb, at, at, at);
      findings.push({ vtv: r.vtv, what: 'IN THE BUFFER, NOT IN THE CDS - VTV RECORD ADDED' });
    } else if ((r.resident === 1 && r.resident_vtss === vtss) || r.replica_vtss === vtss) {
      agreed++;
    } else {
      setResident.run(vtss, r.vtv);
      findings.push({ vtv: r.vtv, what: `IN THE BUFFER, CDS SAID ${r.resident === 1 ? `RESIDENT IN ${r.resident_vtss}` : 'NOT RESIDENT'} - NOW RESIDENT IN ${vtss}` });
    }
  }
  const gone = db
    .prepare(`WITH ${B} SELECT volser FROM vtv WHERE resident_vtss = @vtss AND volser NOT IN (SELECT vtv FROM b) ORDER BY volser`)
    .pluck()
    .all({ list, vtss }) as string[];
  const clearResident = db.prepare('UPDATE vtv SET resident = 0, resident_vtss = NULL WHERE volser = ?');
  for (const v of gone) {
    clearResident.run(v);
    findings.push({ vtv: v, what: 'CDS SAID RESIDENT, NOT IN THE BUFFER - NO LONGER RESIDENT' });
  }
  const goneReplicas = db
    .prepare(`WITH ${B} SELECT volser FROM vtv WHERE replica_vtss = @vtss AND volser NOT IN (SELECT vtv FROM b) ORDER BY volser`)
    .pluck()
    .all({ list, vtss }) as string[];
  const clearReplica = db.prepare('UPDATE vtv SET replicated = 0, replica_vtss = NULL WHERE volser = ?');
  for (const v of goneReplicas) {
    clearReplica.run(v);
    findings.push({ vtv: v, what: 'CDS SAID REPLICA HERE, NOT IN THE BUFFER - NO LONGER REPLICATED' });
  }
  findings.sort((a, b) => a.vtv.localeCompare(b.vtv));
  return { vtss, inBuffer: buffer.length, agreed, findings };
}

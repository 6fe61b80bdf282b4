/**
 * AUDIT MVC: one MVC (or VLE VMVC) read back and the CDS rebuilt from what is on it (src/sim):
 *  - a copy on the MVC the CDS does not record → the copy record is added (next free copy index,
 *    the MVC's storage class); a VTV unknown to the CDS gets a VTV record (size and time from the
 *    MVC) — how a new CDS learns the VTV–VMVC relations in the VLE DR test;
 *  - a current copy record with nothing on the MVC → the stale pointer is removed;
 *  - an MVC present but not in the CDS → an MVC record is added (pool from the VOLPARM ranges);
 *  - an MVC in the CDS but not in the library or VLE → reported, CDS untouched.
 * The MVC's usage is then recomputed from its current copies.
 */
import type { Cds } from '../../cds/Cds.js';
import type { SimulatedHardware } from '../../sim/types.js';
import { isoOf } from '../../sim/isoOf.js';

export interface MvcAudit {
  mvc: string;
  status: 'AUDITED' | 'NOT FOUND' | 'ADDED AND AUDITED';
  onMvc: number;
  agreed: number;
  added: number;
  removed: number;
  vtvsAdded: number;
  findings: string[];
}

export class MvcAuditor {
  private readonly st;

  constructor(cds: Cds, private readonly hw: SimulatedHardware) {
    const db = cds.db;
    this.st = {
      mvc: db.prepare<[string], { stor_class: string | null }>('SELECT stor_class FROM mvc WHERE volser = ?'),
      pool: db.prepare<[string], { name: string; media: string | null }>(
        `SELECT p.name, r.media FROM volparm r JOIN pool p ON p.pool_id = r.pool_id
          WHERE p.type = 'MVC' AND ? BETWEEN r.lo_volser AND r.hi_volser ORDER BY p.drtest DESC, r.seq LIMIT 1`,
      ),
      addMvc: db.prepare(
        `INSERT INTO mvc (volser, pool, media, acs, stormngr, capacity_mb, initialized, created, updated)
         VALUES (@volser, @pool, @media, @acs, @stormngr, @capacity, 1, @at, @at)`,
      ),
      records: db.prepare<[string], { copy_id: number; vtv: string; block_id: string; current: number }>(
        'SELECT copy_id, vtv, block_id, current FROM vtv_copy WHERE mvc = ? ORDER BY block_id, vtv',
      ),
      vtvKnown: db.prepare<[string], number>('SELECT 1 FROM vtv WHERE volser = ?').pluck(),
      addVtv: db.prepare("INSERT INTO vtv (volser, initialized, size_mb, created, last_used, updated) VALUES (?, 1, ?, ?, ?, ?)"),
      usedIndexes: db.prepare<[string], number>('SELECT copy_index FROM vtv_copy WHERE vtv = ? AND current = 1').pluck(),
      addCopy: db.prepare('INSERT INTO vtv_copy (vtv, mvc, copy_index, block_id, stor_class, current, migrated) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      dropCopy: db.prepare('DELETE FROM vtv_copy WHERE copy_id = ?'),
      usage: db.prepare(
        `UPDATE mvc SET used_mb = coalesce((SELECT sum(v.size_mb * (100 - v.comp_pct) / 100) FROM vtv_copy c JOIN vtv v ON v.volser = c.vtv
                                            WHERE c.mvc = mvc.volser AND c.current = 1), 0), updated = ?
          WHERE volser = ?`,
      ),
    };
  }

  audit(volser: string, now: Date): MvcAudit {
    const at = isoOf(now);
    const r: MvcAudit = { mvc: volser, status: 'AUDITED', onMvc: 0, agreed: 0, added: 0, removed: 0, vtvsAdded: 0, findings: [] };
    const phys = this.hw.mvc(volser);
    let rec = this.st.mvc.get(volser);
    if (!phys) {
      r.status = 'NOT FOUND';
      r.findings.push('NOT IN THE LIBRARY OR A VLE - CANNOT BE MOUNTED, CDS UNCHANGED');
      return r;
    }
    if (!rec) {
      const pool = this.st.pool.get(volser);
      this.st.addMvc.run({ volser, pool: pool?.name ?? null, media: phys.media ?? pool?.media ?? null, acs: phys.acs, stormngr: phys.stormngr, capacity: phys.capacityMb, at });
      rec = { stor_class: null };
      r.status = 'ADDED AND AUDITED';
      r.findings.push(`NOT IN THE CDS - MVC RECORD ADDED${pool ? ` (POOL ${pool.name})` : ' (IN NO MVC POOL)'}`);
    }
    const contents = this.hw.mvcContents(volser);
    r.onMvc = contents.length;
    const records = this.st.records.all(volser);
    const recKey = new Map(records.map((c) => [`${c.vtv} ${c.block_id}`, c]));
    const physKey = new Set(contents.map((c) => `${c.vtv} ${c.blockId}`));
    for (const c of contents) {
      if (recKey.has(`${c.vtv} ${c.blockId}`)) {
        r.agreed++;
        continue;
      }
      if (this.st.vtvKnown.get(c.vtv) === undefined) {
        const when = c.written ?? at;
        this.st.addVtv.run(c.vtv, c.sizeMb, when, when, when);
        r.vtvsAdded++;
      }
      const used = new Set(this.st.usedIndexes.all(c.vtv));
      const index = [1, 2, 3, 4].find((i) => !used.has(i));
      this.st.addCopy.run(c.vtv, volser, index ?? null, c.blockId, rec.stor_class, index === undefined ? 0 : 1, c.written ?? at);
      r.added++;
      r.findings.push(`VTV ${c.vtv} BLOCK ${c.blockId} ON THE MVC, NOT IN THE CDS - COPY RECORD ADDED${index === undefined ? ' (SUPERSEDED: 4 CURRENT COPIES)' : ` (COPY ${index})`}`);
    }
    for (const c of records) {
      if (c.current === 1 && !physKey.has(`${c.vtv} ${c.block_id}`)) {
        this.st.dropCopy.run(c.copy_id);
        r.removed++;
        r.findings.push(`VTV ${c.vtv} BLOCK ${c.block_id} IN THE CDS, NOT ON THE MVC - STALE COPY RECORD REMOVED`);
      }
    }
    this.st.usage.run(at, volser);
    return r;
  }
}

/** Replaces the policy definitions of the CDS (storage and management classes, VTSS lists and selections). */
import type Database from 'better-sqlite3';
import type { PolicyDefinitions } from './policyDefinitions.js';

export function applyPolicyDefinitions(db: Database.Database, defs: PolicyDefinitions): void {
  for (const t of ['mgmt_policy', 'mgmt_class', 'stor_class', 'vtss_list', 'vtss_sel']) db.prepare(`DELETE FROM ${t}`).run();
  const stor = db.prepare(
    `INSERT INTO stor_class (name, seq, acs, media, mvcpool, tapeplex, stormngr, migrate, dedup)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  defs.stor.forEach((s, i) =>
    stor.run(s.name, i + 1, s.acs ?? null, s.media.length ? s.media.join(',') : null, s.mvcpool ?? null, s.tapeplex ?? null, s.stormngr ?? null, s.migrate ?? null, s.dedup ?? null),
  );
  const policy = db.prepare('INSERT INTO mgmt_policy (mgmt, kind, pos, stor) VALUES (?, ?, ?, ?)');
  defs.mgmt.forEach((m, i) => {
    const cols = Object.keys(m.columns).sort();
    db.prepare(`INSERT INTO mgmt_class (name, seq, ${cols.join(', ')}) VALUES (?, ?, ${cols.map(() => '?').join(', ')})`).run(m.name, i + 1, ...cols.map((c) => m.columns[c] ?? null));
    for (const [kind, list] of [['MIGPOL', m.migpol], ['ARCHPOL', m.archpol], ['EEXPOL', m.eexpol]] as const) {
      list.forEach((s, pos) => policy.run(m.name, kind, pos + 1, s));
    }
  });
  const list = db.prepare('INSERT INTO vtss_list (name, pos, vtss, seq) VALUES (?, ?, ?, ?)');
  defs.lists.forEach((l, i) => l.vtss.forEach((v, pos) => list.run(l.name, pos + 1, v, i + 1)));
  const sel = db.prepare('INSERT INTO vtss_sel (seq, function, host, mgmt, vtsslst) VALUES (?, ?, ?, ?, ?)');
  defs.sels.forEach((s, i) => sel.run(i + 1, s.function, s.host ?? null, s.mgmt ?? null, s.vtsslst));
}

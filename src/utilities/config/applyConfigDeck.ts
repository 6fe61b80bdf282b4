/**
 * Stores a checked CONFIG deck. RESET rebuilds the VTCS configuration from the deck alone.
 * Without RESET the deck updates it: GLOBAL and RECLAIM keywords coded replace the stored ones;
 * a VTSS statement replaces that VTSS with its RTDs, RTDPATHs and VTDs; CLINKs replace the CLINKs
 * of the VTSSs they name; CLUSTER, HOST and STORMNGR statements replace the definitions of the
 * same name; a TAPEPLEX statement replaces the TapePlex relations; VTVVOL / MVCVOL statements
 * replace the ranges of their kind. Nothing is removed that the deck does not mention.
 */
import type Database from 'better-sqlite3';
import { cdsTime } from '../../cds/cdsTime.js';
import { canonicalRange, volserAt } from '../../cds/volserRange.js';
import { GLOBAL_KEYWORDS, RECLAIM_KEYWORDS, type ConfigDeck, type GlobalValues } from './configDeck.js';

const CONFIG_TABLES = [
  'cfg_clink',
  'cfg_vtd',
  'cfg_rtd',
  'cfg_rtdpath',
  'cfg_cluster_vtss',
  'cfg_cluster',
  'cfg_vtss',
  'cfg_tapeplex',
  'cfg_stormngr',
  'cfg_host',
  'cfg_volrange',
  'cfg_global',
  'cfg_reclaim',
];

const nextSeq = (table: string): string => `(SELECT coalesce(max(seq), 0) + 1 FROM ${table})`;

function upsertSingleton(db: Database.Database, table: string, keywords: readonly string[], values: GlobalValues): void {
  const cols = keywords.filter((k) => values[k] !== undefined);
  if (cols.length === 0) {
    db.prepare(`INSERT OR IGNORE INTO ${table} (id) VALUES (1)`).run();
    return;
  }
  const names = cols.map((c) => c.toLowerCase());
  db.prepare(
    `INSERT INTO ${table} (id, ${names.join(', ')}) VALUES (1, ${names.map(() => '?').join(', ')})
     ON CONFLICT(id) DO UPDATE SET ${names.map((n) => `${n} = excluded.${n}`).join(', ')}`,
  ).run(...cols.map((c) => values[c]!));
}

export function applyConfigDeck(db: Database.Database, deck: ConfigDeck, now: Date): void {
  if (deck.reset) for (const t of CONFIG_TABLES) db.prepare(`DELETE FROM ${t}`).run();

  if (deck.global) upsertSingleton(db, 'cfg_global', GLOBAL_KEYWORDS, deck.global);
  if (deck.reclaim) upsertSingleton(db, 'cfg_reclaim', RECLAIM_KEYWORDS, deck.reclaim);

  const stormngr = db.prepare(
    `INSERT INTO cfg_stormngr (name, seq, on_tapeplex) VALUES (?, ${nextSeq('cfg_stormngr')}, ?)
     ON CONFLICT(name) DO UPDATE SET on_tapeplex = max(on_tapeplex, excluded.on_tapeplex)`,
  );
  for (const s of deck.stormngrs) stormngr.run(s.name, 0);

  if (deck.tapeplexes.length > 0) {
    db.prepare('DELETE FROM cfg_tapeplex').run();
    const plex = db.prepare(`INSERT OR IGNORE INTO cfg_tapeplex (name, relation, seq) VALUES (?, ?, ${nextSeq('cfg_tapeplex')})`);
    for (const t of deck.tapeplexes) {
      if (t.thisplex !== undefined) plex.run(t.thisplex, 'THISPLEX');
      for (const r of t.recvplex) plex.run(r, 'RECVPLEX');
      for (const m of t.stormngr) stormngr.run(m, 1);
    }
  }

  const host = db.prepare(
    `INSERT INTO cfg_host (name, seq, nomigrat, noreclam) VALUES (?, ${nextSeq('cfg_host')}, ?, ?)
     ON CONFLICT(name) DO UPDATE SET nomigrat = excluded.nomigrat, noreclam = excluded.noreclam`,
  );
  for (const h of deck.hosts) host.run(h.name, h.nomigrat ? 1 : 0, h.noreclam ? 1 : 0);

  for (const kind of ['VTV', 'MVC'] as const) {
    const ranges = deck.volranges.filter((r) => r.kind === kind);
    if (ranges.length === 0) continue;
    db.prepare('DELETE FROM cfg_volrange WHERE kind = ?').run(kind);
    const ins = db.prepare(
      `INSERT INTO cfg_volrange (kind, seq, scratch, prefix, lo, hi, width, suffix, lo_volser, hi_volser)
       VALUES (?, ${nextSeq('cfg_volrange')}, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const vr of ranges) {
      const r = canonicalRange(vr.low, vr.high);
      if ('error' in r) continue; // refused by checkConfigDeck
      ins.run(kind, vr.scratch ? 1 : 0, r.prefix, r.lo, r.hi, r.width, r.suffix, volserAt(r, r.lo), volserAt(r, r.hi));
    }
  }

  const vtss = db.prepare(
    `INSERT INTO cfg_vtss (name, seq, low, high, maxmig, minmig, retain, defltacs) VALUES (?, ${nextSeq('cfg_vtss')}, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET low = excluded.low, high = excluded.high, maxmig = excluded.maxmig,
       minmig = excluded.minmig, retain = excluded.retain, defltacs = excluded.defltacs`,
  );
  const rtd = db.prepare(`INSERT INTO cfg_rtd (name, vtss, seq, devno, chanif, ipif, stormngr) VALUES (?, ?, ${nextSeq('cfg_rtd')}, ?, ?, ?, ?)`);
  const rtdpath = db.prepare(`INSERT INTO cfg_rtdpath (name, vtss, seq, stormngr, devno, chanif, ipif) VALUES (?, ?, ${nextSeq('cfg_rtdpath')}, ?, ?, ?, ?)`);
  const vtd = db.prepare(`INSERT INTO cfg_vtd (vtss, seq, low, high, noverify) VALUES (?, ${nextSeq('cfg_vtd')}, ?, ?, ?)`);
  for (const v of deck.vtss) {
    vtss.run(v.name, v.low ?? null, v.high ?? null, v.maxmig ?? null, v.minmig ?? null, v.retain ?? null, v.defltacs ?? null);
    for (const t of ['cfg_rtd', 'cfg_rtdpath', 'cfg_vtd']) db.prepare(`DELETE FROM ${t} WHERE vtss = ?`).run(v.name);
    for (const r of v.rtds) rtd.run(r.name, v.name, r.devno ?? null, r.chanif ?? null, r.ipif ?? null, r.stormngr ?? null);
    for (const r of v.rtdpaths) rtdpath.run(r.name, v.name, r.stormngr, r.devno ?? null, r.chanif ?? null, r.ipif ?? null);
    for (const d of v.vtds) vtd.run(v.name, d.low, d.high, d.noverify ? 1 : 0);
  }

  const clinkVtss = new Set(deck.clinks.map((l) => l.vtss));
  for (const name of clinkVtss) db.prepare('DELETE FROM cfg_clink WHERE vtss = ?').run(name);
  const clink = db.prepare(`INSERT INTO cfg_clink (vtss, seq, chanif, ipif, partner, remplex) VALUES (?, ${nextSeq('cfg_clink')}, ?, ?, ?, ?)`);
  for (const l of deck.clinks) clink.run(l.vtss, l.chanif ?? null, l.ipif ?? null, l.partner ?? null, l.remplex ?? null);

  const cluster = db.prepare(`INSERT INTO cfg_cluster (name, seq) VALUES (?, ${nextSeq('cfg_cluster')}) ON CONFLICT(name) DO NOTHING`);
  const member = db.prepare('INSERT INTO cfg_cluster_vtss (cluster, pos, vtss) VALUES (?, ?, ?)');
  for (const c of deck.clusters) {
    cluster.run(c.name);
    db.prepare('DELETE FROM cfg_cluster_vtss WHERE cluster = ?').run(c.name);
    c.vtss.forEach((m, i) => member.run(c.name, i + 1, m));
  }

  const thisplex = deck.tapeplexes.find((t) => t.thisplex !== undefined)?.thisplex ?? null;
  const updated = db
    .prepare('UPDATE cds_identity SET cds_level = coalesce(?, cds_level), tapeplex = coalesce(?, tapeplex), configured = ?')
    .run(deck.cdsLevel ?? null, thisplex, cdsTime(now));
  if (updated.changes === 0) {
    db.prepare('INSERT INTO cds_identity (id, tapeplex, cds_level, created, configured) VALUES (1, ?, ?, ?, ?)').run(
      thisplex,
      deck.cdsLevel ?? null,
      cdsTime(now),
      cdsTime(now),
    );
  }
}


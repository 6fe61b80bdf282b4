/**
 * Which queued work the hardware can do now, given the operational state the active CDS records
 * (VARY VTSS, VARY CLINK). Work that cannot be done stays PENDING — past its due time if need be —
 * and completes at the first clock move after the obstacle is gone:
 *  - nothing leaves an OFFLINE VTSS: its migrations, replications and CTR copies wait;
 *  - nothing is replicated to an OFFLINE VTSS, and a QUIESCED one takes only the replication that
 *    was queued before it was quiesced (the guide's "gracefully shut down replication", chapter 7:
 *    Display REPLicat drains to 0); what was queued later waits until it is ONLINE again
 *    (chapter 6: "queued for replication when the other VTSS comes online");
 *  - a replication needs an online CLINK of its source VTSS without REMPLEX, a CTR copy an online
 *    CLINK of its source VTSS whose REMPLEX is the target TapePlex;
 *  - a CTR copy to a TapePlex whose partner system is named (`elsim partner`) needs that system:
 *    its directory there, its HSC/VTCS active, a receiving VTSS online (the guide: "While there is
 *    no active copy of TAPEPLXB, VTVs scheduled for CTR to TAPEPLXB will remain in the VTSS buffer").
 * The state is read once per clock move (a handful of rows) and handed to SQL as JSON, so the
 * selection of due work stays one indexed query over hw_work.
 */
import type Database from 'better-sqlite3';
import { readVtssStates } from '../cds/vtssStatus.js';

export interface DeliveryState {
  /** VTSSs varied OFFLINE. */
  offline: string[];
  /** VTSSs varied QUIESCED, with the time they were quiesced. */
  quiesced: { vtss: string; since: string }[];
  /** Source VTSSs with no online CLINK for replication in their cluster. */
  noClusterLink: string[];
  /** Source VTSS and TapePlex pairs with no online CLINK to that TapePlex. */
  noPlexLink: { vtss: string; plex: string }[];
  /**
   * When each VTSS's state, and the state of a CLINK of each VTSS, last changed (CDS times): work
   * held back by an obstacle is done when the obstacle went, not at its due time (releasedAt).
   */
  changed: Record<string, string>;
  clinkChanged: Record<string, string>;
  /** Partner TapePlexes whose system cannot be reached now (their CTR copies wait), and why. */
  unreachable: { plex: string; why: string }[];
}

/** Everything can be done: the state of a CDS nobody varied. */
export const ALL_DELIVERABLE: DeliveryState = { offline: [], quiesced: [], noClusterLink: [], noPlexLink: [], changed: {}, clinkChanged: {}, unreachable: [] };

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** Reads the delivery state from a CDS (the one HSC has active). */
export function readDeliveryState(db: Database.Database): DeliveryState {
  const states = readVtssStates(db);
  const offline = states.filter((s) => s.state === 'OFFLINE').map((s) => s.vtss);
  const quiesced = states.filter((s) => s.state === 'QUIESCED').map((s) => ({ vtss: s.vtss, since: s.changed ?? '' }));
  const changed: Record<string, string> = {};
  for (const s of states) if (s.changed !== null) changed[s.vtss] = s.changed;
  if (!hasTable(db, 'clink_status')) return { offline, quiesced, noClusterLink: [], noPlexLink: [], changed, clinkChanged: {}, unreachable: [] };
  // A VTSS whose CLINKs (of a kind) are all varied offline cannot send over them; a VTSS with no
  // CLINK of that kind at all is left alone (the demo's cluster CLINKs are coded, older decks may not be).
  const links = db
    .prepare(
      `SELECT c.vtss AS vtss, c.remplex AS remplex,
              sum(CASE WHEN coalesce(s.state, 'ONLINE') = 'ONLINE' THEN 1 ELSE 0 END) AS online
         FROM cfg_clink c LEFT JOIN clink_status s ON s.clink_id = c.clink_id
        GROUP BY c.vtss, c.remplex`,
    )
    .all() as { vtss: string; remplex: string | null; online: number }[];
  const noClusterLink = links.filter((l) => l.remplex === null && l.online === 0).map((l) => l.vtss);
  const noPlexLink = links.filter((l) => l.remplex !== null && l.online === 0).map((l) => ({ vtss: l.vtss, plex: l.remplex! }));
  const clinkChanged: Record<string, string> = {};
  for (const r of db
    .prepare('SELECT c.vtss AS vtss, max(s.changed) AS changed FROM cfg_clink c JOIN clink_status s ON s.clink_id = c.clink_id GROUP BY c.vtss')
    .all() as { vtss: string; changed: string | null }[]) {
    if (r.changed !== null) clinkChanged[r.vtss] = r.changed;
  }
  return { offline, quiesced, noClusterLink, noPlexLink, changed, clinkChanged, unreachable: [] };
}

/**
 * When deliverable work is done: at its due time, or — when the state of a VTSS or CLINK it needs
 * changed after that (it was held back, then let through) — at that change.
 */
export function releasedAt(s: DeliveryState, w: { kind: string; source: string | null; target: string; due: string }): string {
  let t = w.due;
  const later = (x: string | undefined): void => {
    if (x !== undefined && Date.parse(x) > Date.parse(t)) t = x;
  };
  if (w.source !== null) {
    later(s.changed[w.source]);
    if (w.kind !== 'MIGRATE') later(s.clinkChanged[w.source]);
  }
  if (w.kind === 'REPLICATE') later(s.changed[w.target]);
  return t;
}

/**
 * A SQL condition on a hw_work row (columns kind, source, target, added) that is true when the
 * work can be done in this state. Parameters: @offline, @quiesced, @noClusterLink, @noPlexLink
 * (deliveryParams).
 */
export const DELIVERABLE_SQL = `(
  NOT (source IS NOT NULL AND source IN (SELECT value FROM json_each(@offline)))
  AND NOT (kind = 'REPLICATE' AND target IN (SELECT value FROM json_each(@offline)))
  AND NOT (kind = 'REPLICATE' AND EXISTS (SELECT 1 FROM json_each(@quiesced) q
                                           WHERE json_extract(q.value, '$.vtss') = target
                                             AND added > json_extract(q.value, '$.since')))
  AND NOT (kind = 'REPLICATE' AND source IN (SELECT value FROM json_each(@noClusterLink)))
  AND NOT (kind = 'CTR' AND EXISTS (SELECT 1 FROM json_each(@noPlexLink) p
                                     WHERE json_extract(p.value, '$.vtss') = source
                                       AND json_extract(p.value, '$.plex') = target))
  AND NOT (kind = 'CTR' AND target IN (SELECT json_extract(u.value, '$.plex') FROM json_each(@unreachable) u))
)`;

export function deliveryParams(s: DeliveryState): Record<string, string> {
  return {
    offline: JSON.stringify(s.offline),
    quiesced: JSON.stringify(s.quiesced),
    noClusterLink: JSON.stringify(s.noClusterLink),
    noPlexLink: JSON.stringify(s.noPlexLink),
    unreachable: JSON.stringify(s.unreachable),
  };
}

/** Why one work item cannot be done in this state, or undefined when it can (for reports). */
export function heldBecause(s: DeliveryState, w: { kind: string; source: string | null; target: string; added: string }): string | undefined {
  if (w.source !== null && s.offline.includes(w.source)) return `${w.source} OFFLINE`;
  if (w.kind === 'REPLICATE') {
    if (s.offline.includes(w.target)) return `${w.target} OFFLINE`;
    const q = s.quiesced.find((x) => x.vtss === w.target);
    if (q && w.added > q.since) return `${w.target} QUIESCED`;
    if (w.source !== null && s.noClusterLink.includes(w.source)) return `NO ONLINE CLINK FROM ${w.source}`;
  }
  if (w.kind === 'CTR' && s.noPlexLink.some((p) => p.vtss === w.source && p.plex === w.target)) return `NO ONLINE CLINK FROM ${w.source} TO ${w.target}`;
  const u = w.kind === 'CTR' ? s.unreachable.find((x) => x.plex === w.target) : undefined;
  if (u) return `PARTNER ${u.plex} UNREACHABLE: ${u.why}`;
  return undefined;
}

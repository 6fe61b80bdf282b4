/**
 * Which pool each part of a volser selection belongs to, by range arithmetic: the coded ranges
 * are cut at the VOLPARM ranges of the CDS (a handful of rows), giving pieces that lie wholly in
 * one pool or in none. Nothing is expanded volser by volser, so a 100,000-volser range costs what
 * a single volser does.
 */
import type Database from 'better-sqlite3';
import { canonicalOf, type CanonicalRange, type VolRange } from '../../cds/volserRange.js';

export interface PoolOf {
  name: string;
  type: string;
  drtest: boolean;
  ownrplex: string | null;
}

/** A part of a coded range lying in one pool (or in none: `pool` null). */
export interface Piece {
  range: CanonicalRange;
  pool: PoolOf | null;
}

interface VolparmRow {
  prefix: string;
  lo: number;
  hi: number;
  width: number;
  suffix: string;
  name: string | null;
  type: string | null;
  drtest: number | null;
  ownrplex: string | null;
}

const shapeOf = (r: { prefix: string; width: number; suffix: string }): string => `${r.prefix}\u0000${r.width}\u0000${r.suffix}`;

/** The pieces of the coded ranges, in the order coded, each cut in volser order. */
export function piecesOf(db: Database.Database, coded: readonly VolRange[]): Piece[] {
  const rows = db
    .prepare(
      `SELECT vp.prefix, vp.lo, vp.hi, vp.width, vp.suffix, p.name, p.type, p.drtest, p.ownrplex
         FROM volparm vp LEFT JOIN pool p ON p.pool_id = vp.pool_id`,
    )
    .all() as VolparmRow[];
  const byShape = new Map<string, VolparmRow[]>();
  for (const r of rows) {
    const k = shapeOf(r);
    byShape.set(k, [...(byShape.get(k) ?? []), r]);
  }
  for (const list of byShape.values()) list.sort((a, b) => a.lo - b.lo);

  const pieces: Piece[] = [];
  for (const vr of coded) {
    const c = canonicalOf(vr);
    if ('error' in c) continue; // the shell refuses a range that is not one
    const base = { prefix: c.prefix, width: c.width, suffix: c.suffix };
    let at = c.lo;
    for (const r of byShape.get(shapeOf(c)) ?? []) {
      if (r.hi < at || r.lo > c.hi) continue;
      const lo = Math.max(r.lo, at);
      const hi = Math.min(r.hi, c.hi);
      if (lo > at) pieces.push({ range: { ...base, lo: at, hi: lo - 1 }, pool: null });
      const pool = r.name === null ? null : { name: r.name, type: r.type ?? 'SCRATCH', drtest: r.drtest === 1, ownrplex: r.ownrplex };
      pieces.push({ range: { ...base, lo, hi }, pool });
      at = hi + 1;
    }
    if (at <= c.hi) pieces.push({ range: { ...base, lo: at, hi: c.hi }, pool: null });
  }
  return pieces;
}

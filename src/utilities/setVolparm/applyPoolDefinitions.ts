/**
 * Replaces the pool and volume-range definitions of the CDS with SET VOLPARM's, and files the
 * MVCs the CDS already holds into the MVC pools whose ranges cover them (one UPDATE per range
 * over the MVC primary key). MVCs outside every MVC range keep the pool they had.
 */
import type Database from 'better-sqlite3';
import { rangeCondition, volserAt } from '../../cds/volserRange.js';
import type { PoolDefinitions, RangeDef } from './poolDefinitions.js';

export function applyPoolDefinitions(db: Database.Database, defs: PoolDefinitions): void {
  db.prepare('DELETE FROM volparm').run();
  db.prepare('DELETE FROM pool').run();
  const pool = db.prepare(
    `INSERT INTO pool (name, type, drtest, seq, ownrplex, hostid, label, mvcfree, maxmvc, thresh, start, initmvc, maxclean)
     VALUES (@name, @type, @drtest, @seq, @ownrplex, @hostid, @label, @mvcfree, @maxmvc, @thresh, @start, @initmvc, @maxclean)`,
  );
  const range = db.prepare(
    `INSERT INTO volparm (pool_id, seq, media, rectech, prefix, lo, hi, width, suffix, lo_volser, hi_volser)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let seq = 0;
  const insertRange = (poolId: number | bigint | null, r: RangeDef): void => {
    const c = r.range;
    range.run(poolId, ++seq, r.media ?? null, r.rectech ?? null, c.prefix, c.lo, c.hi, c.width, c.suffix, volserAt(c, c.lo), volserAt(c, c.hi));
  };
  for (const r of defs.unpooled) insertRange(null, r);
  defs.pools.forEach((p, i) => {
    const info = pool.run({
      name: p.name,
      type: p.type,
      drtest: p.drtest ? 1 : 0,
      seq: i + 1,
      ownrplex: p.ownrplex ?? null,
      hostid: p.hostid.length ? p.hostid.join(',') : null,
      label: p.label ?? null,
      mvcfree: p.mvcfree ?? null,
      maxmvc: p.maxmvc ?? null,
      thresh: p.thresh ?? null,
      start: p.start ?? null,
      initmvc: p.initmvc ?? null,
      maxclean: p.maxclean ?? null,
    });
    for (const r of p.ranges) insertRange(info.lastInsertRowid, r);
  });
  for (const p of defs.pools) {
    if (p.type !== 'MVC') continue;
    for (const r of p.ranges) {
      const c = rangeCondition('volser', r.range);
      db.prepare(`UPDATE mvc SET pool = ?, drtest = ? WHERE ${c.sql}`).run(p.name, p.drtest ? 1 : 0, ...c.params);
    }
  }
}

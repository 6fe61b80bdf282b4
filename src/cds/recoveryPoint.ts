/**
 * Recovery points: what DRCHKPT SET and CONFIG GLOBAL PROTECT guarantee about MVC content.
 *
 * A recovery point is the active DRCHKPT row of the `checkpoint` table. From it on, MVC content
 * written up to it (VTV copies, current or since superseded, whose `migrated` time is not later)
 * stays where it is: reclaim and drain must not free it for reuse, so a CDS backup taken after
 * the recovery point can recall every copy it describes — until the next DRCHKPT SET moves the
 * point forward (or DRCHKPT CLEAR ends it).
 * CONFIG GLOBAL PROTECT=hours adds a window after each CDS backup (BACKUP rows of `checkpoint`):
 * content a backup describes stays in place for that many hours after the backup.
 * `protectedUpTo` combines both into one time: an MVC is protected when it holds a copy written at
 * or before it. Whoever reclaims, drains or overwrites MVC space (MIGRATE's target choice,
 * MVCDRAIN, reclaim) asks `protectedMvcCondition`.
 */
import type Database from 'better-sqlite3';

export interface CheckpointRow {
  id: number;
  taken: string;
  job: string | null;
  dsn: string | null;
}

/** The active recovery point (DRCHKPT SET not yet cleared or replaced), if any. */
export function activeRecoveryPoint(db: Database.Database): CheckpointRow | undefined {
  return db
    .prepare("SELECT checkpoint_id AS id, taken, job, dsn FROM checkpoint WHERE kind = 'DRCHKPT' AND active = 1 ORDER BY taken DESC, checkpoint_id DESC LIMIT 1")
    .get() as CheckpointRow | undefined;
}

/** The latest CDS backup recorded (BACKUP OPTION(COPY)), at or after `since` when given. */
export function latestBackup(db: Database.Database, since?: string): CheckpointRow | undefined {
  return db
    .prepare(
      "SELECT checkpoint_id AS id, taken, job, dsn FROM checkpoint WHERE kind = 'BACKUP' AND (? IS NULL OR taken >= ?) ORDER BY taken DESC, checkpoint_id DESC LIMIT 1",
    )
    .get(since ?? null, since ?? null) as CheckpointRow | undefined;
}

/** CONFIG GLOBAL PROTECT hours, or undefined when not set (0 counts as not set). */
export function protectHours(db: Database.Database): number | undefined {
  const h = db.prepare('SELECT protect FROM cfg_global WHERE id = 1').pluck().get() as number | null | undefined;
  return h ? h : undefined;
}

/** `time` plus `hours`, as CDS time text. */
export function plusHours(time: string, hours: number): string {
  return new Date(Date.parse(time) + hours * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The time up to which MVC content is protected at `now`: the later of the active recovery point
 * and the latest backup still inside its PROTECT window; undefined when nothing is protected.
 */
export function protectedUpTo(db: Database.Database, now: string): string | undefined {
  const rp = activeRecoveryPoint(db)?.taken;
  const hours = protectHours(db);
  let fromBackup: string | undefined;
  if (hours !== undefined) {
    const b = latestBackup(db, plusHours(now, -hours));
    if (b && b.taken <= now) fromBackup = b.taken;
  }
  if (rp === undefined) return fromBackup;
  if (fromBackup === undefined) return rp;
  return rp > fromBackup ? rp : fromBackup;
}

/**
 * SQL condition on an MVC alias (`m`): true when the MVC holds content written up to `upTo`, which
 * must stay in place. Uses the vtv_copy(mvc, …) index.
 */
export function protectedMvcCondition(mvcAlias: string): string {
  return `EXISTS (SELECT 1 FROM vtv_copy pc WHERE pc.mvc = ${mvcAlias}.volser AND (pc.migrated IS NULL OR pc.migrated <= @upTo))`;
}

/** How many MVCs and copies are protected up to `upTo`. */
export function protectedContent(db: Database.Database, upTo: string): { mvcs: number; copies: number } {
  const r = db
    .prepare('SELECT count(DISTINCT mvc) AS mvcs, count(*) AS copies FROM vtv_copy WHERE migrated IS NULL OR migrated <= ?')
    .get(upTo) as { mvcs: number; copies: number };
  return r;
}

/**
 * The time a new checkpoint (DRCHKPT SET, BACKUP) takes: the run's `now`, unless the CDS already
 * records later activity (copies written, VTVs updated, checkpoints taken — a DRMON step earlier in
 * the job waits by moving the simulated hardware forward), in which case the latest of those: a
 * recovery point never precedes content it is meant to cover. Reads two indexed maxima and the
 * (small) mvc table.
 */
export function checkpointTime(db: Database.Database, now: string): string {
  const latest = db
    .prepare(
      `SELECT max(t) FROM (SELECT max(last_migrated) AS t FROM mvc
                           UNION ALL SELECT max(updated) FROM vtv
                           UNION ALL SELECT max(taken) FROM checkpoint)`,
    )
    .pluck()
    .get() as string | null;
  return latest !== null && latest > now ? latest : now;
}

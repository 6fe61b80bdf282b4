/**
 * The whole TMS, one volume a line, for golden files (`tms/DSN.changes`): each volume's record as
 * stored (its stored status, not the status as of a day) with its data sets, in volser order. A
 * change to one volume changes one line.
 */
import type Database from 'better-sqlite3';

export function tmsLines(db: Database.Database): string[] {
  const lines: string[] = [];
  const ds = db.prepare('SELECT volser, file_seq, dsn, created, job, step, ddname FROM tms_dataset ORDER BY volser, file_seq').all() as {
    volser: string;
    file_seq: number;
    dsn: string;
    created: string | null;
    job: string | null;
    step: string | null;
    ddname: string | null;
  }[];
  const byVol = new Map<string, object[]>();
  for (const d of ds) {
    const list = byVol.get(d.volser) ?? [];
    list.push({ fileSeq: d.file_seq, dsn: d.dsn, created: d.created, job: d.job, step: d.step, ddname: d.ddname });
    byVol.set(d.volser, list);
  }
  for (const v of db.prepare('SELECT * FROM tms_volume ORDER BY volser').iterate() as Iterable<Record<string, unknown>>) {
    lines.push(
      `volumes ${JSON.stringify({
        volser: v.volser,
        kind: v.kind,
        media: v.media,
        status: v.status,
        created: v.created,
        expiration: v.expiration,
        lastRef: v.last_ref,
        scratched: v.scratched,
        job: v.job,
        datasets: byVol.get(v.volser as string) ?? [],
      })}`,
    );
  }
  return lines;
}

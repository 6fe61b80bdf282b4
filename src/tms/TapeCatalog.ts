/**
 * The TMS of one system (types.ts says what it models): a SQLite file of dsorg TMS. Statements are
 * prepared once; every method is one transaction. A volume's scratch status "as of" a day is
 * `status = 'SCRATCH' OR expiration <= day`, in SQL, so lists over many volumes stay one query.
 */
import { existsSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { ElsimError } from '../core/errors.js';
import { openSqlite } from '../core/openDatabase.js';
import { sim } from '../core/simMessages.js';
import { isTmsDb, openTmsDb } from './tmsDb.js';
import { dayOf, timeOf } from './tmsDate.js';
import type { DatasetWrite, TapeManagement, TmsDataset, TmsKind, TmsVolume, VolumeChange, VolumeFilter } from './types.js';

interface VolumeRow {
  volser: string;
  kind: TmsKind;
  media: string | null;
  status: 'MASTER' | 'SCRATCH';
  scratch: number;
  created: string | null;
  expiration: string | null;
  last_ref: string | null;
  scratched: string | null;
  job: string | null;
}

interface DatasetRow {
  volser: string;
  file_seq: number;
  dsn: string;
  created: string | null;
  job: string | null;
  step: string | null;
  ddname: string | null;
}

/** SQL: whether volume row `t` is scratch as of the day bound to `day` (a named parameter). */
export function tmsScratchSql(t: string, day: string): string {
  return `(${t}.status = 'SCRATCH' OR (${t}.expiration IS NOT NULL AND ${t}.expiration <= ${day}))`;
}

const VOLUME_COLS = `volser, kind, media, status, ${tmsScratchSql('v', '@day')} AS scratch, created, expiration, last_ref, scratched, job`;

function datasetOf(r: DatasetRow): TmsDataset {
  return { fileSeq: r.file_seq, dsn: r.dsn, created: r.created, job: r.job, step: r.step, ddname: r.ddname };
}

export class TapeCatalog implements TapeManagement {
  readonly db: Database.Database;
  private readonly st;

  private constructor(readonly dsn: string, readonly path: string, db: Database.Database) {
    this.db = db;
    this.st = {
      volume: db.prepare<[{ volser: string; day: string }], VolumeRow>(`SELECT ${VOLUME_COLS} FROM tms_volume v WHERE v.volser = @volser`),
      datasets: db.prepare<[string], DatasetRow>('SELECT * FROM tms_dataset WHERE volser = ? ORDER BY file_seq'),
      insertVolume: db.prepare(
        `INSERT INTO tms_volume (volser, kind, media, status, created, expiration, last_ref, scratched, job)
         VALUES (@volser, @kind, @media, @status, @created, @expiration, @lastRef, @scratched, @job)`,
      ),
      rewriteVolume: db.prepare(
        `UPDATE tms_volume SET kind = @kind, media = coalesce(@media, media), status = 'MASTER', created = @created,
                expiration = @expiration, last_ref = @lastRef, scratched = NULL, job = @job WHERE volser = @volser`,
      ),
      appendVolume: db.prepare(
        `UPDATE tms_volume SET last_ref = @lastRef, expiration = CASE WHEN @setExpiration THEN @expiration ELSE expiration END
          WHERE volser = @volser`,
      ),
      dropFiles: db.prepare<[string, number]>('DELETE FROM tms_dataset WHERE volser = ? AND file_seq >= ?'),
      lastFile: db.prepare<[string], number | null>('SELECT max(file_seq) FROM tms_dataset WHERE volser = ?').pluck(),
      insertDataset: db.prepare(
        'INSERT INTO tms_dataset (volser, file_seq, dsn, created, job, step, ddname) VALUES (@volser, @fileSeq, @dsn, @created, @job, @step, @ddname)',
      ),
      reference: db.prepare<[string, string]>('UPDATE tms_volume SET last_ref = ? WHERE volser = ?'),
      scratch: db.prepare<[string, string]>("UPDATE tms_volume SET status = 'SCRATCH', scratched = ? WHERE volser = ? AND status = 'MASTER'"),
      volumesOf: db.prepare<[string], string>('SELECT volser FROM tms_dataset WHERE dsn = ? ORDER BY created, volser').pluck(),
    };
  }

  /**
   * Opens the TMS kept in data set `dsn` (file `path`); with `create`, makes a new one in an empty
   * or missing file. A file that is another kind of database is refused (SIM1002E), never changed.
   */
  static open(dsn: string, path: string, opts: { create?: boolean; readonly?: boolean; now?: Date } = {}): TapeCatalog {
    const empty = !existsSync(path) || statSync(path).size === 0;
    if (!empty) {
      let raw: Database.Database;
      try {
        raw = openSqlite(path, { readonly: true });
      } catch (e) {
        throw new ElsimError(sim.text('SIM1001E', path, (e as Error).message), 'SIM1001E');
      }
      try {
        if (!isTmsDb(raw)) throw new ElsimError(sim.text('SIM1002E', dsn), 'SIM1002E');
      } catch (e) {
        if (e instanceof ElsimError) throw e;
        throw new ElsimError(sim.text('SIM1001E', path, (e as Error).message), 'SIM1001E');
      } finally {
        raw.close();
      }
    } else if (!opts.create) {
      throw new ElsimError(sim.text('SIM1002E', dsn), 'SIM1002E');
    }
    const db = openTmsDb(path, opts.readonly ? { readonly: true } : { create: true });
    if (empty && !opts.readonly) {
      db.prepare('INSERT OR IGNORE INTO tms_identity (id, type, created) VALUES (1, ?, ?)').run('RMM', opts.now ? timeOf(opts.now) : null);
    }
    return new TapeCatalog(dsn, path, db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  recordDataset(w: DatasetWrite): number {
    return this.transaction(() => {
      const at = timeOf(w.at);
      const cur = this.st.volume.get({ volser: w.volser, day: dayOf(w.at) });
      const base = { volser: w.volser, kind: w.kind, media: w.media ?? null, created: at, lastRef: at, job: w.job ?? null };
      let seq: number;
      if (!cur) {
        this.st.insertVolume.run({ ...base, status: 'MASTER', expiration: w.expiration ?? null, scratched: null });
        seq = 1;
      } else if (cur.scratch === 1 || (w.fileSeq ?? 0) === 1) {
        // A scratch volume is written from its start: its old files are gone.
        this.st.rewriteVolume.run({ ...base, expiration: w.expiration === undefined ? null : w.expiration });
        this.st.dropFiles.run(w.volser, 1);
        seq = 1;
      } else {
        seq = w.fileSeq ?? (this.st.lastFile.get(w.volser) ?? 0) + 1;
        this.st.dropFiles.run(w.volser, seq);
        this.st.appendVolume.run({ volser: w.volser, lastRef: at, setExpiration: w.expiration === undefined ? 0 : 1, expiration: w.expiration ?? null });
      }
      this.st.insertDataset.run({ volser: w.volser, fileSeq: seq, dsn: w.dsn.toUpperCase(), created: at, job: w.job ?? null, step: w.step ?? null, ddname: w.ddname ?? null });
      return seq;
    });
  }

  reference(volser: string, at: Date | string): boolean {
    return this.st.reference.run(timeOf(at), volser).changes > 0;
  }

  scratch(volser: string, at: Date | string): boolean {
    return this.st.scratch.run(timeOf(at), volser).changes > 0;
  }

  addVolume(v: { volser: string; kind: TmsKind; media?: string | null; at?: Date | string }): boolean {
    const r = this.db
      .prepare(
        `INSERT INTO tms_volume (volser, kind, media, status, created, scratched) VALUES (?, ?, ?, 'SCRATCH', NULL, ?)
         ON CONFLICT(volser) DO NOTHING`,
      )
      .run(v.volser, v.kind, v.media ?? null, v.at === undefined ? null : timeOf(v.at));
    return r.changes > 0;
  }

  setVolume(volser: string, change: VolumeChange, at: Date | string): boolean {
    return this.transaction(() => {
      if (!this.st.volume.get({ volser, day: dayOf(at) })) return false;
      if (change.expiration !== undefined) this.db.prepare('UPDATE tms_volume SET expiration = ? WHERE volser = ?').run(change.expiration, volser);
      if (change.lastRef !== undefined) this.db.prepare('UPDATE tms_volume SET last_ref = ? WHERE volser = ?').run(change.lastRef, volser);
      if (change.status === 'SCRATCH') this.st.scratch.run(timeOf(at), volser);
      if (change.status === 'MASTER') this.db.prepare("UPDATE tms_volume SET status = 'MASTER', scratched = NULL WHERE volser = ?").run(volser);
      return true;
    });
  }

  volume(volser: string, asOf: Date | string): TmsVolume | undefined {
    const r = this.st.volume.get({ volser, day: dayOf(asOf) });
    return r && this.volumeOf(r, this.st.datasets.all(volser));
  }

  volumes(f: VolumeFilter, asOf: Date | string): TmsVolume[] {
    const where: string[] = [];
    const p: Record<string, unknown> = { day: dayOf(asOf) };
    if (f.from !== undefined) (where.push('v.volser >= @from'), (p.from = f.from));
    if (f.to !== undefined) (where.push('v.volser <= @to'), (p.to = f.to));
    if (f.kind !== undefined) (where.push('v.kind = @kind'), (p.kind = f.kind));
    if (f.scratch !== undefined) where.push(f.scratch ? tmsScratchSql('v', '@day') : `NOT ${tmsScratchSql('v', '@day')}`);
    if (f.dsn !== undefined) (where.push('v.volser IN (SELECT volser FROM tms_dataset WHERE dsn = @dsn)'), (p.dsn = f.dsn.toUpperCase()));
    const sql = `SELECT ${VOLUME_COLS} FROM tms_volume v ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY v.volser${f.limit !== undefined ? ' LIMIT @limit' : ''}`;
    if (f.limit !== undefined) p.limit = f.limit;
    const rows = this.db.prepare<[Record<string, unknown>], VolumeRow>(sql).all(p);
    if (rows.length === 0) return [];
    const ds = this.db
      .prepare<[string], DatasetRow>('SELECT * FROM tms_dataset WHERE volser IN (SELECT value FROM json_each(?)) ORDER BY volser, file_seq')
      .all(JSON.stringify(rows.map((r) => r.volser)));
    const byVol = new Map<string, DatasetRow[]>();
    for (const d of ds) byVol.set(d.volser, [...(byVol.get(d.volser) ?? []), d]);
    return rows.map((r) => this.volumeOf(r, byVol.get(r.volser) ?? []));
  }

  volumesOf(dsn: string): string[] {
    return this.st.volumesOf.all(dsn.toUpperCase());
  }

  private volumeOf(r: VolumeRow, ds: DatasetRow[]): TmsVolume {
    return {
      volser: r.volser,
      kind: r.kind,
      media: r.media,
      status: r.status,
      scratch: r.scratch === 1,
      created: r.created,
      expiration: r.expiration,
      lastRef: r.last_ref,
      scratched: r.scratched,
      job: r.job,
      datasets: ds.map(datasetOf),
    };
  }
}

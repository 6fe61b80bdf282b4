/**
 * IMPORT: add the MVCs and VTVs a manifest describes to the target CDS.
 *
 * The manifest is read and checked as a whole first (readManifest: length, header, version,
 * counts, checksum) into temporary tables; any problem refuses it with the CDS untouched. Then:
 *  - the source is checked: not this TapePlex itself (exported MVCs come back without IMPORT),
 *    a TapePlex this CDS names (elsim's safeguard), the target has FEATures VSM(ADVMGMT) and,
 *    when the manifest holds large VTVs, large VTV support (the guide's feature rules);
 *  - VTVid / MVCid select part of the manifest;
 *  - every field stored is checked against what the target allows: an MVC's used space within its
 *    capacity and a MEDIA/RECTECH pair HSC knows, a VTV's size within its maximum (its own, its
 *    class's in the target, the TapePlex's; src/cds/vtvSizeLimit) — the formats of the fields
 *    (volsers, block ids, times, compression, size codes) are the manifest reader's checks;
 *  - each MVC needs its volser in an MVC pool of the target (VOLPARM, or CONFIG MVCVOL) and no
 *    MVC of that volser holding data there; imported MVCs are read-only, in the target pool;
 *  - each VTV needs its volser in a VTV pool (SCRATCH or EXTERNAL, or CONFIG VTVVOL); a VTV the
 *    target has is skipped (REPLACE(NONE)) or replaced (REPLACE(ALL), its old copies superseded);
 *    it gets copies only on MVCs imported by this statement (the guide's duplex rule), numbered
 *    from 1; a VTV with no such copy is not imported;
 *  - IMMDRAIN(YES) recalls the imported VTVs into the target's first VTSS and empties the
 *    imported MVCs; NOUPDATE prints the same report and changes nothing.
 * All of it is set-based SQL over the temporary tables and the CDS keys. Condition codes: 0; 4
 * when an item was rejected or nothing was imported; 8 when the manifest or the target is not
 * acceptable (the CDS unchanged); 12 when the function cannot start (VTCS down, no SLSCNTL for
 * INACTCDS).
 */
import { resolve } from 'node:path';
import { ElsimError } from '../../core/errors.js';
import { isOpenFailure } from '../../program/OpenAbend.js';
import { canonicalOf, type CanonicalRange, rangesCondition, type VolRange, volserAt } from '../../cds/volserRange.js';
import { cdsTime } from '../../cds/cdsTime.js';
import { firstLine } from '../../sluadmin/StepCds.js';
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { CDS_LEVELS } from '../../cds/cdsLevels.js';
import { mediaProblem } from '../../cds/mediaTypes.js';
import { vtvSizeLimitSql } from '../../cds/vtvSizeLimit.js';
import { readManifest, type ManifestHeaderRead } from '../manifest/readManifest.js';
import { dateTime } from '../reportColumns.js';
import { flag, text, volRanges } from '../paramValues.js';
import { MVC_HEADINGS, mvcLine, VTV_HEADINGS, vtvRowLine, type VtvReportRow } from './report.js';
import { configRangeSql, volparmPoolSql, vtvPoolsSql } from './volserDefinedSql.js';
import type Database from 'better-sqlite3';
import { importSchema } from './schema.js';

/** Manifest copy records per INSERT statement while loading (14 values each). */
const COPY_BATCH = 500;
const COPY_COLUMNS = 14;

const SELECTION_WORDS = { VTV: 'VTV', MGMT: 'MANAGEMENT CLASS', MVC: 'MVC', STOR: 'STORAGE CLASS' } as const;

export function runImport(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const cds = ctx.cds;
  const db = cds.db;
  const report = ctx.report;
  const v = stmt.values;
  const opts = {
    inact: flag(v, 'INACTCDS'),
    noupdate: flag(v, 'NOUPDATE'),
    replaceAll: text(v, 'REPLACE') === 'ALL',
    drain: text(v, 'IMMDRAIN') === 'YES',
  };

  // Which CDS: the active one through VTCS, or with INACTCDS the one SLSCNTL names.
  const sys = ctx.step.system;
  const slscntl = ctx.step.dd('SLSCNTL');
  const active = sys.activeCds();
  const activePath = active === undefined ? undefined : sys.datasetPath(active);
  const sameFile = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && resolve(a) === resolve(b);
  if (opts.inact) {
    if (!slscntl) {
      report.message('SIM0630E');
      return { rc: 12 };
    }
    if (sys.hscActive() && sameFile(activePath, slscntl.filePath)) {
      report.message('SIM0631E', slscntl.dsn ?? 'SLSCNTL');
      return { rc: 8 };
    }
    if (opts.drain) {
      report.message('SIM0633E');
      return { rc: 8 };
    }
  } else {
    if (!sys.hscActive()) {
      report.message('SIM0311I', 'IMPORT');
      return { rc: 12 };
    }
    if (slscntl && active !== undefined && !sameFile(activePath, slscntl.filePath)) {
      report.message('SIM0632E', slscntl.dsn ?? 'SLSCNTL', active);
      return { rc: 8 };
    }
  }

  // The manifest.
  const ddname = text(v, 'MANIFEST')!;
  const dd = ctx.step.dd(ddname);
  if (!dd) {
    report.message('SIM0600E', ddname);
    return { rc: 8 };
  }
  if (dd.kind === 'sysout') {
    report.message('SIM0601E', ddname, 'IT IS A SYSOUT DATA SET');
    return { rc: 8 };
  }
  // Only a data set that cannot be opened or read is refused as such; anything else is a bug of
  // elsim and goes to the dispatcher (SIM0315E), not reported as a fault of the manifest.
  const unreadable = (e: unknown): UtilityOutcome => {
    if (!cannotRead(e)) throw e;
    report.message('SIM0601E', ddname, firstLine(e).toUpperCase());
    return { rc: 8 };
  };
  let records: Iterable<string>;
  try {
    // A stream when the DD offers one: the manifest is never held in memory as a whole.
    records = dd.readRecordStream ? dd.readRecordStream() : dd.readRecords();
  } catch (e) {
    return unreadable(e);
  }
  const name = dd.dsn === undefined ? ddname : dd.member === undefined ? dd.dsn : `${dd.dsn}(${dd.member})`;
  const run = new ImportRun(ctx, db, name, opts);
  try {
    return run.run(records, volRanges(v, 'VTVID'), volRanges(v, 'MVCID'));
  } catch (e) {
    if (e instanceof ManifestUnreadable) return unreadable(e.cause);
    throw e;
  } finally {
    run.dropTemp();
  }
}

/** A read error while the manifest is streamed (the data set opened, then could not be read). */
class ManifestUnreadable extends Error {}

/** The records of `records`, a read error thrown as ManifestUnreadable. */
function* guarded(records: Iterable<string>): Generator<string, void, undefined> {
  const it = records[Symbol.iterator]();
  try {
    for (;;) {
      let r: IteratorResult<string>;
      try {
        r = it.next();
      } catch (e) {
        throw new ManifestUnreadable('manifest read error', { cause: e });
      }
      if (r.done) return;
      yield r.value;
    }
  } finally {
    it.return?.();
  }
}

/** An OPEN failure, a data set outside the system, or a file system error (EACCES, EISDIR …). */
function cannotRead(e: unknown): boolean {
  if (isOpenFailure(e) || e instanceof ElsimError) return true;
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

interface Options {
  inact: boolean;
  noupdate: boolean;
  replaceAll: boolean;
  drain: boolean;
}

class ImportRun {
  private rc = 0;
  private readonly now: string;

  constructor(
    private readonly ctx: UtilityContext,
    private readonly db: Database.Database,
    private readonly name: string,
    private readonly opts: Options,
  ) {
    this.now = cdsTime(ctx.now);
  }

  private warn(): void {
    this.rc = Math.max(this.rc, 4);
  }

  dropTemp(): void {
    this.db.exec(
      'DROP TABLE IF EXISTS temp.imp_mvc; DROP TABLE IF EXISTS temp.imp_copy; DROP TABLE IF EXISTS temp.imp_vtv; DROP TABLE IF EXISTS temp.imp_new; DROP TABLE IF EXISTS temp.imp_vpool',
    );
  }

  run(records: Iterable<string>, vtvFilter: VolRange[], mvcFilter: VolRange[]): UtilityOutcome {
    const { db, ctx } = this;
    const report = ctx.report;
    this.dropTemp();
    db.exec(`
      CREATE TEMP TABLE imp_mvc (volser TEXT PRIMARY KEY, rec INTEGER NOT NULL, media TEXT, rectech TEXT, src_pool TEXT, src_stor TEXT,
        capacity INTEGER NOT NULL, used INTEGER NOT NULL, copies INTEGER NOT NULL, sel INTEGER NOT NULL DEFAULT 1,
        pool TEXT, stor TEXT, reason TEXT) WITHOUT ROWID;
      CREATE TEMP TABLE imp_copy (rec INTEGER PRIMARY KEY, section INTEGER NOT NULL, vtv TEXT NOT NULL, mvc TEXT NOT NULL, block_id TEXT NOT NULL,
        src_index INTEGER, src_copies INTEGER NOT NULL, mgmt TEXT, size INTEGER NOT NULL, comp INTEGER NOT NULL, max_size INTEGER,
        page TEXT, created TEXT, last_used TEXT, sel INTEGER NOT NULL DEFAULT 1);`);

    // ── read and check the manifest ──
    // Copy records go in COPY_BATCH rows per INSERT (in record order, so the rowid table only
    // appends); the indexes are built once after the load, by sorting, not row by row.
    const putMvc = db.prepare('INSERT OR IGNORE INTO temp.imp_mvc (volser, rec, media, rectech, src_pool, src_stor, capacity, used, copies) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const copyInsert = (rows: number): Database.Statement =>
      db.prepare(
        'INSERT INTO temp.imp_copy (rec, section, vtv, mvc, block_id, src_index, src_copies, mgmt, size, comp, max_size, page, created, last_used) VALUES ' +
          Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', '),
      );
    const putCopies = copyInsert(COPY_BATCH);
    const batch: unknown[] = [];
    let twice: { volser: string; record: number } | undefined;
    const read = readManifest(guarded(records), {
      mvc: (_s, m, rec) => {
        if (putMvc.run(m.volser, rec, m.media, m.rectech, m.pool, m.storClass, m.capacityMb, m.usedMb, m.copies).changes === 0) twice ??= { volser: m.volser, record: rec };
      },
      vtv: (s, c, rec) => {
        batch.push(rec, s, c.volser, c.mvc, c.blockId, c.copyIndex, c.sourceCopies, c.mgmtClass, c.sizeMb, c.compPct, c.maxSizeMb, c.pageSize, c.created, c.lastUsed);
        if (batch.length === COPY_BATCH * COPY_COLUMNS) {
          putCopies.run(batch);
          batch.length = 0;
        }
      },
    });
    if (!read.ok) {
      report.message(read.problem.id, this.name, ...read.problem.inserts);
      return { rc: 8 };
    }
    if (twice) {
      report.message('SIM0608E', this.name, twice.record, `MVC ${twice.volser} IS IN TWO MANIFESTS OF THE CONCATENATION`);
      return { rc: 8 };
    }
    if (batch.length > 0) copyInsert(batch.length / COPY_COLUMNS).run(batch);
    db.exec(`CREATE INDEX temp.imp_copy_vtv ON imp_copy(vtv, coalesce(src_index, 9), mvc, sel, rec, src_index, src_copies);
             CREATE INDEX temp.imp_copy_mvc ON imp_copy(mvc, sel);`);

    // ── where it comes from, and whether this CDS can take it ──
    for (const h of read.sections) this.describeSection(h);
    const refusal = this.checkTarget(read.sections);
    if (refusal !== undefined) return { rc: refusal };
    report.line(
      `OPTIONS: REPLACE(${this.opts.replaceAll ? 'ALL' : 'NONE'}) IMMDRAIN(${this.opts.drain ? 'YES' : 'NO'})${this.opts.noupdate ? ' NOUPDATE' : ''}${this.opts.inact ? ' INACTCDS' : ''}` +
        (vtvFilter.length ? `  VTVID(${vtvFilter.map((r) => r.text).join(',')})` : '') +
        (mvcFilter.length ? `  MVCID(${mvcFilter.map((r) => r.text).join(',')})` : ''),
    );
    report.line();

    // ── the selection ──
    if (mvcFilter.length) {
      const c = rangesCondition('volser', canonical(mvcFilter));
      db.prepare(`UPDATE temp.imp_mvc SET sel = (${c.sql})`).run(...c.params);
      this.missingSingles(mvcFilter, 'SELECT 1 FROM temp.imp_mvc WHERE volser = ?', 'SIM0624W');
    }
    if (vtvFilter.length) {
      const c = rangesCondition('vtv', canonical(vtvFilter));
      db.prepare(`UPDATE temp.imp_copy SET sel = (${c.sql})`).run(...c.params);
      db.exec('UPDATE temp.imp_mvc SET sel = EXISTS (SELECT 1 FROM temp.imp_copy c WHERE c.mvc = imp_mvc.volser AND c.sel = 1)');
      this.missingSingles(vtvFilter, 'SELECT 1 FROM temp.imp_copy WHERE vtv = ?', 'SIM0625W');
    }

    this.classify();
    this.reportAndApply();
    if (this.opts.noupdate) {
      report.line();
      report.message('SIM0629I');
      return { rc: this.rc, rollback: true };
    }
    return { rc: this.rc };
  }

  private describeSection(h: ManifestHeaderRead): void {
    this.ctx.report.message(
      'SIM0638I',
      this.name,
      h.tapeplex ?? '(NONE)',
      dateTime(h.created),
      h.jobName || '?',
      h.jobId || '?',
      SELECTION_WORDS[h.selection],
      h.consolidated ? ' (CONSOLIDATED)' : '',
    );
  }

  /** The source and feature checks; a condition code when the manifest is refused. */
  private checkTarget(sections: ManifestHeaderRead[]): number | undefined {
    const { db } = this;
    const report = this.ctx.report;
    const self = (db.prepare('SELECT tapeplex FROM cds_identity').pluck().get() as string | null | undefined) ?? null;
    const known = db.prepare(
      `SELECT EXISTS (SELECT 1 FROM cfg_tapeplex WHERE name = @p) OR EXISTS (SELECT 1 FROM pool WHERE ownrplex = @p)
           OR EXISTS (SELECT 1 FROM cfg_clink WHERE remplex = @p) OR EXISTS (SELECT 1 FROM stor_class WHERE tapeplex = @p)`,
    );
    for (const h of sections) {
      if (h.tapeplex === null) {
        report.message('SIM0636I', this.name);
        continue;
      }
      if (self !== null && h.tapeplex === self) {
        report.message('SIM0621E', this.name, self);
        return 8;
      }
      if (!known.pluck().get({ p: h.tapeplex })) {
        report.message('SIM0620E', this.name, h.tapeplex);
        return 8;
      }
    }
    const vsm = db.prepare("SELECT value FROM cds_feature WHERE name = 'VSM'").pluck().get() as string | undefined;
    if (vsm !== 'ADVMGMT') {
      report.message('SIM0622E', vsm ? `VSM(${vsm})` : 'NO VSM FEATURE');
      return 8;
    }
    const large = db.prepare("SELECT EXISTS (SELECT 1 FROM temp.imp_copy WHERE page = 'LARGE' OR size > 800 OR coalesce(max_size, 0) > 800)").pluck().get() as number;
    if (large) {
      const g = db.prepare('SELECT (SELECT vtvpage FROM cfg_global) AS page, (SELECT cds_level FROM cds_identity) AS level').get() as { page: string | null; level: string | null };
      const levelOk = g.level !== null && (CDS_LEVELS[g.level] ?? 'A') >= 'H';
      if (g.page !== 'LARGE' && !levelOk) {
        report.message('SIM0623E', this.name, `VTVPAGE ${g.page ?? 'NOT SET'}, CDSLEVEL ${g.level ?? 'NOT SET'}`);
        return 8;
      }
    }
    return undefined;
  }

  /** Volsers named on their own in VTVid/MVCid that the manifest does not hold. */
  private missingSingles(filter: VolRange[], sql: string, id: 'SIM0624W' | 'SIM0625W'): void {
    const q = this.db.prepare(sql);
    for (const r of canonical(filter)) {
      if (r.lo !== r.hi) continue;
      const s = volserAt(r, r.lo);
      if (!q.get(s)) {
        this.ctx.report.message(id, s, 'IT IS NOT IN THE MANIFEST');
        this.warn();
      }
    }
  }

  /**
   * Decides, set-based, what happens to each selected MVC and VTV: the MVCs (a few thousand)
   * one by one in SQL; then the copies the statement creates (imp_new, numbered as they will be
   * in the CDS) and one row per selected VTV (imp_vtv) with its attributes from its first
   * record, its pool (one range join from the VOLPARM ranges, imp_vpool), what it becomes and
   * why, each in one INSERT … SELECT over the indexed temporary tables and the CDS keys.
   */
  private classify(): void {
    const { db } = this;
    db.exec(`
      UPDATE temp.imp_mvc SET pool = ${volparmPoolSql('imp_mvc.volser', ['MVC'])},
                              stor = (SELECT s.name FROM main.stor_class s WHERE s.name = imp_mvc.src_stor) WHERE sel = 1;
      UPDATE temp.imp_mvc SET reason = CASE
          WHEN used > capacity
            THEN 'ITS USED SPACE (' || used || ' MB) IS MORE THAN ITS CAPACITY (' || capacity || ' MB)'
          WHEN pool IS NULL AND NOT ${configRangeSql('imp_mvc.volser', 'MVC')}
            THEN 'ITS VOLSER IS IN NO MVC POOL OF THIS CDS'
          WHEN EXISTS (SELECT 1 FROM main.vtv t WHERE t.volser = imp_mvc.volser)
            THEN 'ITS VOLSER IS A VTV IN THIS CDS'
          WHEN EXISTS (SELECT 1 FROM main.vtv_copy c WHERE c.mvc = imp_mvc.volser)
            THEN 'THIS CDS HAS AN MVC ' || volser || ' HOLDING VTV COPIES' END
        WHERE sel = 1;`);
    // MEDIA and RECTECH as the target stores them: a pair HSC knows (a few distinct pairs).
    const setReason = db.prepare('UPDATE temp.imp_mvc SET reason = ? WHERE sel = 1 AND reason IS NULL AND media IS ? AND rectech IS ?');
    for (const p of db.prepare('SELECT DISTINCT media, rectech FROM temp.imp_mvc WHERE sel = 1 AND reason IS NULL').all() as { media: string | null; rectech: string | null }[]) {
      const problem = mediaProblem(p.media ?? undefined, p.rectech ?? undefined);
      if (problem !== undefined) setReason.run(`ITS ${problem}`, p.media, p.rectech);
    }

    // The new copies of each VTV: its selected copies on MVCs this statement imports, in the
    // guide's order (source copy index, then MVC), at most 4.
    db.exec(`
      CREATE TEMP TABLE imp_new (vtv TEXT NOT NULL, n INTEGER NOT NULL, mvc TEXT NOT NULL, block_id TEXT NOT NULL, last_used TEXT, stor TEXT,
        PRIMARY KEY (vtv, n)) WITHOUT ROWID;
      INSERT INTO temp.imp_new (vtv, n, mvc, block_id, last_used, stor)
      SELECT vtv, n, mvc, block_id, last_used, stor FROM (
        SELECT c.vtv, c.mvc, c.block_id, c.last_used, m.stor,
               row_number() OVER (PARTITION BY c.vtv ORDER BY coalesce(c.src_index, 9), c.mvc) AS n
          FROM temp.imp_copy c JOIN temp.imp_mvc m ON m.volser = c.mvc AND m.sel = 1 AND m.reason IS NULL
         WHERE c.sel = 1)
       WHERE n <= 4;
      CREATE TEMP TABLE imp_vpool (volser TEXT PRIMARY KEY, pool_type TEXT, owner TEXT) WITHOUT ROWID;
      INSERT INTO temp.imp_vpool (volser, pool_type, owner) ${vtvPoolsSql('temp.imp_copy', 'vtv')};`);

    // One row per selected VTV: its attributes from its first record, what it becomes.
    const keep = this.opts.replaceAll ? '0' : '1';
    db.exec(`
      CREATE TEMP TABLE imp_vtv (volser TEXT PRIMARY KEY, mgmt TEXT, size INTEGER NOT NULL, comp INTEGER NOT NULL, max_size INTEGER,
        page TEXT, created TEXT, last_used TEXT, src INTEGER NOT NULL, made INTEGER NOT NULL, pool_type TEXT, owner TEXT,
        mvcs TEXT, action TEXT, reason TEXT) WITHOUT ROWID;
      INSERT INTO temp.imp_vtv (volser, mgmt, size, comp, max_size, page, created, last_used, src, made, pool_type, owner, mvcs, action, reason)
      SELECT volser, mgmt, size, comp, max_size, page, created, last_used, src, made, pool_type, owner, mvcs,
             CASE WHEN reason IS NOT NULL THEN 'NOT IMPORTED' WHEN in_cds THEN 'REPLACED' ELSE 'IMPORTED' END, reason
        FROM (
          SELECT a.vtv AS volser, f.mgmt, f.size, f.comp, f.max_size, f.page, f.created, f.last_used,
                 CASE WHEN a.export_copies > 0 THEN a.n ELSE a.src END AS src, a.made, p.pool_type, p.owner,
                 (SELECT group_concat(w.mvc, ' ' ORDER BY w.n) FROM temp.imp_new w WHERE w.vtv = a.vtv) AS mvcs,
                 t.volser IS NOT NULL AS in_cds,
                 CASE
                   WHEN f.size > ${vtvSizeLimitSql('f.max_size', 'f.mgmt')}
                     THEN 'ITS SIZE (' || f.size || ' MB) IS MORE THAN ITS MAXIMUM (' || ${vtvSizeLimitSql('f.max_size', 'f.mgmt')} || ' MB)'
                   WHEN p.pool_type IS NULL AND NOT ${configRangeSql('a.vtv', 'VTV')}
                     THEN 'ITS VOLSER IS IN NO VTV POOL OF THIS CDS'
                   WHEN EXISTS (SELECT 1 FROM main.mvc m WHERE m.volser = a.vtv)
                     THEN 'ITS VOLSER IS AN MVC IN THIS CDS'
                   WHEN a.made = 0
                     THEN 'NONE OF ITS COPIES IS ON AN MVC THIS STATEMENT IMPORTS'
                   WHEN t.mounted = 1
                     THEN 'IT IS MOUNTED IN THIS TAPEPLEX'
                   WHEN ${keep} AND t.volser IS NOT NULL
                     THEN 'IT EXISTS IN THIS CDS AND REPLACE(NONE) KEEPS IT' END AS reason
            FROM (SELECT c.vtv, min(c.rec) AS first, count(*) AS n, max(c.src_copies) AS src,
                         sum(c.src_index IS NULL) AS export_copies,
                         min(4, sum(m.sel = 1 AND m.reason IS NULL)) AS made
                    FROM temp.imp_copy c JOIN temp.imp_mvc m ON m.volser = c.mvc
                   WHERE c.sel = 1 GROUP BY c.vtv HAVING sum(m.sel = 1) > 0) a
            JOIN temp.imp_copy f ON f.rec = a.first
            LEFT JOIN temp.imp_vpool p ON p.volser = a.vtv
            LEFT JOIN main.vtv t ON t.volser = a.vtv)
       ORDER BY volser;`);
  }

  /** Prints the report from the temporary tables and, unless told not to, changes the CDS. */
  private reportAndApply(): void {
    const { db, ctx } = this;
    const report = ctx.report;
    const hw = ctx.step.system.hardware();

    // ── MVCs ──
    for (const l of MVC_HEADINGS) report.line(l);
    const mvcs = db
      .prepare(
        `SELECT volser, media, capacity, used, copies, src_pool AS srcPool, pool, reason,
                EXISTS (SELECT 1 FROM main.mvc t WHERE t.volser = imp_mvc.volser) AS inCds
           FROM temp.imp_mvc WHERE sel = 1 ORDER BY volser`,
      )
      .all() as { volser: string; media: string | null; capacity: number; used: number; copies: number; srcPool: string | null; pool: string | null; reason: string | null; inCds: number }[];
    const outside: string[] = [];
    const entered = new Map<string, string | null>();
    for (const m of mvcs) {
      let action = 'NOT IMPORTED';
      if (m.reason === null) {
        action = 'IMPORTED READ-ONLY';
        if (!m.inCds) {
          const physical = hw.mvc(m.volser);
          if (physical && physical.stormngr === null) entered.set(m.volser, physical.acs);
          else outside.push(m.volser);
        }
      }
      report.line(mvcLine({ ...m, action }));
    }
    for (const m of mvcs) {
      if (m.reason !== null) {
        report.message('SIM0624W', m.volser, m.reason);
        this.warn();
      }
    }
    for (const o of outside) report.message('SIM0627I', o);
    report.line();

    // ── VTVs ──
    report.headings(VTV_HEADINGS);
    // One scan of the VTV rows in volser order (raw arrays): the lines, the rejections (listed
    // after the table) and the totals.
    const vtvs = db
      .prepare('SELECT volser, mgmt, size, comp, created, made, src, action, mvcs, reason FROM temp.imp_vtv ORDER BY volser')
      .raw(true)
      .iterate() as IterableIterator<VtvReportRow>;
    const rejectedVtvs: [string, string][] = [];
    const t = { imported: 0, replaced: 0, rejected: 0, copies: 0 };
    for (const r of vtvs) {
      report.line(vtvRowLine(r));
      if (r[9] !== null) rejectedVtvs.push([r[0], r[9]]);
      else t.copies += r[5];
      if (r[7] === 'IMPORTED') t.imported++;
      else if (r[7] === 'REPLACED') t.replaced++;
      else t.rejected++;
    }
    report.line();
    for (const [volser, reason] of rejectedVtvs) {
      report.message('SIM0625W', volser, reason);
      this.warn();
    }
    // The duplex rule: copies in the manifest whose MVC this statement does not import (found
    // from those MVCs, usually few, through the copies' MVC index).
    for (const r of db
      .prepare(
        `SELECT c.vtv, c.mvc, CASE WHEN m.sel = 0 THEN 'ITS MVC IS NOT SELECTED BY THIS STATEMENT' ELSE 'ITS MVC IS NOT IMPORTED' END AS why
           FROM temp.imp_mvc m CROSS JOIN temp.imp_copy c CROSS JOIN temp.imp_vtv v
          WHERE (m.sel = 0 OR m.reason IS NOT NULL) AND c.mvc = m.volser AND c.sel = 1 AND v.volser = c.vtv AND v.reason IS NULL
          ORDER BY c.vtv, c.mvc`,
      )
      .iterate() as IterableIterator<{ vtv: string; mvc: string; why: string }>) {
      report.message('SIM0626I', r.vtv, r.mvc, r.why);
    }
    for (const r of db
      .prepare(
        `SELECT v.mgmt, count(*) AS n FROM temp.imp_vtv v WHERE v.reason IS NULL AND v.mgmt IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM main.mgmt_class g WHERE g.name = v.mgmt) GROUP BY v.mgmt ORDER BY v.mgmt`,
      )
      .all() as { mgmt: string; n: number }[]) {
      report.message('SIM0628I', r.mgmt, r.n);
    }

    const mvcRejected = mvcs.filter((m) => m.reason !== null).length;
    const importedMvcs = mvcs.length - mvcRejected;
    report.line();
    report.line(`MVCS IMPORTED ${importedMvcs}   NOT IMPORTED ${mvcRejected}`);
    report.line(`VTVS IMPORTED ${t.imported}   REPLACED ${t.replaced}   NOT IMPORTED ${t.rejected}   VTV COPIES CREATED ${t.copies}`);
    if (importedMvcs === 0 && t.imported + t.replaced === 0) {
      report.message('SIM0637W', mvcs.length === 0 ? 'THE SELECTION MATCHES NOTHING IN THE MANIFEST' : 'EVERY MVC AND VTV SELECTED WAS REJECTED');
      this.warn();
      return;
    }

    this.apply(entered);
  }

  /** The changes, set-based. */
  private apply(entered: Map<string, string | null>): void {
    const { db } = this;
    let vtss: string | undefined;
    if (this.opts.drain) {
      vtss = db.prepare('SELECT name FROM cfg_vtss ORDER BY seq LIMIT 1').pluck().get() as string | undefined;
      if (vtss === undefined) {
        this.ctx.report.message('SIM0634E');
        this.rc = 8;
        return;
      }
    }
    if (vtss !== undefined) this.recallable(entered);
    if (this.opts.noupdate) {
      // The dispatcher backs out whatever NOUPDATE would change, so nothing is written; the
      // report says what the changes would have been.
      if (vtss !== undefined) this.drainCounts(vtss);
      return;
    }
    const p = { now: this.now };
    // MVCs: those the target already holds (empty) are updated, the others added.
    db.prepare(
      `UPDATE mvc SET pool = i.pool, media = coalesce(i.media, mvc.media), rectech = coalesce(i.rectech, mvc.rectech),
              stor_class = i.stor, capacity_mb = i.capacity, used_mb = i.used,
              initialized = 1, read_only = 1, exported = 0, updated = @now
         FROM temp.imp_mvc i WHERE i.volser = mvc.volser AND i.sel = 1 AND i.reason IS NULL`,
    ).run(p);
    db.prepare(
      `INSERT INTO mvc (volser, pool, media, rectech, stor_class, location, capacity_mb, used_mb, initialized, read_only, created, updated)
       SELECT i.volser, i.pool, i.media, i.rectech, i.stor, 'OUTSIDE',
              i.capacity, i.used, 1, 1, @now, @now
         FROM temp.imp_mvc i WHERE i.sel = 1 AND i.reason IS NULL AND NOT EXISTS (SELECT 1 FROM mvc m WHERE m.volser = i.volser)`,
    ).run(p);
    // MVCs already physically entered into this system (elsim's MVC move): in the library.
    const inLibrary = db.prepare("UPDATE mvc SET location = 'LIBRARY', acs = ? WHERE volser = ?");
    for (const [volser, acs] of entered) inLibrary.run(acs, volser);

    // VTVs: replaced ones lose their old copies (superseded) and residency, then take the manifest's data;
    // the old image in a VTSS buffer is gone with the residency.
    const staleImages = db
      .prepare(`SELECT t.resident_vtss, t.volser FROM temp.imp_vtv i JOIN main.vtv t ON t.volser = i.volser WHERE i.action = 'REPLACED' AND t.resident = 1`)
      .raw(true)
      .all() as [string, string][];
    db.exec(`UPDATE vtv_copy SET current = 0 WHERE current = 1 AND vtv IN (SELECT volser FROM temp.imp_vtv WHERE action = 'REPLACED')`);
    db.prepare(
      `UPDATE vtv SET scratch = 0, initialized = 1, resident = 0, resident_vtss = NULL, replicated = 0, replica_vtss = NULL, fenced = 0,
              read_only = (i.pool_type IS 'EXTERNAL'), mgmt_class = i.mgmt, size_mb = i.size, comp_pct = i.comp, max_size_mb = i.max_size,
              page_size = i.page, owner_plex = i.owner, created = i.created, last_used = i.last_used, updated = @now, imported = @now
         FROM temp.imp_vtv i WHERE i.volser = vtv.volser AND i.action = 'REPLACED'`,
    ).run(p);
    db.prepare(
      `INSERT INTO vtv (volser, scratch, initialized, resident, read_only, mgmt_class, size_mb, comp_pct, max_size_mb, page_size, owner_plex,
                        created, last_used, updated, imported)
       SELECT volser, 0, 1, 0, (pool_type IS 'EXTERNAL'), mgmt, size, comp, max_size, page, owner, created, last_used, @now, @now
         FROM temp.imp_vtv WHERE action = 'IMPORTED'`,
    ).run(p);
    db.exec(`
      INSERT INTO vtv_copy (vtv, mvc, copy_index, block_id, stor_class, current, migrated)
      SELECT w.vtv, w.mvc, w.n, w.block_id, w.stor, 1, w.last_used
        FROM temp.imp_new w JOIN temp.imp_vtv v ON v.volser = w.vtv AND v.reason IS NULL
       ORDER BY w.vtv, w.n`);

    if (staleImages.length > 0) {
      const hw = this.ctx.step.system.hardware();
      hw.transaction(() => {
        for (const [vtss, volser] of staleImages) hw.deleteFromBuffer(vtss, volser);
      });
    }
    if (vtss !== undefined) this.drain(vtss);
  }

  /**
   * IMMDRAIN(YES) can only recall what can be read: the imported MVCs in this library (entered
   * before the import, or already recorded there). temp.imp_readable holds them, temp.imp_recall
   * the imported VTVs with a new copy on one of them.
   */
  private recallable(entered: Map<string, string | null>): void {
    const { db } = this;
    db.exec(`DROP TABLE IF EXISTS temp.imp_readable; DROP TABLE IF EXISTS temp.imp_recall;
      CREATE TEMP TABLE imp_readable (volser TEXT PRIMARY KEY) WITHOUT ROWID;
      CREATE TEMP TABLE imp_recall (volser TEXT PRIMARY KEY, size INTEGER NOT NULL) WITHOUT ROWID;`);
    const add = db.prepare('INSERT OR IGNORE INTO temp.imp_readable (volser) VALUES (?)');
    for (const volser of entered.keys()) add.run(volser);
    db.exec(`INSERT OR IGNORE INTO temp.imp_readable (volser)
      SELECT i.volser FROM temp.imp_mvc i JOIN main.mvc m ON m.volser = i.volser
       WHERE i.sel = 1 AND i.reason IS NULL AND m.location = 'LIBRARY';
      INSERT INTO temp.imp_recall (volser, size)
      SELECT v.volser, v.size FROM temp.imp_vtv v
       WHERE v.reason IS NULL
         AND EXISTS (SELECT 1 FROM temp.imp_new w JOIN temp.imp_readable r ON r.volser = w.mvc WHERE w.vtv = v.volser);`);
  }

  /** SIM0635I with the VTVs recalled; SIM0639W (code 4) for those whose MVCs are not in the library. */
  private drainCounts(vtss: string): void {
    const { db, ctx } = this;
    const recalled = db.prepare('SELECT count(*) FROM temp.imp_recall').pluck().get() as number;
    const left = db.prepare('SELECT count(*) FROM temp.imp_vtv v WHERE v.reason IS NULL AND v.volser NOT IN (SELECT volser FROM temp.imp_recall)').pluck().get() as number;
    if (recalled > 0) ctx.report.message('SIM0635I', recalled, vtss);
    if (left > 0) {
      ctx.report.message('SIM0639W', left);
      this.warn();
    }
  }

  /** IMMDRAIN(YES): the imported VTVs that can be read recalled into the first VTSS, their MVCs emptied. */
  private drain(vtss: string): void {
    const { db, ctx } = this;
    db.prepare(
      `UPDATE vtv SET resident = 1, resident_vtss = @vtss, updated = @now
        WHERE volser IN (SELECT volser FROM temp.imp_recall)`,
    ).run({ vtss, now: this.now });
    db.exec(`DELETE FROM vtv_copy WHERE mvc IN (SELECT volser FROM temp.imp_readable)`);
    db.prepare(`UPDATE mvc SET used_mb = 0, updated = ? WHERE volser IN (SELECT volser FROM temp.imp_readable)`).run(this.now);
    this.drainCounts(vtss);
    const hw = ctx.step.system.hardware();
    const rows = db.prepare('SELECT volser, size FROM temp.imp_recall ORDER BY volser').raw(true);
    hw.transaction(() => {
      for (const [volser, size] of rows.iterate() as IterableIterator<[string, number]>) hw.writeToBuffer(vtss, volser, size, this.now);
    });
  }
}

function canonical(rs: VolRange[]): CanonicalRange[] {
  return rs.map(canonicalOf).filter((r): r is CanonicalRange => !('error' in r));
}

/** IMPORT for the SLUADMIN registry: its parameters as data and its run. */
export const importUtility: CdsUtility = { schema: importSchema, run: runImport };

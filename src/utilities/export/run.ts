/**
 * EXPORT: package VTVs for another site and write the manifest that describes them.
 *
 *  - By MVCid or STORclas nothing moves: the selected MVCs that hold current VTV copies are
 *    described as they stand (one manifest record per MVC and per VTV copy on it) and marked
 *    read-only and exported. VLE VMVCs and MVCs outside the library cannot be carried away and
 *    are left out with a warning; empty MVCs of a range or class are skipped (counted).
 *  - By VTVid or MGMTclas the VTVs are consolidated: each VTV that has a current copy on a usable
 *    MVC is written again onto free MVCs of the pool of its management class's CONTGT storage
 *    class (else of its first MIGPOL storage class on real tape). These export copies are NOT
 *    recorded as VTV copies: the VTVs and their copies stay as they were (the guide's "third
 *    copy"); the export MVCs become read-only, exported and used. The physical copies go onto the
 *    simulated hardware (src/sim), so the MVCs carry them when they are moved to another system.
 *
 * Set-based: the selection goes into temporary tables with INSERT … SELECT over the vtv/mvc keys
 * and the mgmt-class and copy indexes; consolidation reads the selected VTVs a page at a time and
 * fills MVCs in volser order. The manifest is streamed from queries (ManifestWriter). Condition
 * codes: 0; 4 when a VTV, MVC or class named could not be exported; 8 when nothing could be (or
 * the pool has too few free MVCs), and then the CDS is unchanged and no manifest is written.
 */
import { canonicalOf, rangesCondition, volserAt, type CanonicalRange } from '../../cds/volserRange.js';
import { cdsTime } from '../../cds/cdsTime.js';
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { ManifestWriter, type ManifestHeader } from '../manifest/ManifestWriter.js';
import type { PageSize } from '../manifest/manifestLayout.js';
import { has, names, text, volRanges } from '../paramValues.js';
import { DEFAULT_MANIFEST_DD, exportSchema } from './schema.js';
import { MVC_HEADINGS, mvcLine, totalsLine } from './report.js';
import type Database from 'better-sqlite3';

type Selection = 'VTV' | 'MGMT' | 'MVC' | 'STOR';

/** A VTV that needs large VTV support at the target (LARGE pages, or more than 800 MB). */
export const LARGE_VTV = `(v.page_size = 'LARGE' OR v.size_mb > 800 OR coalesce(v.max_size_mb, 0) > 800)`;

/** An MVC a VTV copy can be read from. */
const USABLE_MVC = `(m.lost = 0 AND m.error = 0 AND m.broken = 0 AND m.ejected = 0 AND (m.location = 'LIBRARY' OR m.stormngr IS NOT NULL))`;

export function runExport(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const cds = ctx.cds;
  const v = stmt.values;
  const ddname = text(v, 'MANIFEST') ?? DEFAULT_MANIFEST_DD;
  const dd = ctx.step.dd(ddname);
  if (!dd) {
    ctx.report.message('SIM0600E', ddname);
    return { rc: 8 };
  }
  const writer = ManifestWriter.open(dd);
  if ('error' in writer) {
    ctx.report.message('SIM0601E', ddname, writer.error);
    return { rc: 8 };
  }
  const selection: Selection = has(v, 'VTVID') ? 'VTV' : has(v, 'MGMTCLAS') ? 'MGMT' : has(v, 'MVCID') ? 'MVC' : 'STOR';
  const run = new ExportRun(ctx, cds.db, writer, selection, dd.dsn ?? ddname);
  try {
    const rc = selection === 'MVC' || selection === 'STOR' ? run.describe(stmt) : run.consolidate(stmt);
    return { rc };
  } catch (e) {
    writer.abort();
    throw e;
  } finally {
    run.dropTemp();
  }
}

class ExportRun {
  private readonly now: string;
  private rc = 0;

  constructor(
    private readonly ctx: UtilityContext,
    private readonly db: Database.Database,
    private readonly writer: ManifestWriter,
    private readonly selection: Selection,
    private readonly manifestName: string,
  ) {
    this.now = cdsTime(ctx.now);
  }

  private warn(): void {
    this.rc = Math.max(this.rc, 4);
  }

  /** Refuses: nothing written, the CDS rolled back by the dispatcher. */
  private refuse(id: 'SIM0613E', why: string): number;
  private refuse(id: 'SIM0614E', ...inserts: (string | number)[]): number;
  private refuse(id: 'SIM0613E' | 'SIM0614E', ...inserts: (string | number)[]): number {
    this.writer.abort();
    this.ctx.report.message(id, ...inserts);
    return 8;
  }

  dropTemp(): void {
    this.db.exec('DROP TABLE IF EXISTS temp.exp_mvc; DROP TABLE IF EXISTS temp.exp_vtv; DROP TABLE IF EXISTS temp.exp_copy');
  }

  private header(largeVtvs: boolean, consolidated: boolean): ManifestHeader {
    const id = this.db.prepare('SELECT tapeplex, cds_level FROM cds_identity').get() as { tapeplex: string | null; cds_level: string | null } | undefined;
    const vsm = this.db.prepare("SELECT value FROM cds_feature WHERE name = 'VSM'").pluck().get() as string | undefined;
    // cfg_global.vtvpage and vtv.page_size are CHECKed to STANDARD or LARGE.
    const page = this.db.prepare('SELECT vtvpage FROM cfg_global').pluck().get() as PageSize | null | undefined;
    return {
      tapeplex: id?.tapeplex ?? null,
      vsm: vsm ?? null,
      cdsLevel: id?.cds_level ?? null,
      vtvPage: page ?? null,
      largeVtvs,
      created: this.now,
      jobName: this.ctx.step.jobName,
      jobId: this.ctx.step.jobId,
      selection: this.selection,
      consolidated,
    };
  }

  /** Classes named that MGMTDEF has not defined (SIM0616W). */
  private checkClasses(kind: 'MANAGEMENT CLASS' | 'STORAGE CLASS', table: 'mgmt_class' | 'stor_class', list: string[]): void {
    const known = this.db.prepare(`SELECT 1 FROM ${table} WHERE name = ?`);
    for (const n of list) {
      if (!known.get(n)) {
        this.ctx.report.message('SIM0616W', kind, n);
        this.warn();
      }
    }
  }

  // ── export by MVCid / STORclas: describe the MVCs as they stand ─────────────────────────

  describe(stmt: ValidatedStatement): number {
    const { db, ctx } = this;
    const report = ctx.report;
    const v = stmt.values;
    let where: { sql: string; params: string[] };
    const singles: string[] = [];
    if (this.selection === 'MVC') {
      const ranges = canonical(volRanges(v, 'MVCID'));
      where = rangesCondition('m.volser', ranges);
      for (const r of ranges) if (r.lo === r.hi) singles.push(volserAt(r, r.lo));
      report.line(`EXPORT BY MVC  ${volRanges(v, 'MVCID').map((r) => r.text).join(',')}   MANIFEST ${this.manifestName}`);
    } else {
      const classes = names(v, 'STORCLAS');
      where = { sql: `m.stor_class IN (${classes.map(() => '?').join(',')}) AND m.stor_class IS NOT NULL`, params: classes };
      report.line(`EXPORT BY STORAGE CLASS  ${classes.join(',')}   MANIFEST ${this.manifestName}`);
      this.checkClasses('STORAGE CLASS', 'stor_class', classes);
    }
    report.line();

    // The selected MVCs with the reason each one cannot be exported (NULL: it can).
    this.dropTemp();
    db.exec(`CREATE TEMP TABLE exp_mvc (volser TEXT PRIMARY KEY, copies INTEGER NOT NULL, reason TEXT) WITHOUT ROWID`);
    db.prepare(
      `INSERT INTO temp.exp_mvc (volser, copies, reason)
       SELECT volser, copies,
              CASE WHEN stormngr IS NOT NULL THEN 'IT IS A VMVC IN VLE ' || stormngr || ' - VLE DATA CANNOT BE CARRIED AWAY'
                   WHEN location <> 'LIBRARY' OR ejected = 1 THEN 'IT IS NOT IN THE LIBRARY'
                   WHEN copies = 0 THEN 'IT HOLDS NO CURRENT VTV COPIES' END
         FROM (SELECT m.*, (SELECT count(*) FROM vtv_copy c WHERE c.mvc = m.volser AND c.current = 1) AS copies
                 FROM mvc m WHERE ${where.sql})`,
    ).run(...where.params);

    // Volsers named on their own that the CDS does not hold.
    const inCds = db.prepare('SELECT 1 FROM mvc WHERE volser = ?');
    for (const s of singles) {
      if (!inCds.get(s)) {
        report.message('SIM0612W', s, 'IT IS NOT IN THE CDS');
        this.warn();
      }
    }
    // Empty MVCs of a range or class are counted; a single empty MVC named, and every other
    // refusal, is a warning.
    const singleSet = new Set(singles);
    let emptyOfRanges = 0;
    for (const r of db.prepare('SELECT volser, copies, reason FROM temp.exp_mvc WHERE reason IS NOT NULL ORDER BY volser').all() as { volser: string; copies: number; reason: string }[]) {
      if (r.copies === 0 && r.reason.startsWith('IT HOLDS NO') && !singleSet.has(r.volser)) {
        emptyOfRanges++;
        continue;
      }
      report.message('SIM0612W', r.volser, r.reason);
      this.warn();
    }
    if (emptyOfRanges > 0) report.message('SIM0617I', emptyOfRanges);

    const counts = db.prepare('SELECT count(*) AS mvcs, coalesce(sum(copies), 0) AS copies FROM temp.exp_mvc WHERE reason IS NULL').get() as { mvcs: number; copies: number };
    if (counts.mvcs === 0) return this.refuse('SIM0613E', this.selection === 'MVC' ? 'NO MVC OF THE SELECTION HOLDS VTV COPIES IN THE LIBRARY' : 'THE STORAGE CLASSES HAVE NO MVCS WITH VTV COPIES IN THE LIBRARY');

    // The copies are read MVC by MVC from the selection (CROSS JOIN keeps temp.exp_mvc outermost:
    // without statistics on it the planner would scan every current copy of the CDS).
    const large = db
      .prepare(
        `SELECT EXISTS (SELECT 1 FROM temp.exp_mvc e CROSS JOIN vtv_copy c ON c.mvc = e.volser AND c.current = 1 JOIN vtv v ON v.volser = c.vtv
                         WHERE e.reason IS NULL AND ${LARGE_VTV})`,
      )
      .pluck()
      .get() as number;
    this.writer.header(this.header(large === 1, false));
    if (this.rc > 0 || emptyOfRanges > 0) report.line();
    for (const l of MVC_HEADINGS) report.line(l);
    const mvcs = db
      .prepare(
        `SELECT m.volser, m.media, m.rectech, m.pool, m.stor_class AS storClass, m.capacity_mb AS capacityMb, m.used_mb AS usedMb, e.copies
           FROM temp.exp_mvc e JOIN mvc m ON m.volser = e.volser WHERE e.reason IS NULL ORDER BY e.volser`,
      )
      .iterate() as IterableIterator<{ volser: string; media: string | null; rectech: string | null; pool: string | null; storClass: string | null; capacityMb: number; usedMb: number; copies: number }>;
    let usedMb = 0;
    for (const m of mvcs) {
      this.writer.mvc({ ...m, written: false });
      report.line(mvcLine(m));
      usedMb += m.usedMb;
    }
    const copies = db
      .prepare(
        `SELECT v.volser, c.mvc, c.block_id, c.copy_index, v.mgmt_class, v.size_mb, v.comp_pct, v.max_size_mb, v.page_size, v.created, v.last_used,
                (SELECT count(*) FROM vtv_copy o WHERE o.vtv = v.volser AND o.current = 1) AS source_copies
           FROM temp.exp_mvc e CROSS JOIN vtv_copy c ON c.mvc = e.volser AND c.current = 1 JOIN vtv v ON v.volser = c.vtv
          WHERE e.reason IS NULL ORDER BY e.volser, c.block_id, c.vtv`,
      )
      .raw(true)
      .iterate() as IterableIterator<CopyRow>;
    let vtvCopies = 0;
    for (const r of copies) {
      this.writer.vtv(copyOf(r, r[3]));
      vtvCopies++;
    }
    const vtvs = db
      .prepare('SELECT count(DISTINCT c.vtv) FROM temp.exp_mvc e CROSS JOIN vtv_copy c ON c.mvc = e.volser AND c.current = 1 WHERE e.reason IS NULL')
      .pluck()
      .get() as number;

    db.prepare(`UPDATE mvc SET read_only = 1, exported = 1, updated = ? WHERE volser IN (SELECT volser FROM temp.exp_mvc WHERE reason IS NULL)`).run(this.now);

    report.line();
    report.line(totalsLine({ mvcs: counts.mvcs, copies: vtvCopies, vtvs, usedMb }));
    const totals = this.writer.finish();
    report.message('SIM0610I', this.manifestName, totals.mvcs, totals.vtvs, totals.checksum);
    return this.rc;
  }

  // ── export by VTVid / MGMTclas: consolidate onto export MVCs ────────────────────────────

  consolidate(stmt: ValidatedStatement): number {
    const { db, ctx } = this;
    const report = ctx.report;
    const v = stmt.values;
    let where: { sql: string; params: string[] };
    const singles: string[] = [];
    if (this.selection === 'VTV') {
      const ranges = canonical(volRanges(v, 'VTVID'));
      where = rangesCondition('v.volser', ranges);
      for (const r of ranges) if (r.lo === r.hi) singles.push(volserAt(r, r.lo));
      report.line(`EXPORT BY VTV  ${volRanges(v, 'VTVID').map((r) => r.text).join(',')}   MANIFEST ${this.manifestName}`);
    } else {
      const classes = names(v, 'MGMTCLAS');
      where = { sql: `v.mgmt_class IN (${classes.map(() => '?').join(',')})`, params: classes };
      report.line(`EXPORT BY MANAGEMENT CLASS  ${classes.join(',')}   MANIFEST ${this.manifestName}`);
      this.checkClasses('MANAGEMENT CLASS', 'mgmt_class', classes);
    }
    report.line();

    // The selected VTVs, the storage class (and so the pool) their export copy goes to, and the
    // reason a VTV cannot be exported (NULL: it can).
    this.dropTemp();
    db.exec(`CREATE TEMP TABLE exp_vtv (k INTEGER PRIMARY KEY, volser TEXT NOT NULL UNIQUE, mgmt TEXT, used_mb INTEGER NOT NULL,
               stor TEXT, pool TEXT, acs TEXT, media TEXT, reason TEXT)`);
    db.prepare(
      `INSERT INTO temp.exp_vtv (k, volser, mgmt, used_mb, stor, pool, acs, media, reason)
       SELECT row_number() OVER (ORDER BY t.volser), t.volser, t.mgmt_class, t.used, t.stor, s.mvcpool, s.acs, s.media,
              CASE WHEN t.scratch = 1 THEN 'IT IS SCRATCH'
                   WHEN t.size_mb = 0 THEN 'IT HOLDS NO DATA'
                   WHEN t.copies = 0 THEN 'IT IS NOT MIGRATED - NO COPY ON AN MVC TO CONSOLIDATE FROM'
                   WHEN t.usable = 0 THEN 'NONE OF ITS MVC COPIES IS ON AN MVC IN THE LIBRARY'
                   WHEN t.mgmt_class IS NULL THEN 'IT HAS NO MANAGEMENT CLASS TO CHOOSE THE EXPORT MVCS BY'
                   WHEN t.stor IS NULL THEN 'MANAGEMENT CLASS ' || t.mgmt_class || ' NAMES NO STORAGE CLASS ON REAL TAPE (CONTGT OR MIGPOL)'
                   WHEN s.mvcpool IS NULL THEN 'STORAGE CLASS ' || t.stor || ' NAMES NO MVC POOL' END
         FROM (SELECT v.volser, v.scratch, v.size_mb, v.mgmt_class,
                      max(1, v.size_mb * (100 - v.comp_pct) / 100) AS used,
                      (SELECT count(*) FROM vtv_copy c WHERE c.vtv = v.volser AND c.current = 1) AS copies,
                      EXISTS (SELECT 1 FROM vtv_copy c JOIN mvc m ON m.volser = c.mvc WHERE c.vtv = v.volser AND c.current = 1 AND ${USABLE_MVC}) AS usable,
                      coalesce((SELECT g.contgt FROM mgmt_class g WHERE g.name = v.mgmt_class AND g.contgt IS NOT NULL),
                               (SELECT p.stor FROM mgmt_policy p JOIN stor_class sc ON sc.name = p.stor
                                 WHERE p.mgmt = v.mgmt_class AND p.kind = 'MIGPOL' AND sc.stormngr IS NULL AND sc.tapeplex IS NULL
                                 ORDER BY p.pos LIMIT 1)) AS stor
                 FROM vtv v WHERE ${where.sql}) t
         LEFT JOIN stor_class s ON s.name = t.stor`,
    ).run(...where.params);

    const inCds = db.prepare('SELECT 1 FROM vtv WHERE volser = ?');
    for (const s of singles) {
      if (!inCds.get(s)) {
        report.message('SIM0611W', s, 'IT IS NOT IN THE CDS');
        this.warn();
      }
    }
    for (const r of db.prepare('SELECT volser, reason FROM temp.exp_vtv WHERE reason IS NOT NULL ORDER BY k').iterate() as IterableIterator<{ volser: string; reason: string }>) {
      report.message('SIM0611W', r.volser, r.reason);
      this.warn();
    }
    const selected = db.prepare('SELECT count(*) FROM temp.exp_vtv WHERE reason IS NULL').pluck().get() as number;
    if (selected === 0) return this.refuse('SIM0613E', this.selection === 'VTV' ? 'NO VTV OF THE SELECTION CAN BE CONSOLIDATED' : 'THE MANAGEMENT CLASSES HAVE NO VTVS THAT CAN BE CONSOLIDATED');

    // Fill free MVCs of each target (pool, ACS, media), VTVs in volser order, a page at a time.
    db.exec(`CREATE TEMP TABLE exp_copy (vtv TEXT PRIMARY KEY, mvc TEXT NOT NULL, block_id TEXT NOT NULL, used_mb INTEGER NOT NULL, stor TEXT NOT NULL) WITHOUT ROWID`);
    const maxVtv = (db.prepare('SELECT maxvtv FROM cfg_global').pluck().get() as number | null | undefined) ?? 32000;
    const groups = db
      .prepare('SELECT pool, acs, media, stor, count(*) AS n, sum(used_mb) AS mb FROM temp.exp_vtv WHERE reason IS NULL GROUP BY pool, acs, media, stor ORDER BY pool, acs, media, stor')
      .all() as { pool: string; acs: string | null; media: string | null; stor: string; n: number; mb: number }[];
    const page = db.prepare(
      `SELECT k, volser, used_mb FROM temp.exp_vtv WHERE reason IS NULL AND pool = @pool AND acs IS @acs AND media IS @media AND stor = @stor AND k > @after ORDER BY k LIMIT 500`,
    );
    const nextFree = db.prepare(
      `SELECT m.volser, m.capacity_mb FROM mvc m
        WHERE m.pool = @pool AND m.volser > @after AND m.stormngr IS NULL AND m.location = 'LIBRARY'
          AND m.read_only = 0 AND m.exported = 0 AND m.lost = 0 AND m.error = 0 AND m.broken = 0 AND m.retired = 0
          AND m.ejected = 0 AND m.drtest = 0 AND m.capacity_mb > 0 AND m.used_mb = 0
          AND (@acs IS NULL OR m.acs = @acs) AND (@media IS NULL OR m.media = @media OR m.rectech = @media)
          AND m.volser NOT IN (SELECT mvc FROM temp.exp_copy)
          AND NOT EXISTS (SELECT 1 FROM vtv_copy c WHERE c.mvc = m.volser)
        ORDER BY m.volser LIMIT 1`,
    );
    const place = db.prepare('INSERT INTO temp.exp_copy (vtv, mvc, block_id, used_mb, stor) VALUES (?, ?, ?, ?, ?)');
    for (const g of groups) {
      const key = { pool: g.pool, acs: g.acs, media: g.media, stor: g.stor };
      let mvc: { volser: string; capacity_mb: number } | undefined;
      let used = 0;
      let count = 0;
      let lastMvc = '';
      let placed = 0;
      let placedMb = 0;
      let filled = 0;
      let after = 0;
      for (;;) {
        const rows = page.all({ ...key, after }) as { k: number; volser: string; used_mb: number }[];
        if (rows.length === 0) break;
        for (const r of rows) {
          while (!mvc || count >= maxVtv || used + r.used_mb > mvc.capacity_mb) {
            mvc = nextFree.get({ pool: g.pool, acs: g.acs, media: g.media, after: lastMvc }) as typeof mvc;
            if (!mvc) {
              return this.refuse('SIM0614E', g.pool, `STORAGE CLASS ${g.stor}`, filled, g.n - placed, g.mb - placedMb);
            }
            lastMvc = mvc.volser;
            filled++;
            used = 0;
            count = 0;
          }
          place.run(r.volser, mvc.volser, hex8(1 + used + count), r.used_mb, g.stor);
          used += r.used_mb;
          count++;
          placed++;
          placedMb += r.used_mb;
        }
        after = rows[rows.length - 1]!.k;
      }
    }

    // The export MVCs: read-only, exported, holding what was written (not recorded as VTV copies).
    db.prepare(
      `UPDATE mvc SET read_only = 1, exported = 1, initialized = 1, used_mb = u.mb, stor_class = u.stor,
              last_migrated = @now, last_mounted = @now, times_mounted = times_mounted + 1, updated = @now
         FROM (SELECT mvc, sum(used_mb) AS mb, min(stor) AS stor FROM temp.exp_copy GROUP BY mvc) u
        WHERE u.mvc = mvc.volser`,
    ).run({ now: this.now });

    for (const s of db
      .prepare(
        `SELECT coalesce(v.mgmt, '(NONE)') AS mgmt, v.pool, v.stor, count(*) AS n, count(DISTINCT c.mvc) AS mvcs
           FROM temp.exp_copy c JOIN temp.exp_vtv v ON v.volser = c.vtv GROUP BY v.mgmt, v.pool, v.stor ORDER BY v.mgmt, v.pool, v.stor`,
      )
      .all() as { mgmt: string; pool: string; stor: string; n: number; mvcs: number }[]) {
      report.message('SIM0615I', s.n, s.mgmt, s.mvcs, s.pool, `STORAGE CLASS ${s.stor}`);
    }
    report.line();

    const large = db.prepare(`SELECT EXISTS (SELECT 1 FROM temp.exp_copy c JOIN vtv v ON v.volser = c.vtv WHERE ${LARGE_VTV})`).pluck().get() as number;
    this.writer.header(this.header(large === 1, true));
    for (const l of MVC_HEADINGS) report.line(l);
    const mvcs = db
      .prepare(
        `SELECT m.volser, m.media, m.rectech, m.pool, m.stor_class AS storClass, m.capacity_mb AS capacityMb, m.used_mb AS usedMb, u.copies
           FROM (SELECT mvc, count(*) AS copies FROM temp.exp_copy GROUP BY mvc) u JOIN mvc m ON m.volser = u.mvc ORDER BY m.volser`,
      )
      .iterate() as IterableIterator<{ volser: string; media: string | null; rectech: string | null; pool: string | null; storClass: string | null; capacityMb: number; usedMb: number; copies: number }>;
    let mvcCount = 0;
    let usedMb = 0;
    for (const m of mvcs) {
      this.writer.mvc({ ...m, written: true });
      report.line(mvcLine(m));
      mvcCount++;
      usedMb += m.usedMb;
    }
    const copies = db
      .prepare(
        `SELECT v.volser, c.mvc, c.block_id, NULL, v.mgmt_class, v.size_mb, v.comp_pct, v.max_size_mb, v.page_size, v.created, v.last_used,
                (SELECT count(*) FROM vtv_copy o WHERE o.vtv = v.volser AND o.current = 1) AS source_copies
           FROM temp.exp_copy c JOIN vtv v ON v.volser = c.vtv ORDER BY c.mvc, c.block_id`,
      )
      .raw(true)
      .iterate() as IterableIterator<CopyRow>;
    let vtvCopies = 0;
    for (const r of copies) {
      this.writer.vtv(copyOf(r, null));
      vtvCopies++;
    }
    report.line();
    report.line(totalsLine({ mvcs: mvcCount, copies: vtvCopies, vtvs: vtvCopies, usedMb }));

    // What was physically written on the export MVCs (the simulated hardware).
    const hw = ctx.step.system.hardware();
    const written = db.prepare('SELECT c.mvc, c.block_id, c.vtv, v.size_mb FROM temp.exp_copy c JOIN vtv v ON v.volser = c.vtv ORDER BY c.mvc, c.block_id').raw(true);
    hw.transaction(() => {
      for (const [mvc, block, vtv, size] of written.iterate() as IterableIterator<[string, string, string, number]>) hw.writeCopyAt(mvc, block, vtv, size, this.now);
    });

    const totals = this.writer.finish();
    report.message('SIM0610I', this.manifestName, totals.mvcs, totals.vtvs, totals.checksum);
    return this.rc;
  }
}

/** A copy row of the manifest queries (raw array, in this order). */
type CopyRow = [
  volser: string,
  mvc: string,
  blockId: string,
  copyIndex: number | null,
  mgmtClass: string | null,
  sizeMb: number,
  compPct: number,
  maxSizeMb: number | null,
  pageSize: PageSize | null,
  created: string | null,
  lastUsed: string | null,
  sourceCopies: number,
];

function copyOf(r: CopyRow, copyIndex: number | null) {
  return {
    volser: r[0],
    mvc: r[1],
    blockId: r[2],
    copyIndex,
    sourceCopies: r[11],
    mgmtClass: r[4],
    sizeMb: r[5],
    compPct: r[6],
    maxSizeMb: r[7],
    pageSize: r[8],
    created: r[9],
    lastUsed: r[10],
  };
}

function canonical(rs: Parameters<typeof canonicalOf>[0][]): CanonicalRange[] {
  return rs.map(canonicalOf).filter((r): r is CanonicalRange => !('error' in r));
}

function hex8(n: number): string {
  return n.toString(16).toUpperCase().padStart(8, '0');
}

/** EXPORT for the SLUADMIN registry: its parameters as data and its run. */
export const exportUtility: CdsUtility = { schema: exportSchema, run: runExport };

/**
 * MIGRATE: demand migration on the simulated hardware (src/sim/migrateVtv).
 *  - VTSs(name) THRESHLD(nn): the VTVs in that VTSS's buffer, least recently written first, are
 *    migrated (each policy copy that is missing is written to an MVC of its storage class) and
 *    removed from the buffer until the buffer holds at most nn percent of its capacity; THRESHLD(0)
 *    empties it ("migrate the VTSS to 0").
 *  - VTVid / MGMTclas: the resident VTVs selected are migrated; DELETE(YES), the default, removes
 *    them from their buffer afterwards, DELETE(NO) keeps them resident.
 * The CDS records the new copies, MVC usage and residency in the function's transaction; the
 * hardware changes as it goes, so every refusal is decided before anything moves (condition
 * code 8) and per-VTV problems afterwards only warn (condition code 4).
 */
import { canonicalOf, rangesCondition, volserAt, type CanonicalRange } from '../../cds/volserRange.js';
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { VtvMigrator, type VtvMigration } from '../../sim/migrateVtv.js';
import { has, int, names, text, volRanges } from '../paramValues.js';
import { HEADINGS, migrationLine } from './report.js';
import { migrateSchema } from './schema.js';

export function runMigrate(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const cds = ctx.cds;
  const report = ctx.report;
  const v = stmt.values;
  const hw = ctx.step.system.hardware();
  const vtss = text(v, 'VTSS');

  if (vtss !== undefined) {
    if (!cds.db.prepare('SELECT 1 FROM cfg_vtss WHERE name = ?').get(vtss)) {
      report.message('SIM0720E', vtss);
      return { rc: 8 };
    }
    const thr = int(v, 'THRESHLD');
    if (thr === undefined) {
      report.message('SIM0721E', 'VTSS', 'THRESHLD');
      return { rc: 8 };
    }
    const before = hw.bufferUsage(vtss);
    const target = Math.floor((before.capacityMb * thr) / 100);
    const contents = hw.bufferContents(vtss).sort((a, b) => (a.written ?? '').localeCompare(b.written ?? '') || a.vtv.localeCompare(b.vtv));
    const migrator = new VtvMigrator(cds, hw);
    const results: VtvMigration[] = [];
    let used = before.usedMb;
    for (const e of contents) {
      if (used <= target) break;
      const m = migrator.migrate(vtss, e.vtv, e.sizeMb, ctx.now, true);
      results.push(m);
      if (m.deleted) used -= e.sizeMb;
    }
    const after = hw.bufferUsage(vtss);
    let rc = listResults(ctx, results);
    report.message('SIM0722I', vtss, before.usedMb, pct(before.usedMb, before.capacityMb), after.usedMb, pct(after.usedMb, after.capacityMb), thr);
    if (after.usedMb > target) {
      report.message('SIM0724W', vtss, thr, results.filter((r) => !r.deleted).length);
      rc = Math.max(rc, 4);
    }
    return { rc };
  }

  if (has(v, 'THRESHLD')) {
    report.message('SIM0721E', 'THRESHLD', 'VTSS');
    return { rc: 8 };
  }
  const deleteAfter = text(v, 'DELETE') !== 'NO';
  const ranges = volRanges(v, 'VTVID').map(canonicalOf).filter((r): r is CanonicalRange => !('error' in r));
  const mgmt = names(v, 'MGMTCLAS');
  const known = cds.db.prepare('SELECT 1 FROM mgmt_class WHERE name = ?');
  const unknown = mgmt.filter((m) => !known.get(m));
  if (unknown.length > 0) {
    for (const m of unknown) report.message('SIM0713E', m);
    return { rc: 8 };
  }
  const cond = mgmt.length > 0 ? { sql: 'mgmt_class IN (SELECT value FROM json_each(?))', params: [JSON.stringify(mgmt)] } : rangesCondition('volser', ranges);
  const selected = cds.db
    .prepare(`SELECT volser, resident_vtss, size_mb FROM vtv WHERE ${cond.sql} AND resident = 1 AND resident_vtss IS NOT NULL ORDER BY volser`)
    .all(...cond.params) as { volser: string; resident_vtss: string; size_mb: number }[];
  let rc = 0;
  // Single volsers named that are not resident (ranges are not checked volser by volser).
  const residentSet = new Set(selected.map((s) => s.volser));
  for (const r of ranges.filter((x) => x.lo === x.hi)) {
    const vol = volserAt(r, r.lo);
    if (!residentSet.has(vol)) {
      report.message('SIM0726W', vol);
      rc = 4;
    }
  }
  if (selected.length === 0) {
    report.message('SIM0725W');
    return { rc: 4 };
  }
  const migrator = new VtvMigrator(cds, hw);
  const results: VtvMigration[] = [];
  for (const s of selected) {
    if (!hw.residentIn(s.volser).includes(s.resident_vtss)) {
      results.push({ vtv: s.volser, vtss: s.resident_vtss, sizeMb: s.size_mb, written: [], deleted: false, problem: `NOT IN THE BUFFER OF ${s.resident_vtss} (RUN AUDIT VTSS)` });
      continue;
    }
    results.push(migrator.migrate(s.resident_vtss, s.volser, s.size_mb, ctx.now, deleteAfter));
  }
  return { rc: Math.max(rc, listResults(ctx, results)) };
}

function pct(used: number, cap: number): string {
  return ((used * 100) / cap).toFixed(1);
}

/** The per-VTV lines and the totals; 4 when some VTV could not be migrated. */
function listResults(ctx: UtilityContext, results: readonly VtvMigration[]): number {
  const report = ctx.report;
  if (results.length > 0) {
    report.headings(HEADINGS);
    for (const r of results) report.line(migrationLine(r));
    report.line();
  }
  const failed = results.filter((r) => r.problem !== undefined).length;
  report.message('SIM0723I', results.length - failed, results.reduce((n, r) => n + r.written.length, 0), results.filter((r) => r.deleted).length, failed);
  return failed > 0 ? 4 : 0;
}

/** MIGRATE for the SLUADMIN registry: its parameters as data and its run. */
export const migrateUtility: CdsUtility = { schema: migrateSchema, run: runMigrate };

/**
 * EEXPORT: queues each selected VTV for electronic export (a cross-TapePlex copy) to TOPLEX, over
 * the CLINKs of this configuration whose REMPLEX is that TapePlex. The copy is sent from the VTSS
 * that holds the VTV when that VTSS has such a CLINK, else from the first VTSS that has one (VTCS
 * recalls it there); it completes on the clock like a CTR copy of an EEXPOL class (src/sim), and
 * DRMON can wait for it. The copy record (vtv_plex_copy) is PENDING until then.
 *
 * Selected: the VTVs of the management classes, or the volsers coded, that hold data. Skipped
 * (listed, condition code 4 when nothing is queued): scratch VTVs, VTVs with no data, VTVs whose
 * copy to TOPLEX is already queued or complete. Refused with condition code 8 and nothing queued:
 * no CLINK reaches TOPLEX (SIM1310E), TOPLEX is this TapePlex (SIM1311E), an undefined class
 * (SIM1312E). The hardware is changed only once the function has decided to succeed.
 */
import { rangesCondition, canonicalOf, type CanonicalRange } from '../../cds/volserRange.js';
import { cdsTime } from '../../cds/cdsTime.js';
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { transferMinutes } from '../../sim/tapeMounts.js';
import { names, text, volRanges } from '../paramValues.js';
import { formatRow, headingLines, type Column } from '../reportColumns.js';
import { eexportSchema } from './schema.js';

const COLUMNS: Column[] = [
  { head: ['VTV', 'VOLSER'], width: 6 },
  { head: ['MGMT', 'CLASS'], width: 8 },
  { head: ['SIZE', '(MB)'], width: 6, right: true },
  { head: ['OWNER'], width: 8 },
  { head: ['FROM', 'VTSS'], width: 8 },
  { head: ['TO', 'TAPEPLEX'], width: 8 },
  { head: ['STATUS'], width: 40 },
];

interface Row {
  volser: string;
  mgmt_class: string | null;
  size_mb: number;
  owner_plex: string | null;
  scratch: number;
  initialized: number;
  resident_vtss: string | null;
  plex_status: string | null;
  queued: number;
}

export function runEexport(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const db = ctx.cds.db;
  const report = ctx.report;
  const toplex = text(stmt.values, 'TOPLEX')!.toUpperCase();
  const thisPlex = (db.prepare('SELECT tapeplex FROM cds_identity WHERE id = 1').pluck().get() as string | null | undefined) ?? null;
  if (toplex === thisPlex) {
    report.message('SIM1311E', toplex);
    return { rc: 8 };
  }
  const senders = db
    .prepare('SELECT DISTINCT c.vtss FROM cfg_clink c JOIN cfg_vtss v ON v.name = c.vtss WHERE c.remplex = ? ORDER BY v.seq')
    .pluck()
    .all(toplex) as string[];
  if (senders.length === 0) {
    report.message('SIM1310E', toplex);
    return { rc: 8 };
  }
  const classes = names(stmt.values, 'MGMTCLAS');
  const known = db.prepare('SELECT 1 FROM mgmt_class WHERE name = ?').pluck();
  const unknown = classes.filter((c) => !known.get(c));
  if (unknown.length > 0) {
    for (const c of unknown) report.message('SIM1312E', c);
    return { rc: 8 };
  }
  let where: string;
  let params: string[];
  if (classes.length > 0) {
    where = 'v.mgmt_class IN (SELECT value FROM json_each(?))';
    params = [JSON.stringify(classes)];
  } else {
    const ranges = volRanges(stmt.values, 'VTVID').map(canonicalOf).filter((r): r is CanonicalRange => !('error' in r));
    const c = rangesCondition('v.volser', ranges);
    where = c.sql;
    params = c.params;
  }
  const hw = ctx.step.system.hardware();
  const pendingFor = new Set(hw.listWork({ kind: 'CTR', target: toplex }).map((w) => w.vtv));
  const rows = db
    .prepare(
      `SELECT v.volser, v.mgmt_class, v.size_mb, v.owner_plex, v.scratch, v.initialized, CASE WHEN v.resident THEN v.resident_vtss END AS resident_vtss,
              (SELECT status FROM vtv_plex_copy p WHERE p.vtv = v.volser AND p.tapeplex = ?) AS plex_status, 0 AS queued
         FROM vtv v WHERE ${where} ORDER BY v.volser`,
    )
    .all(toplex, ...params) as Row[];
  report.headings(headingLines(COLUMNS));
  const now = ctx.now;
  const at = cdsTime(now);
  const queue: { volser: string; from: string; sizeMb: number }[] = [];
  let skipped = 0;
  for (const r of rows) {
    const from = r.resident_vtss !== null && senders.includes(r.resident_vtss) ? r.resident_vtss : senders[0]!;
    let status: string;
    if (r.scratch === 1) status = 'SKIPPED - SCRATCH';
    else if (r.initialized === 0 || r.size_mb === 0) status = 'SKIPPED - NO DATA';
    else if (pendingFor.has(r.volser)) status = `SKIPPED - ALREADY QUEUED FOR ${toplex}`;
    else if (r.plex_status === 'COMPLETE') status = `SKIPPED - ALREADY AT ${toplex}`;
    else {
      status = 'QUEUED';
      queue.push({ volser: r.volser, from, sizeMb: r.size_mb });
    }
    if (status !== 'QUEUED') skipped++;
    report.line(formatRow(COLUMNS, [r.volser, r.mgmt_class, r.size_mb, r.owner_plex ?? thisPlex ?? '', status === 'QUEUED' ? from : '', toplex, status]));
  }
  report.line();
  if (rows.length === 0) {
    report.message('SIM1315W');
    return { rc: 4 };
  }
  // Decided: record the pending copies, then queue them on the hardware.
  const pending = db.prepare(
    "INSERT INTO vtv_plex_copy (vtv, tapeplex, status, updated) VALUES (?, ?, 'PENDING', ?) ON CONFLICT(vtv, tapeplex) DO UPDATE SET status = 'PENDING', updated = excluded.updated",
  );
  for (const q of queue) pending.run(q.volser, toplex, at);
  hw.transaction(() => {
    for (const q of queue) hw.addWork({ kind: 'CTR', vtv: q.volser, source: q.from, target: toplex, due: new Date(now.getTime() + transferMinutes(q.sizeMb) * 60000), added: now });
  });
  report.message('SIM1313I', queue.length, toplex, [...new Set(queue.map((q) => q.from))].join(',') || senders.join(','));
  if (skipped > 0) report.message('SIM1314W', skipped);
  return { rc: queue.length === 0 ? 4 : 0 };
}

/** EEXPORT for the SLUADMIN registry: its parameters as data and its run. */
export const eexportUtility: CdsUtility = { schema: eexportSchema, run: runEexport };

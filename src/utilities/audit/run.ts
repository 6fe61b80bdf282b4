/**
 * AUDIT VTSS / MVC against the simulated hardware (src/sim), reconciling the CDS (auditVtss.ts,
 * auditMvc.ts) and reporting every discrepancy. Refusals come first and change nothing: a VTSS
 * that is not configured, and — on a production CDS while a DR test is active — a DR VTSS, or an
 * MVC in the DR ACS or a DR storage manager (CDRT: no audit of the DR site from production).
 * Condition code 0 when the CDS agreed with the hardware, 4 when discrepancies were corrected or
 * an MVC could not be found, 8 when refused.
 */
import { readDrtestState } from '../../cds/drtestState.js';
import { canonicalOf, rangesCondition, type CanonicalRange } from '../../cds/volserRange.js';
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { names, volRanges } from '../paramValues.js';
import { MvcAuditor } from './auditMvc.js';
import { auditVtss } from './auditVtss.js';
import { auditSchema } from './schema.js';

export function runAudit(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const cds = ctx.cds;
  const report = ctx.report;
  const hw = ctx.step.system.hardware();
  const dr = readDrtestState(cds.db);
  const fromProductionDuringTest = !dr.isTestCds() && dr.state === 'ACTIVE';
  const vtssList = names(stmt.values, 'VTSS');

  if (vtssList.length > 0) {
    const known = cds.db.prepare('SELECT 1 FROM cfg_vtss WHERE name = ?');
    let refused = false;
    for (const v of vtssList) {
      if (!known.get(v)) {
        report.message('SIM0730E', v);
        refused = true;
      } else if (fromProductionDuringTest && dr.isDrVtss(v)) {
        report.message('SIM0735E', `VTSS ${v}`);
        refused = true;
      }
    }
    if (refused) return { rc: 8 };
    let rc = 0;
    for (const v of vtssList) {
      const a = auditVtss(cds, hw, v, ctx.now);
      report.line(`VTSS ${v}: ${a.inBuffer} VTVS IN THE BUFFER, ${a.agreed} AS THE CDS RECORDS THEM`);
      for (const f of a.findings) report.line(`  VTV ${f.vtv}  ${f.what}`);
      if (a.inBuffer === 0 && a.findings.length === 0) report.message('SIM0732I', v);
      report.message('SIM0731I', v, a.findings.length);
      report.line();
      if (a.findings.length > 0) rc = 4;
    }
    return { rc };
  }

  const ranges = volRanges(stmt.values, 'MVCID').map(canonicalOf).filter((r): r is CanonicalRange => !('error' in r));
  const inCds = rangesCondition('volser', ranges);
  const inHw = rangesCondition('volser', ranges);
  const cdsMvcs = cds.db.prepare(`SELECT volser, acs, stormngr FROM mvc WHERE ${inCds.sql} ORDER BY volser`).all(...inCds.params) as { volser: string; acs: string | null; stormngr: string | null }[];
  const hwMvcs = hw.db.prepare(`SELECT volser, acs, stormngr FROM hw_mvc WHERE ${inHw.sql} ORDER BY volser`).all(...inHw.params) as { volser: string; acs: string | null; stormngr: string | null }[];
  const all = new Map<string, { acs: string | null; stormngr: string | null }>();
  for (const m of [...cdsMvcs, ...hwMvcs]) if (!all.has(m.volser)) all.set(m.volser, m);
  if (fromProductionDuringTest) {
    const dr1 = [...all].filter(([, m]) => dr.isDrAcs(m.acs) || dr.isDrStormngr(m.stormngr)).map(([v]) => v);
    if (dr1.length > 0) {
      report.message('SIM0735E', `MVC ${dr1.slice(0, 5).join(',')}${dr1.length > 5 ? ` AND ${dr1.length - 5} MORE` : ''}`);
      return { rc: 8 };
    }
  }
  if (all.size === 0) {
    report.message('SIM0733W', volRanges(stmt.values, 'MVCID').map((r) => r.text).join(','));
    return { rc: 4 };
  }
  const auditor = new MvcAuditor(cds, hw);
  let rc = 0;
  let discrepancies = 0;
  for (const volser of [...all.keys()].sort()) {
    const a = auditor.audit(volser, ctx.now);
    report.line(`MVC ${volser} ${a.status}: ${a.onMvc} VTV COPIES ON IT, ${a.agreed} AS THE CDS RECORDS THEM, ${a.added} ADDED, ${a.removed} REMOVED${a.vtvsAdded > 0 ? `, ${a.vtvsAdded} VTV RECORDS ADDED` : ''}`);
    for (const f of a.findings) report.line(`  ${f}`);
    if (a.findings.length > 0) rc = 4;
    discrepancies += a.findings.length;
  }
  report.line();
  report.message('SIM0734I', all.size, discrepancies);
  return { rc };
}

/** AUDIT for the SLUADMIN registry: its parameters as data and its run. */
export const auditUtility: CdsUtility = { schema: auditSchema, run: runAudit };

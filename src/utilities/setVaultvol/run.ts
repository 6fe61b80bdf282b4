/**
 * SET VAULTVOL: records the capacity of the vaulted-volume area (vaultvol_area). The area is
 * defined once; the guide says more room is made later with MERGEcds, so a second SET VAULTVOL
 * is refused (SIM0670E) and the CDS is unchanged.
 */
import { InternalError } from '../../core/errors.js';
import { cdsTime } from '../../cds/cdsTime.js';
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { int } from '../paramValues.js';
import { vaultLines } from '../vaultLines.js';
import { setVaultvolSchema } from './schema.js';

export function runSetVaultvol(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const cds = ctx.cds;
  const db = cds.db;
  const nbrvols = int(stmt.values, 'NBRVOLS');
  if (nbrvols === undefined) throw new InternalError('SET VAULTVOL without NBRVOLS passed validation');
  const existing = db.prepare('SELECT capacity FROM vaultvol_area WHERE id = 1').pluck().get() as number | undefined;
  if (existing !== undefined) {
    ctx.report.message('SIM0670E', existing);
    return { rc: 8, rollback: true };
  }
  db.prepare('INSERT INTO vaultvol_area (id, capacity, formatted) VALUES (1, ?, ?)').run(nbrvols, cdsTime(ctx.now));
  ctx.report.message('SIM0671I', nbrvols);
  ctx.report.line();
  for (const l of vaultLines(db)) ctx.report.line(l);
  return { rc: 0 };
}

/** SET VAULTVOL for the SLUADMIN registry: its parameters as data and its run. */
export const setVaultvolUtility: CdsUtility = { schema: setVaultvolSchema, run: runSetVaultvol };

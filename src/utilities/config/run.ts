/**
 * CONFIG: reads the whole deck, checks it as a whole, and only then stores it (RESET rebuilds the
 * VTCS configuration, otherwise the deck updates it). Any error: every problem is listed, nothing
 * is stored, condition code 8. Warnings give 4.
 */
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { resolve } from 'node:path';
import { sim } from '../../core/simMessages.js';
import { readConfigDeck } from './configDeck.js';
import { checkConfigDeck } from './checkConfigDeck.js';
import { applyConfigDeck } from './applyConfigDeck.js';
import { existingConfig } from './existingConfig.js';
import { deckLines, storedConfigLines } from './report.js';
import { configSchema } from './schema.js';

export function runConfig(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const cds = ctx.cds;
  const report = ctx.report;
  const { deck, errors: placement } = readConfigDeck(stmt);
  const check = checkConfigDeck(deck, existingConfig(cds.db));
  const errors = [...placement, ...check.errors];
  if (deck.reset && inUseByHsc(ctx)) errors.push(sim.line('SIM0414E', ctx.step.dd('SLSCNTL')?.dsn ?? ctx.step.system.activeCds() ?? ''));

  for (const l of deckLines(deck)) report.line(l);
  report.line();
  for (const l of [...check.notes, ...check.warnings, ...errors]) report.line(l);
  if (errors.length > 0) {
    report.line(sim.line('SIM0409I', 'CONFIG'));
    return { rc: 8, rollback: true };
  }
  applyConfigDeck(cds.db, deck, ctx.now);
  if (check.notes.length + check.warnings.length > 0) report.line();
  for (const l of storedConfigLines(cds.db)) report.line(l);
  return { rc: check.warnings.length > 0 ? 4 : 0 };
}

/** Whether the CDS this CONFIG works on is the one an active HSC has open (aliases resolved by path). */
function inUseByHsc(ctx: UtilityContext): boolean {
  const sys = ctx.step.system;
  const active = sys.activeCds();
  if (!sys.hscActive() || active === undefined) return false;
  const activePath = sys.datasetPath(active);
  return activePath !== undefined && ctx.cds !== undefined && resolve(ctx.cds.path) === resolve(activePath);
}

/** CONFIG for the SLUADMIN registry: its parameters as data and its run. */
export const configUtility: CdsUtility = { schema: configSchema, run: runConfig };

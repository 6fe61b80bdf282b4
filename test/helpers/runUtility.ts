/**
 * Runs one utility function the way the SLUADMIN dispatcher does: inside one immediate CDS
 * transaction, committed when the function ends below 8 without asking for a rollback, rolled
 * back otherwise.
 */
import type { Utility, UtilityOutcome, ValidatedStatement } from '../../src/sluadmin/types.js';
import type { TestContext } from './utilityContext.js';

class Rollback extends Error {
  constructor(readonly outcome: UtilityOutcome) {
    super('rollback');
  }
}

export function runUtility(utility: Utility, ctx: TestContext, stmt: ValidatedStatement): UtilityOutcome {
  try {
    return ctx.cds.immediate(() => {
      const outcome = utility.run(ctx, stmt);
      if (outcome.rc >= 8 || outcome.rollback) throw new Rollback(outcome);
      return outcome;
    });
  } catch (e) {
    if (e instanceof Rollback) return e.outcome;
    throw e;
  }
}

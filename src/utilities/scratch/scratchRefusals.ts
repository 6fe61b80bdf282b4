/**
 * The volumes whose scratch status a SCRATCH or UNSCRATCH statement may not change, piece by
 * piece (volumePools.ts), each with the message that says why:
 *  - a piece in a pool that is not a scratch subpool (EXTERNAL, MVC, CLEAN, SPARE) — SIM0650E;
 *  - on a DR test CDS, a piece outside the DR test scratch subpools — SIM0651E (DR guide,
 *    chapter 7: on the DR test hosts scratch updates are allowed only for volumes that
 *    POOLPARM/VOLPARM define as DR test scratch subpool volumes);
 *  - on a production CDS with a DR test active, a piece in a DR test subpool — SIM0652E (the
 *    test's side: production makes no scratch updates there while the test runs).
 * One message per piece; any refusal refuses the whole statement.
 */
import type { DrtestState } from '../../cds/drtestState.js';
import { rangeText } from '../../cds/volserRange.js';
import type { Piece } from './volumePools.js';

export interface Refusal {
  id: 'SIM0650E' | 'SIM0651E' | 'SIM0652E';
  inserts: string[];
}

export function scratchRefusals(pieces: readonly Piece[], dr: DrtestState, verb: string): Refusal[] {
  const out: Refusal[] = [];
  for (const p of pieces) {
    const text = rangeText(p.range);
    if (p.pool && p.pool.type !== 'SCRATCH') {
      const owner = p.pool.ownrplex ? ` (OWNER ${p.pool.ownrplex})` : '';
      out.push({ id: 'SIM0650E', inserts: [text, p.pool.type, `${p.pool.name}${owner}`, verb] });
    } else if (dr.scratchLimitedToDrtestPools()) {
      if (!p.pool?.drtest) out.push({ id: 'SIM0651E', inserts: [text] });
    } else if (dr.state === 'ACTIVE' && p.pool?.drtest) {
      out.push({ id: 'SIM0652E', inserts: [text, p.pool.name] });
    }
  }
  return out;
}

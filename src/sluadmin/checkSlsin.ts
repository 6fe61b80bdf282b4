/**
 * An SLSIN deck checked without running it (`elsim check`): every note of the reader and the
 * planner, and every statement parsed and validated against the schema of the utility it names,
 * as SLUADMIN does before it opens the CDS. Each message is placed on its card (placeOnCard).
 * Statements SLUADMIN would not reach (after one that stops it) are checked all the same.
 */
import type { Diagnostic } from '../core/Diagnostic.js';
import { sls } from './messages.js';
import { placeOnCard, type SlsinPlace } from './placeOnCard.js';
import { planStream } from './planFunctions.js';
import type { Utility } from './types.js';
import { unitsOf } from './unitsOf.js';
import { validateFunction } from './validateFunction.js';
import { sim } from '../core/simMessages.js';

export interface SlsinCheck {
  diagnostics: Diagnostic[];
  /** The highest condition code the refused functions would end with (0: none refused). */
  code: number;
}

export function checkSlsin(records: readonly string[], registry: readonly Utility[], where: SlsinPlace, file = 'SLSIN'): SlsinCheck {
  const found: Diagnostic[] = [];
  let code = 0;
  let stopped = false;
  const sink = {
    card: () => undefined,
    note: (d: Diagnostic) => found.push(d),
    unit: () => undefined,
  };
  for (const f of planStream(unitsOf(records, file, sink), registry, (d) => found.push(d))) {
    const u = f.kind === 'utility' ? f.head : f.unit;
    if (u.parsed?.ok) found.push(...u.parsed.notes);
    switch (f.kind) {
      case 'invalid':
        found.push(f.id === 'SIM0307I' ? sim.diag(f.id, 'error', [f.insert], { card: f.unit.ls.pos }) : sls.diag(f.id, 'error', [f.insert], { card: f.unit.ls.pos }));
        code = Math.max(code, 12);
        break;
      case 'badOption':
        found.push(f.option === undefined ? sls.diag('SLS0006I', 'error', [1, f.verb, ''], { card: f.unit.ls.pos }) : sls.diag('SLS0005I', 'error', [f.option, f.verb], { card: f.unit.ls.pos }));
        code = Math.max(code, 8);
        break;
      case 'utility': {
        for (const s of f.subs) if (s.parsed?.ok) found.push(...s.parsed.notes);
        const v = validateFunction(f);
        // SIM0317I only heads a refused deck statement in SLSPRINT; here every message has its card.
        found.push(...v.errors.filter((d) => d.id !== 'SIM0317I'));
        code = Math.max(code, v.code);
      }
    }
    if (code >= 12 && !stopped) {
      stopped = true;
      found.push(sim.diag('SIM1405I', 'info', [code], { card: u.ls.pos }));
    }
  }
  return { diagnostics: found.map((d) => placeOnCard(d, file, records, where)), code };
}

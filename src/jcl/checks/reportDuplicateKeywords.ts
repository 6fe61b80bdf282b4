/** IEFC631I: the same keyword (or DSN and DSNAME, VOL and VOLUME) twice on one JOB, EXEC or DD statement. */
import type { Diagnostic } from '../../core/Diagnostic.js';
import { canonicalKey } from '../keywords.js';
import { iefc } from '../messages.js';
import { posAt } from '../parseStatement.js';
import type { CheckedJob } from './CheckedJob.js';
import { onStmt } from './CheckedJob.js';

export function reportDuplicateKeywords(cj: CheckedJob): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const ps of cj.statements) {
    if (!ps.ok || (ps.op !== 'JOB' && ps.op !== 'EXEC' && ps.op !== 'DD')) continue;
    const seen = new Set<string>();
    for (const p of ps.params) {
      if (p.key === undefined) continue;
      const k = canonicalKey(p.key) + (p.qualifier !== undefined ? `.${p.qualifier}` : '');
      if (seen.has(k)) out.push(onStmt(ps, iefc.diag('IEFC631I', 'error', [p.key, ps.op], posAt(ps, p.start))));
      seen.add(k);
    }
  }
  return out;
}

/** IEF642I: programmer name over 20, accounting over 143, PARM over 100, DSNAME over 44 or a qualifier over 8. */
import type { Diagnostic } from '../../core/Diagnostic.js';
import { keyParam, splitDsn } from '../ddSpecOf.js';
import { parmOf } from '../parmOf.js';
import { iefc } from '../messages.js';
import { posAt, unquoted } from '../parseStatement.js';
import type { CheckedJob } from './CheckedJob.js';
import { onStmt } from './CheckedJob.js';

export function dsnTooLong(dsn: string): boolean {
  if (dsn.includes('&') || dsn.startsWith('*.')) return dsn.startsWith('&&') && splitDsn(dsn).name.length > 10;
  const name = splitDsn(unquoted(dsn)).name;
  if (dsn.startsWith("'")) return name.length > 44;
  return name.length > 44 || name.split('.').some((q) => q.length > 8);
}

export function reportLengths(cj: CheckedJob): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const ps of cj.statements) {
    if (!ps.ok) continue;
    if (ps.op === 'JOB') {
      const [acct, prog] = ps.params;
      if (acct && acct.key === undefined && acct.text.length > 143) out.push(onStmt(ps, iefc.diag('IEF642I', 'error', ['ACCOUNTING'], posAt(ps, acct.start))));
      if (prog && prog.key === undefined && unquoted(prog.text).length > 20) out.push(onStmt(ps, iefc.diag('IEF642I', 'error', ["PROGRAMMER'S NAME"], posAt(ps, prog.start))));
    } else if (ps.op === 'EXEC') {
      const parm = keyParam(ps.params, 'PARM');
      if (parm && !parm.text.includes('&') && parmOf(parm).length > 100) out.push(onStmt(ps, iefc.diag('IEF642I', 'error', ['PARM'], posAt(ps, parm.start))));
    } else if (ps.op === 'DD') {
      const dsn = keyParam(ps.params, 'DSN');
      if (dsn && typeof dsn.value === 'string' && dsnTooLong(dsn.value)) out.push(onStmt(ps, iefc.diag('IEF642I', 'error', ['DSNAME'], posAt(ps, dsn.start))));
    }
  }
  return out;
}

/**
 * IEFC019I: an XMIT statement that does not follow the JOB statement directly (z/OS MVS JCL
 * Reference, XMIT JCL statement, "Location in the JCL"), a DD before the first EXEC (other than JOBLIB, JOBCAT and SYSCHK, which belong there:
 * z/OS MVS JCL Reference, SYSCHK DD "Location in the JCL"), a JCLLIB after an EXEC or a second JCLLIB.
 */
import type { Diagnostic } from '../../core/Diagnostic.js';
import { iefc } from '../messages.js';
import { stmtPos } from '../parseStatement.js';
import type { CheckedJob } from './CheckedJob.js';
import { onStmt } from './CheckedJob.js';

const JOB_LEVEL_DD = new Set(['JOBLIB', 'JOBCAT', 'SYSCHK']);

export function reportMisplaced(cj: CheckedJob): Diagnostic[] {
  const out: Diagnostic[] = [];
  let seenExec = false;
  let jcllib = false;
  let lastNamed = '';
  let other = false; // a statement other than JOB seen
  for (const ps of cj.statements) {
    if (ps.op === 'XMIT' && other) out.push(onStmt(ps, iefc.diag('IEFC019I', 'error', ['XMIT'], stmtPos(ps))));
    if (ps.op !== 'JOB') other = true;
    // An INCLUDE group that could not be read may hold the EXEC.
    if (ps.op === 'EXEC' || (ps.op === 'INCLUDE' && ps.unresolved)) seenExec = true;
    else if (ps.op === 'JCLLIB') {
      if (seenExec || jcllib) out.push(onStmt(ps, iefc.diag('IEFC019I', 'error', ['JCLLIB'], stmtPos(ps))));
      jcllib = true;
    } else if (ps.op === 'DD' && !seenExec) {
      if (ps.name !== '') lastNamed = ps.name;
      const jobLevel = JOB_LEVEL_DD.has(ps.name) || (ps.name === '' && JOB_LEVEL_DD.has(lastNamed));
      if (!jobLevel) out.push(onStmt(ps, iefc.diag('IEFC019I', 'error', ['DD'], stmtPos(ps))));
    }
  }
  return out;
}

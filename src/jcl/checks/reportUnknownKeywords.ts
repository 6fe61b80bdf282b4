/**
 * IEFC630I: a keyword the statement does not have (JOB, EXEC, DD, NOTIFY, XMIT), a positional parameter after a keyword
 * (`DSN=SHR,hlq.DBSEPRM.BKUP`), DLM on a DD that is neither `*` nor DATA. IEF643I: an unknown
 * positional parameter on a DD.
 */
import type { Diagnostic } from '../../core/Diagnostic.js';
import { keyParam } from '../ddSpecOf.js';
import { DD_KEYWORDS, DD_POSITIONALS, EXEC_KEYWORDS, JOB_KEYWORDS, NOTIFY_KEYWORDS, XMIT_KEYWORDS } from '../keywords.js';
import { iefc } from '../messages.js';
import type { ParsedStatement } from '../parseStatement.js';
import { posAt } from '../parseStatement.js';
import type { CheckedJob } from './CheckedJob.js';
import { onStmt } from './CheckedJob.js';

function check(ps: ParsedStatement, out: Diagnostic[]): void {
  const op = ps.op;
  const known = op === 'JOB' ? JOB_KEYWORDS : op === 'EXEC' ? EXEC_KEYWORDS : op === 'NOTIFY' ? NOTIFY_KEYWORDS : op === 'XMIT' ? XMIT_KEYWORDS : DD_KEYWORDS;
  const maxPositional = op === 'JOB' ? 2 : op === 'NOTIFY' || op === 'XMIT' ? 0 : 1;
  let seenKeyword = false;
  ps.params.forEach((p, i) => {
    const at = posAt(ps, p.start);
    if (p.key === undefined) {
      if (p.value === undefined && (!seenKeyword || i === ps.params.length - 1)) return; // an omitted positional (JOB ,'NAME'), a trailing comma
      if (seenKeyword || i >= maxPositional) {
        out.push(onStmt(ps, iefc.diag('IEFC630I', 'error', [p.text, op], at)));
        return;
      }
      if (op === 'DD' && typeof p.value === 'string' && !DD_POSITIONALS.has(p.value)) {
        out.push(onStmt(ps, iefc.diag('IEF643I', 'error', ['DD'], at)));
      }
      return;
    }
    seenKeyword = true;
    if (op === 'EXEC' && ps.procCall) return; // keywords of a procedure call: EXEC keywords, overrides or symbols
    if (p.qualifier !== undefined || !known.has(p.key)) {
      out.push(onStmt(ps, iefc.diag('IEFC630I', 'error', [p.qualifier !== undefined ? `${p.key}.${p.qualifier}` : p.key, op], at)));
    }
  });
  if (op === 'DD') {
    const dlm = keyParam(ps.params, 'DLM');
    const first = ps.params[0];
    const instream = first && first.key === undefined && (first.value === '*' || first.value === 'DATA');
    if (dlm && !instream) out.push(onStmt(ps, iefc.diag('IEFC630I', 'error', ['DLM', op], posAt(ps, dlm.start))));
  }
}

export function reportUnknownKeywords(cj: CheckedJob): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const ps of cj.statements) {
    if (!ps.ok || ps.raw.generated) continue;
    if (ps.op === 'JOB' || ps.op === 'EXEC' || ps.op === 'DD' || ps.op === 'NOTIFY' || ps.op === 'XMIT') check(ps, out);
  }
  return out;
}

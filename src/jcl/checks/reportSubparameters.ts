/**
 * The interpreter's subparameter checks: DISP values (IEF643I), SPACE numbers and options
 * (IEF644I, IEF643I; specific tracks ABSTR and directory-only space included), COND codes and operators (IEF644I, IEF643I). Values still holding an
 * unresolved symbol are left alone.
 */
import type { Diagnostic } from '../../core/Diagnostic.js';
import { condEntries, isSingleTest } from '../condOf.js';
import { keyParam } from '../ddSpecOf.js';
import type { IefcId } from '../messages.js';
import { iefc } from '../messages.js';
import type { Param } from '../parseOperands.js';
import type { ParsedStatement } from '../parseStatement.js';
import { posAt } from '../parseStatement.js';
import type { JclValue } from '../types.js';
import type { CheckedJob } from './CheckedJob.js';
import { onStmt } from './CheckedJob.js';

const STATUS = new Set(['', 'NEW', 'OLD', 'SHR', 'MOD']);
const NORMAL = new Set(['', 'DELETE', 'KEEP', 'PASS', 'CATLG', 'UNCATLG']);
const ABNORMAL = new Set(['', 'DELETE', 'KEEP', 'CATLG', 'UNCATLG']);
const SPACE_UNITS = /^(TRK|CYL|\d+)$/;
const SPACE_OPTIONS = new Set(['', 'RLSE', 'CONTIG', 'MXIG', 'ALX', 'ROUND']);
const COND_OPS = new Set(['GT', 'GE', 'EQ', 'LT', 'LE', 'NE']);

/** Offset in the statement text of element `path` of a keyword's parenthesised value. */
function elementOffset(ps: ParsedStatement, p: Param, path: number[]): number {
  const text = ps.text;
  let i = text.indexOf('=', p.start) + 1;
  let depth = 0;
  let q = false;
  const idx: number[] = [];
  for (; i < p.end; i++) {
    const ch = text[i];
    if (ch === "'") q = !q;
    if (q) continue;
    if (ch === '(') {
      depth++;
      idx[depth - 1] = 0;
    } else if (ch === ')') depth--;
    else if (ch === ',') idx[depth - 1] = (idx[depth - 1] ?? 0) + 1;
    if (depth === path.length && idx.slice(0, depth).every((v, k) => v === path[k]) && ch !== '(' && ch !== ',') return i;
    if (depth === path.length && idx.slice(0, depth).every((v, k) => v === path[k]) && (ch === '(' || ch === ',')) return i + 1;
  }
  return p.start;
}

const str = (v: JclValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

function checkDisp(ps: ParsedStatement, p: Param, out: Diagnostic[]): void {
  const v = p.value;
  if (v === undefined || p.text.includes('&')) return;
  const parts = typeof v === 'string' ? [v] : v;
  const sets = [STATUS, NORMAL, ABNORMAL];
  parts.forEach((part, k) => {
    const s = str(part);
    if (k < 3 && s !== undefined && sets[k]!.has(s)) return;
    const at = typeof v === 'string' ? p.start + p.key!.length + 1 : elementOffset(ps, p, [k]);
    out.push(onStmt(ps, iefc.diag('IEF643I', 'error', ['DISP'], posAt(ps, at))));
  });
}

const NUMBER = /^\d+$/;

/**
 * SPACE as the z/OS MVS JCL Reference gives it: `({TRK|CYL|blklgth|reclgth},(primary[,secondary]
 * [,directory])[,RLSE][,CONTIG|MXIG|ALX][,ROUND])`, specific tracks `(ABSTR,(primary,address
 * [,directory]))` with an address of at most 65535, and directory space only `(,(,,directory))`.
 */
function checkSpace(ps: ParsedStatement, p: Param, out: Diagnostic[]): void {
  const v = p.value;
  if (v === undefined || p.text.includes('&')) return;
  const bad = (id: IefcId, path: number[]): void => {
    out.push(onStmt(ps, iefc.diag(id, 'error', ['SPACE'], posAt(ps, elementOffset(ps, p, path)))));
  };
  if (typeof v === 'string') {
    out.push(onStmt(ps, iefc.diag('IEF644I', 'error', ['SPACE'], posAt(ps, p.start))));
    return;
  }
  const [unit, amounts, ...opts] = v;
  const checkOptions = (): void => {
    opts.forEach((o, k) => {
      if (typeof o !== 'string' || !SPACE_OPTIONS.has(o)) bad('IEF643I', [k + 2]);
    });
  };
  if (unit === '' && Array.isArray(amounts) && amounts.length === 3 && amounts[0] === '' && amounts[1] === '') {
    // Directory space only.
    if (typeof amounts[2] !== 'string' || !NUMBER.test(amounts[2])) bad('IEF644I', [1, 2]);
    checkOptions();
    return;
  }
  if (unit === 'ABSTR') {
    if (!Array.isArray(amounts) || amounts.length < 2 || amounts.length > 3) {
      bad('IEF644I', [1]);
    } else {
      amounts.forEach((a, k) => {
        const optional = k === 2 && a === '';
        if (optional) return;
        if (typeof a !== 'string' || !NUMBER.test(a) || (k === 1 && Number(a) > 65535)) bad('IEF644I', [1, k]);
      });
    }
    checkOptions();
    return;
  }
  if (typeof unit !== 'string' || !SPACE_UNITS.test(unit)) bad(/^\d/.test(str(unit) ?? '') || /^[A-Z]/.test(str(unit) ?? '') ? 'IEF643I' : 'IEF644I', [0]);
  if (amounts === undefined) bad('IEF644I', [1]);
  else if (typeof amounts === 'string') {
    if (!NUMBER.test(amounts)) bad('IEF644I', [1]);
  } else {
    amounts.forEach((a, k) => {
      if (typeof a !== 'string' || !/^\d*$/.test(a) || (k === 0 && a === '')) bad('IEF644I', [1, k]);
    });
  }
  checkOptions();
}

function checkCond(ps: ParsedStatement, p: Param, out: Diagnostic[]): void {
  const v = p.value;
  if (v === undefined || p.text.includes('&')) return;
  const single = isSingleTest(v);
  const entries = condEntries(v);
  entries.forEach((e, k) => {
    const base = typeof v === 'string' ? [] : single ? [] : [k];
    if (typeof e === 'string') {
      if (ps.op === 'EXEC' && (e === 'EVEN' || e === 'ONLY')) return;
      out.push(onStmt(ps, iefc.diag(/^\d/.test(e) ? 'IEF644I' : 'IEF643I', 'error', ['COND'], posAt(ps, typeof v === 'string' ? p.start : elementOffset(ps, p, [k])))));
      return;
    }
    const [code, op] = e;
    if (typeof code !== 'string' || !/^\d{1,4}$/.test(code) || Number(code) > 4095) {
      out.push(onStmt(ps, iefc.diag('IEF644I', 'error', ['COND'], posAt(ps, elementOffset(ps, p, [...base, 0])))));
    }
    if (typeof op !== 'string' || !COND_OPS.has(op)) {
      out.push(onStmt(ps, iefc.diag('IEF643I', 'error', ['COND'], posAt(ps, elementOffset(ps, p, [...base, 1])))));
    }
  });
}

export function reportSubparameters(cj: CheckedJob): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const ps of cj.statements) {
    if (!ps.ok) continue;
    if (ps.op === 'DD') {
      const disp = keyParam(ps.params, 'DISP');
      if (disp) checkDisp(ps, disp, out);
      const space = keyParam(ps.params, 'SPACE');
      if (space) checkSpace(ps, space, out);
    } else if (ps.op === 'EXEC' || ps.op === 'JOB') {
      for (const p of ps.params) if (p.key === 'COND') checkCond(ps, p, out);
    }
  }
  return out;
}

/**
 * One DD statement's parameters (after overrides) → the data set it describes, as the JES runner
 * consumes it (DdSpec), and DISP as coded.
 */
import type { InstreamData } from './readStatements.js';
import type { Param } from './parseOperands.js';
import { canonicalKey } from './keywords.js';
import type { DdSpec, Disp, DispAction, DispStatus, JclValue } from './types.js';

const STATUS = new Set(['NEW', 'OLD', 'SHR', 'MOD']);
const ACTION = new Set(['DELETE', 'KEEP', 'PASS', 'CATLG', 'UNCATLG']);

export function keyParam(params: readonly Param[], key: string): Param | undefined {
  return params.find((p) => p.key !== undefined && canonicalKey(p.key) === key && p.qualifier === undefined);
}

export function firstPositional(params: readonly Param[]): string | undefined {
  const p = params[0];
  if (!p || p.key !== undefined) return undefined;
  return typeof p.value === 'string' ? p.value : undefined;
}

export function dispOf(value: JclValue | undefined): Disp {
  const d: Disp = {};
  if (value === undefined) return d;
  const parts = typeof value === 'string' ? [value] : value.map((v) => (typeof v === 'string' ? v : ''));
  const [s, n, a] = parts;
  if (s && STATUS.has(s)) d.status = s as DispStatus;
  if (n && ACTION.has(n)) d.normal = n as DispAction;
  if (a && ACTION.has(a) && a !== 'PASS') d.abnormal = a as DispAction;
  return d;
}

export interface DdContext {
  stmt: number;
  stepName: string;
  procStep?: string;
}

/** `A.B(MEM)`, `G(+1)`, `&&T(M)` → name and member or generation. */
export function splitDsn(dsn: string): { name: string; member?: string; generation?: number } {
  const m = /^(.*?)\((.*)\)$/.exec(dsn);
  if (!m) return { name: dsn };
  const inner = m[2]!;
  if (/^[+-]?\d+$/.test(inner)) return { name: m[1]!, generation: Number(inner) };
  return { name: m[1]!, member: inner };
}

export function ddSpecOf(params: readonly Param[], data: InstreamData | undefined, ctx: DdContext): DdSpec {
  const pos = firstPositional(params);
  if (pos === '*' || pos === 'DATA') {
    const spec: DdSpec = { kind: 'instream', records: data?.records ?? [], data: pos === 'DATA' };
    if (data?.dlm !== undefined) spec.dlm = data.dlm;
    if (data?.first !== undefined) spec.first = data.first;
    return spec;
  }
  // NULLOVRD that overrides nothing (reported as SIM0120W) defines no data set.
  if (pos === 'DUMMY' || pos === 'NULLOVRD') return { kind: 'dummy' };
  const sysout = keyParam(params, 'SYSOUT');
  if (sysout && sysout.value !== undefined) {
    const v = sysout.value;
    const cls = typeof v === 'string' ? v : typeof v[0] === 'string' ? v[0] : '';
    return { kind: 'sysout', class: cls === '' ? '*' : cls };
  }
  const disp = dispOf(keyParam(params, 'DISP')?.value);
  const dsnP = keyParam(params, 'DSN');
  const dsnText = dsnP && typeof dsnP.value === 'string' ? dsnP.value.replace(/^'(.*)'$/, '$1') : undefined;
  if (dsnText === 'NULLFILE') return { kind: 'dummy' };
  if (keyParam(params, 'PATH') || keyParam(params, 'SUBSYS')) return { kind: 'dummy' };
  if (dsnText !== undefined && dsnText.startsWith('*.')) {
    const parts = dsnText.slice(2).split('.');
    if (parts.length === 1) {
      const ref: DdSpec = { kind: 'backref', step: ctx.stepName, dd: parts[0]!, disp };
      if (ctx.procStep !== undefined) ref.procStep = ctx.procStep;
      return ref;
    }
    if (parts.length === 2) return { kind: 'backref', step: parts[0]!, dd: parts[1]!, disp };
    return { kind: 'backref', step: parts[0]!, procStep: parts[1]!, dd: parts[2]!, disp };
  }
  if (dsnText === undefined || dsnText === '') {
    // No name: a temporary data set the system names; elsim calls it &&SYSnnnnn (statement number).
    return { kind: 'dataset', dsn: `&&SYS${String(ctx.stmt).padStart(5, '0')}`, temporary: true, disp };
  }
  const parts = splitDsn(dsnText);
  let name = parts.name;
  const temporary = name.startsWith('&');
  if (temporary && !name.startsWith('&&')) name = '&' + name; // an undefined &T is a temporary name too
  const spec: DdSpec = { kind: 'dataset', dsn: name, temporary, disp };
  if (parts.member !== undefined) spec.member = parts.member;
  if (parts.generation !== undefined) spec.generation = parts.generation;
  return spec;
}

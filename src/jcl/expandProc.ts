/**
 * A procedure call: finds the procedure (in-stream first, then JCLLIB ORDER, then the system
 * procedure libraries), substitutes its symbols (EXEC > PROC defaults > SET), and applies the
 * caller's overrides: `pstep.dd` DD statements merge into the procedure's DDs parameter by
 * parameter, unknown ddnames are added at the end of their step, `PARM.pstep=`/`COND.pstep=` and
 * unqualified EXEC keywords change the procedure's EXEC statements.
 */
import { appendAll } from '../core/appendAll.js';
import type { Diagnostic } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';
import { applySet } from './applySet.js';
import { execCondOf } from './condOf.js';
import { firstPositional } from './ddSpecOf.js';
import { canonicalKey, EXEC_KEYWORDS } from './keywords.js';
import { iefc } from './messages.js';
import type { Param } from './parseOperands.js';
import type { Origin, ParsedStatement } from './parseStatement.js';
import { parseStatement, posAt, stmtPos } from './parseStatement.js';
import { parmOf } from './parmOf.js';
import { isProcCall, procNameOf } from './procNameOf.js';
import type { Card } from './readCards.js';
import type { InstreamData, RawStatement, StreamItem } from './readStatements.js';
import type { DdEntry, DdNode, StepBuild } from './StepBuild.js';
import { symbolValueOf } from './symbolValueOf.js';
import { toKeyword } from './toKeyword.js';

/** A procedure's statements and where they were found (the `via` of IEFC001I). */
export interface FoundProc {
  items: readonly StreamItem[];
  origin: Origin;
  via: string;
}

/** What a procedure call needs of the job it is expanded into. */
export interface ProcHost {
  /** The job's symbols where the call stands. */
  readonly symbols: ReadonlyMap<string, string>;
  /** Whether procedure libraries can be read at all (a check without a system cannot). */
  readonly readsLibraries: boolean;
  /** The procedure: in-stream first, then JCLLIB ORDER, then the system procedure libraries. */
  findProc(name: string): FoundProc | undefined;
  report(ps: ParsedStatement | undefined, d: Diagnostic): void;
  /** Adds the statement's cards to the listing with the next number. */
  list(raw: RawStatement, prefix: string, ps?: ParsedStatement): number;
  listComment(card: Card, prefix: string): void;
  blank(card: Card): void;
  /** Reads an INCLUDE member and hands its statements to `walk`. */
  include(ps: ParsedStatement, walk: (items: StreamItem[]) => void): void;
  /** Starts a job step of the job (the current step, which DDs join). */
  newStep(ps: ParsedStatement, name: string, procStep?: string, procName?: string): StepBuild;
  ddEntry(ps: ParsedStatement, params: Param[], data: InstreamData | undefined): DdEntry;
  /** An IF, ELSE or ENDIF statement. */
  ifStatement(ps: ParsedStatement): void;
  /** Depth of the IF stack (procedures must leave it as they found it). */
  ifDepth(): number;
}

interface OverrideGroup {
  pstep: string;
  ddname: string;
  entries: ParsedStatement[];
  used: boolean;
}

export interface CallSite {
  depth: number;
  /** The job step name every step of the procedure gets. */
  stepName: string;
  origin: Origin;
  prefix: string;
}

const EMPTY = new Map<string, string>();
const MAX_DEPTH = 15;

/**
 * Override merge: keywords replace keywords, `KEY=` nullifies, mutually exclusive parameters give
 * way. `NULLOVRD` (z/OS 2.4) is a null override: the procedure DD stays as it is, in-stream data
 * included, so that one member of a concatenation can be left alone while later ones change.
 */
export function mergeParams(base: readonly Param[], overriding: readonly Param[]): Param[] {
  const over = firstPositional(overriding) === 'NULLOVRD' ? overriding.filter((p) => p.key !== undefined) : overriding;
  let out = base.filter((p) => p.key !== undefined || p.value !== undefined);
  const overPos = firstPositional(over);
  const overKeys = new Set(over.filter((p) => p.key !== undefined).map((p) => canonicalKey(p.key!)));
  const drop = (keys: string[]): void => {
    out = out.filter((p) => p.key === undefined || !keys.includes(canonicalKey(p.key)));
  };
  if (overPos !== undefined) {
    out = out.filter((p) => p.key !== undefined);
    if (overPos === '*' || overPos === 'DATA') drop(['DSN', 'SYSOUT', 'DISP']);
  }
  if (overKeys.has('SYSOUT')) {
    drop(['DSN', 'DISP', 'UNIT', 'VOL', 'SPACE', 'LABEL']);
    out = out.filter((p) => p.key !== undefined);
  }
  if (overKeys.has('DSN')) {
    drop(['SYSOUT']);
    if (firstPositional(out) === 'DUMMY') out = out.filter((p) => p.key !== undefined);
  }
  for (const p of over) {
    if (p.key === undefined) continue;
    const k = canonicalKey(p.key);
    out = out.filter((q) => q.key === undefined || canonicalKey(q.key) !== k);
    if (p.value !== undefined) out.push(p);
  }
  if (overPos !== undefined) out.unshift(over.find((p) => p.key === undefined && p.value !== undefined)!);
  return out;
}

export function expandProc(x: ProcHost, call: ParsedStatement, overrideItems: readonly StreamItem[], site: CallSite): void {
  const pn = procNameOf(call);
  if (!pn) return;
  const procName = pn.name;

  // The override statements come from the caller's stream: parse them with the caller's symbols.
  const overrides: ParsedStatement[] = [];
  for (const o of overrideItems) {
    if (o.kind === 'statement') overrides.push(parseStatement(o.stmt, site.origin, x.symbols));
    else if (o.kind === 'blank') x.blank(o.card);
  }
  const listRest = (): void => {
    for (const o of overrideItems) if (o.kind === 'comment') x.listComment(o.card, site.prefix);
    for (const o of overrides) if (o.stmtNo === undefined) x.list(o.raw, site.prefix, o);
  };

  const found = x.findProc(procName);
  if (!found || site.depth > MAX_DEPTH) {
    call.unresolved = true;
    if (!found && !x.readsLibraries) x.report(call, sim.diag('SIM0108W', 'warning', [procName, site.stepName || '(unnamed)'], posAt(call, pn.param.start)));
    else x.report(call, iefc.diag('IEFC612I', 'error', [procName], posAt(call, pn.param.start)));
    if (site.depth === 1) {
      const sb = x.newStep(call, site.stepName);
      sb.step.procName = procName;
    }
    listRest();
    return;
  }
  const { items, origin, via } = found;
  x.report(call, iefc.diag('IEFC001I', 'info', [procName, via], stmtPos(call)));
  const listPrefix = origin === 'instream' ? '++' : 'XX';
  const overPrefix = origin === 'instream' ? '+/' : 'X/';

  // Symbols: SET values, overlaid by the PROC defaults, overlaid by the EXEC's assignments.
  const execSyms = new Map<string, { value: string; param: Param }>();
  const execKw: Param[] = [];
  for (const p of call.params) {
    if (p.key === undefined || p.key === 'PROC') continue;
    if (p.qualifier !== undefined || EXEC_KEYWORDS.has(p.key)) execKw.push(p);
    else {
      const v = symbolValueOf(call, { ...p, key: p.key });
      if (v.ok) execSyms.set(p.key, { value: v.value, param: p });
      else x.report(call, v.diag);
    }
  }
  const syms = new Map(x.symbols);
  const procStmt = items.find((i) => i.kind === 'statement' && i.stmt.op === 'PROC');
  if (procStmt && procStmt.kind === 'statement') {
    const pps = parseStatement(procStmt.stmt, origin, EMPTY);
    for (const p of pps.params) {
      if (p.key === undefined) continue;
      const v = symbolValueOf(pps, { ...p, key: p.key });
      if (v.ok) syms.set(v.name, v.value);
    }
  }
  for (const [k, v] of execSyms) syms.set(k, v.value);

  // Override groups: `pstep.dd`, an unqualified `dd` (the previous override's step, or the first
  // procedure step) and unnamed DDs that continue an override's concatenation.
  const firstStep = items.find((i) => i.kind === 'statement' && i.stmt.op === 'EXEC');
  const firstStepName = firstStep && firstStep.kind === 'statement' ? firstStep.stmt.name : '';
  const groups: OverrideGroup[] = [];
  let lastPstep = firstStepName;
  for (const o of overrides) {
    const last = groups[groups.length - 1];
    if (o.name === '' && last) {
      last.entries.push(o);
      continue;
    }
    const dot = o.name.indexOf('.');
    const pstep = dot >= 0 ? o.name.slice(0, dot) : lastPstep;
    const ddname = dot >= 0 ? o.name.slice(dot + 1) : o.name;
    lastPstep = pstep;
    groups.push({ pstep, ddname, entries: [o], used: false });
  }

  const stepNames = new Set<string>();
  const used = new Set<string>();
  const procSteps: StepBuild[] = [];
  let cur: StepBuild | undefined;
  const depthAtStart = x.ifDepth();

  const closeStep = (): void => {
    if (!cur) return;
    for (const g of groups) {
      if (g.used || g.pstep !== cur.step.procStep) continue;
      g.used = true;
      const node: DdNode = { name: g.ddname, entries: [] };
      for (const o of g.entries) {
        x.list(o.raw, site.prefix, o);
        node.entries.push(x.ddEntry(o, o.params, o.raw.data));
      }
      cur.nodes.push(node);
    }
    cur = undefined;
  };

  const body = [...items];
  let lastNode: { node: DdNode; group?: OverrideGroup; member: number } | undefined;
  for (let i = 0; i < body.length; i++) {
    const it = body[i]!;
    if (it.kind === 'comment') {
      x.listComment(it.card, listPrefix);
      continue;
    }
    if (it.kind === 'blank') {
      x.blank(it.card);
      continue;
    }
    if (it.kind !== 'statement') continue;
    const raw = it.stmt;
    const ps = parseStatement(raw, origin, raw.op === 'PROC' ? EMPTY : syms);
    if (origin === 'instream') {
      // The definition reported its cards' warnings; its errors are this call's (a copy for each call).
      ps.diags = ps.diags.flatMap((d) => (!raw.diags.includes(d) ? [d] : d.severity === 'error' ? [{ ...d }] : []));
    }
    for (const u of ps.used) used.add(u);
    switch (raw.op) {
      case 'PROC':
        // A default longer than 255 characters is reported here, on the listed PROC statement.
        for (const p of ps.params) {
          if (p.key === undefined) continue;
          const v = symbolValueOf(ps, { ...p, key: p.key });
          if (!v.ok) ps.diags.push(v.diag);
        }
        x.list(raw, listPrefix, ps);
        break;
      case 'PEND':
        x.list(raw, listPrefix, ps);
        break;
      case 'SET':
        x.list(raw, listPrefix, ps);
        for (const p of ps.params) {
          if (p.key === undefined || execSyms.has(p.key)) continue;
          for (const d of applySet({ ...ps, params: [p] }, syms)) x.report(ps, d);
        }
        break;
      case 'INCLUDE':
        x.list(raw, listPrefix, ps);
        x.include(ps, (inc) => {
          // Inserted without spreading the member into a call (a member of any size).
          const rest = body.splice(i + 1);
          appendAll(appendAll(body, inc), rest);
        });
        break;
      case 'EXEC': {
        closeStep();
        x.list(raw, listPrefix, ps);
        if (stepNames.has(ps.name) === false) stepNames.add(ps.name);
        if (isProcCall(ps)) {
          ps.procCall = true;
          let j = i + 1;
          const nested: StreamItem[] = [];
          for (; j < body.length; j++) {
            const o = body[j]!;
            if ((o.kind === 'statement' && o.stmt.op === 'DD') || o.kind === 'comment' || o.kind === 'blank') nested.push(o);
            else break;
          }
          expandProc(x, ps, nested, { depth: site.depth + 1, stepName: site.stepName, origin, prefix: listPrefix });
          i = j - 1;
          break;
        }
        cur = x.newStep(ps, site.stepName, ps.name, procName);
        procSteps.push(cur);
        lastNode = undefined;
        break;
      }
      case 'DD': {
        if (!cur) {
          x.list(raw, listPrefix, ps);
          x.report(ps, iefc.diag('IEFC019I', 'error', ['DD'], stmtPos(ps)));
          break;
        }
        let over: ParsedStatement | undefined;
        let group: OverrideGroup | undefined;
        let member = 0;
        if (ps.name === '' && lastNode) {
          member = lastNode.member + 1;
          group = lastNode.group;
          over = group?.entries[member];
        } else {
          group = groups.find((g) => !g.used && g.pstep === cur!.step.procStep && g.ddname === ps.name);
          if (group) {
            group.used = true;
            over = group.entries[0];
          }
        }
        let params = ps.params;
        let data = ps.raw.data;
        if (over) {
          x.list(over.raw, site.prefix, over);
          x.list(raw, overPrefix, ps);
          params = mergeParams(ps.params, over.params);
          if (over.raw.data) data = over.raw.data;
        } else x.list(raw, listPrefix, ps);
        const entry = x.ddEntry(over ?? ps, params, data);
        if (ps.name === '' && lastNode) {
          lastNode.node.entries.push(entry);
          lastNode.member = member;
        } else {
          const node: DdNode = { name: ps.name, entries: [entry] };
          cur.nodes.push(node);
          lastNode = group ? { node, group, member: 0 } : { node, member: 0 };
        }
        // Further unnamed overrides beyond the procedure's concatenation are added to it.
        const next = body[i + 1];
        const nextIsConcat = next && next.kind === 'statement' && next.stmt.op === 'DD' && next.stmt.name === '';
        if (!nextIsConcat && group && lastNode) {
          for (const extra of group.entries.slice(lastNode.member + 1)) {
            x.list(extra.raw, site.prefix, extra);
            lastNode.node.entries.push(x.ddEntry(extra, extra.params, extra.raw.data));
          }
        }
        break;
      }
      case 'IF':
      case 'ELSE':
      case 'ENDIF':
        closeStep();
        x.list(raw, listPrefix, ps);
        x.ifStatement(ps);
        break;
      default:
        x.list(raw, listPrefix, ps);
    }
  }
  closeStep();
  if (x.ifDepth() !== depthAtStart) x.report(call, iefc.diag('IEFC019I', 'error', ['IF'], stmtPos(call)));

  // Overrides naming a step the procedure does not have.
  const names = new Set(procSteps.map((s) => s.step.procStep));
  for (const g of groups) {
    if (g.used) continue;
    for (const o of g.entries) if (o.stmtNo === undefined) x.list(o.raw, site.prefix, o);
    if (!names.has(g.pstep)) x.report(g.entries[0], iefc.diag('IEFC611I', 'error', [g.pstep, procName], stmtPos(g.entries[0]!, 3)));
  }
  listRest();

  // EXEC keyword overrides: PARM unqualified goes to the first step only; others to every step.
  procSteps.forEach((sb, k) => applyExecOverrides(call, sb, execKw, k === 0));
  for (const p of execKw) {
    if (p.qualifier !== undefined && !names.has(p.qualifier)) x.report(call, iefc.diag('IEFC611I', 'error', [p.qualifier, procName], posAt(call, p.start)));
  }
  for (const [k, v] of execSyms) if (!used.has(k)) x.report(call, iefc.diag('IEFC657I', 'error', [k], posAt(call, v.param.start)));
}

function applyExecOverrides(call: ParsedStatement, sb: StepBuild, execKw: readonly Param[], first: boolean): void {
  const step = sb.step;
  for (const p of execKw) {
    if (p.qualifier !== undefined && p.qualifier !== step.procStep) continue;
    const key = p.key!;
    step.keywords = step.keywords.filter((k) => k.key !== key);
    if (key === 'PARM' && p.qualifier === undefined && !first) {
      step.parm = '';
      continue;
    }
    if (p.value !== undefined) step.keywords.push({ ...toKeyword(call, p), key });
    if (key === 'PARM') step.parm = parmOf(p);
    if (key === 'COND') {
      const c = execCondOf(p.value);
      if (c) step.cond = c;
      else delete step.cond;
    }
  }
}

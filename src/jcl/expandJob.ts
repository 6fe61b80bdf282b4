/**
 * One job's statements → the job as JES2 runs it: JOB parameters, SET symbols taking effect where
 * they stand, JCLLIB, INCLUDE groups, in-stream and cataloged procedures with their DD and EXEC
 * overrides (expandProc.ts), IF/THEN/ELSE contexts, concatenations, and the JESJCL listing with
 * its statement numbers and `//`, `XX`, `X/`, `++`, `+/` prefixes.
 */
import type { Diagnostic } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';
import { applySet } from './applySet.js';
import { execCondOf, jobCondOf } from './condOf.js';
import { ddSpecOf, firstPositional, keyParam } from './ddSpecOf.js';
import type { FoundProc, ProcHost } from './expandProc.js';
import { expandProc } from './expandProc.js';
import { ifExprOf } from './ifExprOf.js';
import type { IfProblem } from './ifExprOf.js';
import { iefc } from './messages.js';
import type { Param } from './parseOperands.js';
import type { Origin, ParsedStatement, Where } from './parseStatement.js';
import { parseStatement, posAt, stmtPos, unquoted } from './parseStatement.js';
import { parmOf } from './parmOf.js';
import { isProcCall } from './procNameOf.js';
import type { Card } from './readCards.js';
import { readCards } from './readCards.js';
import type { InstreamData, RawStatement, StreamItem } from './readStatements.js';
import { readStatements } from './readStatements.js';
import type { DdEntry, DdNode, StepBuild } from './StepBuild.js';
import { substituteInData } from './substituteSymbols.js';
import { symbolValueOf } from './symbolValueOf.js';
import { toKeyword } from './toKeyword.js';
import type { ConvertOptions, IfContext, JclDd, JclJob, JclStep, JclValue } from './types.js';

interface IfFrame {
  ctx: IfContext;
  inElse: boolean;
  ps: ParsedStatement;
}

const EMPTY = new Map<string, string>();

function valueText(v: JclValue | undefined): string {
  if (v === undefined) return '';
  return typeof v === 'string' ? v : `(${v.map(valueText).join(',')})`;
}

export class JobExpander implements ProcHost {
  readonly job: JclJob;
  readonly statements: ParsedStatement[] = [];
  readonly steps: StepBuild[] = [];
  readonly symbols = new Map<string, string>();
  private readonly instreamProcs = new Map<string, StreamItem[]>();
  jcllib: string[] | undefined;
  exported: Set<string> | 'ALL' = new Set();
  current: StepBuild | undefined;
  private stmtNo = 0;
  private ifStack: IfFrame[] = [];
  private procDef: { name: string; items: StreamItem[]; ps: ParsedStatement } | undefined;
  private blankCards = 0;
  private firstBlank: Card | undefined;
  private folded = 0;
  private firstFolded: RawStatement | undefined;
  private firstFoldedStmt = 0;
  private includeDepth = 0;
  /** The stream is a procedure member (no JOB card, first statement PROC): its PROC gives symbol defaults. */
  procMember = false;

  constructor(readonly opts: ConvertOptions, job: JclJob) {
    this.job = job;
    this.symbols.set('SYSUID', opts.userid ?? 'ELSIM');
  }

  report(ps: ParsedStatement | undefined, d: Diagnostic): void {
    if (ps?.stmtNo !== undefined) d.stmt = ps.stmtNo;
    this.job.diagnostics.push(d);
  }

  /**
   * Adds the statement's cards to the listing with the next number; reports its own diagnostics.
   * `definition`: a statement of an in-stream procedure being defined, whose errors wait for a call.
   */
  list(raw: RawStatement, prefix: string, ps?: ParsedStatement, definition = false): number {
    const n = ++this.stmtNo;
    const listing = this.job.listing;
    if (raw.generated) {
      listing.push({ stmt: n, prefix: '//', text: 'SYSIN    DD *                 GENERATED STATEMENT' });
    } else {
      raw.cards.forEach((c, k) => {
        const line = { prefix, text: c.image.slice(2, 72) };
        listing.push(k === 0 ? { stmt: n, ...line } : line);
      });
    }
    if (ps?.substituted) listing.push({ prefix: '', text: iefc.line('IEFC653I', ps.text) });
    if (raw.folded) {
      this.folded++;
      if (!this.firstFolded) {
        this.firstFolded = raw;
        this.firstFoldedStmt = n;
      }
    }
    const all = ps ? ps.diags : raw.diags;
    // z/OS checks an in-stream procedure's syntax only when an EXEC calls it (z/OS MVS JCL
    // Reference, "Testing a procedure"): its errors are reported with each expansion.
    const diags = definition ? all.filter((d) => d.severity !== 'error') : all;
    for (const d of diags) {
      d.stmt = n;
      this.job.diagnostics.push(d);
    }
    if (ps) {
      ps.stmtNo = n;
      this.statements.push(ps);
    }
    return n;
  }

  listComment(card: Card, prefix: string): void {
    this.job.listing.push({ prefix, text: card.image.slice(2, 72) });
  }

  blank(card: Card): void {
    this.blankCards++;
    this.firstBlank ??= card;
  }

  /** The main input stream of the job (the JOB statement first, when there is one). */
  run(items: readonly StreamItem[]): void {
    this.walk(items, 'main', '//');
    if (this.procDef) {
      // An in-stream PROC without PEND runs to the end of the job: nothing was defined.
      this.report(this.procDef.ps, iefc.diag('IEFC019I', 'error', ['PROC'], stmtPos(this.procDef.ps)));
      this.procDef = undefined;
    }
    for (const f of this.ifStack) this.report(f.ps, iefc.diag('IEFC019I', 'error', ['IF'], stmtPos(f.ps)));
    this.finish();
  }

  walk(items: readonly StreamItem[], origin: Origin, prefix: string): void {
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      switch (it.kind) {
        case 'comment':
          if (this.procDef) this.procDef.items.push(it);
          this.listComment(it.card, prefix);
          break;
        case 'blank':
          this.blank(it.card);
          break;
        case 'jes2':
          if (it.card.jes2Verb === 'SCAN') this.job.params.typrun = 'SCAN';
          if (it.xmit) this.transmitted(it.xmit.dest, it.xmit.records, { card: { file: this.opts.file, line: it.card.line, column: 1 }, image: it.card.image });
          break;
        case 'delimiter':
        case 'null':
          break;
        case 'statement':
          i = this.statement(items, i, origin, prefix);
          break;
      }
    }
  }

  private statement(items: readonly StreamItem[], i: number, origin: Origin, prefix: string): number {
    const it = items[i] as { kind: 'statement'; stmt: RawStatement };
    const raw = it.stmt;
    if (this.procDef) {
      this.procDef.items.push(it);
      this.list(raw, prefix, undefined, true);
      if (raw.op === 'PEND') {
        this.instreamProcs.set(this.procDef.name, this.procDef.items);
        this.procDef = undefined;
      }
      return i;
    }
    if (raw.op === 'PROC' && this.procMember && origin === 'main' && this.statements.length === 0) {
      const ps = parseStatement(raw, origin, EMPTY);
      this.list(raw, prefix, ps);
      for (const p of ps.params) {
        if (p.key === undefined) continue;
        const v = symbolValueOf(ps, { ...p, key: p.key });
        if (v.ok) this.symbols.set(v.name, v.value);
        else this.report(ps, v.diag);
      }
      this.report(ps, sim.diag('SIM0115I', 'info', [raw.name || '(unnamed)'], stmtPos(ps)));
      return i;
    }
    if (raw.op === 'PEND' && this.procMember && origin === 'main') {
      this.list(raw, prefix, parseStatement(raw, origin, EMPTY));
      return i;
    }
    if (raw.op === 'PROC') {
      const ps = parseStatement(raw, origin, EMPTY);
      this.list(raw, prefix, ps, true);
      this.procDef = { name: raw.name, items: [it], ps };
      return i;
    }
    const ps = parseStatement(raw, origin, this.symbols);
    switch (ps.op) {
      case 'JOB':
        this.list(raw, prefix, ps);
        this.jobParams(ps);
        return i;
      case 'SET':
        this.list(raw, prefix, ps);
        for (const d of applySet(ps, this.symbols)) this.report(ps, d);
        return i;
      case 'JCLLIB':
        this.list(raw, prefix, ps);
        if (this.jcllib === undefined && this.steps.length === 0) this.jcllib = jcllibOf(ps);
        return i;
      case 'EXPORT':
        this.list(raw, prefix, ps);
        this.export(ps);
        return i;
      case 'INCLUDE':
        this.list(raw, prefix, ps);
        this.include(ps, (incItems) => this.walk(incItems, 'catalog', 'XX'));
        return i;
      case 'EXEC': {
        this.list(raw, prefix, ps);
        if (!isProcCall(ps)) {
          this.newStep(ps, ps.name);
          return i;
        }
        ps.procCall = true;
        let j = i + 1;
        const overrides: StreamItem[] = [];
        for (; j < items.length; j++) {
          const o = items[j]!;
          if (o.kind === 'statement' && o.stmt.op === 'DD' && !o.stmt.generated) overrides.push(o);
          else if (o.kind === 'comment' || o.kind === 'blank') overrides.push(o);
          else break;
        }
        expandProc(this, ps, overrides, { depth: 1, stepName: ps.name, origin, prefix });
        return j - 1;
      }
      case 'DD':
        this.list(raw, prefix, ps);
        this.addDd(ps);
        return i;
      case 'IF':
      case 'ELSE':
      case 'ENDIF':
        this.list(raw, prefix, ps);
        this.ifStatement(ps);
        return i;
      case 'PEND':
        this.list(raw, prefix, ps);
        this.report(ps, iefc.diag('IEFC019I', 'error', ['PEND'], stmtPos(ps)));
        return i;
      case 'XMIT': {
        this.list(raw, prefix, ps);
        const dest = keyParam(ps.params, 'DEST')?.value;
        this.transmitted(typeof dest === 'string' ? dest : '', raw.data?.records.length ?? 0, stmtPos(ps), ps);
        return i;
      }
      default:
        // OUTPUT, CNTL, ENDCNTL, SCHEDULE, COMMAND, XMIT are accepted; unknown operations are reported by the checks.
        this.list(raw, prefix, ps);
        return i;
    }
  }

  /** The job sends records to another node: SIM0116I, and it will not run here. */
  private transmitted(dest: string, records: number, where: Where, ps?: ParsedStatement): void {
    this.job.transmit = { dest, records };
    this.report(ps, sim.diag('SIM0116I', 'info', [records, dest || '(NONE)'], where));
  }

  private jobParams(ps: ParsedStatement): void {
    const p = this.job.params;
    const [acct, prog] = ps.params;
    if (acct && acct.key === undefined && acct.value !== undefined) p.accounting = acct.value;
    if (prog && prog.key === undefined && prog.value !== undefined) p.programmer = unquoted(prog.text);
    for (const k of ps.params) {
      if (k.key === undefined) continue;
      p.keywords.push(toKeyword(ps, k));
      const v = k.value;
      const s = typeof v === 'string' ? unquoted(v) : undefined;
      switch (k.key) {
        case 'CLASS':
          if (s) p.class = s;
          break;
        case 'MSGCLASS':
          if (s) p.msgclass = s;
          break;
        case 'NOTIFY':
          if (s) p.notify = s;
          break;
        case 'TYPRUN':
          if (s) p.typrun = s;
          break;
        case 'COND': {
          const c = jobCondOf(v);
          if (c) p.cond = c;
          break;
        }
        case 'MSGLEVEL': {
          const parts = v === undefined ? [] : typeof v === 'string' ? [v] : v.map((x) => (typeof x === 'string' ? x : ''));
          const st = /^[012]$/.test(parts[0] ?? '') ? Number(parts[0]) : p.msglevel[0];
          const m = /^[01]$/.test(parts[1] ?? '') ? Number(parts[1]) : p.msglevel[1];
          p.msglevel = [st, m];
          break;
        }
      }
    }
  }

  private export(ps: ParsedStatement): void {
    const v = keyParam(ps.params, 'SYMLIST')?.value;
    if (v === undefined) return;
    const names = typeof v === 'string' ? [v] : v.filter((x): x is string => typeof x === 'string');
    if (names.includes('*')) this.exported = 'ALL';
    else if (this.exported !== 'ALL') for (const n of names) this.exported.add(n);
  }

  /** Reads an INCLUDE member and hands its statements to `walk`. */
  include(ps: ParsedStatement, walk: (items: StreamItem[]) => void): void {
    const mp = keyParam(ps.params, 'MEMBER');
    const member = typeof mp?.value === 'string' ? mp.value : undefined;
    if (!member) return;
    if (this.includeDepth >= 15) {
      this.report(ps, iefc.diag('IEFC614I', 'error', [member], posAt(ps, mp!.start)));
      return;
    }
    const found = this.readLibraryMember(member);
    if (!found) {
      ps.unresolved = true;
      if (!this.opts.readMember) this.report(ps, sim.diag('SIM0109W', 'warning', [member], posAt(ps, mp!.start)));
      else this.report(ps, iefc.diag('IEFC614I', 'error', [member], posAt(ps, mp!.start)));
      return;
    }
    this.report(ps, iefc.diag('IEFC002I', 'info', [member, found.via], stmtPos(ps)));
    this.includeDepth++;
    walk(found.items);
    this.includeDepth--;
  }

  get readsLibraries(): boolean {
    return this.opts.readMember !== undefined;
  }

  findProc(name: string): FoundProc | undefined {
    const instream = this.instreamProcs.get(name);
    if (instream) return { items: instream, origin: 'instream', via: 'INSTREAM PROCEDURE DEFINITION' };
    const found = this.readLibraryMember(name);
    return found && { items: found.items, origin: 'catalog', via: found.via };
  }

  /** Looks a member up in the JCLLIB ORDER libraries, then in the system procedure libraries. */
  private readLibraryMember(member: string): { items: StreamItem[]; via: string } | undefined {
    const read = this.opts.readMember;
    if (!read) return undefined;
    const priv = this.jcllib ?? [];
    for (const lib of [...priv, ...(this.opts.procLibs ?? [])]) {
      const text = read(lib, member);
      if (text === undefined) continue;
      const file = `${lib}(${member})`;
      const items = [...readStatements(readCards(text, file), file)];
      return { items, via: `${priv.includes(lib) ? 'PRIVATE' : 'SYSTEM'} LIBRARY ${lib}` };
    }
    return undefined;
  }

  newStep(ps: ParsedStatement, name: string, procStep?: string, procName?: string): StepBuild {
    const pgm = keyParam(ps.params, 'PGM');
    const step: JclStep = {
      name,
      program: pgm && pgm.value !== undefined ? valueText(pgm.value) : '',
      parm: parmOf(keyParam(ps.params, 'PARM')),
      ifs: this.ifStack.map((f) => f.ctx),
      dds: [],
      stmt: ps.stmtNo ?? 0,
      pos: stmtPos(ps).card,
      keywords: ps.params.filter((p) => p.key !== undefined).map((p) => toKeyword(ps, p)),
    };
    const cond = execCondOf(keyParam(ps.params, 'COND')?.value);
    if (cond) step.cond = cond;
    if (procStep !== undefined) step.procStep = procStep;
    if (procName !== undefined) step.procName = procName;
    const sb: StepBuild = { step, nodes: [] };
    this.steps.push(sb);
    this.current = sb;
    return sb;
  }

  ddEntry(ps: ParsedStatement, params: Param[], data: InstreamData | undefined): DdEntry {
    const e: DdEntry = { ps, params };
    if (data) e.data = data;
    if (data && keyParam(params, 'SYMBOLS')) {
      const syms = new Map<string, string>();
      for (const [k, v] of this.symbols) if (this.exported === 'ALL' || this.exported.has(k) || k === 'SYSUID') syms.set(k, v);
      e.dataSymbols = syms;
    }
    return e;
  }

  /** A DD of the input stream (or of an INCLUDE group): joins the current step, or its last DD's concatenation. */
  private addDd(ps: ParsedStatement): void {
    const sb = this.current;
    if (!sb) return; // JOBLIB/JOBCAT are accepted; any other DD before the first EXEC is reported by the checks
    const entry = this.ddEntry(ps, ps.params, ps.raw.data);
    const last = sb.nodes[sb.nodes.length - 1];
    if (ps.name === '' && last) last.entries.push(entry);
    else sb.nodes.push({ name: ps.name, entries: [entry] });
  }

  ifStatement(ps: ParsedStatement): void {
    if (ps.op === 'IF') this.ifOpen(ps);
    else if (ps.op === 'ELSE') this.ifElse(ps);
    else this.ifEnd(ps);
  }

  private ifOpen(ps: ParsedStatement): void {
    const problems: IfProblem[] = [];
    const expr = ps.ifExpr ? ifExprOf(ps.ifExpr, problems) : { op: 'test' as const, operand: { kind: 'ABEND' as const } };
    for (const p of problems) {
      if (p.kind === 'constant') this.report(ps, sim.diag('SIM0113W', 'warning', [p.text], posAt(ps, p.offset)));
      else this.report(ps, iefc.diag('IEFC630I', 'error', [p.text, 'IF'], posAt(ps, p.offset)));
    }
    this.ifStack.push({ ctx: { expr, negate: false, stmt: ps.stmtNo ?? 0 }, inElse: false, ps });
  }

  private ifElse(ps: ParsedStatement): void {
    const top = this.ifStack[this.ifStack.length - 1];
    if (!top || top.inElse) {
      this.report(ps, iefc.diag('IEFC019I', 'error', ['ELSE'], stmtPos(ps)));
      return;
    }
    top.ctx = { ...top.ctx, negate: true };
    top.inElse = true;
  }

  private ifEnd(ps: ParsedStatement): void {
    if (!this.ifStack.pop()) this.report(ps, iefc.diag('IEFC019I', 'error', ['ENDIF'], stmtPos(ps)));
  }

  ifDepth(): number {
    return this.ifStack.length;
  }

  private finish(): void {
    for (const sb of this.steps) sb.step.dds = sb.nodes.map((n) => this.finalDd(sb, n));
    for (const sb of this.steps) resolveDdnameRefs(sb);
    this.job.steps = this.steps.map((s) => s.step);
    if (this.blankCards > 0 && this.firstBlank) {
      this.job.diagnostics.push(sim.diag('SIM0104I', 'info', [this.blankCards], { card: { file: this.opts.file, line: this.firstBlank.line, column: 1 }, image: this.firstBlank.image }));
    }
    if (this.folded > 0 && this.firstFolded) {
      this.job.diagnostics.push(sim.diag('SIM0105I', 'info', [this.folded], { card: { file: this.firstFolded.file, line: this.firstFolded.first.line, column: 1 }, image: this.firstFolded.first.image, stmt: this.firstFoldedStmt }));
    }
  }

  private finalDd(sb: StepBuild, node: DdNode): JclDd {
    const first = node.entries[0]!;
    const stmt = first.ps.stmtNo ?? 0;
    const ctx = { stmt, stepName: sb.step.name, ...(sb.step.procStep !== undefined ? { procStep: sb.step.procStep } : {}) };
    const specs = node.entries.map((e) => {
      if (firstPositional(e.params) === 'NULLOVRD') {
        // Left over after the overrides were merged: it overrides no procedure DD.
        this.report(e.ps, sim.diag('SIM0120W', 'warning', [node.name || '(concatenated)'], posAt(e.ps, 0)));
      }
      const spec = ddSpecOf(e.params, e.data, { ...ctx, stmt: e.ps.stmtNo ?? stmt });
      if (spec.kind === 'instream' && e.dataSymbols) spec.records = spec.records.map((r) => substituteInData(r, e.dataSymbols!));
      return spec;
    });
    return {
      ddname: node.name,
      stmt,
      pos: stmtPos(first.ps).card,
      specs,
      keywords: first.params.filter((p) => p.key !== undefined).map((p) => toKeyword(first.ps, p)),
    };
  }
}

/**
 * `DDNAME=X` (a forward reference, also as a concatenation member): the data sets of DD X of the
 * same step take its place, or it is a dummy when the step has no DD X.
 */
function resolveDdnameRefs(sb: StepBuild): void {
  sb.step.dds.forEach((dd, k) => {
    const node = sb.nodes[k]!;
    const specs = node.entries.flatMap((e, i) => {
      const ref = keyParam(e.params, 'DDNAME')?.value;
      if (typeof ref !== 'string') return [dd.specs[i]!];
      const target = sb.step.dds.find((d) => d.ddname === ref);
      return target ? target.specs : [{ kind: 'dummy' as const }];
    });
    dd.specs = specs;
  });
}

function jcllibOf(ps: ParsedStatement): string[] {
  const v = keyParam(ps.params, 'ORDER')?.value;
  if (v === undefined) return [];
  const list = typeof v === 'string' ? [v] : v.filter((x): x is string => typeof x === 'string');
  return list.map(unquoted);
}

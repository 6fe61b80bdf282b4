/**
 * SMC's definitions — TapePlexes, servers, policies, TAPEREQ statements, unit attributes — and how
 * statements change them. Statements apply in order, as SMC processes its command data sets:
 *  - TAPEPLEX, SERVER, POLICY, UNITATTR add a definition or replace the one of the same name
 *    (UNITATTR: of the same address range);
 *  - a SERVER, POLICY or UNITATTR naming a TapePlex needs it defined first, a TAPEREQ naming a
 *    POLICY needs that policy defined first (the SMC manual: POLicy before TREQDEF, TAPEPlex
 *    before POLicy) — SIM1257E otherwise;
 *  - TAPEREQ statements are appended (in a TREQDEF data set, or — as the guide prints them —
 *    among the commands); TREQDEF DSN(…) replaces every TAPEREQ with the statements of its data set;
 *  - READ DSN(…) processes the commands of another data set at that point.
 * A read is all or nothing: when any statement of it (or of a data set it READs) is in error, the
 * definitions stay as they were and every error is reported with its data set, line and column.
 */
import type { CardPos, Diagnostic } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';
import { matchesName } from '../sluadmin/matchName.js';
import { maskProblem } from './dsnMask.js';
import { parseSmcStatement, type SmcOperand, type SmcStatement } from './parseSmcStatement.js';
import { readSmcStatements, type SmcLogicalStatement } from './readSmcStatements.js';
import { SMC_IGNORED, SMC_VERBS, type SmcParam, type SmcVerb } from './smcCommands.js';

export interface TapeplexDef { name: string; locsub: string | null; active: boolean; source: string }
export interface ServerDef { name: string; tapeplex: string; host: string | null; ip: string | null; port: number | null; active: boolean; source: string }
export interface PolicyDef { name: string; media: string | null; mgmt: string | null; subpool: string | null; esoteric: string | null; rectech: string | null; tapeplex: string | null; source: string }
export interface TapereqDef {
  dsn: string | null;
  jobname: string | null;
  stepname: string | null;
  procstep: string | null;
  policy: string | null;
  media: string | null;
  mgmt: string | null;
  subpool: string | null;
  esoteric: string | null;
  /** `DSN:line` of the statement. */
  source: string;
  /** The statement as coded (joined, comments removed). */
  text: string;
}
export interface UnitattrDef { low: string; high: string; tapeplex: string | null; model: string; source: string }

export interface SmcDefinitions {
  tapeplexes: TapeplexDef[];
  servers: ServerDef[];
  policies: PolicyDef[];
  tapereqs: TapereqDef[];
  unitattrs: UnitattrDef[];
  /** The data sets read, in order (READ, TREQDEF and the start members). */
  read: string[];
}

export function emptyDefinitions(): SmcDefinitions {
  return { tapeplexes: [], servers: [], policies: [], tapereqs: [], unitattrs: [], read: [] };
}

/** Where statements come from: the records of a data set, undefined when it is not there. */
export type DatasetReader = (dsn: string) => string[] | undefined;

export interface SmcReadResult {
  /** The new definitions: the old ones when there were errors. */
  definitions: SmcDefinitions;
  /** Errors, warnings and notes, each with its data set, line and column. */
  diagnostics: Diagnostic[];
  ok: boolean;
}

type Values = Map<string, string[] | true>;

const NAME = /^[A-Z0-9@#$]+$/;
const HEX4 = /^[0-9A-F]{4}$/;
const MAX_DEPTH = 8;

function findVerb(word: string): SmcVerb | undefined {
  return SMC_VERBS.find((v) => word === v.verb.toUpperCase() || matchesName(word, v.verb));
}

function findParam(verb: SmcVerb, keyword: string): SmcParam | undefined {
  const names = (p: SmcParam): string[] => [p.name, ...(p.aliases ?? [])];
  return verb.params.find((p) => names(p).some((n) => n.toUpperCase() === keyword)) ?? verb.params.find((p) => names(p).some((n) => matchesName(keyword, n)));
}

function valueProblem(p: SmcParam, values: string[] | undefined, oneQualifierMask: boolean): string | undefined {
  if (p.kind === 'flag') return values === undefined ? undefined : 'IT TAKES NO VALUE';
  if (values === undefined || values.length === 0) return 'A VALUE IS REQUIRED';
  if (values.length > 1) return 'ONE VALUE IS ALLOWED';
  const v = values[0]!;
  if (p.max !== undefined && v.length > p.max) return `LONGER THAN ${p.max} CHARACTERS`;
  switch (p.kind) {
    case 'name':
      return NAME.test(v) ? undefined : 'NOT A NAME';
    case 'mask':
      return maskProblem(v, oneQualifierMask);
    case 'port':
      return /^[0-9]{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= 65535 ? undefined : 'NOT A PORT NUMBER 1-65535';
    case 'devices': {
      const [lo, hi, extra] = v.split('-');
      if (extra !== undefined || !HEX4.test(lo ?? '') || (hi !== undefined && (!HEX4.test(hi) || hi < lo!))) return 'NOT A DEVICE ADDRESS OR RANGE (XXXX OR XXXX-XXXX)';
      return undefined;
    }
    case 'dsn':
      return /^[A-Z@#$][A-Z0-9@#$-]{0,7}(\.[A-Z@#$][A-Z0-9@#$-]{0,7})*(\([A-Z@#$][A-Z0-9@#$]{0,7}\))?$/.test(v.toUpperCase()) ? undefined : 'NOT A DATA SET NAME';
    default:
      return undefined;
  }
}

/** Reads an SMC command data set (or a console command) onto `base`. */
export class SmcReader {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly defs: SmcDefinitions;

  constructor(base: SmcDefinitions, private readonly readDataset: DatasetReader) {
    this.defs = structuredClone(base);
  }

  /** Reads the data set `dsn` (a start member, or the object of READ). */
  readDataset_(dsn: string, at: CardPos | undefined, depth: number, kind: 'READ' | 'TREQDEF'): void {
    const records = this.readDataset(dsn);
    if (records === undefined) {
      this.diagnostics.push(sim.diag('SIM1262E', 'error', [dsn], at ? { card: at } : {}));
      return;
    }
    if (depth > MAX_DEPTH) {
      this.diagnostics.push(sim.diag('SIM1264E', 'error', [dsn, MAX_DEPTH], at ? { card: at } : {}));
      return;
    }
    this.defs.read.push(dsn);
    if (kind === 'TREQDEF') this.defs.tapereqs = [];
    for (const ls of readSmcStatements(records, dsn)) this.statement(ls, depth, kind === 'TREQDEF');
  }

  /** Reads the statements of a data set named as the SMC start members are. */
  readMember(dsn: string): this {
    this.readDataset_(dsn, undefined, 0, 'READ');
    return this;
  }

  /** One statement typed at the console. */
  readCommand(ls: SmcLogicalStatement): this {
    this.statement(ls, 0, false);
    return this;
  }

  result(base: SmcDefinitions): SmcReadResult {
    const ok = !this.diagnostics.some((d) => d.severity === 'error');
    if (ok) {
      // The start members and READs are recorded once each, in their last order.
      this.defs.read = this.defs.read.filter((d, i, all) => all.lastIndexOf(d) === i);
    }
    return { definitions: ok ? this.defs : base, diagnostics: this.diagnostics, ok };
  }

  private error(id: Parameters<typeof sim.diag>[0], inserts: (string | number)[], card: CardPos, image?: string): void {
    this.diagnostics.push(sim.diag(id, 'error', inserts, image !== undefined ? { card, image } : { card }));
  }

  private statement(ls: SmcLogicalStatement, depth: number, tapereqOnly: boolean): void {
    const p = parseSmcStatement(ls);
    if (!p.ok) {
      // A statement that does not start with a command (the second half of a broken line) says so.
      const lead = /^ *([A-Z@#$][A-Z0-9@#$_]*)/.exec(ls.text);
      const word = lead?.[1];
      if (word !== undefined && !findVerb(word) && !SMC_IGNORED.some((v) => word === v.toUpperCase() || matchesName(word, v))) {
        this.error('SIM1251E', [word], ls.pos, ls.imageAt(ls.text.length - ls.text.trimStart().length));
        return;
      }
      this.error('SIM1250E', [p.near], p.pos, p.image);
      return;
    }
    const st = p.statement;
    for (const note of ls.notes) this.diagnostics.push(sim.diag('SIM1259I', 'info', [note.before], { card: note.pos }));
    for (const o of st.operands) if (o.adjacent) this.diagnostics.push(sim.diag('SIM1258I', 'info', [o.keyword], { card: o.pos }));
    const verb = findVerb(st.verb);
    if (!verb) {
      if (SMC_IGNORED.some((v) => st.verb === v.toUpperCase() || matchesName(st.verb, v))) {
        this.diagnostics.push(sim.diag('SIM1252W', 'warning', [st.verb], { card: st.pos }));
        return;
      }
      this.error('SIM1251E', [st.verb], st.pos, st.image);
      return;
    }
    if (tapereqOnly && verb.verb !== 'TAPEREQ') {
      this.error('SIM1265E', [st.verb], st.pos, st.image);
      return;
    }
    const values = this.validate(verb, st);
    if (values === undefined) return;
    this.apply(verb, st, values, depth);
  }

  private validate(verb: SmcVerb, st: SmcStatement): Values | undefined {
    const values: Values = new Map();
    const where = new Map<string, SmcOperand>();
    let bad = false;
    const name = verb.verb.toUpperCase();
    for (const o of st.operands) {
      const p = findParam(verb, o.keyword);
      if (!p) {
        this.error('SIM1253E', [o.keyword, name], o.pos, st.image);
        bad = true;
        continue;
      }
      const key = p.name.toUpperCase();
      if (values.has(key)) {
        this.error('SIM1253E', [`${o.keyword} (CODED TWICE)`, name], o.pos, st.image);
        bad = true;
        continue;
      }
      const oneQualifier = p.kind === 'mask' && key !== 'DSN';
      const problem = valueProblem(p, o.values, oneQualifier);
      if (problem) {
        this.error('SIM1255E', [o.values?.join(',') ?? '', key, problem], o.pos, st.image);
        bad = true;
        continue;
      }
      values.set(key, o.values ?? true);
      where.set(key, o);
    }
    for (const group of verb.exclusive ?? []) {
      const coded = group.filter((g) => values.has(g));
      if (coded.length > 1) {
        this.error('SIM1256E', [coded[0]!, coded[1]!, name], where.get(coded[1]!)!.pos, st.image);
        bad = true;
      }
    }
    for (const r of verb.required ?? []) {
      if (!values.has(r)) {
        this.error('SIM1254E', [name, r], st.pos, st.image);
        bad = true;
      }
    }
    if (name === 'TAPEREQ' && !values.has('POLICY') && !values.has('MEDIA') && !values.has('MGMTCLAS') && !values.has('SUBPOOL') && !values.has('ESOTERIC')) {
      this.error('SIM1254E', [name, 'POLICY OR MEDIA, MGMTCLAS, SUBPOOL, ESOTERIC'], st.pos, st.image);
      bad = true;
    }
    if (name === 'HTTP' && !values.has('START') && !values.has('STOP')) {
      this.error('SIM1254E', [name, 'START OR STOP'], st.pos, st.image);
      bad = true;
    }
    return bad ? undefined : values;
  }

  private apply(verb: SmcVerb, st: SmcStatement, v: Values, depth: number): void {
    const one = (k: string): string | null => {
      const x = v.get(k);
      return Array.isArray(x) ? x[0]! : null;
    };
    const source = `${st.pos.file}:${st.pos.line}`;
    const d = this.defs;
    const needPlex = (name: string | null, key: string): boolean => {
      if (name === null || d.tapeplexes.some((t) => t.name === name)) return true;
      this.error('SIM1257E', ['TAPEPLEX', name, verb.verb.toUpperCase()], st.operands.find((o) => findParam(verb, o.keyword)?.name.toUpperCase() === key)?.pos ?? st.pos, st.image);
      return false;
    };
    const replace = <T extends { name: string }>(list: T[], item: T): void => {
      const i = list.findIndex((x) => x.name === item.name);
      if (i >= 0) list[i] = item;
      else list.push(item);
    };
    switch (verb.verb) {
      case 'TAPEPlex':
        replace(d.tapeplexes, { name: one('NAME')!, locsub: one('LOCSUBSYS'), active: !v.has('INACTIVE'), source });
        return;
      case 'SERVer': {
        let plex = one('TAPEPLEX');
        if (plex === null) {
          plex = one('NAME')!;
          if (!d.tapeplexes.some((t) => t.name === plex)) {
            this.error('SIM1254E', ['SERVER', 'TAPEPLEX'], st.pos, st.image);
            return;
          }
          this.diagnostics.push(sim.diag('SIM1263I', 'info', [plex], { card: st.pos }));
        }
        if (!needPlex(plex, 'TAPEPLEX')) return;
        const port = one('PORT');
        replace(d.servers, { name: one('NAME')!, tapeplex: plex, host: one('HOSTNAME'), ip: one('IPADDRESS'), port: port === null ? null : Number(port), active: !v.has('INACTIVE'), source });
        return;
      }
      case 'POLicy': {
        const plex = one('TAPEPLEX');
        if (!needPlex(plex, 'TAPEPLEX')) return;
        replace(d.policies, { name: one('NAME')!, media: one('MEDIA'), mgmt: one('MGMTCLAS'), subpool: one('SUBPOOL'), esoteric: one('ESOTERIC'), rectech: one('RECTECH'), tapeplex: plex, source });
        return;
      }
      case 'TAPEREQ': {
        const policy = one('POLICY');
        if (policy !== null && !d.policies.some((p) => p.name === policy)) {
          this.error('SIM1257E', ['POLICY', policy, 'TAPEREQ'], st.operands.find((o) => findParam(verb, o.keyword)?.name === 'POLicy')?.pos ?? st.pos, st.image);
          return;
        }
        d.tapereqs.push({
          dsn: one('DSN'),
          jobname: one('JOBNAME'),
          stepname: one('STEPNAME'),
          procstep: one('PROCSTEP'),
          policy,
          media: one('MEDIA'),
          mgmt: one('MGMTCLAS'),
          subpool: one('SUBPOOL'),
          esoteric: one('ESOTERIC'),
          source,
          text: st.text,
        });
        return;
      }
      case 'UNITAttr': {
        const plex = one('TAPEPLEX');
        if (!needPlex(plex, 'TAPEPLEX')) return;
        const [low, high] = one('ADDRESS')!.split('-');
        const u: UnitattrDef = { low: low!, high: high ?? low!, tapeplex: plex, model: one('MODEL')!, source };
        const i = d.unitattrs.findIndex((x) => x.low === u.low && x.high === u.high);
        if (i >= 0) d.unitattrs[i] = u;
        else d.unitattrs.push(u);
        return;
      }
      case 'READ':
      case 'TREQDEF':
        this.readDataset_(one('DSN')!.toUpperCase(), st.pos, depth + 1, verb.verb);
        return;
      case 'HTTP':
        return;
    }
  }
}

/** Counts for SIM1260I. */
export function definitionCounts(d: SmcDefinitions): [number, number, number, number, number] {
  return [d.tapeplexes.length, d.servers.length, d.policies.length, d.tapereqs.length, d.unitattrs.length];
}

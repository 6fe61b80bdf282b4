/**
 * `elsim test DIR`: the regression runner users keep their decks under. A case is a folder with
 * `*.jcl` files (run in name order) and an `expected/` folder. Each case runs on a fresh demo
 * system with a pinned clock; what the jobs leave behind — every spool file, every data set they
 * created or changed (text), what changed in each CDS (`cds/DSN.changes`) and what changed on the
 * simulated hardware (`hardware.changes`: VTSS buffers, MVC contents, queued work, the pinned
 * clock) — is compared file by file with expected/. An optional `case.json` may set
 * `{"now": ISO, "site": "A"|"B", "strict": bool, "jobs": ["../../fixtures/seed/x.jcl"]}`
 * (`jobs`: JCL kept elsewhere, run before the folder's own *.jcl) and
 * `"datasets": {"HLQ.IN(MEMBER)": "deck.txt"}` (input data sets cataloged before the jobs run).
 * After the jobs, every CDS the case created or changed is verified (`elsim cds verify`): one
 * with violations (RC 8) fails the case with the verification report, even under --update.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Cds } from '../cds/Cds.js';
import { dumpCds } from '../cds/dumpCds.js';
import { verificationReport, verifyCds } from '../cds/verifyCds.js';
import { cdsChanges, cdsLines } from './cdsLines.js';
import { hardwareChanges, systemHardwareLines } from './hardwareLines.js';
import { decodeText } from '../core/decodeText.js';
import type { Io } from '../core/Io.js';
import { ElsimError } from '../core/errors.js';
import { sim } from '../core/simMessages.js';
import { System } from '../jes/System.js';
import { TapeCatalog } from '../tms/TapeCatalog.js';
import { tmsLines } from '../tms/dumpTms.js';
import { readSiteCatalog, type SiteName } from '../app/demoSite.js';
import { initSystem } from '../app/initSystem.js';
import { submitText } from '../app/submitText.js';
import { operatorCommand } from '../app/operatorCommand.js';
import { runClock } from '../app/runClock.js';
import { smcRoute } from '../app/smcRoute.js';
import { SYSLOG_FILE } from '../console/syslog.js';
import { compareTrees, listFiles, type TreeDifference } from './compareTrees.js';

export interface GoldenOptions {
  dir: string;
  update: boolean;
  filter?: string;
}

export interface CaseResult {
  name: string;
  ok: boolean;
  differences: TreeDifference[];
}

interface CaseConfig {
  now?: string;
  site?: SiteName;
  strict?: boolean;
  /** JCL files outside the case folder (relative to it) run first, in this order: the guide's examples. */
  jobs?: string[];
  /** Data sets cataloged before the jobs run: `DSN` or `DSN(MEMBER)` → a file (relative to the case). */
  datasets?: Record<string, string>;
  /**
   * What the operator does, in order, after `jobs`: `submit FILE.jcl`, `oper COMMAND`,
   * `clock advance DURATION`, `clock set TIME`, `smc route DSN [--jobname J] [--stepname S]`. With a script, the folder's *.jcl files run only
   * where the script submits them. What each step prints goes to `transcript.txt`.
   */
  script?: string[];
}

const isCase = (dir: string): boolean => readdirSync(dir).some((f) => f.endsWith('.jcl') || f === 'case.json');

/** Case folders under dir (or dir itself when it is a case), sorted. */
export function findCases(dir: string): string[] {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) return [];
  if (isCase(root)) return [root];
  return readdirSync(root)
    .map((f) => join(root, f))
    .filter((p) => statSync(p).isDirectory() && isCase(p))
    .sort();
}

/** Builds demo systems once per process and hands out fresh copies. */
class TemplateCache {
  private readonly built = new Map<string, string>();
  constructor(private readonly work: string) {}

  async copy(site: SiteName, now: string | undefined, to: string, io: Io): Promise<void> {
    const key = `${site}@${now ?? ''}`;
    let dir = this.built.get(key);
    if (dir === undefined) {
      dir = join(this.work, `template-${this.built.size}`);
      const quietIo: Io = { ...io, out: () => undefined, err: () => undefined };
      (await initSystem({ dir, demo: true, site, ...(now ? { now } : {}), quiet: true }, quietIo)).close();
      this.built.set(key, dir);
    }
    cpSync(dir, to, { recursive: true });
  }
}

/** Runs cases one by one on fresh copies of demo systems it builds once. Call dispose() when done. */
export class GoldenRunner {
  private readonly work = mkdtempSync(join(tmpdir(), 'elsim-golden-'));
  private readonly templates = new TemplateCache(this.work);
  private n = 0;

  constructor(private readonly io: Io) {}

  runCase(caseDir: string, update: boolean): Promise<CaseResult> {
    this.n++;
    return runCase(caseDir, join(this.work, `case-${this.n}`), this.templates, update, this.io);
  }

  dispose(): void {
    rmSync(this.work, { recursive: true, force: true });
  }
}

/** Prints a case's result as `ok N - name`, with its differences as unified diffs. */
export function caseReport(r: CaseResult, n: number, update: boolean): string[] {
  const out = [`${r.ok ? 'ok' : 'not ok'} ${n} - ${r.name}${update && r.ok ? ' (expected/ written)' : ''}`];
  for (const d of r.differences) {
    out.push(`  ${d.kind}: ${d.path}`);
    if (d.diff) for (const l of d.diff.trimEnd().split('\n')) out.push(`    ${l}`);
  }
  return out;
}

export async function runGolden(opts: GoldenOptions, io: Io): Promise<{ passed: number; failed: number; results: CaseResult[] }> {
  const cases = findCases(opts.dir).filter((c) => opts.filter === undefined || basename(c).includes(opts.filter));
  const runner = new GoldenRunner(io);
  const results: CaseResult[] = [];
  try {
    for (const caseDir of cases) {
      const r = await runner.runCase(caseDir, opts.update);
      results.push(r);
      for (const l of caseReport(r, results.length, opts.update)) io.out(l);
    }
  } finally {
    runner.dispose();
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  io.out(`${passed} passed, ${failed} failed`);
  return { passed, failed, results };
}

async function runCase(caseDir: string, work: string, templates: TemplateCache, update: boolean, io: Io): Promise<CaseResult> {
  const name = basename(caseDir);
  const cfgPath = join(caseDir, 'case.json');
  const cfg: CaseConfig = existsSync(cfgPath) ? (JSON.parse(readFileSync(cfgPath, 'utf8')) as CaseConfig) : {};
  const site = cfg.site ?? 'A';
  const sysDir = join(work, 'system');
  mkdirSync(work, { recursive: true });
  await templates.copy(site, cfg.now, sysDir, io);
  preload(sysDir, caseDir, cfg.datasets ?? {});
  const before = snapshot(sysDir);

  // The template's clock was pinned to the same time when it was built.
  const now = new Date(cfg.now ?? readSiteCatalog(site).epoch);
  const system = System.open(sysDir, { clock: { now: () => now } });
  const caseIo: Io = { ...io, out: () => undefined, err: () => undefined };
  const transcript: string[] = [];
  try {
    const files = [...(cfg.jobs ?? []), ...(cfg.script ? [] : readdirSync(caseDir).filter((f) => f.endsWith('.jcl')).sort())];
    for (const f of files) {
      await submitText(system, decodeText(readFileSync(join(caseDir, f)), basename(f)).text, { file: basename(f), now, strict: cfg.strict ?? false }, caseIo);
    }
    for (const step of cfg.script ?? []) await runScriptStep(system, caseDir, step, cfg.strict ?? false, transcript, io);
  } finally {
    system.close();
  }

  const actual = join(work, 'actual');
  const touched = collect(sysDir, before, actual);
  if (cfg.script) writeFileSync(join(actual, 'transcript.txt'), transcript.join('\n') + '\n');
  // A CDS the case left in a state no utility should leave fails the case, whatever expected/ says.
  const unsound = verifyTouched(sysDir, touched);
  const expected = join(caseDir, 'expected');
  if (update) {
    rmSync(expected, { recursive: true, force: true });
    cpSync(actual, expected, { recursive: true });
    return { name, ok: unsound.length === 0, differences: unsound };
  }
  const differences = [...unsound, ...compareTrees(expected, actual)];
  return { name, ok: differences.length === 0, differences };
}

/**
 * One step of a case's script, as a user would type it (without `elsim` and `--system`), its
 * output recorded in the transcript: `> step`, then each line it printed.
 */
async function runScriptStep(system: System, caseDir: string, step: string, strict: boolean, transcript: string[], io: Io): Promise<void> {
  transcript.push(`> ${step}`);
  const out = (l: string): void => void transcript.push(l);
  const stepIo: Io = { ...io, out, err: out, isTTY: false };
  const [verb, ...rest] = step.trim().split(/\s+/);
  const pinned = (): Date => new Date(system.pinnedClock() ?? readSiteCatalog('A').epoch);
  if (verb === 'submit' && rest.length === 1) {
    const file = rest[0]!;
    const results = await submitText(system, readFileSync(join(caseDir, file), 'utf8'), { file, now: pinned(), strict }, stepIo);
    for (const r of results) out(`${r.jobid} ${r.jobname} ${r.status} ${r.status === 'ABEND' ? r.abend : String(r.maxcc).padStart(4, '0')}`);
  } else if (verb === 'oper' && rest.length > 0) {
    out(`RC ${operatorCommand({ dir: system.root, command: rest.join(' ') }, stepIo)}`);
  } else if (verb === 'clock' && (rest[0] === 'advance' || rest[0] === 'set') && rest.length === 2) {
    runClock({ dir: system.root, action: rest[0], value: rest[1]! }, stepIo);
  } else if (verb === 'smc' && rest[0] === 'route' && rest.length >= 2) {
    const flag = (name: string): string | undefined => {
      const i = rest.indexOf(`--${name}`);
      return i >= 0 ? rest[i + 1] : undefined;
    };
    const jobname = flag('jobname');
    const stepname = flag('stepname');
    out(`RC ${smcRoute({ dir: system.root, dsn: rest[1]!, ...(jobname ? { jobname } : {}), ...(stepname ? { stepname } : {}) }, stepIo)}`);
  } else {
    throw new ElsimError(sim.text('SIM0508E', caseDir, `SCRIPT STEP "${step}" IS NOT submit FILE, oper COMMAND, clock advance|set VALUE, smc route DSN`), 'SIM0508E');
  }
}

/** `elsim cds verify` of each CDS the case created or changed; a difference for each with RC 8 or more. */
function verifyTouched(sysDir: string, dsns: readonly string[]): TreeDifference[] {
  if (dsns.length === 0) return [];
  const system = System.open(sysDir);
  const out: TreeDifference[] = [];
  try {
    for (const dsn of dsns) {
      const c = Cds.open(system.catalog.pathOf(dsn), { readonly: true });
      try {
        const v = verifyCds(c);
        if (v.rc >= 8) out.push({ path: `cds/${dsn}`, kind: 'unsound', diff: verificationReport(dsn, v).join('\n') + '\n' });
      } finally {
        c.close();
      }
    }
  } finally {
    system.close();
  }
  return out;
}

/** Catalogs the case's input data sets (a member goes into a PDS, created when missing). */
function preload(sysDir: string, caseDir: string, datasets: Record<string, string>): void {
  const system = System.open(sysDir);
  try {
    for (const [name, file] of Object.entries(datasets)) {
      const m = /^([^()]+)(?:\(([^()]+)\))?$/.exec(name.toUpperCase());
      if (!m) throw new ElsimError(sim.text('SIM0508E', caseDir, `${name} IS NOT DSN OR DSN(MEMBER)`), 'SIM0508E');
      const [, dsn, member] = m as unknown as [string, string, string | undefined];
      const records = readFileSync(join(caseDir, file), 'utf8').replace(/\r?\n$/, '').split(/\r?\n/);
      if (!system.catalog.exists(dsn)) system.catalog.define(dsn, { dsorg: member ? 'PO' : 'PS', recfm: 'FB', lrecl: 80 });
      if (member) system.catalog.writeMember(dsn, member, records);
      else system.catalog.writeRecords(dsn, records);
    }
  } finally {
    system.close();
  }
}

interface Snapshot {
  /** Spool directories (one per job). */
  spool: Set<string>;
  /** Text data sets by catalog path (relative to catalog/), with their content. */
  text: Map<string, string>;
  /** CDS data sets (DSN → the dump one row per line). */
  cds: Map<string, string[]>;
  /** Tape management catalogs (DSN → one volume per line). */
  tms: Map<string, string[]>;
  /** The simulated hardware and the pinned clock, one row per line. */
  hardware: string[];
  /** The system log (console messages), as text. */
  syslog: string;
}

/** What the catalog holds: text data sets and the dumps of the CDSs. */
function snapshot(sysDir: string): Snapshot {
  const system = System.open(sysDir);
  const text = new Map<string, string>();
  const cds = new Map<string, string[]>();
  const tms = new Map<string, string[]>();
  const spoolDir = join(sysDir, 'spool');
  const spool = new Set(existsSync(spoolDir) ? readdirSync(spoolDir).filter((d) => !d.startsWith('.')) : []);
  let hardware: string[];
  try {
    hardware = systemHardwareLines(sysDir, system.pinnedClock());
    for (const e of system.catalog.list()) {
      if (e.aliasOf !== undefined) continue;
      const path = system.catalog.pathOf(e.dsn);
      if (e.dsorg === 'CDS') {
        if (!existsSync(path) || statSync(path).size === 0) continue;
        const c = Cds.open(path, { readonly: true });
        try {
          cds.set(e.dsn, cdsLines(dumpCds(c)));
        } finally {
          c.close();
        }
      } else if (e.dsorg === 'TMS') {
        if (!existsSync(path) || statSync(path).size === 0) continue;
        const t = TapeCatalog.open(e.dsn, path, { readonly: true });
        try {
          tms.set(e.dsn, tmsLines(t.db));
        } finally {
          t.close();
        }
      } else if (e.dsorg === 'PO') {
        for (const m of listFiles(path)) text.set(`${e.dsn}/${m}`, readFileSync(join(path, m), 'utf8'));
      } else if (existsSync(path) && statSync(path).isFile()) {
        text.set(e.dsn, readFileSync(path, 'utf8'));
      }
    }
  } finally {
    system.close();
  }
  const syslogPath = join(sysDir, SYSLOG_FILE);
  const syslog = existsSync(syslogPath) ? readFileSync(syslogPath, 'utf8') : '';
  return { spool, text, cds, tms, hardware, syslog };
}

/**
 * Writes into `out` the new jobs' spool, the text data sets created or changed, and for each CDS
 * the case changed: `cds/DSN.changes` (a diff of its rows) or, for a CDS the case created,
 * `cds/DSN.rows` (all of it). A CDS the case did not change leaves no file: expecting none is
 * expecting the CDS unchanged. A tape management catalog likewise: `tms/DSN.changes` or `.rows`. The same holds for the hardware: `hardware.changes` when the case
 * changed it, no file when it did not.
 */
function collect(sysDir: string, before: Snapshot, out: string): string[] {
  mkdirSync(out, { recursive: true });
  const touched: string[] = [];
  const after = snapshot(sysDir);
  for (const job of after.spool) {
    if (!before.spool.has(job)) cpSync(join(sysDir, 'spool', job), join(out, 'spool', job), { recursive: true });
  }
  for (const [p, content] of after.text) {
    if (before.text.get(p) === content) continue;
    const target = join(out, 'catalog', p);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, content);
  }
  for (const [p] of before.text) if (!after.text.has(p)) writeDeleted(out, p);
  for (const [dsn, rows] of after.cds) {
    const was = before.cds.get(dsn);
    if (was !== undefined && was.join('\n') === rows.join('\n')) continue;
    touched.push(dsn);
    mkdirSync(join(out, 'cds'), { recursive: true });
    if (was === undefined) writeFileSync(join(out, 'cds', `${dsn}.rows`), rows.join('\n') + '\n');
    else writeFileSync(join(out, 'cds', `${dsn}.changes`), cdsChanges(dsn, was, rows));
  }
  for (const dsn of before.cds.keys()) if (!after.cds.has(dsn)) writeDeleted(out, dsn);
  for (const [dsn, rows] of after.tms) {
    const was = before.tms.get(dsn);
    if (was !== undefined && was.join('\n') === rows.join('\n')) continue;
    mkdirSync(join(out, 'tms'), { recursive: true });
    if (was === undefined) writeFileSync(join(out, 'tms', `${dsn}.rows`), rows.join('\n') + '\n');
    else writeFileSync(join(out, 'tms', `${dsn}.changes`), cdsChanges(dsn, was, rows));
  }
  for (const dsn of before.tms.keys()) if (!after.tms.has(dsn)) writeDeleted(out, dsn);
  if (before.hardware.join('\n') !== after.hardware.join('\n')) {
    writeFileSync(join(out, 'hardware.changes'), hardwareChanges(before.hardware, after.hardware));
  }
  // The console's log grows only at its end: what the case added to it.
  if (after.syslog !== before.syslog) writeFileSync(join(out, SYSLOG_FILE), after.syslog.startsWith(before.syslog) ? after.syslog.slice(before.syslog.length) : after.syslog);
  return touched;
}

/** A data set the case deleted is recorded as a marker file, so a golden case can expect deletions. */
function writeDeleted(out: string, p: string): void {
  const target = join(out, 'catalog', `${p}.DELETED`);
  mkdirSync(join(target, '..'), { recursive: true });
  writeFileSync(target, '');
}

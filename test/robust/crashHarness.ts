/**
 * The crash harness: a utility job is run as `bin/elsim submit` in a child process on a copy of a
 * demo system and killed with SIGKILL at spread-out moments of its run. After each kill:
 *  - every CDS passes `elsim cds verify` without violations (SQLite integrity included);
 *  - every CDS holds either its content before the job or its content after a complete run of
 *    it (the job is one SLUADMIN function, one transaction) — never a mix;
 *  - every data set and spool directory the complete run wrote is either absent (or as before)
 *    or whole: byte-identical to the complete run's, never a prefix under its final name.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initSystem } from '../../src/app/initSystem.js';
import { verifyCdsOf } from '../../src/app/verifyCdsOf.js';
import { fixedClock, memoryIo } from '../../src/core/Io.js';
import { System } from '../../src/jes/System.js';
import { cdsDigestOf } from './robustHelpers.js';

export const ELSIM = fileURLToPath(new URL('../../../bin/elsim', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const NOW = '2026-11-21T08:00:00Z';

export interface Workload {
  name: string;
  site: 'A' | 'B';
  jcl: string;
  /** A command other than `submit FILE` (the JCL is then unused): its arguments for system `sys`. */
  args?: (sys: string) => string[];
  /** Data sets cataloged before the job (DSN → records). */
  datasets?: Record<string, string[]>;
  /** A job run to the end first (DRTEST PRIMEPRD before CREATE): the state the kills start from. */
  setup?: string;
}

export interface KillOutcome {
  killedAtMs: number;
  /** The child ended by itself before the kill. */
  finished: boolean;
  /** 'before', 'after' or a description of what is wrong. */
  cds: string;
  problems: string[];
}

const templates = new Map<string, Promise<string>>();
let templateDir: string | undefined;

/** Where this process keeps its demo templates (removed at exit). */
function templateRoot(): string {
  if (templateDir === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'elsim-crash-templates-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    templateDir = dir;
  }
  return templateDir;
}

function template(site: 'A' | 'B', work: string): Promise<string> {
  let t = templates.get(site);
  if (!t) {
    t = (async () => {
      const dir = join(work, `template-${site}`);
      (await initSystem({ dir, demo: true, site, now: NOW, quiet: true }, memoryIo(fixedClock(NOW)))).close();
      return dir;
    })();
    templates.set(site, t);
  }
  return t;
}

/** Files under dir (relative paths), dot-files (temporaries) and SQLite side files left out. */
function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      if (n.startsWith('.') || /-(wal|shm|journal)$/.test(n)) continue;
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** Text files of catalog/ and spool/ (CDS files left out: they are compared by content). */
function textFiles(sys: string, cdsFiles: Set<string>): Map<string, string> {
  const m = new Map<string, string>();
  for (const area of ['catalog', 'spool']) {
    for (const f of files(join(sys, area))) {
      const p = join(area, f);
      if (cdsFiles.has(p)) continue;
      m.set(p, readFileSync(join(sys, p), 'latin1'));
    }
  }
  return m;
}

function cdsFilesOf(sys: string): Set<string> {
  const s = System.open(sys);
  try {
    return new Set(s.catalog.list().filter((e) => e.dsorg === 'CDS' && e.aliasOf === undefined).map((e) => relative(sys, s.catalog.pathOf(e.dsn))));
  } finally {
    s.close();
  }
}

function prepare(base: string, to: string, w: Workload): string {
  cpSync(base, to, { recursive: true });
  if (w.datasets) {
    const s = System.open(to);
    try {
      for (const [dsn, records] of Object.entries(w.datasets)) {
        if (!s.catalog.exists(dsn)) s.catalog.define(dsn, { dsorg: 'PS', recfm: 'FB', lrecl: 80 });
        s.catalog.writeRecords(dsn, records);
      }
    } finally {
      s.close();
    }
  }
  const file = join(to, '..', `${w.name}.jcl`);
  writeFileSync(file, w.jcl);
  return file;
}

interface ChildRun {
  ms: number;
  finished: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

function runChild(sys: string, file: string, killAfterMs?: number, opts: { env?: Record<string, string>; args?: string[] } = {}): Promise<ChildRun> {
  return new Promise((resolve) => {
    const started = Date.now();
    // Run where the JCL is and name it alone: messages that quote the file name are the same in every run.
    const args = opts.args ?? ['submit', '--system', sys, basename(file)];
    const child = spawn(process.execPath, [ELSIM, ...args], { cwd: dirname(file), stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...opts.env } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let killed = false;
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, killAfterMs);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ ms: Date.now() - started, finished: !killed, code, signal, stderr });
    });
  });
}

/** The system the workload starts from: the demo of its site, after its setup job if it has one. */
async function baseOf(w: Workload, work: string): Promise<string> {
  const base = await template(w.site, templateRoot());
  if (w.setup === undefined) return base;
  const setupSys = join(work, 'setup', 'system');
  mkdirSync(join(work, 'setup'));
  cpSync(base, setupSys, { recursive: true });
  const setupFile = join(work, 'setup', 'SETUP.jcl');
  writeFileSync(setupFile, w.setup);
  const r = await runChild(setupSys, setupFile);
  if (r.code !== 0 && r.code !== 4) throw new Error(`${w.name}: the setup job ended ${r.code}: ${r.stderr}`);
  return setupSys;
}

/**
 * Runs the workload once to the end (the reference), then `trials` times killed at moments spread
 * over the reference's duration. Returns the outcome of each kill.
 */
export async function crashWorkload(w: Workload, trials: number): Promise<{ referenceMs: number; changed: boolean; kills: KillOutcome[] }> {
  const work = mkdtempSync(join(tmpdir(), `elsim-crash-${w.name}-`));
  try {
    const base = await baseOf(w, work);
    const refSys = join(work, 'reference', 'system');
    mkdirSync(join(work, 'reference'));
    const refFile = prepare(base, refSys, w);
    const beforeCds = cdsDigestOf(refSys);
    const cdsFiles = cdsFilesOf(refSys);
    const beforeText = textFiles(refSys, cdsFiles);
    const ref = await runChild(refSys, refFile);
    if (ref.code !== 0 && ref.code !== 4) throw new Error(`${w.name}: the reference run ended ${ref.code}: ${ref.stderr}`);
    const afterCds = cdsDigestOf(refSys);
    const afterText = textFiles(refSys, cdsFilesOf(refSys));
    const kills: KillOutcome[] = [];
    for (let i = 0; i < trials; i++) {
      const sys = join(work, `kill-${i}`, 'system');
      mkdirSync(join(work, `kill-${i}`));
      const file = prepare(base, sys, w);
      // Spread over the run, past the ~40% that is Node starting and loading elsim.
      const at = Math.round(ref.ms * (0.35 + (0.75 * (i + 0.5)) / trials));
      const r = await runChild(sys, file, at);
      const problems: string[] = [];
      const now = cdsDigestOf(sys);
      const io = memoryIo(fixedClock(NOW));
      for (const dsn of Object.keys(now)) {
        const v = verifyCdsOf({ dir: sys, dsn }, io);
        if (v.rc >= 8) problems.push(`${dsn} fails verify:\n${v.lines.join('\n')}`);
      }
      const same = (a: Record<string, string>): boolean => Object.keys(a).every((k) => now[k] === undefined || now[k] === a[k]);
      const allBefore = same(beforeCds);
      const allAfter = same(afterCds) && Object.keys(afterCds).every((k) => now[k] !== undefined || beforeCds[k] === undefined);
      const state = allBefore ? 'before' : allAfter ? 'after' : 'mixed';
      if (state === 'mixed') problems.push(`CDS content is neither before nor after: ${JSON.stringify({ beforeCds, afterCds, now })}`);
      for (const [p, text] of textFiles(sys, cdsFilesOf(sys))) {
        if (text === afterText.get(p) || text === beforeText.get(p)) continue;
        problems.push(`${p} is neither as before nor as the complete run wrote it (${text.length} bytes)`);
      }
      // The next command that opens the system leaves nothing of the killed run behind.
      const rec = await runChild(sys, file, undefined, { args: ['clock', 'show', '--system', sys] });
      if (rec.code !== 0) problems.push(`the command after the kill exited ${rec.code}: ${rec.stderr}`);
      const left = leftovers(sys);
      if (left.length > 0) problems.push(`left behind after recovery: ${left.join(' ')}`);
      const input = unfinishedJobs(sys);
      if (input.length > 0) problems.push(`jobs left INPUT after recovery: ${input.join(' ')}`);
      kills.push({ killedAtMs: at, finished: r.finished, cds: state, problems });
    }
    return { referenceMs: ref.ms, changed: JSON.stringify(beforeCds) !== JSON.stringify(afterCds), kills };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The JCL of a one-step SLUADMIN job. */
export function sluadminJob(name: string, dds: string[], deck: string[]): string {
  return [`//${name} JOB (ACCT),'CRASH TEST'`, '//S1 EXEC PGM=SLUADMIN,PARM=MIXED', '//SLSPRINT DD SYSOUT=*', ...dds, '//SLSIN DD *', ...deck, '/*', ''].join('\n');
}

export const manifestRecords = (): string[] => readFileSync(join(ROOT, 'test/golden/seed-ch02-import-stor/REMOTE1.manifest'), 'utf8').replace(/\n$/, '').split('\n');

// ── kills at the named kill points (src/core/killPoint.ts) ───────────────────────────────────

export interface PointKill {
  /** `point[:QUALIFIER]#n` as given to ELSIM_STOP_AT. */
  stop: string;
  /** The run was killed there (false: it never reached the point). */
  killed: boolean;
  /** Exit code of the command run afterwards (it recovers the system). */
  recoveryExit: number | null;
  /** 'before' or 'after' for the CDSs. */
  cds: string;
  problems: string[];
}

/** Dot-entries (leftovers) under spool/, catalog/ (PDS directories too), work/, the root and beside it. */
export function leftovers(sys: string): string[] {
  const out: string[] = [];
  for (const area of ['', 'spool', 'catalog', 'work']) {
    const dir = join(sys, area);
    if (!existsSync(dir)) continue;
    for (const n of readdirSync(dir)) {
      const p = join(dir, n);
      if (area === 'work' || n.startsWith('.')) out.push(join(area, n));
      else if (area === 'catalog' && statSync(p).isDirectory()) for (const m of readdirSync(p)) if (m.startsWith('.')) out.push(join(area, n, m));
    }
  }
  for (const n of readdirSync(dirname(sys))) if (n.startsWith(`.${basename(sys)}.`)) out.push(join('..', n));
  return out.sort();
}

function unfinishedJobs(sys: string): string[] {
  const s = System.open(sys);
  try {
    return s.jobs().filter((j) => j.status === 'INPUT').map((j) => j.jobid);
  } finally {
    s.close();
  }
}

/**
 * Runs the workload once with ELSIM_STOP_TRACE to list the kill points it passes, then kills a
 * fresh copy at each of them (the first time it is reached and, if it is reached again, the last
 * time), runs a command that opens the system (its recovery) and checks: that command does not
 * exit 70; every CDS is sound and all as before or all as after; every data set and spool file is
 * as before or as the complete run wrote it; nothing is left behind; no job is left INPUT.
 */
export async function killAtEveryPoint(w: Workload, only?: (stop: string) => boolean): Promise<{ reached: string[]; kills: PointKill[] }> {
  const work = mkdtempSync(join(tmpdir(), `elsim-points-${w.name}-`));
  try {
    const base = await baseOf(w, work);
    const refSys = join(work, 'reference', 'system');
    mkdirSync(join(work, 'reference'));
    const refFile = prepare(base, refSys, w);
    const beforeCds = cdsDigestOf(refSys);
    const beforeText = textFiles(refSys, cdsFilesOf(refSys));
    const trace = join(work, 'trace.txt');
    writeFileSync(trace, '');
    const ref = await runChild(refSys, refFile, undefined, { env: { ELSIM_STOP_TRACE: trace }, ...(w.args ? { args: w.args(refSys) } : {}) });
    if (ref.code !== 0 && ref.code !== 4) throw new Error(`${w.name}: the reference run ended ${ref.code}: ${ref.stderr}`);
    const afterCds = cdsDigestOf(refSys);
    const afterText = textFiles(refSys, cdsFilesOf(refSys));
    const counts = new Map<string, number>();
    for (const l of readFileSync(trace, 'utf8').split('\n').filter(Boolean)) counts.set(l, (counts.get(l) ?? 0) + 1);
    const stops: string[] = [];
    for (const [p, n] of counts) {
      stops.push(`${p}#1`);
      if (n > 1) stops.push(`${p}#${n}`);
    }
    const kills: PointKill[] = [];
    for (const [i, stop] of stops.filter((s) => only === undefined || only(s)).entries()) {
      const sys = join(work, `kill-${i}`, 'system');
      mkdirSync(join(work, `kill-${i}`));
      const file = prepare(base, sys, w);
      const r = await runChild(sys, file, undefined, { env: { ELSIM_STOP_AT: stop }, ...(w.args ? { args: w.args(sys) } : {}) });
      const problems: string[] = [];
      const killed = r.signal === 'SIGKILL';
      if (!killed) problems.push(`not killed at ${stop}: exit ${r.code} ${r.stderr}`);
      // The next command recovers the system (leftovers, unfinished jobs, an init's swap).
      const rec = await runChild(sys, file, undefined, { args: ['clock', 'show', '--system', sys] });
      if (rec.code !== 0) problems.push(`the command after the kill exited ${rec.code}: ${rec.stderr}`);
      const now = cdsDigestOf(sys);
      const io = memoryIo(fixedClock(NOW));
      for (const dsn of Object.keys(now)) {
        const v = verifyCdsOf({ dir: sys, dsn }, io);
        if (v.rc >= 8) problems.push(`${dsn} fails verify:\n${v.lines.join('\n')}`);
      }
      const same = (a: Record<string, string>): boolean => Object.keys(a).every((k) => now[k] === undefined || now[k] === a[k]);
      const allBefore = same(beforeCds);
      const allAfter = same(afterCds) && Object.keys(afterCds).every((k) => now[k] !== undefined || beforeCds[k] === undefined);
      const state = allBefore ? 'before' : allAfter ? 'after' : 'mixed';
      if (state === 'mixed') problems.push('CDS content is neither before nor after');
      for (const [p, text] of textFiles(sys, cdsFilesOf(sys))) {
        if (text === afterText.get(p) || text === beforeText.get(p)) continue;
        problems.push(`${p} is neither as before nor as the complete run wrote it (${text.length} bytes)`);
      }
      const left = leftovers(sys);
      if (left.length > 0) problems.push(`left behind: ${left.join(' ')}`);
      const input = unfinishedJobs(sys);
      if (input.length > 0) problems.push(`jobs left INPUT: ${input.join(' ')}`);
      kills.push({ stop, killed, recoveryExit: rec.code, cds: state, problems });
    }
    return { reached: [...counts.keys()], kills };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

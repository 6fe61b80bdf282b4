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

function runChild(sys: string, file: string, killAfterMs?: number): Promise<{ ms: number; finished: boolean; code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const started = Date.now();
    // Run where the JCL is and name it alone: messages that quote the file name are the same in every run.
    const child = spawn(process.execPath, [ELSIM, 'submit', '--system', sys, basename(file)], { cwd: dirname(file), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let killed = false;
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, killAfterMs);
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ ms: Date.now() - started, finished: !killed, code, stderr });
    });
  });
}

/**
 * Runs the workload once to the end (the reference), then `trials` times killed at moments spread
 * over the reference's duration. Returns the outcome of each kill.
 */
export async function crashWorkload(w: Workload, trials: number): Promise<{ referenceMs: number; changed: boolean; kills: KillOutcome[] }> {
  const work = mkdtempSync(join(tmpdir(), `elsim-crash-${w.name}-`));
  try {
    let base = await template(w.site, templateRoot());
    if (w.setup !== undefined) {
      const setupSys = join(work, 'setup', 'system');
      mkdirSync(join(work, 'setup'));
      cpSync(base, setupSys, { recursive: true });
      const setupFile = join(work, 'setup', 'SETUP.jcl');
      writeFileSync(setupFile, w.setup);
      const r = await runChild(setupSys, setupFile);
      if (r.code !== 0 && r.code !== 4) throw new Error(`${w.name}: the setup job ended ${r.code}: ${r.stderr}`);
      base = setupSys;
    }
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

/**
 * One fuzz case: a mutant of one corpus source, run in-process through `elsim check`, `elsim
 * submit` and `elsim sluadmin` (for a parameter library member: a job that loads it with SET
 * VOLPARM or MGMTDEF), each on a fresh copy of the demo system. What every run must satisfy:
 *  - it ends with an exit code of the documented set (src/core/exitCodes.ts): check 0/65 or the
 *    condition code 8/12 of refused SLSIN control statements,
 *    submit the jobs' code (0-255) or 64/65, sluadmin a condition code 0-16 or 64 — never 70;
 *  - no internal error: no exit 70, no SIM0315E (a utility failed inside elsim), no SIM0201E (a
 *    program failed inside elsim);
 *  - it says why with a message id: check's messages, each job's $HASP395/$HASP396, SLSPRINT's
 *    SLS0155I (or the SIM03xx that says why nothing ran), `elsim: ID` for a command refused;
 *  - a refused run (no step ran, or every SLUADMIN function ended with code 8 or more) leaves
 *    every CDS with the same content (cdsDigest);
 *  - every CDS the run changed or created verifies without violations (`elsim cds verify`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cds } from '../cds/Cds.js';
import { verificationReport, verifyCds } from '../cds/verifyCds.js';
import { dumpCds } from '../cds/dumpCds.js';
import { cdsChanges, cdsLines } from '../golden/cdsLines.js';
import { runCli } from '../cli/main.js';
import { EXIT_INTERNAL, EXIT_JCL_ERROR, EXIT_USAGE, exitCodeForJobs } from '../core/exitCodes.js';
import { fixedClock, memoryIo } from '../core/Io.js';
import { openSqlite } from '../core/openDatabase.js';
import { System } from '../jes/System.js';
import { cdsDigest } from './cdsDigest.js';
import type { FuzzSource } from './fuzzCorpus.js';
import { mutate } from './mutators.js';
import { syncTree } from './syncTree.js';
import { caseSeed, prng } from './prng.js';

export type FuzzTarget = 'check' | 'submit' | 'sluadmin' | 'parmlib';

export type ProblemKind = 'crash' | 'exit-code' | 'no-message' | 'refused-but-changed' | 'corrupt-cds';

export interface FuzzProblem {
  kind: ProblemKind;
  target: FuzzTarget;
  detail: string;
}

export interface FuzzRun {
  target: FuzzTarget;
  exit: number;
  refused: boolean;
  ms: number;
}

export interface FuzzCaseResult {
  n: number;
  /** The case's own seed (from the run's seed and n). */
  seed: number;
  source: string;
  applied: string[];
  mutant: string;
  runs: FuzzRun[];
  problems: FuzzProblem[];
}

export interface FuzzEnv {
  /** A demo system built once; each run gets a fresh copy of it. */
  template: string;
  /** Scratch directory for this case: the mutant (removed unless `keep`). */
  work: string;
  /** Where the systems the runs use live (one per target, reset to the template before each run). */
  systems: string;
  corpus: readonly FuzzSource[];
  seed: number;
  /** The demo system's pinned clock. */
  now: string;
  keep?: boolean;
}

const MESSAGE_ID = /(?:^|[^A-Z0-9])(?:IEFC\d{3}I|IEF\d{3}I|IGD\d{5}I|\$HASP\d{3}|SLS\d{4}[IEW]|SIM\d{4}[IEW]|IEC\d{3}I|ELS\d{4}E)/m;
const INTERNAL = /\b(SIM0315E|SIM0201E)\b/;
const CC = /SLS0155I Condition code for utility function is (\d+)/g;

/** The mutant of case n: replayable from (seed, n) and the corpus alone. */
export function fuzzMutant(corpus: readonly FuzzSource[], seed: number, n: number): { source: FuzzSource; text: string; applied: string[]; caseSeed: number } {
  const s = caseSeed(seed, n);
  const r = prng(s);
  const source = r.pick(corpus);
  const { text, applied } = mutate(source.text, r, () => r.pick(corpus).text);
  return { source, text, applied, caseSeed: s };
}

export async function runFuzzCase(env: FuzzEnv, n: number): Promise<FuzzCaseResult> {
  const { source, text, applied, caseSeed: seed } = fuzzMutant(env.corpus, env.seed, n);
  mkdirSync(env.work, { recursive: true });
  const file = join(env.work, 'FUZZ.jcl');
  writeFileSync(file, text);
  const result: FuzzCaseResult = { n, seed, source: source.name, applied, mutant: text, runs: [], problems: [] };
  const targets: FuzzTarget[] = ['check', 'submit', source.kind === 'parmlib' ? 'parmlib' : 'sluadmin'];
  try {
    for (const target of targets) await runTarget(env, target, file, source, result);
  } finally {
    if (!env.keep) rmSync(env.work, { recursive: true, force: true });
  }
  return result;
}

type Digests = Map<string, { path: string; digest: string; bytes?: Buffer }>;

/** Digests of the template's CDSs, with their file bytes: a copy whose files are unchanged needs no digest. */
const templateDigests = new Map<string, Digests>();

function templateCds(template: string): Digests {
  let d = templateDigests.get(template);
  if (d === undefined) {
    d = cdsDigests(template);
    for (const e of d.values()) if (!existsSync(`${e.path}-wal`) || statSync(`${e.path}-wal`).size === 0) e.bytes = readFileSync(e.path);
    templateDigests.set(template, d);
  }
  return d;
}

/** The CDS data sets of a system (aliases left out) with the digest of each. */
function cdsDigests(sysDir: string, known?: Digests): Digests {
  const out: Digests = new Map();
  const system = System.open(sysDir);
  try {
    for (const e of system.catalog.list()) {
      if (e.dsorg !== 'CDS' || e.aliasOf !== undefined) continue;
      const path = system.catalog.pathOf(e.dsn);
      if (!existsSync(path)) continue;
      const same = known?.get(e.dsn);
      if (same?.bytes !== undefined && (!existsSync(`${path}-wal`) || statSync(`${path}-wal`).size === 0) && readFileSync(path).equals(same.bytes)) {
        out.set(e.dsn, { path, digest: same.digest });
        continue;
      }
      let digest: string;
      try {
        const cds = Cds.open(path, { readonly: true });
        try {
          digest = cdsDigest(cds.db);
        } finally {
          cds.close();
        }
      } catch (err) {
        digest = `unreadable: ${(err as Error).message}`;
      }
      out.set(e.dsn, { path, digest });
    }
  } finally {
    system.close();
  }
  return out;
}

/** Text of every file the run's jobs left on the spool (new spool directories only). */
function newSpool(sysDir: string, before: Set<string>): { dir: string; files: Map<string, string> }[] {
  const spool = join(sysDir, 'spool');
  if (!existsSync(spool)) return [];
  return readdirSync(spool)
    .filter((d) => !before.has(d) && !d.startsWith('.'))
    .sort()
    .map((d) => ({ dir: d, files: new Map(readdirSync(join(spool, d)).map((f) => [f, readFileSync(join(spool, d, f), 'utf8')])) }));
}

async function runTarget(env: FuzzEnv, target: FuzzTarget, file: string, source: FuzzSource, result: FuzzCaseResult): Promise<void> {
  const problem = (kind: ProblemKind, detail: string): void => void result.problems.push({ kind, target, detail });
  const io = memoryIo(fixedClock(env.now));
  const started = Date.now();
  if (target === 'check') {
    const exit = await cli(['check', file], io, problem);
    const out = io.stdout.join('\n');
    if (![0, 8, 12, EXIT_JCL_ERROR, EXIT_INTERNAL].includes(exit)) problem('exit-code', `check exited ${exit}`);
    if (exit !== 0 && exit !== EXIT_INTERNAL && !MESSAGE_ID.test(out)) problem('no-message', 'check reported errors without a message id');
    if (INTERNAL.test(out)) problem('crash', firstMatch(out, INTERNAL));
    result.runs.push({ target, exit, refused: exit !== 0, ms: Date.now() - started });
    return;
  }

  const sysDir = join(env.systems, target);
  syncTree(env.template, sysDir);
  let runFile = file;
  if (target === 'parmlib') runFile = loadParmlibMember(sysDir, env.work, source.member ?? 'VOLPARM', result.mutant);
  const before = templateCds(env.template);
  const simBefore = simulatedState(sysDir);
  const spoolBefore = new Set(readdirSync(join(sysDir, 'spool')));

  const argv = target === 'sluadmin' ? ['sluadmin', runFile, '--system', sysDir] : ['submit', '--system', sysDir, '--json', runFile];
  const exit = await cli(argv, io, problem);
  const stdout = io.stdout.join('\n');
  const stderr = io.stderr.join('\n');
  const spool = newSpool(sysDir, spoolBefore);
  const spoolText = spool.flatMap((s) => [...s.files.values()]).join('\n');
  const internal = [stdout, stderr, spoolText].find((t) => INTERNAL.test(t));
  if (internal !== undefined) problem('crash', firstMatch(internal, INTERNAL));

  let refused = false;
  if (exit === EXIT_USAGE) {
    if (!/elsim: [A-Z]{3,4}\d{4}[IEW] /.test(stderr)) problem('no-message', `exit 64 without a message id: ${stderr.split('\n')[0] ?? ''}`);
    refused = true;
  } else if (exit !== EXIT_INTERNAL && target === 'sluadmin') {
    if (![0, 4, 8, 12, 16].includes(exit)) problem('exit-code', `sluadmin exited ${exit}`);
    if (!MESSAGE_ID.test(stdout)) problem('no-message', 'SLSPRINT holds no message id');
    refused = [...stdout.matchAll(CC)].every((m) => Number(m[1]) >= 8);
  } else if (exit !== EXIT_INTERNAL) {
    let jobs: { jobid: string; jobname: string; maxcc: number; status: string; spool: string; steps: { program: string; rc: number | null; abend: string | null; bypassed?: string }[] }[] = [];
    try {
      jobs = (JSON.parse(stdout) as { jobs: typeof jobs }).jobs;
    } catch {
      problem('no-message', `submit --json printed no job list: ${stdout.slice(0, 200)}`);
    }
    if (exit !== exitCodeForJobs(jobs)) problem('exit-code', `submit exited ${exit}, its jobs say ${exitCodeForJobs(jobs)}`);
    if (jobs.length === 0 && !MESSAGE_ID.test(stderr)) problem('no-message', 'no job and no message id');
    for (const j of jobs) {
      const log = spool.find((s) => `spool/${s.dir}` === j.spool)?.files.get('JESMSGLG.txt') ?? '';
      // A JES2 job group (JOBGROUP … ENDGROUP) is logged as read (SIM0117I), not as a job that ran.
      if (!/\$HASP39[56]|SIM0117I/.test(log)) problem('no-message', `${j.jobid} ${j.jobname}: job log without $HASP395/$HASP396`);
    }
    // Refused: no program but SLUADMIN ran, each SLUADMIN step ended with 8 or more, and every
    // function's code is seen (its SLSPRINT is on the spool, not DUMMY or a data set) and is 8 or more.
    const ran = jobs.flatMap((j) => j.steps.filter((s) => !s.bypassed && (s.rc !== null || s.abend !== null)));
    const sluadmin = (s: { program: string }): boolean => s.program === 'SLUADMIN' || s.program === 'SWSADMIN';
    const listings = spool.reduce((n, s) => n + [...s.files.values()].filter((f) => f.includes('Control Card Image Listing')).length, 0);
    refused =
      ran.every((s) => sluadmin(s) && s.rc !== null && s.rc >= 8) &&
      listings >= ran.length &&
      [...spoolText.matchAll(CC)].every((m) => Number(m[1]) >= 8);
  }

  // The CDSs: unchanged after a refused run (unless simulated time passed during it: DRMON waits,
  // and replication or migration the simulated hardware completes meanwhile lands in the CDS);
  // sound after any run.
  const after = cdsDigests(sysDir, before);
  if (refused && simulatedState(sysDir) !== simBefore) refused = false;
  for (const [dsn, a] of after) {
    const b = before.get(dsn);
    if (b !== undefined && b.digest === a.digest) continue;
    if (refused && b !== undefined) problem('refused-but-changed', `${dsn} changed although every function was refused:\n${rowChanges(dsn, b.path, a.path)}`);
    const report = verifyPath(dsn, a.path);
    if (report !== undefined) problem('corrupt-cds', report);
  }
  if (refused) for (const dsn of before.keys()) if (!after.has(dsn)) problem('refused-but-changed', `${dsn} was deleted by a refused run`);
  result.runs.push({ target, exit, refused, ms: Date.now() - started });
}

/** The simulated clock and the amount of completed hardware work: when they move, the CDS may change without any function. */
function simulatedState(sysDir: string): string {
  const read = (file: string, sql: string): string => {
    const p = join(sysDir, file);
    if (!existsSync(p)) return '-';
    const db = openSqlite(p, { readonly: true });
    try {
      return JSON.stringify(db.prepare(sql).all());
    } catch {
      return '?';
    } finally {
      db.close();
    }
  };
  return `${read('system.db', "SELECT value FROM state WHERE key = 'clock'")} ${read('hardware.db', "SELECT count(*) AS n FROM hw_work WHERE status <> 'PENDING'")}`;
}

/** Runs one command line in-process; an exception escaping runCli is a crash too. */
async function cli(argv: string[], io: ReturnType<typeof memoryIo>, problem: (k: ProblemKind, d: string) => void): Promise<number> {
  let exit: number;
  try {
    exit = await runCli(argv, io);
  } catch (e) {
    problem('crash', `exception escaped the CLI: ${(e as Error).stack ?? String(e)}`);
    return EXIT_INTERNAL;
  }
  if (exit === EXIT_INTERNAL) problem('crash', `exit 70: ${io.stderr.join(' | ').slice(0, 500)}`);
  return exit;
}

function verifyPath(dsn: string, path: string): string | undefined {
  let cds: Cds;
  try {
    cds = Cds.open(path, { readonly: true });
  } catch (e) {
    return `${dsn} does not open: ${(e as Error).message}`;
  }
  try {
    const v = verifyCds(cds);
    return v.rc >= 8 ? verificationReport(dsn, v).join('\n') : undefined;
  } finally {
    cds.close();
  }
}

/** Replaces a member of HLQ.PARMLIB with the mutant and returns a job that loads it. */
function loadParmlibMember(sysDir: string, work: string, member: string, text: string): string {
  const system = System.open(sysDir);
  try {
    system.catalog.writeMember('HLQ.PARMLIB', member, text.replace(/\r?\n$/, '').split(/\r?\n/));
  } finally {
    system.close();
  }
  const load =
    member === 'VOLPARM'
      ? ['//S1 EXEC PGM=SLUADMIN', `//SLSPARM DD DSN=HLQ.PARMLIB(${member}),DISP=SHR`, '//SLSPRINT DD SYSOUT=*', '//SLSIN DD *', ' SET VOLPARM']
      : ['//S1 EXEC PGM=SLUADMIN', '//SLSPRINT DD SYSOUT=*', '//SLSIN DD *', ` MGMTDEF DSN(HLQ.PARMLIB(${member}))`];
  const jcl = ['//FUZZPARM JOB (ACCT),FUZZ', ...load, '/*'].join('\n') + '\n';
  const p = join(work, 'PARMLIB.jcl');
  writeFileSync(p, jcl);
  return p;
}

/** What changed between two CDS files, as the golden runner shows it (first lines). */
function rowChanges(dsn: string, before: string, after: string): string {
  const lines = (p: string): string[] => {
    const cds = Cds.open(p, { readonly: true });
    try {
      return cdsLines(dumpCds(cds));
    } finally {
      cds.close();
    }
  };
  try {
    return cdsChanges(dsn, lines(before), lines(after)).split('\n').slice(0, 40).join('\n');
  } catch (e) {
    return `(no row diff: ${(e as Error).message})`;
  }
}

function firstMatch(text: string, re: RegExp): string {
  const line = text.split('\n').find((l) => re.test(l));
  return (line ?? '').trim().slice(0, 300);
}

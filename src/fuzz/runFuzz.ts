/**
 * `npm run fuzz -- --count N --seed S`: N fuzz cases (runFuzzCase) on fresh copies of one demo
 * system built at the start. Prints one line per problem case (its number, source, mutators and
 * problems) and a summary; each problem case's mutant is written to OUT/case-N/ with a note on how
 * to replay it (`--seed S --case N`, which also keeps the systems it ran on).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Io } from '../core/Io.js';
import { initSystem } from '../app/initSystem.js';
import { readSiteCatalog } from '../app/demoSite.js';
import { loadCorpus, type FuzzSource } from './fuzzCorpus.js';
import { runFuzzCase, type FuzzCaseResult, type ProblemKind } from './runFuzzCase.js';

export interface FuzzOptions {
  count: number;
  seed: number;
  /** Run only this case (replay); its systems are kept under out/case-N/. */
  only?: number;
  /** Where problem cases are written; none: nothing is written. */
  out?: string;
  corpus?: readonly FuzzSource[];
}

export interface FuzzSummary {
  cases: number;
  runs: number;
  crashes: number;
  corruptCdss: number;
  refusedButChanged: number;
  otherProblems: number;
  problemCases: FuzzCaseResult[];
  byKind: Record<ProblemKind, number>;
  ms: number;
}

export async function runFuzz(opts: FuzzOptions, io: Io): Promise<FuzzSummary> {
  const started = Date.now();
  const corpus = opts.corpus ?? loadCorpus();
  const work = mkdtempSync(join(tmpdir(), 'elsim-fuzz-'));
  const now = readSiteCatalog('A').epoch;
  const template = join(work, 'template');
  const quiet: Io = { ...io, out: () => undefined, err: () => undefined };
  (await initSystem({ dir: template, demo: true, site: 'A', now, quiet: true }, quiet)).close();

  const byKind: Record<ProblemKind, number> = { crash: 0, 'exit-code': 0, 'no-message': 0, 'refused-but-changed': 0, 'corrupt-cds': 0 };
  const problemCases: FuzzCaseResult[] = [];
  let runs = 0;
  const numbers = opts.only !== undefined ? [opts.only] : Array.from({ length: opts.count }, (_v, i) => i);
  try {
    for (const n of numbers) {
      const keep = opts.only !== undefined && opts.out !== undefined;
      const caseWork = keep ? join(resolve(opts.out!), `case-${n}`, 'work') : join(work, `case-${n}`);
      if (keep) rmSync(caseWork, { recursive: true, force: true });
      const systems = keep ? join(resolve(opts.out!), `case-${n}`, 'systems') : join(work, 'systems');
      const r = await runFuzzCase({ template, work: caseWork, systems, corpus, seed: opts.seed, now, keep }, n);
      runs += r.runs.length;
      if (r.problems.length === 0) continue;
      problemCases.push(r);
      for (const p of r.problems) byKind[p.kind]++;
      io.out(`case ${n} (seed ${opts.seed}): ${r.source} [${r.applied.join(', ')}]`);
      for (const p of r.problems) io.out(`  ${p.kind} in ${p.target}: ${p.detail.split('\n').join('\n    ')}`);
      if (opts.out !== undefined) writeCase(resolve(opts.out), opts.seed, r);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const count = (k: ProblemKind): number => problemCases.filter((c) => c.problems.some((p) => p.kind === k)).length;
  const summary: FuzzSummary = {
    cases: numbers.length,
    runs,
    crashes: count('crash'),
    corruptCdss: count('corrupt-cds'),
    refusedButChanged: count('refused-but-changed'),
    otherProblems: problemCases.filter((c) => c.problems.some((p) => p.kind === 'exit-code' || p.kind === 'no-message')).length,
    problemCases,
    byKind,
    ms: Date.now() - started,
  };
  io.out(
    `${summary.cases} cases (${summary.runs} runs, seed ${opts.seed}): ${summary.crashes} with crashes, ${summary.corruptCdss} with corrupt CDSs, ` +
      `${summary.refusedButChanged} refused runs that changed a CDS, ${summary.otherProblems} with a bad exit code or no message id - ${(summary.ms / 1000).toFixed(1)} s`,
  );
  return summary;
}

function writeCase(out: string, seed: number, r: FuzzCaseResult): void {
  const dir = join(out, `case-${r.n}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'mutant.jcl'), r.mutant);
  writeFileSync(
    join(dir, 'problems.txt'),
    [
      `case ${r.n} of seed ${seed} (case seed ${r.seed})`,
      `source: ${r.source}`,
      `mutators: ${r.applied.join(', ')}`,
      `replay: npm run fuzz -- --seed ${seed} --case ${r.n} --out ${out}`,
      '',
      ...r.problems.map((p) => `${p.kind} in ${p.target}:\n  ${p.detail.split('\n').join('\n  ')}`),
      '',
    ].join('\n'),
  );
}

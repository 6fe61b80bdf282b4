#!/usr/bin/env node
// npm run bench [-- --size small|full] [--dir DIR] [--json FILE]: builds a synthetic CDS and times
// elsim's functions on it against raw SQLite (see dist/src/bench/runBench.js). Thin: options,
// probes (clock, memory, child processes) and printing; the work is in src/bench/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { benchTable, runBench } from '../dist/src/bench/runBench.js';

const argv = yargs(hideBin(process.argv))
  .option('size', { choices: ['small', 'full'], default: 'full', describe: 'full: 1,000,000 VTVs / 100,000 MVCs / 2,000,000 copies; small: 50,000 / 5,000 / 100,000' })
  .option('dir', { type: 'string', describe: 'System directory to build (default: a temporary one, removed afterwards)' })
  .option('json', { type: 'string', describe: 'Also write the results as JSON to this file' })
  .strict()
  .parseSync();

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = argv.dir ?? join(mkdtempSync(join(tmpdir(), 'elsim-bench-')), 'sys');
const probe = {
  now: () => performance.now(),
  rssMb: () => process.memoryUsage().rss / 1048576,
  peakRssMb: () => process.resourceUsage().maxRSS / 1024,
  spawnMs(command, args) {
    const t0 = performance.now();
    const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return ms;
  },
};
const cpu = cpus();
const machine = [
  `machine: ${cpu[0]?.model ?? 'unknown cpu'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB, ${process.platform} ${process.arch}, node ${process.version}`,
];
try {
  const report = await runBench({
    size: argv.size,
    dir,
    probe,
    node: process.execPath,
    elsimBin: join(root, 'bin', 'elsim'),
    onRow: (r) => process.stderr.write(`  ${r.op}: ${r.elsimMs === undefined ? r.detail : `${Math.round(r.elsimMs)} ms`}\n`),
  });
  for (const l of benchTable(report, machine)) console.log(l);
  if (argv.json) writeFileSync(argv.json, JSON.stringify({ machine, ...report }, null, 2));
  process.exitCode = report.rows.every((r) => r.ok) ? 0 : 1;
} finally {
  if (!argv.dir) rmSync(join(dir, '..'), { recursive: true, force: true });
}

import test from 'ava';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchTable, runBench } from '../../../src/bench/runBench.js';

// Correctness only: the small bench runs every function and each does what it should. No timing
// is asserted (the machine decides those).
test('the small bench runs every row, each with a sane result and its outputs written', async (t) => {
  const root = fileURLToPath(new URL('../../../../', import.meta.url));
  const tmp = mkdtempSync(join(tmpdir(), 'elsim-bench-test-'));
  t.teardown(() => rmSync(tmp, { recursive: true, force: true }));
  const dir = join(tmp, 'sys');
  let spawned = 0;
  const report = await runBench({
    size: 'small',
    dir,
    node: process.execPath,
    elsimBin: join(root, 'bin', 'elsim'),
    probe: {
      now: () => performance.now(),
      rssMb: () => process.memoryUsage().rss / 1048576,
      peakRssMb: () => process.resourceUsage().maxRSS / 1024,
      spawnMs(command, args) {
        spawned++;
        const t0 = performance.now();
        const r = spawnSync(command, args, { encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status} ${r.stderr}`);
        return performance.now() - t0;
      },
    },
  });
  const failed = report.rows.filter((r) => !r.ok).map((r) => `${r.op}: ${r.detail}`);
  t.deepEqual(failed, []);
  const ops = report.rows.map((r) => r.op);
  for (const op of ['read JCL', 'read SLSIN', 'build CDS', 'VTVRPT', 'MVCRPT', 'SCRATCH', 'UNSCRATCH', 'EXPORT', 'IMPORT NOUPDATE', 'IMPORT into', 'ACTMVCGN', 'MVCMAINT', 'DRTEST CREATE', 'web console', 'one-step job', 'peak RSS']) {
    t.true(ops.some((o) => o.startsWith(op)), op);
  }
  // Every timed row has a time and (but for the reading rows and the web console's absolute
  // target) a limit; none is "not available" now that every utility is registered.
  for (const r of report.rows.filter((x) => !x.op.startsWith('peak'))) {
    t.true(r.elsimMs !== undefined && r.elsimMs > 0, r.op);
    if (!r.op.startsWith('read ') && !r.op.startsWith('web console')) t.true(r.limitMs !== undefined && r.limitMs > 0, r.op);
    t.not(r.met, undefined, r.op);
  }
  t.is(spawned, 10);
  t.like(report.shape, { vtvs: 50_000, mvcs: 5_000, exportMvcs: 500 });
  const datasets = readdirSync(join(dir, 'catalog'));
  for (const ds of ['HLQ.BENCH.VTVRPT', 'HLQ.BENCH.MVCRPT', 'HLQ.BENCH.MANIFEST', 'HLQ.BENCH.SLUSMVON', 'HLQ.DRTEST.SLSCNTL', 'HLQ.TARGET.DBASEPRM']) t.true(datasets.includes(ds), ds);
  t.false(existsSync(join(dir, 'work', 'bench-limit.cds')));
  const table = benchTable(report, ['machine: test']);
  t.regex(table[0]!, /--size small: 50,000 VTVs, 5,000 MVCs, 2 copies per VTV/);
  t.is(table.length, 5 + report.rows.length);
});

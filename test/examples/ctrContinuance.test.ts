/**
 * examples/ctr-continuance/run.sh, run as a user would from another directory, twice in a row:
 * tape data written at site A through SMC policies arrives at site B by the clock, Display
 * REPLicat drains to 0, site A is lost and site B carries on (reading A's data back), then
 * EEXPORT reverse-replicates to A and production returns there. The CDSs of both sites must then
 * show the ownership and copies chapter 4 describes.
 */
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Cds } from '../../src/cds/Cds.js';
import { dumpCds } from '../../src/cds/dumpCds.js';
import { System } from '../../src/jes/System.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface VtvDump { volser: string; ownerPlex: string | null; residentVtss: string | null; mgmtClass: string | null; status: { readOnly: boolean; scratch: boolean } }

function vtvs(dir: string): Map<string, VtvDump> {
  const system = System.open(dir);
  try {
    const cds = Cds.open(system.datasetPath(system.activeCds()!)!, { readonly: true });
    try {
      return new Map((dumpCds(cds).vtvs as VtvDump[]).map((v) => [v.volser, v]));
    } finally {
      cds.close();
    }
  } finally {
    system.close();
  }
}

function run(dir: string): string {
  return execFileSync('sh', [join(ROOT, 'examples/ctr-continuance/run.sh'), dir], {
    cwd: tmpdir(),
    env: { ...process.env, ELSIM: `${process.execPath} ${join(ROOT, 'bin/elsim')}` },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

test('CTR continuance and resumption run end to end, twice, and both CDSs say what chapter 4 says', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-ctr-continuance-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const first = run(dir);
  const out = run(dir);
  t.is(out.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, ''), first.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, ''), 'the second run does what the first did');
  const jobs = out.split('\n').filter((l) => /^JOB\d{5} /.test(l)).map((l) => l.split(/\s+/).slice(1, 4).join(' '));
  t.deepEqual(jobs, ['PAYWEEK CC 0000', 'MONITOR CC 0000', 'CONTINUE CC 0000', 'ARECV CC 0000', 'BSENDS CC 0000', 'PAYBACK CC 0000']);
  // Display REPLicat at A drained to 0 once DRMON had waited for the copies.
  t.regex(out, /== 2\.[^]*SIM1214I REPLICATION QUEUE - 0 VTVS[^]*VTSSA +MVS1 +0/);

  const a = vtvs(join(dir, 'site-a'));
  const b = vtvs(join(dir, 'site-b'));
  // Written at A, sent to B by CTR: read-only at B, owned by TAPEPLXA; home again at A, writable.
  t.like(b.get('AV1070'), { ownerPlex: 'TAPEPLXA', mgmtClass: 'LOCEEX1', status: { readOnly: true } });
  t.like(a.get('AV1070'), { ownerPlex: null, status: { readOnly: false } });
  // Written at B during the outage (subpool ASCRPL): B's own; at A, read-only and owned by TAPEPLXB.
  t.like(b.get('BV1010'), { ownerPlex: null, status: { readOnly: false } });
  t.like(a.get('BV1010'), { ownerPlex: 'TAPEPLXB', status: { readOnly: true } });
  // AV1140-AV1149 (the demo's CTR in flight) went to B and came back home.
  for (const v of ['AV1140', 'AV1149']) {
    t.like(b.get(v), { ownerPlex: 'TAPEPLXA', status: { readOnly: true } });
    t.like(a.get(v), { ownerPlex: null, status: { readOnly: false } });
  }
});

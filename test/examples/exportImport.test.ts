/**
 * examples/export-import/run.sh, run as a user would from a clean checkout: two demo systems, EXPORT
 * at site A, the manifest and MVCs carried to site B, IMPORT (validate, then real), MVCMAINT and
 * reports. The CDS of each site must then say what chapter 2 of the guide says.
 */
import test from 'ava';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Cds } from '../../src/cds/Cds.js';
import { dumpCds } from '../../src/cds/dumpCds.js';
import { System } from '../../src/jes/System.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXPORTED = ['AO1000', 'AO1001', 'AO1002', 'AO1003', 'AO1004'];

/** The parts of a CDS dump this test reads. */
interface MvcDump { volser: string; pool: string; location: string; vtvCount: number; status: { readOnly: boolean; exported: boolean; ejected: boolean } }
interface VtvDump { volser: string; imported: string | null; ownerPlex: string | null; status: { readOnly: boolean }; copies: { mvc: string }[] }

function activeDump(dir: string): { mvcs: MvcDump[]; vtvs: VtvDump[] } {
  const system = System.open(dir);
  try {
    const cds = Cds.open(system.datasetPath(system.activeCds()!)!);
    try {
      const d = dumpCds(cds);
      return { mvcs: d.mvcs as MvcDump[], vtvs: d.vtvs as VtvDump[] };
    } finally {
      cds.close();
    }
  } finally {
    system.close();
  }
}

test('the export/import round trip runs end to end and both CDSs record it', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-export-import-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const out = execFileSync('sh', [join(ROOT, 'examples/export-import/run.sh'), dir], {
    cwd: ROOT,
    env: { ...process.env, ELSIM: `${process.execPath} ${join(ROOT, 'bin/elsim')}` },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Summary lines only (the script ends with what job diff says about JOB00002).
  const jobs = out.split('\n').filter((l) => /^JOB\d{5} \S+ +(CC|ABEND|JCL ERROR)/.test(l));
  t.deepEqual(jobs.map((l) => l.split(/\s+/).slice(1, 4).join(' ')), [
    'CH02EXPO CC 0000',
    'CH02IMPO CC 0000',
    'CH02IMPO CC 0000',
    'WRITABLE CC 0000',
    'REPORT CC 0000',
  ]);

  // Site A: the MVCs were exported (read-only, exported) and have left the library.
  const a = activeDump(join(dir, 'site-a'));
  const aMvcs = a.mvcs.filter((m) => EXPORTED.includes(m.volser));
  t.is(aMvcs.length, 5);
  for (const m of aMvcs) {
    t.true(m.status.readOnly && m.status.exported && m.status.ejected, m.volser);
    t.is(m.location, 'OUTSIDE');
  }
  // The source VTVs are untouched: still usable, their copies at A still recorded.
  const av1000 = a.vtvs.find((v) => v.volser === 'AV1000')!;
  t.false(av1000.status.readOnly);
  t.is(av1000.imported, null);

  // Site B: the MVCs are in pool AIMPORT, in the library, writable after MVCMAINT; every VTV they
  // carry is imported read-only, owned by TAPEPLXA, with its one copy on an imported MVC.
  const b = activeDump(join(dir, 'site-b'));
  const bMvcs = b.mvcs.filter((m) => EXPORTED.includes(m.volser));
  t.deepEqual(bMvcs.map((m) => [m.volser, m.pool, m.location, m.status.readOnly]), EXPORTED.map((v) => [v, 'AIMPORT', 'LIBRARY', false]));
  const imported = b.vtvs.filter((v) => v.imported !== null);
  t.is(imported.length, 70);
  for (const v of imported) {
    t.true(v.status.readOnly, v.volser);
    t.is(v.ownerPlex, 'TAPEPLXA');
    t.deepEqual(v.copies.map((c) => EXPORTED.includes(c.mvc)), [true], v.volser);
  }
  t.is(bMvcs.reduce((n, m) => n + m.vtvCount, 0), 70);
});

test('IMMDRAIN(YES) recalls only the VTVs whose MVCs were entered into the library', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-immdrain-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const elsim = (...args: string[]): string =>
    execFileSync(process.execPath, [join(ROOT, 'bin/elsim'), ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const a = join(dir, 'site-a');
  const b = join(dir, 'site-b');
  elsim('init', '--system', a);
  elsim('init', '--system', b, '--site', 'B');
  elsim('submit', '--system', a, join(ROOT, 'fixtures/seed/ch02-export-stor.jcl'));
  elsim('dataset', 'copy', 'HLQ.REMOTE2', '--as', 'HLQ.REMOTE1', '--system', a, '--to', b);
  // Only three of the five MVCs travel before the import.
  elsim('mvc', 'move', '--system', a, '--to', b, 'AO1000-AO1002');
  const jcl = join(dir, 'drain.jcl');
  writeFileSync(jcl, ['//DRAIN    JOB (ACCT),CLASS=A', '//IMPORT   EXEC PGM=SLUADMIN,PARM=MIXED', '//REMOTE1  DD DSN=HLQ.REMOTE1,DISP=SHR', '//SLSPRINT DD SYSOUT=*', '//SLSIN    DD *', ' IMPORT MANIFEST(REMOTE1) IMMDRAIN(YES)', '/*', ''].join('\n'));
  const drain = spawnSync(process.execPath, [join(ROOT, 'bin/elsim'), 'submit', '--system', b, jcl], { cwd: ROOT, encoding: 'utf8' });
  t.is(drain.status, 4);
  t.regex(drain.stdout, /^JOB00002 DRAIN +CC 0004 /m);
  const print = readFileSync(join(b, 'spool/JOB00002-DRAIN/IMPORT.SLSPRINT.txt'), 'utf8');
  t.regex(print, /^SIM0635I 40 VTVS RECALLED INTO VTSS VTSSB/m);
  t.regex(print, /^SIM0639W IMMDRAIN\(YES\): 30 VTVS NOT RECALLED - THEIR MVCS ARE NOT IN THE LIBRARY/m);
  const d = activeDump(b);
  const recalled = d.vtvs.filter((v) => v.imported !== null && v.copies.length === 0);
  const waiting = d.vtvs.filter((v) => v.imported !== null && v.copies.length === 1);
  t.is(recalled.length, 40);
  t.is(waiting.length, 30);
  t.true(waiting.every((v) => ['AO1003', 'AO1004'].includes(v.copies[0]!.mvc)));
  t.deepEqual(d.mvcs.filter((m) => EXPORTED.includes(m.volser)).map((m) => [m.volser, m.location]), [
    ['AO1000', 'LIBRARY'],
    ['AO1001', 'LIBRARY'],
    ['AO1002', 'LIBRARY'],
    ['AO1003', 'OUTSIDE'],
    ['AO1004', 'OUTSIDE'],
  ]);
});

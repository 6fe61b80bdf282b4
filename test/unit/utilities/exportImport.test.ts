// EXPORT and IMPORT: the shared utility behaviours, and the guide's round trip between the two
// demo sites — export at A, the manifest data set carried into B's catalog, a validation import
// that leaves B's CDS byte-identical, the import, and what both CDSs record afterwards.
import test from 'ava';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cds } from '../../../src/cds/Cds.js';
import { dumpCds } from '../../../src/cds/dumpCds.js';
import { formatCds } from '../../../src/cds/formatCds.js';
import { loadPopulation } from '../../../src/cds/loadPopulation.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';
import { initSystem } from '../../../src/app/initSystem.js';
import { submitText } from '../../../src/app/submitText.js';
import type { System } from '../../../src/jes/System.js';
import { ManifestWriter } from '../../../src/utilities/manifest/ManifestWriter.js';
import { behavesLikeUtility } from '../../behaviours/behavesLikeUtility.js';
import { recordDd } from '../../helpers/recordDd.js';
import { samplePopulation } from '../../helpers/samplePopulation.js';

behavesLikeUtility(test, 'EXPort', {
  valid: 'EXPORT MVC(M00000-M00019) MANIFEST(MOVE1)',
  prepareCds: (cds) => void loadPopulation(cds, samplePopulation),
  extraDds: (dir) => [recordDd('MOVE1', 'TEST.MANIFEST', join(dir, 'TEST.MANIFEST'))],
  samples: { MGMTCLAS: 'MGMT(PAY)', STORCLAS: 'STOR(LOCAL)' },
});

behavesLikeUtility(test, 'IMPort', {
  valid: 'IMPORT MANIFEST(MOVE1) INACTCDS REPLACE(ALL)',
  prepareCds: (cds) => formatCds(cds, { now: new Date('2026-11-21T08:00:00Z'), features: { VSM: 'ADVMGMT' } }),
  extraDds: (dir) => {
    const path = join(dir, 'TEST.MANIFEST');
    const w = ManifestWriter.open(recordDd('MOVE1', 'TEST.MANIFEST', path));
    if ('error' in w) throw new Error(w.error);
    w.header({ tapeplex: null, vsm: 'ADVMGMT', cdsLevel: null, vtvPage: null, largeVtvs: false, created: '2026-11-21T08:00:00Z', jobName: 'J', jobId: 'JOB00001', selection: 'MVC', consolidated: false });
    w.mvc({ volser: 'AO1000', media: 'STK1R', rectech: null, pool: 'OFFSITE', storClass: 'OFF1', capacityMb: 20000, usedMb: 400, copies: 1, written: false });
    w.vtv({ volser: 'AV1000', mvc: 'AO1000', blockId: '00000001', copyIndex: 1, sourceCopies: 1, mgmtClass: 'PAY', sizeMb: 800, compPct: 50, maxSizeMb: null, pageSize: null, created: null, lastUsed: null });
    w.finish();
    return [recordDd('MOVE1', 'TEST.MANIFEST', path)];
  },
});

// ── the two demo sites ──────────────────────────────────────────────────────────────────────

const NOW = new Date('2026-11-21T08:00:00Z');
const io = memoryIo(fixedClock(NOW.toISOString()));

async function site(dir: string, s: 'A' | 'B'): Promise<System> {
  return initSystem({ dir, demo: true, site: s, quiet: true }, io);
}

async function submit(system: System, jcl: string, name = 'job.jcl'): Promise<{ rc: number; print: string }> {
  const [job] = await submitText(system, jcl, { file: name, now: NOW, strict: false }, io);
  if (!job) throw new Error('no job');
  const spool = join(system.root, job.spool);
  const print = job.steps.map((s) => {
    try {
      return readFileSync(join(spool, `${s.name}.SLSPRINT.txt`), 'utf8');
    } catch {
      return '';
    }
  });
  return { rc: job.maxcc, print: print.join('\n') };
}

function dump(system: System): ReturnType<typeof dumpCds> {
  const cds = Cds.open(system.datasetPath('HLQ.DBASEPRM')!, { readonly: true });
  try {
    return dumpCds(cds);
  } finally {
    cds.close();
  }
}

/** Copies a data set of one system into another's catalog (the manifest tape carried between sites). */
function carry(from: System, dsn: string, to: System, toDsn: string): void {
  const records = readFileSync(from.catalog.pathOf(dsn), 'utf8').replace(/\n$/, '').split('\n');
  if (!to.catalog.exists(toDsn)) to.catalog.define(toDsn, { dsorg: 'PS', recfm: 'FB', lrecl: 80 });
  to.catalog.writeRecords(toDsn, records);
}

const step = (deck: string, dds = ''): string =>
  `//JOB1 JOB (ACCT),'T',CLASS=A,MSGCLASS=X\n//S1 EXEC PGM=SLUADMIN,PARM=MIXED\n//SLSPRINT DD SYSOUT=*\n${dds}//SLSIN DD *\n ${deck}\n/*\n`;

const fixture = (f: string): string => readFileSync(new URL(`../../../../fixtures/seed/${f}`, import.meta.url), 'utf8');

test.serial('round trip: EXPORT STOR at A, validation and import at B', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-xsite-'));
  const a = await site(join(dir, 'a'), 'A');
  const b = await site(join(dir, 'b'), 'B');
  try {
    const beforeA = dump(a);
    const exp = await submit(a, fixture('ch02-export-stor.jcl'), 'ch02-export-stor.jcl');
    t.is(exp.rc, 0, exp.print);
    const afterA = dump(a);
    const mvcsA = new Map(afterA.mvcs.map((m) => [(m as { volser: string }).volser, m as { status: { readOnly: boolean; exported: boolean } }]));
    for (const v of ['AO1000', 'AO1001', 'AO1002', 'AO1003', 'AO1004']) t.like(mvcsA.get(v), { status: { readOnly: true, exported: true } });
    t.like(mvcsA.get('AO1005'), { status: { readOnly: false, exported: false } });
    t.deepEqual(afterA.vtvs, beforeA.vtvs, 'EXPORT by storage class changes no VTV');

    carry(a, 'HLQ.REMOTE2', b, 'HLQ.REMOTE1');
    const cdsPath = b.datasetPath('HLQ.DBASEPRM')!;
    const bytes = readFileSync(cdsPath);
    const beforeB = dump(b);
    const validate = await submit(b, fixture('ch02-import-stor-validate.jcl'));
    t.is(validate.rc, 0, validate.print);
    t.true(validate.print.includes('SIM0629I'));
    t.true(validate.print.includes('VTVS IMPORTED 70'), validate.print);
    t.deepEqual(dump(b), beforeB, 'NOUPDATE: the CDS dump is unchanged');
    t.true(readFileSync(cdsPath).equals(bytes), 'NOUPDATE: the CDS file is byte-identical');

    const imp = await submit(b, fixture('ch02-import-stor.jcl'));
    t.is(imp.rc, 0, imp.print);
    const afterB = dump(b);
    const vtv = afterB.vtvs.find((x) => (x as { volser: string }).volser === 'AV1000') as { status: { readOnly: boolean }; imported: string; ownerPlex: string; copies: { mvc: string; index: number }[] };
    t.like(vtv, { imported: '2026-11-21T08:00:00Z', ownerPlex: 'TAPEPLXA', status: { readOnly: true } });
    t.deepEqual(vtv.copies.map((c) => [c.index, c.mvc]), [[1, 'AO1000']], 'only the copy on the imported MVC (the LOCAL copy stayed at A)');
    const mvc = afterB.mvcs.find((x) => (x as { volser: string }).volser === 'AO1000');
    t.like(mvc, { pool: 'AIMPORT', location: 'OUTSIDE', status: { readOnly: true, exported: false } });
    t.is(afterB.vtvs.length - beforeB.vtvs.length, 70);

    // The same manifest again: every VTV is a duplicate (REPLACE(NONE)), every MVC now holds copies.
    const again = await submit(b, step('IMPORT MANIFEST(REMOTE1)', '//REMOTE1 DD DSN=HLQ.REMOTE1,DISP=SHR\n'));
    t.is(again.rc, 4, again.print);
    t.true(again.print.includes('SIM0624W MVC AO1000 NOT IMPORTED - THIS CDS HAS AN MVC AO1000 HOLDING VTV COPIES'), again.print);
    t.true(again.print.includes('SIM0637W'), again.print);
    t.deepEqual(dump(b), afterB, 'a rejected import changes nothing');

    // Back home: A refuses its own manifest.
    const home = await submit(a, step('IMPORT MANIFEST(M)', '//M DD DSN=HLQ.REMOTE2,DISP=SHR\n'));
    t.is(home.rc, 8, home.print);
    t.true(home.print.includes('SIM0621E'), home.print);
  } finally {
    a.close();
    b.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.serial('EXPORT MGMT consolidates at A; B imports, REPLACE decides the duplicates', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-xsite-'));
  const a = await site(join(dir, 'a'), 'A');
  const b = await site(join(dir, 'b'), 'B');
  try {
    const beforeA = dump(a);
    const exp = await submit(a, fixture('ch02-export-mgmt.jcl'));
    t.is(exp.rc, 0, exp.print);
    const afterA = dump(a);
    t.deepEqual(afterA.vtvs, beforeA.vtvs, 'the export copies are not recorded: VTVs and their copies unchanged');
    const exported = afterA.mvcs.filter((m) => (m as { status: { exported: boolean } }).status.exported) as { volser: string; usedMb: number; vtvCount: number; pool: string }[];
    t.deepEqual(exported.map((m) => [m.volser, m.pool, m.vtvCount]), [['AM1004', 'MVCPLA', 0], ['AM1005', 'MVCPLA', 0]]);
    t.is(exported.reduce((n, m) => n + m.usedMb, 0), 70 * 400);
    t.is(a.hardware().mvcContents('AM1004').length, 50, 'the hardware holds what consolidation wrote');

    carry(a, 'HLQ.REMOTE2', b, 'HLQ.MGMT');
    const imp = await submit(b, step('IMPORT MANIFEST(IN) VTV(AV1000-AV1009)', '//IN DD DSN=HLQ.MGMT,DISP=SHR\n'));
    t.is(imp.rc, 0, imp.print);
    t.true(imp.print.includes('VTVS IMPORTED 10 '), imp.print);
    const mid = dump(b);

    // The STOR manifest of the same VTVs: AV1000-AV1009 collide.
    const c2 = await submit(a, step('EXPORT STOR(OFF1) MANIFEST(OUT)', '//OUT DD DSN=HLQ.OFF1,DISP=(NEW,CATLG),DCB=(RECFM=FB,LRECL=80)\n'));
    t.is(c2.rc, 0, c2.print);
    carry(a, 'HLQ.OFF1', b, 'HLQ.OFF1');
    const none = await submit(b, step('IMPORT MANIFEST(IN) NOUPDATE', '//IN DD DSN=HLQ.OFF1,DISP=SHR\n'));
    t.is(none.rc, 4, none.print);
    t.true(none.print.includes('SIM0625W VTV AV1000 NOT IMPORTED - IT EXISTS IN THIS CDS AND REPLACE(NONE) KEEPS IT'), none.print);
    t.deepEqual(dump(b), mid);
    const all = await submit(b, step('IMPORT MANIFEST(IN) REPLACE(ALL)', '//IN DD DSN=HLQ.OFF1,DISP=SHR\n'));
    t.is(all.rc, 0, all.print);
    const v = dump(b).vtvs.find((x) => (x as { volser: string }).volser === 'AV1000') as { copies: { mvc: string; current: boolean }[] };
    t.deepEqual(v.copies.map((c) => [c.mvc, c.current]), [['AO1000', true], ['AM1004', false]], 'the replaced VTV: new copy current, the old one superseded');
  } finally {
    a.close();
    b.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.serial('IMPORT refuses a TapePlex the target does not name, and a target without large VTV support', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-xsite-'));
  const a = await site(join(dir, 'a'), 'A');
  try {
    t.is((await submit(a, fixture('ch02-export-stor.jcl'))).rc, 0);
    // HLQ.TAPEPLXB.DBASEPRM at A is an empty CDS of TapePlex TAPEPLXB: it names no TAPEPLXA.
    const r = await submit(a, step('IMPORT MANIFEST(M) INACTCDS', '//SLSCNTL DD DSN=HLQ.TAPEPLXB.DBASEPRM,DISP=SHR\n//M DD DSN=HLQ.REMOTE2,DISP=SHR\n'));
    t.is(r.rc, 8, r.print);
    t.true(r.print.includes('SIM0620E MANIFEST HLQ.REMOTE2 COMES FROM TAPEPLEX TAPEPLXA, WHICH THIS CDS DOES NOT NAME'), r.print);
    // Without INACTCDS the SLSCNTL CDS is not the active one.
    const r2 = await submit(a, step('IMPORT MANIFEST(M)', '//SLSCNTL DD DSN=HLQ.TAPEPLXB.DBASEPRM,DISP=SHR\n//M DD DSN=HLQ.REMOTE2,DISP=SHR\n'));
    t.is(r2.rc, 8, r2.print);
    t.true(r2.print.includes('SIM0632E'), r2.print);
    // A manifest holding a 2000 MB VTV, into a CDS with neither VTVPAGE=LARGE nor CDSLEVEL V62ABOVE.
    a.catalog.define('HLQ.LARGE', { dsorg: 'PS', recfm: 'FB', lrecl: 80 });
    const w = ManifestWriter.open(recordDd('M', 'HLQ.LARGE', a.catalog.pathOf('HLQ.LARGE')));
    if ('error' in w) throw new Error(w.error);
    w.header({ tapeplex: null, vsm: 'ADVMGMT', cdsLevel: 'V62ABOVE', vtvPage: 'LARGE', largeVtvs: true, created: '2026-11-21T08:00:00Z', jobName: 'J', jobId: 'JOB00009', selection: 'VTV', consolidated: true });
    w.mvc({ volser: 'AM1200', media: 'STK1R', rectech: null, pool: 'MVCPLA', storClass: 'LOCAL', capacityMb: 20000, usedMb: 1500, copies: 1, written: true });
    w.vtv({ volser: 'V00000', mvc: 'AM1200', blockId: '00000001', copyIndex: null, sourceCopies: 2, mgmtClass: 'VLEMGMT', sizeMb: 2000, compPct: 25, maxSizeMb: 2000, pageSize: 'LARGE', created: null, lastUsed: null });
    w.finish();
    const r3 = await submit(a, step('IMPORT MANIFEST(M) INACTCDS', '//SLSCNTL DD DSN=HLQ.TAPEPLXB.DBASEPRM,DISP=SHR\n//M DD DSN=HLQ.LARGE,DISP=SHR\n'));
    t.is(r3.rc, 8, r3.print);
    t.true(r3.print.includes('SIM0636I'), r3.print);
    t.true(r3.print.includes('SIM0623E MANIFEST HLQ.LARGE HOLDS LARGE VTVS - THIS CDS DOES NOT SUPPORT THEM (VTVPAGE NOT SET, CDSLEVEL NOT SET)'), r3.print);
  } finally {
    a.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

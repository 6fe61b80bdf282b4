/**
 * Tape workload and cross-TapePlex replication between two systems: a job at site A writes a tape
 * data set through SMC policy PPAY (class LOCEEX1, EEXPOL to TAPEPLXB), the clock delivers the VTV
 * to site B (read-only, owned by TAPEPLXA, with its data), EEXPORT at B sends it back home, and the
 * rules hold: a missing partner holds the copy with both CDSs unchanged, a TOPLEX without a CLINK
 * is refused, the receiving CDS refuses a VTV it does not keep for the owner.
 */
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initSystem } from '../../../src/app/initSystem.js';
import { managePartners } from '../../../src/app/partners.js';
import { runClock } from '../../../src/app/runClock.js';
import { submitFiles } from '../../../src/app/submitFiles.js';
import { Cds } from '../../../src/cds/Cds.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';
import { System } from '../../../src/jes/System.js';
import { readTapeFile } from '../../../src/sim/tapeMounts.js';
import { dumpTables } from '../../behaviours/sluadminHarness.js';
import { DEMO_NOW, demoTemplate } from '../../helpers/demoSystem.js';

let siteB: Promise<string> | undefined;
function siteBTemplate(): Promise<string> {
  siteB ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'elsim-site-b-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    const sys = join(dir, 'system');
    (await initSystem({ dir: sys, demo: true, site: 'B', now: DEMO_NOW, quiet: true }, memoryIo(fixedClock(DEMO_NOW)))).close();
    return sys;
  })();
  return siteB;
}

async function twoSites(t: ExecutionContext): Promise<{ a: string; b: string; root: string }> {
  const root = mkdtempSync(join(tmpdir(), 'elsim-ctr-'));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  const a = join(root, 'site-a');
  const b = join(root, 'site-b');
  cpSync(await demoTemplate(), a, { recursive: true });
  cpSync(await siteBTemplate(), b, { recursive: true });
  const io = memoryIo(fixedClock(DEMO_NOW));
  t.is(managePartners({ dir: a, action: 'set', tapeplex: 'TAPEPLXB', partnerDir: b }, io), 0, io.stderr.join('\n'));
  t.is(managePartners({ dir: b, action: 'set', tapeplex: 'TAPEPLXA', partnerDir: a }, io), 0, io.stderr.join('\n'));
  return { a, b, root };
}

function job(root: string, name: string, cards: string[]): string {
  const p = join(root, `${name}.jcl`);
  writeFileSync(p, `${cards.join('\n')}\n`);
  return p;
}

function vtvRow(dir: string, volser: string): Record<string, unknown> | undefined {
  const sys = System.open(dir);
  try {
    const cds = Cds.open(sys.datasetPath(sys.activeCds()!)!, { readonly: true });
    try {
      return cds.db.prepare('SELECT * FROM vtv WHERE volser = ?').get(volser) as Record<string, unknown> | undefined;
    } finally {
      cds.close();
    }
  } finally {
    sys.close();
  }
}

function activeCdsPath(dir: string): string {
  const sys = System.open(dir);
  try {
    return sys.datasetPath(sys.activeCds()!)!;
  } finally {
    sys.close();
  }
}

const WRITE = [
  "//PAYWEEK  JOB (ACCT),'PAYROLL',CLASS=A,MSGCLASS=X",
  "//WRITE    EXEC PGM=ELSIMGEN,PARM='RECORDS=20'",
  '//SYSUT2   DD DSN=PROD.PAYROLL.WEEKLY,DISP=(NEW,CATLG),',
  '//            UNIT=VTAPE,DCB=(RECFM=FB,LRECL=80)',
];

test('a tape data set written at A through SMC arrives at B read-only, owned by A, with its data', async (t) => {
  const { a, b, root } = await twoSites(t);
  const io = memoryIo(fixedClock(DEMO_NOW));
  const [r] = await submitFiles({ dir: a, files: [job(root, 'write', WRITE)], strict: false }, io);
  t.is(r?.maxcc, 0, io.stderr.join('\n'));
  const written = vtvRow(a, 'AV1070')!;
  t.like(written, { scratch: 0, resident: 1, resident_vtss: 'VTSSA', mgmt_class: 'LOCEEX1', read_only: 0 });
  t.is(vtvRow(b, 'AV1070'), undefined, 'not at B before the clock moves');

  runClock({ dir: a, action: 'advance', value: '5m' }, io);
  t.like(vtvRow(b, 'AV1070'), { read_only: 1, owner_plex: 'TAPEPLXA', resident_vtss: 'VTSSB', mgmt_class: 'LOCEEX1' });
  const sys = System.open(b);
  try {
    const f = readTapeFile(sys.hardware(), 'AV1070');
    t.is(f?.dsn, 'PROD.PAYROLL.WEEKLY');
    t.is(f?.records.length, 20);
    t.regex(f!.records[0]!, /^PAYWEEK WRITE SYSUT2 000000001 /);
    // B's class of the same name migrates it locally (TPEPLXA1), on B's clock.
    t.true(sys.hardware().listWork({ vtvs: ['AV1070'] }).some((w) => w.kind === 'MIGRATE' && w.target === 'TPEPLXA1'));
  } finally {
    sys.close();
  }
});

test('a missing partner system holds the copy; both CDSs stay as they were until it is back', async (t) => {
  const { a, b, root } = await twoSites(t);
  const io = memoryIo(fixedClock(DEMO_NOW));
  await submitFiles({ dir: a, files: [job(root, 'write', WRITE)], strict: false }, io);
  const away = join(root, 'site-b.away');
  renameSync(b, away);
  const before = dumpTables(activeCdsPath(a));
  runClock({ dir: a, action: 'advance', value: '1h' }, io);
  t.true(io.stderr.some((l) => /^SIM1230W 11 QUEUED WORK ITEMS ARE DUE BUT HELD BACK - PARTNER TAPEPLXB UNREACHABLE: SYSTEM .* IS MISSING$/.test(l)), io.stderr.join('\n'));
  const after = dumpTables(activeCdsPath(a));
  t.deepEqual(after.vtv_plex_copy, before.vtv_plex_copy, 'no copy recorded as made');
  renameSync(away, b);
  const back = memoryIo(fixedClock(DEMO_NOW));
  runClock({ dir: a, action: 'advance', value: '1m' }, back);
  t.true(back.stdout.some((l) => / CTR AV1070 VTSSA -> TAPEPLXB DONE RECEIVED BY TAPEPLXB IN VTSSB/.test(l)), back.stdout.join('\n'));
  t.like(vtvRow(b, 'AV1070'), { owner_plex: 'TAPEPLXA' });
});

test('EEXPORT: refused without a CLINK to TOPLEX; with one, the VTVs go home writable', async (t) => {
  const { a, b, root } = await twoSites(t);
  const io = memoryIo(fixedClock(DEMO_NOW));
  await submitFiles({ dir: a, files: [job(root, 'write', WRITE)], strict: false }, io);
  runClock({ dir: a, action: 'advance', value: '1h' }, io);
  runClock({ dir: b, action: 'advance', value: '1h' }, io);
  const eexport = job(root, 'eexport', [
    "//EEXPORT  JOB (ACCT),'REVERSE',CLASS=A,MSGCLASS=X",
    "//EEXPORT  EXEC PGM=SLUADMIN,PARM='MIXED'",
    '//SLSPRINT DD SYSOUT=*',
    '//SLSIN    DD *',
    ' EEXPORT VTVID(AV1070) TOPLEX(TAPEPLXA)',
    '/*',
  ]);
  const bBefore = dumpTables(activeCdsPath(b));
  const [refused] = await submitFiles({ dir: b, files: [eexport], strict: false }, io);
  t.is(refused?.maxcc, 8);
  t.deepEqual(dumpTables(activeCdsPath(b)), bBefore);

  // B's CONFIG gains CLINKs to TAPEPLXA, A's names TAPEPLXB as a TapePlex it receives from.
  const bConfig = job(root, 'bconfig', [
    "//BCONFIG  JOB (ACCT),'CLINK TO A',CLASS=A,MSGCLASS=X",
    "//CONFIG   EXEC PGM=SLUADMIN,PARM='MIXED'",
    '//SLSCNTL  DD DSN=HLQ.DBASEPRM,DISP=SHR',
    '//SLSPRINT DD SYSOUT=*',
    '//SLSIN    DD *',
    ' CONFIG',
    ' TAPEPLEX THISPLEX=TAPEPLXB RECVPLEX=TAPEPLXA',
    ' VTSS NAME=VTSSB LOW=75 HIGH=80 MAXMIG=8 MINMIG=1 RETAIN=10',
    ' RTD  NAME=VSMB3A00 DEVNO=3A00 CHANIF=0C',
    ' VTD LOW=9000 HIGH=90FF',
    ' CLINK VTSS=VTSSB CHANIF=0G REMPLEX=TAPEPLXA PARTNER=VTSSA',
    '/*',
  ]);
  const aConfig = job(root, 'aconfig', [
    "//ACONFIG  JOB (ACCT),'RECEIVE FROM B',CLASS=A,MSGCLASS=X",
    "//CONFIG   EXEC PGM=SLUADMIN,PARM='MIXED'",
    '//SLSCNTL  DD DSN=HLQ.DBASEPRM,DISP=SHR',
    '//SLSPRINT DD SYSOUT=*',
    '//SLSIN    DD *',
    ' CONFIG',
    ' TAPEPLEX THISPLEX=TAPEPLXA RECVPLEX=TAPEPLXB',
    '/*',
  ]);
  t.deepEqual((await submitFiles({ dir: b, files: [bConfig, eexport], strict: false }, io)).map((j) => j.maxcc), [0, 0]);
  t.is((await submitFiles({ dir: a, files: [aConfig], strict: false }, io))[0]?.maxcc, 0);
  runClock({ dir: b, action: 'advance', value: '10m' }, io);
  t.like(vtvRow(a, 'AV1070'), { read_only: 0, owner_plex: null, resident_vtss: 'VTSSA' });
});

test('the receiver refuses a VTV it keeps no pool for: the copy fails and neither CDS changes', async (t) => {
  const { a, b, root } = await twoSites(t);
  const io = memoryIo(fixedClock(DEMO_NOW));
  // A policy of A sends data from its VIRTSCR pool (V00000-V99999), which B keeps no pool for.
  const defs = job(root, 'route', [
    "//WRITEV   JOB (ACCT),'VIRTSCR TO B',CLASS=A,MSGCLASS=X",
    "//WRITE    EXEC PGM=ELSIMGEN,PARM='RECORDS=3'",
    '//SYSUT2   DD DSN=TEST.PAYROLL.OTHER,DISP=(NEW,CATLG),UNIT=VTAPE',
  ]);
  const { operatorCommand } = await import('../../../src/app/operatorCommand.js');
  t.is(operatorCommand({ dir: a, command: 'POLICY NAME(PPAY) MEDIA(VIRTUAL) MGMT(LOCEEX1) SUBP(VIRTSCR)' }, io), 0);
  await submitFiles({ dir: a, files: [defs], strict: false }, io);
  const bBefore = dumpTables(activeCdsPath(b));
  const clock = memoryIo(fixedClock(DEMO_NOW));
  runClock({ dir: a, action: 'advance', value: '5m' }, clock);
  t.true(clock.stdout.some((l) => / CTR V00\d+ VTSSA -> TAPEPLXB FAILED VOLSER V00\d+ IS IN NO POOL OF TAPEPLXB FOR TAPEPLXA/.test(l)), clock.stdout.join('\n'));
  t.deepEqual(dumpTables(activeCdsPath(b)), bBefore);
});

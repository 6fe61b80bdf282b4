import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { Cds } from '../../../src/cds/Cds.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';
import { openDrtestSystem } from '../../../src/app/openDrtestSystem.js';
import { runClock } from '../../../src/app/runClock.js';
import { submitFiles } from '../../../src/app/submitFiles.js';
import { System } from '../../../src/jes/System.js';
import { HARDWARE_DB } from '../../../src/sim/hardwareDb.js';
import { dumpTables } from '../../behaviours/sluadminHarness.js';
import { DEMO_NOW, freshDemoSystem } from '../../helpers/demoSystem.js';

const DR_CDS = 'HLQ.DRTEST.SLSCNTL';

/** Production (the demo after job 1 of examples/cdrt-scenario1) and the DR test system drsystem builds from it. */
async function prodAndDr(t: ExecutionContext): Promise<{ prod: string; dr: string }> {
  const prod = await freshDemoSystem(t);
  const io = memoryIo(fixedClock(DEMO_NOW));
  const jobs = await submitFiles({ dir: prod, files: ['examples/cdrt-scenario1/1-production-prepare.jcl'], strict: false }, io);
  t.is(jobs[0]?.maxcc, 0, io.stderr.join('\n'));
  // A relative --system and --production, as typed on a command line: the state keeps the production path resolved.
  const dr = join(dirname(prod), 'drtest');
  openDrtestSystem({ dir: relative(process.cwd(), dr), production: relative(process.cwd(), prod), cds: DR_CDS }, io);
  t.true(io.stdout.some((l) => l.startsWith('SIM0799I') && l.endsWith(`HARDWARE OF ${prod}`)), io.stdout.join('\n'));
  return { prod, dr };
}

/** A job that audits one VTSS, written beside the systems. */
function auditJcl(dir: string, vtss: string): string {
  const p = join(dir, 'audit.jcl');
  const cards = [
    "//AUDITDR  JOB (ACCT),'AUDIT DR',CLASS=A,MSGCLASS=X",
    "//AUDIT    EXEC PGM=SLUADMIN,PARM='MIXED'",
    '//STEPLIB  DD DSN=HLQ.SEALINK,DISP=SHR',
    '//SLSPRINT DD SYSOUT=*',
    '//SLSIN    DD *',
    ` AUDIT VTSS(${vtss})`,
    '/*',
  ];
  writeFileSync(p, `${cards.join('\n')}\n`);
  return p;
}

/** Everything production keeps: its hardware, its system.db (clock, jobs, catalog) and its CDS. */
function productionSnapshot(prod: string): Record<string, unknown> {
  const sys = System.open(prod);
  let cdsPath: string;
  try {
    cdsPath = sys.datasetPath(sys.activeCds()!)!;
  } finally {
    sys.close();
  }
  return { hardware: dumpTables(join(prod, HARDWARE_DB)), system: dumpTables(join(prod, 'system.db')), cds: dumpTables(cdsPath) };
}

test('drsystem: the DR test system uses production\'s hardware.db and has none of its own', async (t) => {
  const { prod, dr } = await prodAndDr(t);
  t.false(existsSync(join(dr, HARDWARE_DB)));
  const sys = System.open(dr);
  try {
    t.is(sys.sharedHardware(), prod);
    t.is(sys.activeCds(), DR_CDS);
    t.is(sys.hardware().db.name, join(prod, HARDWARE_DB));
  } finally {
    sys.close();
  }
  t.false(existsSync(join(dr, HARDWARE_DB)), 'opening the hardware made no file in the DR directory');
});

test('clock show and AUDIT VTSS on the DR test system read the shared buffers; production is unaffected', async (t) => {
  const { prod, dr } = await prodAndDr(t);
  // Production's hardware changes: one VTV image leaves VTSS1 (the shared VTSS).
  const p = System.open(prod);
  let gone: string;
  let left: number;
  try {
    const hw = p.hardware();
    const buffer = hw.bufferContents('VTSS1');
    t.true(buffer.length > 1);
    gone = buffer[0]!.vtv;
    t.true(hw.deleteFromBuffer('VTSS1', gone));
    left = buffer.length - 1;
  } finally {
    p.close();
  }
  const before = productionSnapshot(prod);

  const io = memoryIo(fixedClock(DEMO_NOW));
  runClock({ dir: prod, action: 'show' }, io);
  const prodShow = [...io.stdout];
  io.stdout.length = 0;
  runClock({ dir: dr, action: 'show' }, io);
  // The same work, seen through the DR test CDS: VTSSs that are not the test's are offline there,
  // so their work is held on the DR test system (and only there).
  const unheld = (lines: string[]): string[] => lines.map((l) => l.replace(/ HELD: .*$/, ' '));
  t.deepEqual(unheld(io.stdout), unheld(prodShow), 'the same buffers, MVCs and queued work');
  t.true(io.stdout.some((l) => / CTR AV1140 VTSSA -> TAPEPLXB PENDING HELD: VTSSA OFFLINE$/.test(l)));
  t.false(prodShow.some((l) => l.includes('HELD')));
  t.true(io.stdout.some((l) => l.startsWith(`SIM0707I BUFFER OF VTSS1 HOLDS ${left} VTVS`)), io.stdout.join('\n'));

  io.stdout.length = 0;
  const [job] = await submitFiles({ dir: dr, files: [auditJcl(dirname(dr), 'VTSS1')], strict: false }, io);
  t.is(job?.maxcc, 4, 'the DR test CDS still shows the VTV resident: one discrepancy');
  const print = readFileSync(join(dr, job!.spool!, 'AUDIT.SLSPRINT.txt'), 'utf8');
  t.regex(print, new RegExp(`VTSS VTSS1: ${left} VTVS IN THE BUFFER`));
  t.regex(print, new RegExp(`VTV ${gone}`));
  t.regex(print, /SIM0731I AUDIT OF VTSS VTSS1 COMPLETE - 1 DISCREPANC/);

  t.deepEqual(productionSnapshot(prod), before, 'production\'s hardware, system and CDS as they were');
  t.false(existsSync(join(dr, HARDWARE_DB)));
});

test('the clock: each system keeps its own; work completes against the CDS of the system that moves its clock', async (t) => {
  const { prod, dr } = await prodAndDr(t);
  const p = System.open(prod);
  let prodCdsPath: string;
  let pending: number;
  try {
    prodCdsPath = p.datasetPath(p.activeCds()!)!;
    // Work of the test's own VTSS (VTSS0, the spare): a VTV written there, migrated in 30 minutes.
    const hw = p.hardware();
    hw.writeToBuffer('VTSS0', 'AV1000', 800, DEMO_NOW);
    hw.addWork({ kind: 'MIGRATE', vtv: 'AV1000', source: 'VTSS0', target: 'REMOTE', due: '2026-11-21T08:30:00Z', added: DEMO_NOW });
    pending = hw.listWork().length;
  } finally {
    p.close();
  }
  t.true(pending > 1);
  const prodCdsBefore = dumpTables(prodCdsPath);
  const prodSystemBefore = dumpTables(join(prod, 'system.db'));

  const io = memoryIo(fixedClock(DEMO_NOW));
  runClock({ dir: dr, action: 'advance', value: '1h' }, io);
  const moved = /SIM0703I .* - (\d+) WORK ITEMS COMPLETED, \d+ FAILED, (\d+) STILL PENDING/.exec(io.stdout.at(-1) ?? '');
  t.truthy(moved, io.stdout.join('\n'));
  t.is(Number(moved![1]), 1, io.stdout.join('\n'));
  const stillPending = Number(moved![2]);
  t.is(stillPending, pending - 1);
  // The DR test CDS has the VTSSs that are not the test's offline: their work waits for production.
  t.true(io.stderr.some((l) => /^SIM1230W 10 QUEUED WORK ITEMS ARE DUE BUT HELD BACK - VTSSA OFFLINE$/.test(l)), io.stderr.join('\n'));

  const d = System.open(dr);
  try {
    t.is(d.pinnedClock(), '2026-11-21T09:00:00.000Z');
    const cds = Cds.open(d.datasetPath(DR_CDS)!);
    try {
      t.is(cds.db.prepare("SELECT count(*) FROM vtv_plex_copy WHERE status = 'COMPLETE' AND vtv BETWEEN 'AV1140' AND 'AV1149'").pluck().get(), 0);
      // The migration of the test's VTSS0 is recorded in the DR test CDS.
      t.is(cds.db.prepare("SELECT count(*) FROM vtv_copy WHERE vtv = 'AV1000' AND stor_class = 'REMOTE' AND current = 1").pluck().get(), 1);
    } finally {
      cds.close();
    }
  } finally {
    d.close();
  }
  // Production: its clock and its CDS as they were; its (shared) hardware has the work done.
  t.deepEqual(dumpTables(join(prod, 'system.db')), prodSystemBefore);
  t.deepEqual(dumpTables(prodCdsPath), prodCdsBefore);
  const p2 = System.open(prod);
  try {
    t.is(p2.pinnedClock(), '2026-11-21T08:00:00.000Z');
    t.is(p2.hardware().listWork().length, stillPending);
  } finally {
    p2.close();
  }
});

test('a DR test system whose production hardware.db is gone is refused with SIM0790E, and none is made', async (t) => {
  const { prod, dr } = await prodAndDr(t);
  renameSync(join(prod, HARDWARE_DB), join(prod, 'moved.db'));
  const io = memoryIo(fixedClock(DEMO_NOW));
  t.throws(() => runClock({ dir: dr, action: 'show' }, io), { message: /SHARED HARDWARE .*hardware\.db IS GONE/ });
  const sys = System.open(dr);
  try {
    t.throws(() => sys.hardware(), { message: /SIM0790E|IS GONE/ });
  } finally {
    sys.close();
  }
  await t.throwsAsync(submitFiles({ dir: dr, files: [auditJcl(dirname(dr), 'VTSS1')], strict: false }, io), { message: /IS GONE/ });
  t.false(existsSync(join(prod, HARDWARE_DB)));
  t.false(existsSync(join(dr, HARDWARE_DB)));
});

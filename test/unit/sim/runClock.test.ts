import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cds } from '../../../src/cds/Cds.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';
import { initSystem } from '../../../src/app/initSystem.js';
import { runClock } from '../../../src/app/runClock.js';
import { moveMvcs } from '../../../src/app/moveMvcs.js';
import { submitText } from '../../../src/app/submitText.js';
import { System } from '../../../src/jes/System.js';

const T = '2026-11-21T08:00:00Z';

test('demo clock: show lists the queued work; advance completes what is due; a later job starts with its work done', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-clock-'));
  try {
    const io = memoryIo(fixedClock(T));
    (await initSystem({ dir: join(dir, 'a'), demo: true, quiet: true }, io)).close();
    runClock({ dir: join(dir, 'a'), action: 'show' }, io);
    t.true(io.stdout.some((l) => l.startsWith('SIM0702I CLOCK 2026-11-21T08:00:00Z (PINNED)')));
    t.is(io.stdout.filter((l) => l.includes(' PENDING')).length, 21);
    io.stdout.length = 0;
    runClock({ dir: join(dir, 'a'), action: 'advance', value: '5m' }, io);
    t.is(io.stdout.at(-1), 'SIM0703I CLOCK MOVED FROM 2026-11-21T08:00:00Z TO 2026-11-21T08:05:00Z - 3 WORK ITEMS COMPLETED, 0 FAILED, 18 STILL PENDING');
    t.throws(() => runClock({ dir: join(dir, 'a'), action: 'set', value: T }, io), { message: /CANNOT MOVE BACK/ });

    const sys = System.open(join(dir, 'a'));
    try {
      await submitText(sys, '//NOP JOB\n//S EXEC PGM=IEFBR14\n', { file: 'nop.jcl', now: new Date('2026-11-21T09:00:00Z'), strict: false }, io);
      t.is(sys.pinnedClock(), '2026-11-21T09:00:00.000Z');
      t.is(sys.hardware().listWork().length, 0);
      const cds = Cds.open(sys.datasetPath('HLQ.DBASEPRM')!);
      try {
        t.is(cds.db.prepare("SELECT count(*) FROM vtv_plex_copy WHERE status = 'COMPLETE' AND vtv BETWEEN 'AV1140' AND 'AV1149'").pluck().get(), 10);
      } finally {
        cds.close();
      }
    } finally {
      sys.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('mvc move: contents travel, the source CDS records the eject, the target CDS is untouched', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-move-'));
  try {
    const io = memoryIo(fixedClock(T));
    (await initSystem({ dir: join(dir, 'a'), demo: true, quiet: true }, io)).close();
    (await initSystem({ dir: join(dir, 'b'), demo: true, site: 'B', quiet: true }, io)).close();
    t.is(moveMvcs({ dir: join(dir, 'a'), to: join(dir, 'b'), volsers: ['AO1003-AO1004'] }, io), 2);
    const a = System.open(join(dir, 'a'));
    const b = System.open(join(dir, 'b'));
    try {
      t.is(a.hardware().mvc('AO1003'), undefined);
      t.is(b.hardware().mvcContents('AO1003').length, 15);
      t.is(b.hardware().mvc('AO1004')!.acs, '00');
      const cds = Cds.open(a.datasetPath('HLQ.DBASEPRM')!);
      try {
        t.deepEqual(cds.db.prepare("SELECT ejected, location FROM mvc WHERE volser = 'AO1003'").get(), { ejected: 1, location: 'OUTSIDE' });
      } finally {
        cds.close();
      }
      const bcds = Cds.open(b.datasetPath('HLQ.DBASEPRM')!);
      try {
        t.is(bcds.db.prepare("SELECT count(*) FROM vtv_copy WHERE mvc = 'AO1003'").pluck().get(), 0);
      } finally {
        bcds.close();
      }
    } finally {
      a.close();
      b.close();
    }
    t.throws(() => moveMvcs({ dir: join(dir, 'a'), to: join(dir, 'b'), volsers: ['AO1003'] }, io), { message: /NO MVC AO1003/ });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a work line shows when pending work is due and when finished work was done (held work finishes late)', async (t) => {
  const { describeWork } = await import('../../../src/sim/describeWork.js');
  const w = { id: 1, kind: 'REPLICATE' as const, vtv: 'AV1407', source: 'VTSS0', target: 'VTSS1', copyIndex: null, due: '2026-11-21T08:05:00Z', added: '2026-11-21T07:00:00Z' };
  t.is(describeWork({ ...w, status: 'PENDING', done: null, detail: null }), 'SIM0704I 2026-11-21T08:05:00Z REPLICATE AV1407 VTSS0 -> VTSS1 PENDING ');
  t.is(
    describeWork({ ...w, status: 'DONE', done: '2026-11-21T10:10:00Z', detail: 'REPLICA IN VTSS1' }),
    'SIM0704I 2026-11-21T10:10:00Z REPLICATE AV1407 VTSS0 -> VTSS1 DONE REPLICA IN VTSS1',
  );
});

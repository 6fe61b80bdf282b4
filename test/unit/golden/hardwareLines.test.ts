import test from 'ava';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hardwareChanges, hardwareLines, systemHardwareLines } from '../../../src/golden/hardwareLines.js';
import { HARDWARE_DB, openHardwareDb } from '../../../src/sim/hardwareDb.js';

const EMPTY = ['hw_mount []', 'hw_move_in []', 'hw_move_out []', 'hw_mvc []', 'hw_mvc_vtv []', 'hw_vtss []', 'hw_vtss_vtv []', 'hw_vtv_file []', 'hw_work []'];

test('empty hardware: every table in name order as [], then the clock', (t) => {
  const db = openHardwareDb(':memory:', { create: true });
  try {
    t.deepEqual(hardwareLines(db, undefined), [...EMPTY, 'clock null']);
    t.deepEqual(hardwareLines(db, '2026-11-21T08:00:00.000Z'), [...EMPTY, 'clock "2026-11-21T08:00:00.000Z"']);
  } finally {
    db.close();
  }
});

test('rows come one per line in primary-key order, whatever the insert order (blocks numerically)', (t) => {
  const db = openHardwareDb(':memory:', { create: true });
  try {
    const copy = db.prepare('INSERT INTO hw_mvc_vtv (mvc, block, vtv, size_mb, written) VALUES (?, ?, ?, ?, ?)');
    copy.run('T14003', 802, 'AV1251', 800, '2026-11-21T08:10:00Z');
    copy.run('AD1000', 1, 'AV1300', 800, null);
    copy.run('T14003', 1, 'AV1250', 800, '2026-11-21T08:10:00Z');
    db.prepare("INSERT INTO hw_vtss (name, capacity_mb) VALUES ('VTSS1', 500), ('VTSS0', 1000)").run();
    const work = db.prepare("INSERT INTO hw_work (kind, vtv, source, target, due, added) VALUES (?, ?, 'VTSS0', ?, ?, ?)");
    work.run('MIGRATE', 'AV1250', 'REMOTE', '2026-11-21T08:10:00Z', '2026-11-21T05:00:00Z');
    work.run('REPLICATE', 'AV1407', 'VTSS1', '2026-11-21T08:05:00Z', '2026-11-21T07:00:00Z');
    t.deepEqual(hardwareLines(db, undefined), [
      'hw_mount []',
      'hw_move_in []',
      'hw_move_out []',
      'hw_mvc []',
      'hw_mvc_vtv {"mvc":"AD1000","block":1,"vtv":"AV1300","size_mb":800,"written":null}',
      'hw_mvc_vtv {"mvc":"T14003","block":1,"vtv":"AV1250","size_mb":800,"written":"2026-11-21T08:10:00Z"}',
      'hw_mvc_vtv {"mvc":"T14003","block":802,"vtv":"AV1251","size_mb":800,"written":"2026-11-21T08:10:00Z"}',
      'hw_vtss {"name":"VTSS0","capacity_mb":1000}',
      'hw_vtss {"name":"VTSS1","capacity_mb":500}',
      'hw_vtss_vtv []',
      'hw_vtv_file []',
      'hw_work {"work_id":1,"kind":"MIGRATE","vtv":"AV1250","source":"VTSS0","target":"REMOTE","copy_index":null,"due":"2026-11-21T08:10:00Z","added":"2026-11-21T05:00:00Z","status":"PENDING","done":null,"detail":null}',
      'hw_work {"work_id":2,"kind":"REPLICATE","vtv":"AV1407","source":"VTSS0","target":"VTSS1","copy_index":null,"due":"2026-11-21T08:05:00Z","added":"2026-11-21T07:00:00Z","status":"PENDING","done":null,"detail":null}',
      'clock null',
    ]);
  } finally {
    db.close();
  }
});

test('a table a later migration adds is dumped too (a table without a key in column order)', (t) => {
  const db = openHardwareDb(':memory:', { create: true });
  try {
    db.exec("CREATE TABLE hw_extra (b TEXT, a INTEGER); INSERT INTO hw_extra VALUES ('y', 2), ('x', 2), ('z', 1);");
    const lines = hardwareLines(db, undefined).filter((l) => l.startsWith('hw_extra '));
    t.deepEqual(lines, ['hw_extra {"b":"x","a":2}', 'hw_extra {"b":"y","a":2}', 'hw_extra {"b":"z","a":1}']);
  } finally {
    db.close();
  }
});

test('hardwareChanges: nothing for equal dumps, the changed rows only (no context) otherwise', (t) => {
  const before = ['hw_mvc []', 'hw_vtss_vtv {"vtss":"VTSS0","vtv":"AV1030"}', 'hw_vtss_vtv {"vtss":"VTSS0","vtv":"AV1031"}', 'clock "2026-11-21T08:00:00.000Z"'];
  t.is(hardwareChanges(before, [...before]), '');
  const after = ['hw_mvc []', 'hw_vtss_vtv {"vtss":"VTSS0","vtv":"AV1031"}', 'clock "2026-11-21T08:05:00.000Z"'];
  t.is(
    hardwareChanges(before, after),
    [
      '--- before/hardware',
      '+++ after/hardware',
      '@@ -2,1 +1,0 @@',
      '-hw_vtss_vtv {"vtss":"VTSS0","vtv":"AV1030"}',
      '@@ -4,1 +3,1 @@',
      '-clock "2026-11-21T08:00:00.000Z"',
      '+clock "2026-11-21T08:05:00.000Z"',
      '',
    ].join('\n'),
  );
});

test('systemHardwareLines: a system without hardware.db has the empty hardware, and reading creates nothing', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-hwlines-'));
  try {
    t.deepEqual(systemHardwareLines(dir, undefined), [...EMPTY, 'clock null']);
    t.false(existsSync(join(dir, HARDWARE_DB)));
    const db = openHardwareDb(join(dir, HARDWARE_DB), { create: true });
    db.prepare("INSERT INTO hw_vtss_vtv (vtss, vtv, size_mb, written) VALUES ('VTSS0', 'AV1000', 800, NULL)").run();
    db.close();
    t.deepEqual(systemHardwareLines(dir, '2026-11-21T08:00:00.000Z'), [
      'hw_mount []',
      'hw_move_in []',
      'hw_move_out []',
      'hw_mvc []',
      'hw_mvc_vtv []',
      'hw_vtss []',
      'hw_vtss_vtv {"vtss":"VTSS0","vtv":"AV1000","size_mb":800,"written":null}',
      'hw_vtv_file []',
      'hw_work []',
      'clock "2026-11-21T08:00:00.000Z"',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

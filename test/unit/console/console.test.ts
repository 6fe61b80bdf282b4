/**
 * The operator console (src/console) on a copy of the demo system: command reading, the state
 * changes and their CDRT rules (a refused command leaves the CDS byte for byte as it was), and how
 * VTSS and CLINK states hold back the simulated hardware's work.
 */
import test from 'ava';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operatorCommand } from '../../../src/app/operatorCommand.js';
import { Cds } from '../../../src/cds/Cds.js';
import { parseCommand } from '../../../src/console/parseCommand.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';
import { System } from '../../../src/jes/System.js';
import { DEMO_NOW, freshDemoSystem } from '../../helpers/demoSystem.js';

function oper(dir: string, command: string): { rc: number; out: string[]; err: string[] } {
  const io = memoryIo(fixedClock(DEMO_NOW));
  const rc = operatorCommand({ dir, command }, io);
  return { rc, out: io.stdout, err: io.stderr };
}

function cdsRows(dir: string): string {
  const system = System.open(dir);
  try {
    const cds = Cds.open(system.datasetPath(system.activeCds()!)!, { readonly: true });
    try {
      const h = createHash('sha256');
      for (const t of ['vtss_status', 'cap_mode', 'clink_status', 'drtest', 'vtv']) h.update(JSON.stringify(cds.db.prepare(`SELECT * FROM ${t}`).all()));
      return h.digest('hex');
    } finally {
      cds.close();
    }
  } finally {
    system.close();
  }
}

test('commands are read into words with values, columns and apostrophes kept', (t) => {
  const p = parseCommand(" vary clink(2) vtss(vtss0),off  READ DSN('hlq.PARMLIB(SMCCMDS)')");
  t.true(p.ok);
  if (!p.ok) return;
  t.deepEqual(
    p.words.map((w) => [w.word, w.values ?? null, w.col]),
    [
      ['VARY', null, 2],
      ['CLINK', ['2'], 7],
      ['VTSS', ['VTSS0'], 16],
      ['OFF', null, 28],
      ['READ', null, 33],
      ['DSN', ['hlq.PARMLIB(SMCCMDS)'], 38],
    ],
  );
  const bad = parseCommand('D CLINK VTSS(VTSS0');
  t.false(bad.ok);
  if (!bad.ok) t.is(bad.col, 9);
});

test('unknown commands and operands are refused with an id and the column', async (t) => {
  const dir = await freshDemoSystem(t);
  const before = cdsRows(dir);
  t.deepEqual(oper(dir, 'D NOSUCH').err, ['SIM0796E OPERATOR COMMAND NOT EMULATED: D NOSUCH']);
  t.deepEqual(oper(dir, 'VARY VTSS1 SIDEWAYS').err, ['SIM1202E INVALID OPERAND IN COMMAND VARY VTSS1 SIDEWAYS AT COLUMN 12']);
  t.deepEqual(oper(dir, 'VARY VTSS9 OFFLINE').err, ['SIM0797E VTSS VTSS9 IS NOT DEFINED IN THE CDS']);
  t.deepEqual(oper(dir, 'VARY CLINK(3) VTSS(VTSS0) OFFLINE').err, ['SIM0797E CLINK 3 OF VTSS0 IS NOT DEFINED IN THE CDS']);
  t.is(oper(dir, 'D VTV ZZ9999').rc, 8);
  t.is(cdsRows(dir), before);
  // Every command and answer is in the system log, refused ones too.
  const log = readFileSync(join(dir, 'syslog.txt'), 'utf8');
  t.regex(log, /^2026325 08:00:00\.00 SYS1     OPER     D NOSUCH$/m);
  t.regex(log, /^2026325 08:00:00\.00 SYS1     HSC      SIM0796E OPERATOR COMMAND NOT EMULATED: D NOSUCH$/m);
});

test('a VTSS varied offline holds replication to it until it is online again', async (t) => {
  const dir = await freshDemoSystem(t);
  t.is(oper(dir, 'V VTSS1 OFF').rc, 0);
  const io = memoryIo(fixedClock(DEMO_NOW));
  const { runClock } = await import('../../../src/app/runClock.js');
  runClock({ dir, action: 'advance', value: '10m' }, io);
  t.true(io.stderr.includes('SIM1230W 3 QUEUED WORK ITEMS ARE DUE BUT HELD BACK - VTSS1 OFFLINE'));
  t.regex(oper(dir, 'D REPL').out.join('\n'), /VTSS0 {4}MVS1 {10}3/);
  const back = oper(dir, 'VARY VTSS1 ONLINE');
  t.deepEqual(back.out.filter((l) => l.includes('REPLICATE')).length, 3);
  t.regex(oper(dir, 'D REPL').out.join('\n'), /VTSS0 {4}MVS1 {10}0/);
});

test('a CLINK varied offline holds the cross-TapePlex copies that need it; the other CLINK carries them', async (t) => {
  const dir = await freshDemoSystem(t);
  t.is(oper(dir, 'VARY CLINK(1) VTSS(VTSSA) OFFLINE').rc, 0);
  t.regex(oper(dir, 'D CLINK VTSS(VTSSA)').out.join('\n'), /VTSSA +1 OFFLINE +TAPEPLXB\/VTSSB\nVTSSA +2 ONLINE  REPLICATING/);
  t.is(oper(dir, 'VARY CLINK 2 VTSS(VTSSA) OFF').rc, 0);
  t.regex(oper(dir, 'D CLINK VTSSA').out.join('\n'), /VTSSA +2 OFFLINE/);
  const { runClock } = await import('../../../src/app/runClock.js');
  const io = memoryIo(fixedClock(DEMO_NOW));
  runClock({ dir, action: 'advance', value: '1h' }, io);
  t.true(io.stderr.includes('SIM1230W 10 QUEUED WORK ITEMS ARE DUE BUT HELD BACK - NO ONLINE CLINK FROM VTSSA TO TAPEPLXB'));
  const on = oper(dir, 'VARY CLINK(2) VTSS(VTSSA) ONLINE');
  t.is(on.out.filter((l) => / CTR AV11\d\d .* DONE /.test(l)).length, 10);
});

test('CDRT: during an active DR test the DR ACS CAPs stay manual and the DR VTSS stays offline', async (t) => {
  const dir = await freshDemoSystem(t);
  t.is(oper(dir, 'CAPPREF 0 01:00:00 MANUAL').rc, 0);
  t.is(oper(dir, 'VARY VTSS1 OFFLINE').rc, 0);
  const system = System.open(dir);
  try {
    const cds = Cds.open(system.datasetPath(system.activeCds()!)!);
    try {
      // The state DRTEST START leaves (the DRTEST utility's own tests cover how it gets there).
      cds.db.exec("INSERT OR REPLACE INTO drtest (id, state, dracs, primed, started) VALUES (1, 'ACTIVE', '01', '2026-11-21T08:00:00Z', '2026-11-21T08:00:00Z')");
      cds.db.exec("INSERT INTO drtest_resource (kind, name) VALUES ('ACS', '01'), ('VTSS', 'VTSS1'), ('HOST', 'MVS2')");
    } finally {
      cds.close();
    }
  } finally {
    system.close();
  }
  const before = cdsRows(dir);
  t.deepEqual(oper(dir, 'CAPPREF 0 01:00:00 AUTO').err, ['SIM1206E CAP 01:00:00 IS IN DR TEST ACS 01 - IT STAYS IN MANUAL MODE WHILE THE DR TEST IS ACTIVE']);
  t.deepEqual(oper(dir, 'VARY VTSS1 ONLINE').err, ['SIM1205E VTSS VTSS1 IS A DR TEST VTSS - IT STAYS OFFLINE TO PRODUCTION WHILE THE DR TEST IS ACTIVE']);
  t.is(oper(dir, 'V VTSS1 Q').rc, 8);
  t.is(cdsRows(dir), before);
  // Resources outside the test are not restricted.
  t.is(oper(dir, 'CAPPREF 0 00:00:00 AUTO').rc, 0);
  t.is(oper(dir, 'VARY VTSS0 QUIESCED').rc, 0);
});

test('displays answer as data with --json', async (t) => {
  const dir = await freshDemoSystem(t);
  const io = memoryIo(fixedClock(DEMO_NOW));
  t.is(operatorCommand({ dir, command: 'D VTV AV1140', json: true }, io), 0);
  const j = JSON.parse(io.stdout[0]!) as { rc: number; vtv: { volser: string; mgmtClass: string; copies: { type: string; location: string; status: string }[] } };
  t.is(j.rc, 0);
  t.is(j.vtv.mgmtClass, 'LOCEEX1');
  t.deepEqual(j.vtv.copies.find((c) => c.type === 'PLEX'), { copy: '', type: 'PLEX', location: 'TAPEPLXB', status: 'PENDING', storClass: null } as never);
});

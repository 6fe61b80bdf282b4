/**
 * The change record of a job (core/changeCapture.ts, app/jobCapture.ts, app/jobChanges.ts): what a
 * job changed, rebuilt from the rows it touched only. The golden suite (test/golden/golden.test.ts)
 * holds job diff equal to the golden runner's full-dump diffs on every one-job case; here, the
 * record's size follows the change and not the CDS, refused work leaves nothing, purge removes it.
 */
import test from 'ava';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { changeRecordPath } from '../../../src/app/jobCapture.js';
import { jobChanges, keyedDiff } from '../../../src/app/jobChanges.js';
import { runCli } from '../../../src/cli/main.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';
import { openSqlite } from '../../../src/core/openDatabase.js';
import { freshDemoSystem } from '../../helpers/demoSystem.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

async function cli(args: string[]) {
  const io = memoryIo(fixedClock('2026-11-21T08:00:00Z'));
  const code = await runCli(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

function job(dir: string, name: string, deck: string): string {
  const f = join(dir, `${name}.jcl`);
  writeFileSync(f, `//${name} JOB\n//S1 EXEC PGM=SLUADMIN\n//SLSPRINT DD SYSOUT=*\n//SLSIN DD *\n${deck}\n/*\n`);
  return f;
}

test('keyedDiff: the lines that differ, row by row, removed before added', (t) => {
  const before = ['vtvs {"volser":"A1","s":1}', 'vtvs {"volser":"A2","s":1}', 'pools.pools []'];
  const after = ['vtvs {"volser":"A1","s":2}', 'vtvs {"volser":"A2","s":1}', 'vtvs {"volser":"A3","s":1}', 'pools.pools []'];
  t.deepEqual(keyedDiff(before, after), [
    { op: '-', line: 'vtvs {"volser":"A1","s":1}' },
    { op: '+', line: 'vtvs {"volser":"A1","s":2}' },
    { op: '+', line: 'vtvs {"volser":"A3","s":1}' },
  ]);
  t.deepEqual(keyedDiff(after, after), []);
});

test('a job diff shows the rows it changed; a refused function and a report change nothing; purge drops the record', async (t) => {
  const sys = await freshDemoSystem(t);
  const dir = join(sys, '..');
  await cli(['submit', '--system', sys, job(dir, 'SCR', ' SCRATCH VOL(AV1000-AV1002)'), job(dir, 'RPT', ' VTVRPT VTV(AV1000)'), job(dir, 'BAD', ' SCRATCH VOL(AV1000) BOGUS(1)')]);
  const scr = jobChanges(sys, 'SCR');
  t.true(scr.recorded);
  t.deepEqual(scr.cds.map((c) => c.dsn), ['HLQ.DBASEPRM']);
  const lines = scr.cds[0]!.lines;
  t.deepEqual(lines.map((l) => l.op + JSON.parse(l.line.slice(5)).volser), ['-AV1000', '+AV1000', '-AV1001', '+AV1001', '-AV1002', '+AV1002']);
  t.true(lines.filter((l) => l.op === '+').every((l) => l.line.includes('"scratch":true')));
  for (const quiet of ['RPT', 'BAD']) {
    const ch = jobChanges(sys, quiet);
    t.true(ch.recorded, quiet);
    t.deepEqual(ch.cds, [], quiet);
  }
  const text = await cli(['job', 'diff', 'RPT', '--system', sys]);
  t.is(text.out, 'JOB00003 RPT changed no CDS and nothing on the simulated hardware');
  const scrText = await cli(['job', 'diff', 'JOB00002', '--system', sys]);
  t.regex(scrText.out, /^--- before\/HLQ\.DBASEPRM\n\+\+\+ after\/HLQ\.DBASEPRM\n-vtvs \{"volser":"AV1000"/);
  t.true(existsSync(changeRecordPath(sys, 'JOB00002')));
  await cli(['job', 'purge', 'SCR', '--system', sys]);
  t.false(existsSync(changeRecordPath(sys, 'JOB00002')));
});

test('the record holds the rows the job touched (and their VTVs and MVCs), not the CDS: the size follows the change', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-rec-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const sys = join(dir, 'big');
  t.is((await cli(['cds', 'generate', '--system', sys, '--vtvs', '20000', '--mvcs', '400', '--copies-per-vtv', '2', '--seed', '3', '--now', '2026-11-21T08:00:00Z'])).code, 0);
  const r = await cli(['submit', '--system', sys, job(dir, 'FEW', ' SCRATCH VOL(A00010-A00014)')]);
  t.is(r.code, 0, r.out);
  const db = openSqlite(changeRecordPath(sys, 'JOB00001'), { readonly: true });
  try {
    const n = db.prepare("SELECT n FROM files WHERE kind = 'cds'").pluck().get() as number;
    const count = (table: string): number => db.prepare(`SELECT count(*) FROM "f${n}_${table}"`).pluck().get() as number;
    t.is(count('b_vtv'), 5);
    t.is(count('a_vtv'), 5);
    // Their copies and, for the MVCs those copies are on, the other copies those MVCs hold.
    t.true(count('b_vtv_copy') < 200, `${count('b_vtv_copy')} copies`);
    t.true(count('b_mvc') <= 4);
  } finally {
    db.close();
  }
  const ch = jobChanges(sys, 'FEW');
  t.is(ch.cds[0]!.lines.length, 10);
});

test('a CDS the job creates is reported as created, with its size', async (t) => {
  const sys = await freshDemoSystem(t);
  // The golden case's BACKUP job writes HLQ.TAPEPLXA.BKUP, a new CDS.
  const f = new URL('../../../../test/golden/backup-copy-and-refusals/backup.jcl', import.meta.url).pathname;
  const r = await cli(['submit', '--system', sys, '--changes', f]);
  const ch = jobChanges(sys, 'JOB00002');
  const created = ch.cds.find((c) => c.created);
  t.is(created?.dsn, 'HLQ.TAPEPLXA.BKUP', r.out);
  t.true((created?.rows?.vtvs ?? 0) >= 0);
  t.regex(r.out, /\+\+\+ HLQ\.TAPEPLXA\.BKUP created: [\d,]+ VTVs, [\d,]+ MVCs \(elsim cds dump --dsn HLQ\.TAPEPLXA\.BKUP shows it\)/);
});

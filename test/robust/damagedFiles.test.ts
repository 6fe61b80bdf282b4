/**
 * Damaged and missing files of a system (issue 14, failures 1 and 2): a CDS that is empty, not a
 * database, or a database without CDS tables is never formatted by opening it — only `elsim init`
 * and `elsim cds generate` format a CDS — and every command refuses it with a message id and a
 * return code, leaving the file as it was; a missing or damaged hardware.db is refused, naming the
 * file and how to rebuild it, never made again empty.
 */
import test from 'ava';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from '../../src/cli/main.js';
import { fixedClock, memoryIo } from '../../src/core/Io.js';
import { DEMO_NOW, freshDemoSystem } from '../helpers/demoSystem.js';
import { ROOT, sluadminJob } from './crashHarness.js';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(fixedClock(DEMO_NOW));
  const code = await runCli(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

/** The ways a CDS file can be other than a CDS. */
const damages: { name: string; make: (path: string) => void }[] = [
  { name: 'a 0-byte file', make: (p) => writeFileSync(p, '') },
  { name: 'garbage', make: (p) => writeFileSync(p, 'garbage '.repeat(600)) },
  {
    name: 'a SQLite file without CDS tables',
    make: (p) => {
      rmSync(p);
      const db = new Database(p);
      db.exec('CREATE TABLE other (x INTEGER)');
      db.close();
    },
  },
];

const spoolDirs = (sys: string): string[] => readdirSync(join(sys, 'spool')).filter((d) => !d.startsWith('.')).sort();

for (const d of damages) {
  test(`a CDS that is ${d.name} is refused by jobs, verify and dump, and stays as it was`, async (t) => {
    const sys = await freshDemoSystem(t);
    const cdsPath = join(sys, 'catalog', 'HLQ.DBASEPRM');
    d.make(cdsPath);
    const bytes = readFileSync(cdsPath);

    const before = await cli(['cds', 'verify', '--system', sys]);
    t.is(before.code, 8, before.out + before.err);
    t.regex(before.out, /SIM0830E/);

    for (const [name, deck] of [['RPT', ' MVCRPT ALL'], ['SCR', ' SCRATCH VOLSER(AV0000-AV0009)']] as const) {
      const file = join(sys, '..', `${name}.jcl`);
      writeFileSync(file, sluadminJob(name, [], [deck]));
      const r = await cli(['submit', '--system', sys, file]);
      t.is(r.code, 12, `${name}: ${r.out}\n${r.err}`);
      const dir = spoolDirs(sys).find((s) => s.endsWith(`-${name}`))!;
      const listing = readFileSync(join(sys, 'spool', dir, 'S1.SLSPRINT.txt'), 'utf8');
      t.regex(listing, /SIM0314I CDS HLQ\.DBASEPRM CANNOT BE OPENED - .*NOT A CDS/, listing);
      t.deepEqual(readFileSync(cdsPath), bytes, `${name} changed the file`);
    }

    const after = await cli(['cds', 'verify', '--system', sys]);
    t.is(after.code, 8, after.out + after.err);
    t.regex(after.out, /SIM0830E[\s\S]*NOT A CDS/);

    const dump = await cli(['cds', 'dump', '--system', sys]);
    t.is(dump.code, 64, dump.err);
    t.regex(dump.err, /SIM1501E CDS .*HLQ\.DBASEPRM IS NOT A CDS - /);
    t.deepEqual(readFileSync(cdsPath), bytes);
  });
}

test('a 0-byte CDS named by SLSCNTL is refused, not formatted', async (t) => {
  const sys = await freshDemoSystem(t);
  const cdsPath = join(sys, 'catalog', 'HLQ.TAPEPLXB.DBASEPRM');
  writeFileSync(cdsPath, '');
  const file = join(sys, '..', 'cfg.jcl');
  writeFileSync(file, sluadminJob('RPT', ['//SLSCNTL DD DSN=HLQ.TAPEPLXB.DBASEPRM,DISP=SHR'], [' MVCRPT ALL']));
  const r = await cli(['submit', '--system', sys, file]);
  t.is(r.code, 12, r.out + r.err);
  t.is(readFileSync(cdsPath).length, 0);
});

test('a missing hardware.db is refused with the file and how to rebuild it; rebuild restores the cartridges', async (t) => {
  const sys = await freshDemoSystem(t);
  const hw = join(sys, 'hardware.db');
  rmSync(hw);
  const jcl = join(ROOT, 'fixtures/seed/ch02-export-stor.jcl');
  const r = await cli(['submit', '--system', sys, jcl]);
  t.is(r.code, 64, r.out + r.err);
  t.regex(r.err, /SIM1503E/);
  t.true(r.err.includes(hw), r.err);
  t.regex(r.err, /elsim hardware rebuild/);
  t.false(existsSync(hw), 'hardware.db was made again');
  t.deepEqual(spoolDirs(sys).map((s) => s.slice(0, 8)), ['JOB00001'], 'a job ran without hardware');

  const show = await cli(['clock', 'show', '--system', sys]);
  t.is(show.code, 64);
  t.regex(show.err, /SIM1503E/);
  t.false(existsSync(hw));

  const rebuilt = await cli(['hardware', 'rebuild', '--system', sys]);
  t.is(rebuilt.code, 0, rebuilt.err);
  t.regex(rebuilt.err + rebuilt.out, /SIM1505I/);
  const again = await cli(['clock', 'show', '--system', sys]);
  t.is(again.code, 0, again.err);
  t.regex(again.out, /SIM0708I 3000 MVCS AND VMVCS IN THE LIBRARIES AND VLES HOLD 764 VTV COPIES/);
  const ran = await cli(['submit', '--system', sys, jcl]);
  t.is(ran.code, 0, ran.out + ran.err);
});

test('a damaged hardware.db is refused, not replaced', async (t) => {
  const sys = await freshDemoSystem(t);
  const hw = join(sys, 'hardware.db');
  writeFileSync(hw, '');
  const r = await cli(['clock', 'show', '--system', sys]);
  t.is(r.code, 64, r.out + r.err);
  t.regex(r.err, /SIM1504E/);
  t.regex(r.err, /elsim hardware rebuild/);
  t.is(readFileSync(hw).length, 0);
  // A rebuild replaces a damaged one only when told to.
  const refused = await cli(['hardware', 'rebuild', '--system', sys]);
  t.is(refused.code, 64);
  const forced = await cli(['hardware', 'rebuild', '--system', sys, '--replace']);
  t.is(forced.code, 0, forced.err);
  t.is((await cli(['clock', 'show', '--system', sys])).code, 0);
});

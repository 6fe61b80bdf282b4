/** The command line driven in-process: exit codes, messages, and the files a submit leaves. */
import test from 'ava';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';

const NOW = '2026-11-21T08:00:00Z';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'elsim-cli-'));
}

async function cli(args: string[]) {
  const io = memoryIo(fixedClock(NOW));
  const code = await runCli(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

test('--help lists every command and exits 0', async (t) => {
  const r = await cli(['--help']);
  t.is(r.code, 0);
  for (const c of ['init', 'submit', 'check', 'sluadmin', 'cds', 'test', 'explain']) t.regex(r.out, new RegExp(`elsim ${c}`));
});

test('an unknown command is a usage error (64)', async (t) => {
  const r = await cli(['frobnicate']);
  t.is(r.code, 64);
  t.regex(r.err, /unknown command `elsim frobnicate`/);
  t.notRegex(r.err, /did you mean/);
});

test('no command at all is a usage error (64)', async (t) => {
  t.is((await cli([])).code, 64);
});

test('a file that cannot be read is reported with its id and exits 64', async (t) => {
  const dir = tmp();
  const r = await cli(['submit', join(dir, 'nope.jcl'), '--system', join(dir, 'sys')]);
  t.is(r.code, 64);
  t.regex(r.err, /SIM0502E CANNOT READ .*nope\.jcl: ENOENT/);
  rmSync(dir, { recursive: true, force: true });
});

test('a bad --now is a usage error', async (t) => {
  const dir = tmp();
  const r = await cli(['init', '--system', join(dir, 'sys'), '--now', 'yesterday']);
  t.is(r.code, 64);
  rmSync(dir, { recursive: true, force: true });
});

test('explain prints a catalogued message and refuses an unknown one', async (t) => {
  const ok = await cli(['explain', 'sls0155i']);
  t.is(ok.code, 0);
  t.regex(ok.out, /^SLS0155I Condition code for utility function is <1>$/m);
  const bad = await cli(['explain', 'XYZ9999Q']);
  t.is(bad.code, 64);
});

test('explain knows the ELS messages elsim stops a command with', async (t) => {
  for (const [id, text] of [['ELS0001E', 'CDS <1> is already formatted'], ['ELS0002E', 'CDS <1> has schema version <2>, newer than this elsim (<3>)'], ['ELS0003E', 'CDS <1> cannot be opened: <2>']]) {
    const r = await cli(['explain', id!]);
    t.is(r.code, 0, id);
    t.true(r.out.startsWith(`${id} ${text}\n`), id);
  }
});

test('check: clean JCL exits 0, a JCL error exits 65 naming the card', async (t) => {
  const dir = tmp();
  const good = join(dir, 'good.jcl');
  const bad = join(dir, 'bad.jcl');
  writeFileSync(good, '//GOOD JOB\n//S1 EXEC PGM=IEFBR14\n');
  writeFileSync(bad, '//BAD JOB\n//S1 EXEC PGM=IEFBR14\n//DD1 DD DSN=A.B,DISP=(NEW,CATLG),\n//S2 EXEC PGM=IEFBR14\n');
  t.is((await cli(['check', good])).code, 0);
  const r = await cli(['check', bad]);
  t.is(r.code, 65);
  t.regex(r.out, /bad\.jcl:4:1: IEFC621I EXPECTED CONTINUATION NOT RECEIVED/);
  rmSync(dir, { recursive: true, force: true });
});

test('submit on a directory without a system builds the demo, says so, runs the job and exits with its RC', async (t) => {
  const dir = tmp();
  const sys = join(dir, 'sys');
  const jcl = join(dir, 'br14.jcl');
  writeFileSync(jcl, '//BR14 JOB\n//S1 EXEC PGM=IEFBR14\n');
  const r = await cli(['submit', jcl, '--system', sys]);
  t.is(r.code, 0, r.err);
  t.regex(r.err, /SIM0501I NO SYSTEM IN .* - THE DEMO TAPEPLEX WAS BUILT THERE/);
  // The spool directory is printed as a path from where the user stands.
  const m = /^(JOB\d{5}) BR14 +CC 0000 +(\S*sys\/spool\/JOB\d{5}-BR14)$/m.exec(r.out);
  t.truthy(m, r.out);
  for (const f of ['JESMSGLG.txt', 'JESJCL.txt', 'JESYSMSG.txt']) t.true(existsSync(join(m![2]!, f)), f);
  t.regex(readFileSync(join(m![2]!, 'JESMSGLG.txt'), 'utf8'), /\$HASP395 BR14 +ENDED - RC=0000/);
  rmSync(dir, { recursive: true, force: true });
});

test('submit --json reports jobs, steps and an abend (S806) with a nonzero exit', async (t) => {
  const dir = tmp();
  const sys = join(dir, 'sys');
  await cli(['init', '--system', sys, '--empty', '--now', NOW]);
  const jcl = join(dir, 'j.jcl');
  writeFileSync(jcl, '//J806 JOB\n//S1 EXEC PGM=NOSUCHPG\n');
  const r = await cli(['submit', jcl, '--system', sys, '--json']);
  const out = JSON.parse(r.out) as { jobs: { jobname: string; status: string; steps: { name: string; abend: string | null }[] }[] };
  t.is(out.jobs[0]!.jobname, 'J806');
  t.is(out.jobs[0]!.status, 'ABEND');
  t.is(out.jobs[0]!.steps[0]!.abend, 'S806');
  t.is(r.code, 16);
  rmSync(dir, { recursive: true, force: true });
});

test('init refuses to overwrite a system without --force, and a non-empty foreign directory', async (t) => {
  const dir = tmp();
  const sys = join(dir, 'sys');
  t.is((await cli(['init', '--system', sys, '--empty'])).code, 0);
  const again = await cli(['init', '--system', sys, '--empty']);
  t.is(again.code, 64);
  t.is((await cli(['init', '--system', sys, '--empty', '--force'])).code, 0);
  writeFileSync(join(dir, 'x.txt'), 'hello');
  const foreign = await cli(['init', '--system', dir, '--empty']);
  t.is(foreign.code, 64);
  t.regex(foreign.err, /SIM0506E/);
  rmSync(dir, { recursive: true, force: true });
});

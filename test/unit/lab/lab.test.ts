/**
 * The lab engine: definitions, start and its refusals, check's reasons, hints, reset, the CLI's
 * `elsim lab …` and the console's lab page.
 */
import test from 'ava';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkLab } from '../../../src/app/lab/checkLab.js';
import { compare, evaluateCheck } from '../../../src/app/lab/evaluateCheck.js';
import { hintLab } from '../../../src/app/lab/hintLab.js';
import { labNames, readLabDefinition } from '../../../src/app/lab/labDefinition.js';
import { labHome } from '../../../src/app/lab/labHome.js';
import { listLabs } from '../../../src/app/lab/listLabs.js';
import { resetLab, startLab } from '../../../src/app/lab/startLab.js';
import { runCli } from '../../../src/cli/main.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';
import { createConsole } from '../../../src/serve/createConsole.js';

const NOW = '2026-11-21T08:00:00Z';
const io = () => memoryIo(fixedClock(NOW));

function tmp(t: { teardown(fn: () => void): void }): string {
  const d = mkdtempSync(join(tmpdir(), 'elsim-labunit-'));
  t.teardown(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

test('the guide\'s labs are there, each well formed, with hints and its hand-outs', (t) => {
  const names = labNames();
  for (const n of ['export-import', 'cdrt-scenario1', 'recovery-point', 'broken-drtest', 'seed-jcl-repair', 'vle-drtest', 'replication-backlog', 'ctr-continuance']) t.true(names.includes(n), n);
  for (const l of listLabs()) {
    const d = readLabDefinition(l.name);
    t.true(d.task.length > 200, `${l.name} has a task`);
    t.true(d.guide.length > 0);
    for (const g of d.goals) t.true((g.hints ?? []).length > 0, `${l.name}/${g.id} has a hint`);
    for (const f of d.handout ?? []) t.true(existsSync(resolve(d.folder, f)), `${l.name} hands out ${f}`);
    for (const f of ['solution.txt', 'attempt.txt']) t.true(existsSync(join(d.folder, f)), `${l.name}/${f}`);
  }
});

test('an unknown lab is SIM1610E, naming the labs there are', (t) => {
  const e = t.throws(() => readLabDefinition('no-such-lab'));
  t.regex(e!.message, /NO LAB NAMED no-such-lab - THE LABS ARE: .*export-import/);
  t.throws(() => readLabDefinition('../demo'), { message: /NO LAB NAMED/ });
});

test('start refuses a directory that is not empty and leaves it as it was', async (t) => {
  const d = tmp(t);
  writeFileSync(join(d, 'mine.txt'), 'keep');
  await t.throwsAsync(startLab('export-import', d, io()), { message: /IS NOT EMPTY/ });
  t.is(readFileSync(join(d, 'mine.txt'), 'utf8'), 'keep');
  t.false(existsSync(join(d, 'site-a')));
});

test('a directory without a lab is SIM1612E', (t) => {
  const d = tmp(t);
  t.throws(() => labHome(d), { message: /IS NOT A LAB DIRECTORY/ });
});

test('check explains what is missing; hints go from the first unmet goal, are counted, and reset forgets them', async (t) => {
  const home = join(tmp(t), 'lab');
  const started = await startLab('export-import', home, io());
  t.is(started.home, resolve(home));
  t.true(existsSync(join(home, 'jobs', 'ch02-export-stor.jcl')));
  t.true(readFileSync(join(home, 'TASK.md'), 'utf8').includes('OFF1'));
  const r = checkLab(home);
  t.false(r.allMet);
  t.is(r.goals[0]!.id, 'manifest');
  t.is(r.goals[0]!.why, "Site A's catalog has no HLQ.REMOTE2.");
  t.is(r.goals.find((g) => g.id === 'exported')!.why, "Site A's CDS shows 0 of the 5 MVCs of storage classes OFF1/OFF2 exported and read-only.");
  const h1 = hintLab(home);
  t.is(h1.kind, 'hint');
  if (h1.kind === 'hint') t.deepEqual([h1.goal.id, h1.index, h1.of], ['manifest', 1, 2]);
  const h2 = hintLab(home);
  if (h2.kind === 'hint') t.is(h2.index, 2);
  t.is(hintLab(home).kind, 'no-more');
  t.is(checkLab(home).hintsUsed, 2);
  writeFileSync(join(home, 'notes.txt'), 'mine');
  await resetLab(home, io());
  t.is(checkLab(home).hintsUsed, 0);
  t.is(readFileSync(join(home, 'notes.txt'), 'utf8'), 'mine', 'reset keeps the trainee\'s own files');
});

test('a check that would write, or whose SQL does not run, is a bad lab (SIM1611E)', async (t) => {
  const home = join(tmp(t), 'lab');
  await startLab('recovery-point', home, io());
  const dir = join(home, 'prod');
  t.throws(() => evaluateCheck({ system: 'prod', cds: "UPDATE vtv SET scratch = 1", expect: 0, unmet: '' }, dir, 'x'), { message: /NOT VALID: check SQL does not read/ });
  t.throws(() => evaluateCheck({ system: 'prod', cds: 'SELECT nonsense FROM nowhere', expect: 0, unmet: '' }, dir, 'x'), { message: /NOT VALID: check SQL/ });
  const o = evaluateCheck({ system: 'prod', cds: 'SELECT count(*) FROM checkpoint', expect: 1, unmet: 'found {value}' }, dir, 'x');
  t.deepEqual(o, { met: false, value: 0, why: 'found 0' });
  const missing = evaluateCheck({ system: 'drtest', cds: 'SELECT 1', expect: 1, unmet: '' }, join(home, 'drtest'), 'x');
  t.is(missing.why, 'There is no system drtest in the lab directory yet.');
});

test('compare: numbers, texts, ranges', (t) => {
  t.true(compare(5, 5));
  t.true(compare('5', 5));
  t.false(compare(null, 0));
  t.true(compare('OFFLINE', 'OFFLINE'));
  t.true(compare(3, { min: 1 }));
  t.false(compare(0, { min: 1 }));
  t.true(compare(2, { min: 1, max: 2 }));
  t.false(compare(3, { max: 2 }));
  t.false(compare('NONE', { not: 'NONE' }));
});

test('elsim lab list, start --no-serve, check and hint on the command line', async (t) => {
  const d = tmp(t);
  const home = join(d, 'lab');
  const run = async (args: string[]) => {
    const i = io();
    const code = await runCli(args, i);
    return { code, out: i.stdout.join('\n'), err: i.stderr.join('\n') };
  };
  const list = await run(['lab', 'list']);
  t.is(list.code, 0);
  t.regex(list.out, /^export-import +Physical export and import between two TapePlexes \(Chapter 2/m);
  const start = await run(['lab', 'start', 'broken-drtest', '--system', home, '--no-serve']);
  t.is(start.code, 0, start.err);
  t.regex(start.out, /SIM1615I LAB broken-drtest READY IN .*lab - SYSTEMS prod/);
  t.regex(start.out, /# A DR test that will not start/);
  const check = await run(['lab', 'check', '--system', home]);
  t.is(check.code, 4);
  t.regex(check.out, /\[ {3}\] 1\. The DR VTSS1 is offline to production\n {10}Production sees VTSS1 QUIESCED\./);
  t.regex(check.out, /SIM1617I 0 OF 6 GOALS MET - SCORE 0\/6$/);
  const hint = await run(['lab', 'hint', '--system', home]);
  t.regex(hint.out, /Hint 1 of 2: Submit jobs\/start\.jcl/);
  t.regex((await run(['lab', 'check', '--system', home])).out, /1 HINT USED$/);
  t.is((await run(['lab', 'check', '--system', join(d, 'nowhere')])).code, 64);
  t.is((await run(['lab', 'start', 'nope', '--system', join(d, 'x'), '--no-serve'])).code, 64);
  const badPort = await run(['lab', 'start', 'export-import', '--system', join(d, 'y'), '--port', '99999']);
  t.is(badPort.code, 64);
  t.regex(badPort.err, /--port 99999 is not a port number/);
  t.false(existsSync(join(d, 'y')), 'nothing is built for a port that cannot be used');
  t.is((await run(['serve', '--system', join(d, 'z'), '--port', '-1'])).code, 64);
  t.false(existsSync(join(d, 'z')));
});

test('the console of a lab directory shows the lab, its goals and their state, and gives hints', async (t) => {
  const home = join(tmp(t), 'lab');
  await startLab('cdrt-scenario1', home, io());
  const app = createConsole({ systems: [], lab: home, clock: fixedClock(NOW) });
  t.teardown(() => app.close());
  const root = await app.inject('/');
  t.is(root.headers.location, '/lab');
  const page = (await app.inject('/lab')).body;
  t.regex(page, /Lab cdrt-scenario1: A concurrent DR test, scenario 1/);
  t.regex(page, /0 of 9 goals met — score 0\/9/);
  t.regex(page, /<li class="unmet" data-goal="spare-empty">[\s\S]*There is no DR test CDS HLQ\.DRTEST\.SLSCNTL at production yet\./);
  t.regex(page, /<a href="\/s\/prod\/st">prod<\/a>/);
  t.notRegex(page, /\/s\/drtest\//, 'a system the trainee has not built yet is not listed');
  t.regex(page, /<h2>Task<\/h2>\s*<div class="task"><h2>A concurrent DR test, scenario 1<\/h2><p>The DR team/);
  const hint = (await app.inject({ method: 'POST', url: '/lab/hint' })).body;
  t.regex(hint, /<strong>Hint 1 of 2<\/strong> for “The production instance of the spare VTSS0/);
  t.is((await app.inject('/s/prod/tapeplex')).statusCode, 200);
  mkdirSync(join(home, 'junk'));
  t.is((await app.inject('/s/junk/st')).statusCode, 404, 'only the lab\'s systems are served');
});

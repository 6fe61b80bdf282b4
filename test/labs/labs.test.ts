/**
 * Every lab of fixtures/labs, played twice from a fresh start: its solution.txt (the trainee's
 * correct solution) must end with every goal met, its attempt.txt (a wrong or partial attempt)
 * must leave the goals it names unmet — and not all goals met.
 */
import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLab } from '../../src/app/lab/checkLab.js';
import { labNames } from '../../src/app/lab/labDefinition.js';
import { labReportLines } from '../../src/app/lab/labText.js';
import { startLab } from '../../src/app/lab/startLab.js';
import { fixedClock, memoryIo } from '../../src/core/Io.js';
import { playScript, readScript } from '../helpers/playLab.js';

const NOW = '2026-11-21T08:00:00Z';

test('there are labs to play', (t) => {
  t.true(labNames().length >= 1);
});

for (const name of labNames()) {
  test(`lab ${name}: the solution meets every goal`, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), `elsim-lab-${name}-`));
    t.teardown(() => rmSync(dir, { recursive: true, force: true }));
    const home = join(dir, 'lab');
    await startLab(name, home, memoryIo(fixedClock(NOW)));
    const before = checkLab(home);
    t.false(before.allMet, 'a lab is not solved before the trainee starts');
    const played = await playScript(readScript(name, 'solution.txt', home), NOW);
    for (const p of played) t.is(p.code, p.want ?? 0, `${p.line}\n${[...p.out, ...p.err].join('\n')}`);
    const after = checkLab(home);
    t.deepEqual(after.goals.filter((g) => !g.met).map((g) => `${g.id}: ${g.why}`), []);
    t.true(after.allMet);
    t.is(after.score, after.total);
    t.regex(labReportLines(after).at(-1)!, /^SIM1616I ALL GOALS MET - SCORE (\d+)\/\1$/);
  });

  test(`lab ${name}: the wrong attempt does not meet every goal`, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), `elsim-lab-${name}-`));
    t.teardown(() => rmSync(dir, { recursive: true, force: true }));
    const home = join(dir, 'lab');
    await startLab(name, home, memoryIo(fixedClock(NOW)));
    const script = readScript(name, 'attempt.txt', home);
    t.true(script.unmet.length > 0, 'attempt.txt names the goals it leaves unmet (# unmet: …)');
    const played = await playScript(script, NOW);
    for (const p of played) if (p.want !== undefined) t.is(p.code, p.want, p.line);
    const after = checkLab(home);
    t.false(after.allMet);
    t.regex(labReportLines(after).at(-1)!, /^SIM1617I /);
    const unmet = after.goals.filter((g) => !g.met);
    t.deepEqual(unmet.map((g) => g.id).sort(), [...script.unmet].sort());
    for (const g of unmet) t.truthy(g.why, `goal ${g.id} says why it is not met`);
  });
}

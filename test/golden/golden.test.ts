/**
 * Every folder under test/golden/ is a golden case (see src/golden/runGolden.ts): its *.jcl run on
 * a fresh demo system and what they leave behind must equal its expected/ folder.
 * Regenerate one with `node bin/elsim test test/golden --filter NAME --update`, then READ the diff.
 */
import test from 'ava';
import { fileURLToPath } from 'node:url';
import { basename } from 'node:path';
import { memoryIo, fixedClock } from '../../src/core/Io.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jobChanges } from '../../src/app/jobChanges.js';
import { caseReport, findCases, GoldenRunner } from '../../src/golden/runGolden.js';

const root = fileURLToPath(new URL('../../../test/golden/', import.meta.url));
const runner = new GoldenRunner(memoryIo(fixedClock('2026-11-21T08:00:00Z')));
test.after.always(() => runner.dispose());

for (const caseDir of findCases(root)) {
  test.serial(`golden: ${basename(caseDir)}`, async (t) => {
    const r = await runner.runCase(caseDir, false);
    t.true(r.ok, caseReport(r, 1, false).join('\n'));
    // A case of one job: the job's change record (elsim job diff) says what the case's expected
    // cds/*.changes, cds/*.rows and hardware.changes say — the same row lines, none more, none less.
    const spool = join(caseDir, 'expected', 'spool');
    const jobs = existsSync(spool) ? readdirSync(spool) : [];
    // (A case with a `script` also changes things outside its job: operator commands, the clock.)
    const cfg = join(caseDir, 'case.json');
    const scripted = existsSync(cfg) && 'script' in (JSON.parse(readFileSync(cfg, 'utf8')) as object);
    if (jobs.length === 1 && !scripted && r.system !== undefined) sameChanges(t, caseDir, jobChanges(r.system, jobs[0]!.split('-')[0]!));
  });
}

/** The -/+ lines of a unified diff, sorted (a job diff groups them by row, a unified diff by hunk). */
function diffLines(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => (l.startsWith('-') && !l.startsWith('--- ')) || (l.startsWith('+') && !l.startsWith('+++ ')))
    .sort();
}

function sameChanges(t: import('ava').ExecutionContext, caseDir: string, ch: ReturnType<typeof jobChanges>): void {
  t.true(ch.recorded, `${ch.jobid} has a change record`);
  const cdsDir = join(caseDir, 'expected', 'cds');
  const files = existsSync(cdsDir) ? readdirSync(cdsDir) : [];
  const expectedDsns = files.map((f) => f.replace(/\.(changes|rows)$/, '')).sort();
  t.deepEqual(ch.cds.filter((c) => !c.deleted).map((c) => c.dsn).sort(), expectedDsns, 'the CDSs the job changed');
  for (const f of files) {
    const dsn = f.replace(/\.(changes|rows)$/, '');
    const c = ch.cds.find((x) => x.dsn === dsn);
    if (f.endsWith('.rows')) t.true(c?.created, `${dsn} created`);
    else t.deepEqual(c?.lines.map((l) => l.op + l.line).sort(), diffLines(readFileSync(join(cdsDir, f), 'utf8')), `${dsn} rows`);
  }
  const hw = join(caseDir, 'expected', 'hardware.changes');
  t.deepEqual(ch.hardware.map((l) => l.op + l.line).sort(), existsSync(hw) ? diffLines(readFileSync(hw, 'utf8')) : [], 'hardware rows');
}

import test from 'ava';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ElsimError } from '../../../src/core/errors.js';
import { System, formatJobId } from '../../../src/jes/System.js';
import { tempSystem } from '../../helpers/jclJobs.js';

const run = promisify(execFile);

function scratch(t: { teardown(f: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-sys-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('create, exists, open; open refuses a directory that is not a system', (t) => {
  const dir = join(scratch(t), 'sys');
  t.false(System.exists(dir));
  const e = t.throws(() => System.open(dir), { instanceOf: ElsimError });
  t.is(e?.id, 'SIM0209E');
  const sys = System.create(dir, { now: '2026-11-21T08:00:00Z' });
  t.true(System.exists(dir));
  t.true(existsSync(join(dir, 'catalog')) && existsSync(join(dir, 'spool')));
  t.is(sys.pinnedClock(), '2026-11-21T08:00:00.000Z');
  t.is(sys.userid(), 'ELSIM');
  t.false(sys.hscActive());
  sys.close();
  t.is(t.throws(() => System.create(dir), { instanceOf: ElsimError })?.id, 'SIM0210E');
  const again = System.open(dir);
  t.is(again.pinnedClock(), '2026-11-21T08:00:00.000Z');
  again.close();
  const junk = scratch(t);
  writeFileSync(join(junk, 'system.db'), 'not a database');
  // A system.db makes a system directory; one that is not elsim's is a damaged system, said so.
  t.true(System.exists(junk));
  const damaged = t.throws(() => System.open(junk), { instanceOf: ElsimError });
  t.is(damaged?.id, 'SIM1502E');
  t.regex(damaged?.message ?? '', /NOT A SQLITE DATABASE/);
});

test('state: clock, HSC, active CDS, user id', (t) => {
  const sys = tempSystem(t);
  sys.setPinnedClock(undefined);
  t.is(sys.pinnedClock(), undefined);
  sys.setPinnedClock('2026-01-02T03:04:05Z');
  t.is(sys.pinnedClock(), '2026-01-02T03:04:05.000Z');
  t.is(t.throws(() => sys.setPinnedClock('yesterday'), { instanceOf: ElsimError })?.id, 'SIM0217E');
  sys.setActiveCds('HLQ.DBASEPRM');
  t.is(sys.activeCds(), undefined, 'no active CDS while HSC is down');
  t.is(sys.configuredCds(), 'HLQ.DBASEPRM');
  sys.setHscActive(true);
  t.is(sys.activeCds(), 'HLQ.DBASEPRM');
  t.throws(() => sys.setActiveCds('../X'), { instanceOf: ElsimError });
  sys.setUserid('IBMUSER');
  t.is(sys.userid(), 'IBMUSER');
});

test('job numbers count up from JOB00001', (t) => {
  const sys = tempSystem(t);
  t.is(sys.nextJobId(), 'JOB00001');
  t.is(sys.nextJobId(), 'JOB00002');
  t.is(formatJobId(99999), 'JOB99999');
});

test('job numbers wrap after JOB99999 and skip numbers whose output is still held', (t) => {
  const sys = tempSystem(t);
  const a = sys.nextJobId(); // JOB00001 stays in the job table
  t.is(a, 'JOB00001');
  // Jump the counter to the end of the range.
  (sys as unknown as { setState(k: string, v: string): void }).setState('next_job', '99999');
  t.is(sys.nextJobId(), 'JOB99999');
  t.is(sys.nextJobId(), 'JOB00002', 'JOB00001 is still in use, so it is skipped');
  sys.purgeJob('JOB00001');
  (sys as unknown as { setState(k: string, v: string): void }).setState('next_job', '1');
  t.is(sys.nextJobId(), 'JOB00001', 'a purged number is free again');
});

test('two processes allocating 200 job numbers each never get the same one', async (t) => {
  const dir = join(scratch(t), 'sys');
  System.create(dir).close();
  const child = fileURLToPath(new URL('../../helpers/allocateJobIds.js', import.meta.url));
  const [a, b] = await Promise.all([run(process.execPath, [child, dir, '200']), run(process.execPath, [child, dir, '200'])]);
  const ids = [...(JSON.parse(a.stdout) as string[]), ...(JSON.parse(b.stdout) as string[])];
  t.is(ids.length, 400);
  t.is(new Set(ids).size, 400);
  const numbers = ids.map((id) => Number(id.slice(3))).sort((x, y) => x - y);
  t.is(numbers[0], 1);
  t.is(numbers[399], 400);
});

test('createDataset catalogs a data set for a program; datasetPath finds it', (t) => {
  const sys = tempSystem(t);
  const p = sys.createDataset('HLQ.DRTEST.SLSCNTL', { dsorg: 'CDS' });
  t.true(existsSync(p));
  t.is(sys.datasetPath('HLQ.DRTEST.SLSCNTL'), p);
  t.is(sys.catalog.entry('HLQ.DRTEST.SLSCNTL')?.dsorg, 'CDS');
  t.is(sys.catalog.entry('HLQ.DRTEST.SLSCNTL')?.created, '2025-03-04T10:15:02.000Z');
  t.is(sys.datasetPath('HLQ.NOPE'), undefined);
  t.is(sys.datasetPath('../../ETC'), undefined);
  t.is(t.throws(() => sys.createDataset('HLQ.DRTEST.SLSCNTL'), { instanceOf: ElsimError })?.id, 'SIM0212E');
});

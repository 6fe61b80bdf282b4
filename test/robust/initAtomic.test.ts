/**
 * `elsim init --force` is atomic (issue 14, failure 6): the new system is built beside the old one
 * and swapped in at the end; a kill at any named point of the swap, or at any moment of the build,
 * leaves the old system or the complete new one — never no system, never half of one — and the
 * next command settles what the killed init left beside it.
 */
import test from 'ava';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { System } from '../../src/jes/System.js';
import { demoTemplate } from '../helpers/demoSystem.js';
import { ROOT } from './crashHarness.js';
import { runElsim, startElsim } from './elsimChild.js';

const MARKER = 'HLQ.OLD.SYSTEM';

/** A copy of the demo with a marker data set: "the old system". */
async function oldSystem(t: { teardown: (f: () => void) => void }): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-init-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const sys = join(dir, 'system');
  cpSync(await demoTemplate(), sys, { recursive: true });
  const s = System.open(sys);
  s.catalog.define(MARKER, { dsorg: 'PS' });
  s.close();
  return sys;
}

function hasMarker(sys: string): boolean {
  const s = System.open(sys);
  try {
    return s.catalog.exists(MARKER);
  } finally {
    s.close();
  }
}

/** What an init left beside the system directory. */
function siblings(sys: string): string[] {
  return readdirSync(dirname(sys)).filter((n) => n.startsWith(`.${basename(sys)}.`));
}

const INIT = (sys: string): string[] => ['init', '--system', sys, '--force', '--now', '2026-11-21T08:00:00Z'];

for (const [point, expect] of [
  ['init.built', 'old'],
  ['init.swap', 'old'],
  ['init.swapped', 'new'],
] as const) {
  test(`init --force killed at ${point}: the ${expect} system is there, whole, and nothing is left beside it`, async (t) => {
    const sys = await oldSystem(t);
    const r = await runElsim(INIT(sys), { env: { ELSIM_STOP_AT: point } });
    t.is(r.signal, 'SIGKILL', r.stderr);
    t.true(siblings(sys).length > 0, 'the killed init left its siblings');
    const v = await runElsim(['cds', 'verify', '--system', sys]);
    t.is(v.code, 0, v.stdout + v.stderr);
    t.is(hasMarker(sys), expect === 'old');
    t.deepEqual(siblings(sys), []);
    const job = await runElsim(['submit', '--system', sys, join(ROOT, 'fixtures/seed/ch02-export-stor.jcl')]);
    t.is(job.code, 0, job.stderr);
  });
}

test('init of a new directory killed before the swap leaves no system and nothing beside it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-init-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const sys = join(dir, 'fresh');
  const r = await runElsim(['init', '--system', sys], { env: { ELSIM_STOP_AT: 'init.built' } });
  t.is(r.signal, 'SIGKILL');
  const v = await runElsim(['cds', 'verify', '--system', sys]);
  t.is(v.code, 64);
  t.regex(v.stderr, /SIM0209E/);
  t.deepEqual(readdirSync(dir), []);
  // The directory is free for a new system.
  const again = await runElsim(['init', '--system', sys]);
  t.is(again.code, 0, again.stderr);
});

test('init --force killed at moments spread over its run: always the old or the new system, verify clean', async (t) => {
  const sys = await oldSystem(t);
  // How long a complete init takes here.
  const ref = join(dirname(sys), 'reference');
  mkdirSync(ref);
  const started = Date.now();
  const full = await runElsim(['init', '--system', join(ref, 'system')]);
  t.is(full.code, 0, full.stderr);
  const ms = Date.now() - started;
  const outcomes: string[] = [];
  for (const fraction of [0.15, 0.25, 0.35, 0.5]) {
    const { child, done } = startElsim(INIT(sys));
    const timer = setTimeout(() => child.kill('SIGKILL'), Math.round(ms * fraction));
    const r = await done;
    clearTimeout(timer);
    const v = await runElsim(['cds', 'verify', '--system', sys]);
    t.is(v.code, 0, `killed at ${fraction}: ${v.stdout}${v.stderr}`);
    t.true(existsSync(join(sys, 'system.db')));
    t.deepEqual(siblings(sys), []);
    const which = hasMarker(sys) ? 'old' : 'new';
    outcomes.push(`${fraction}: ${r.signal ?? `exit ${r.code}`} -> ${which}`);
    if (which === 'new') {
      // Put the old one back for the next kill.
      const s = System.open(sys);
      s.catalog.define(MARKER, { dsorg: 'PS' });
      s.close();
    }
  }
  t.log(outcomes.join('; '));
});

/**
 * Demo systems for tests that run whole jobs: the demo tapeplex is built once per test process
 * (`elsim init --demo`, clock pinned) and each test gets its own copy, removed when it ends.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecutionContext } from 'ava';
import { initSystem } from '../../src/app/initSystem.js';
import { fixedClock, memoryIo } from '../../src/core/Io.js';

export const DEMO_NOW = '2026-11-21T08:00:00Z';

const templates: Partial<Record<'A' | 'B', Promise<string>>> = {};

/** The demo system (site A, or B: TAPEPLXB) built once for this process (removed at exit). */
export function demoTemplate(site: 'A' | 'B' = 'A'): Promise<string> {
  templates[site] ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'elsim-demo-template-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    const sys = join(dir, 'system');
    (await initSystem({ dir: sys, demo: true, site, now: DEMO_NOW, quiet: true }, memoryIo(fixedClock(DEMO_NOW)))).close();
    return sys;
  })();
  return templates[site]!;
}

/** A fresh copy of the demo system (site A unless told) for one test; removed when the test ends. */
export async function freshDemoSystem(t: ExecutionContext, site: 'A' | 'B' = 'A'): Promise<string> {
  const from = await demoTemplate(site);
  const dir = mkdtempSync(join(tmpdir(), 'elsim-demo-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const sys = join(dir, 'system');
  cpSync(from, sys, { recursive: true });
  return sys;
}

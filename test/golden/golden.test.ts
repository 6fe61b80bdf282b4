/**
 * Every folder under test/golden/ is a golden case (see src/golden/runGolden.ts): its *.jcl run on
 * a fresh demo system and what they leave behind must equal its expected/ folder.
 * Regenerate one with `node bin/elsim test test/golden --filter NAME --update`, then READ the diff.
 */
import test from 'ava';
import { fileURLToPath } from 'node:url';
import { basename } from 'node:path';
import { memoryIo, fixedClock } from '../../src/core/Io.js';
import { caseReport, findCases, GoldenRunner } from '../../src/golden/runGolden.js';

const root = fileURLToPath(new URL('../../../test/golden/', import.meta.url));
const runner = new GoldenRunner(memoryIo(fixedClock('2026-11-21T08:00:00Z')));
test.after.always(() => runner.dispose());

for (const caseDir of findCases(root)) {
  test.serial(`golden: ${basename(caseDir)}`, async (t) => {
    const r = await runner.runCase(caseDir, false);
    t.true(r.ok, caseReport(r, 1, false).join('\n'));
  });
}

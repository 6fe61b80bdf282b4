/**
 * `elsim check` reads SLSIN decks as SLUADMIN does: on every golden case, each control statement
 * error check reports is in the SLSPRINT the job really produced, and every syntax or parameter
 * message SLSPRINT shows is one check reported (issue 12).
 */
import test from 'ava';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkStatements } from '../../../src/app/checkFiles.js';
import { decodeText } from '../../../src/core/decodeText.js';
import { convertJcl } from '../../../src/jcl/convertJcl.js';
import { findCases } from '../../../src/golden/runGolden.js';

const root = fileURLToPath(new URL('../../../../test/golden/', import.meta.url));
/** The messages SLUADMIN prints for a statement it refuses before running it. */
const REFUSALS = /^(SLS000[1-6]I|SLS0241I) .*/gm;

for (const caseDir of findCases(root)) {
  test(`check agrees with SLUADMIN: ${basename(caseDir)}`, (t) => {
    const cfgPath = join(caseDir, 'case.json');
    const cfg = existsSync(cfgPath) ? (JSON.parse(readFileSync(cfgPath, 'utf8')) as { jobs?: string[] }) : {};
    const files = [...(cfg.jobs ?? []).map((j) => resolve(caseDir, j)), ...readdirSync(caseDir).filter((f) => f.endsWith('.jcl')).sort().map((f) => join(caseDir, f))];
    const spool = join(caseDir, 'expected', 'spool');
    const dirs = existsSync(spool) ? readdirSync(spool).sort() : [];
    let k = 0;
    for (const f of files) {
      for (const job of convertJcl(decodeText(readFileSync(f), basename(f)).text, { file: basename(f), strict: false }).jobs) {
        const dir = dirs[k++];
        if (dir === undefined) break;
        const printed = readdirSync(join(spool, dir))
          .filter((x) => x.endsWith('.SLSPRINT.txt'))
          .map((x) => readFileSync(join(spool, dir, x), 'utf8').toUpperCase())
          .join('\n');
        // What SLUADMIN never reaches (after SIM1405I) is checked but not in SLSPRINT.
        const all = checkStatements(job).diagnostics;
        const stop = all.findIndex((d) => d.id === 'SIM1405I');
        const found = (stop < 0 ? all : all.slice(0, stop)).filter((d) => d.severity === 'error');
        for (const d of found) t.true(printed.includes(`${d.id} ${d.text}`.toUpperCase()), `${dir}: check found ${d.id} ${d.text} at ${d.card?.line}, SLSPRINT does not say it`);
        const refusals = printed.match(REFUSALS) ?? [];
        const reported = found.filter((d) => /^(SLS000[1-6]I|SLS0241I)$/.test(d.id)).map((d) => `${d.id} ${d.text}`.toUpperCase());
        for (const r of refusals) t.true(reported.includes(r.trimEnd()), `${dir}: SLSPRINT says ${r}, check did not`);
      }
    }
    t.pass();
  });
}

import test from 'ava';
import { loadPopulation } from '../../../src/cds/loadPopulation.js';
import { dumpCds } from '../../../src/cds/dumpCds.js';
import type { Utility } from '../../../src/sluadmin/types.js';
import { runMvcmaint } from '../../../src/utilities/mvcmaint/run.js';
import { mvcmaintSchema } from '../../../src/utilities/mvcmaint/schema.js';
import { behavesLikeUtility } from '../../behaviours/behavesLikeUtility.js';
import { runUtility } from '../../helpers/runUtility.js';
import { samplePopulation } from '../../helpers/samplePopulation.js';
import { tempCds, type TempCds } from '../../helpers/tempCds.js';
import { utilityContext } from '../../helpers/utilityContext.js';
import { validated } from '../../helpers/validated.js';

const mvcmaint: Utility = { schema: mvcmaintSchema, run: runMvcmaint };

behavesLikeUtility(test, 'MVCMAINT', { valid: 'MVCMAINT MVC(M00000-M00004) READONLY(ON)', prepareCds: (cds) => void loadPopulation(cds, samplePopulation) });

function populated(): TempCds {
  const tc = tempCds();
  loadPopulation(tc.cds, samplePopulation);
  return tc;
}

function run(tc: TempCds, statement: string): { rc: number; text: string } {
  const ctx = utilityContext(tc.cds);
  const out = runUtility(mvcmaint, ctx, validated(mvcmaintSchema, statement));
  return { rc: out.rc, text: ctx.report.text() };
}

const readOnly = (tc: TempCds, where = '1'): string[] => tc.cds.db.prepare(`SELECT volser FROM mvc WHERE read_only = 1 AND ${where} ORDER BY volser`).pluck().all() as string[];

test('READONLY(ON) over a list and a range sets exactly those MVCs read-only and lists them', (t) => {
  const tc = populated();
  t.teardown(() => tc.dispose());
  const { rc, text } = run(tc, 'MVCMAINT MVC(M00000-M00002,VLL005) READONLY(ON)');
  t.is(rc, 0, text);
  t.deepEqual(readOnly(tc), ['M00000', 'M00001', 'M00002', 'VLL005']);
  t.regex(text, /^SIM0663I 4 MVCS SELECTED, 4 MADE READ-ONLY, 0 WERE ALREADY READ-ONLY$/m);
  const lines = text.split('\n').filter((l) => /^(M0000|VLL00)\d /.test(l));
  t.deepEqual(lines.map((l) => l.slice(0, 6)), ['M00000', 'M00001', 'M00002', 'VLL005']);
  t.true(lines.every((l) => l.endsWith('R----------')), text);
  t.is(tc.cds.db.prepare("SELECT updated FROM mvc WHERE volser = 'M00001'").pluck().get(), '2024-06-01T10:00:00Z');
});

test('READONLY(OFF) clears the status; an MVC already in the state is noted with code 0', (t) => {
  const tc = populated();
  t.teardown(() => tc.dispose());
  run(tc, 'MVCMAINT MVC(M00000-M00004) READONLY(ON)');
  const { rc, text } = run(tc, 'MVCMAINT MVCID(M00003,M00004,M00010) READONLY(OFF)');
  t.is(rc, 0, text);
  t.deepEqual(readOnly(tc), ['M00000', 'M00001', 'M00002']);
  t.regex(text, /^SIM0661I MVC M00010 IS ALREADY WRITABLE$/m);
  t.regex(text, /^SIM0663I 3 MVCS SELECTED, 2 MADE WRITABLE, 1 WERE ALREADY WRITABLE$/m);
  const again = run(tc, 'MVCMAINT MVC(M00000) READONLY(ON)');
  t.is(again.rc, 0);
  t.regex(again.text, /^SIM0661I MVC M00000 IS ALREADY READ-ONLY$/m);
});

test('unknown MVCs are reported with code 4 and the others are still processed', (t) => {
  const tc = populated();
  t.teardown(() => tc.dispose());
  const { rc, text } = run(tc, 'MVCMAINT MVC(ZZ0001,M00019-M00022,M00005) READONLY(ON)');
  t.is(rc, 4, text);
  t.deepEqual(readOnly(tc), ['M00005', 'M00019']);
  t.regex(text, /^SIM0660W MVC ZZ0001 IS NOT IN THE CDS$/m);
  t.regex(text, /^SIM0662W 3 OF THE 4 VOLSERS OF M00019-M00022 HAVE NO MVC RECORD$/m);
});

test('a selection with no MVC at all changes nothing and ends with code 4', (t) => {
  const tc = populated();
  t.teardown(() => tc.dispose());
  const before = dumpCds(tc.cds);
  const { rc, text } = run(tc, 'MVCMAINT MVC(ZZ0000-ZZ0099) READONLY(ON)');
  t.is(rc, 4, text);
  t.regex(text, /SIM0663I 0 MVCS SELECTED/);
  t.deepEqual(dumpCds(tc.cds), before);
});

test('the update is one statement over the primary key (no per-MVC loop, index used)', (t) => {
  const tc = populated();
  t.teardown(() => tc.dispose());
  const plan = tc.cds.db
    .prepare("EXPLAIN QUERY PLAN UPDATE mvc SET read_only = 1 WHERE (volser BETWEEN 'M00000' AND 'M00019' AND volser GLOB 'M[0-9][0-9][0-9][0-9][0-9]') AND read_only <> 1")
    .all() as { detail: string }[];
  t.true(plan.some((p) => /SEARCH mvc USING PRIMARY KEY/.test(p.detail)), JSON.stringify(plan));
});

import test from 'ava';
import type { Utility } from '../../../src/sluadmin/types.js';
import { mvcrptSchema } from '../../../src/utilities/mvcrpt/schema.js';
import { runMvcrpt } from '../../../src/utilities/mvcrpt/run.js';
import { loadPopulation } from '../../../src/cds/loadPopulation.js';
import { tempCds, type TempCds } from '../../helpers/tempCds.js';
import { validated } from '../../helpers/validated.js';
import { utilityContext } from '../../helpers/utilityContext.js';
import { runUtility } from '../../helpers/runUtility.js';
import { samplePopulation } from '../../helpers/samplePopulation.js';

const mvcrpt: Utility = { schema: mvcrptSchema, run: runMvcrpt };

function populated(): TempCds {
  const tc = tempCds();
  loadPopulation(tc.cds, samplePopulation);
  tc.cds.db.exec(`INSERT INTO pool (name, type, seq) VALUES ('MVCP1', 'MVC', 1), ('LOCAL', 'MVC', 2), ('SCRP1', 'SCRATCH', 3);
                  UPDATE mvc SET read_only = 1, exported = 1, times_mounted = 4 WHERE volser = 'M00001';
                  INSERT INTO vtv_copy (vtv, mvc, copy_index, block_id, current, migrated) VALUES ('DV0099', 'M00000', NULL, '00000000', 0, '2024-02-01T00:00:00Z');`);
  return tc;
}

function run(tc: TempCds, statement: string): { rc: number; text: string } {
  const ctx = utilityContext(tc.cds);
  const out = runUtility(mvcrpt, ctx, validated(mvcrptSchema, statement));
  return { rc: out.rc, text: ctx.report.text() };
}

const mvcLines = (text: string): string[] => text.split('\n').filter((l) => /^[A-Z]{1,3}\d{3,5} /.test(l));

test('SUMMARY: one line per MVC with VTV count, space, mounts, location, pool, media and status', (t) => {
  const tc = populated();
  t.teardown(() => tc.dispose());
  const { rc, text } = run(tc, 'MVCRPT MVC(M00000-M00001,M10019,VLL000)');
  t.is(rc, 0, text);
  t.deepEqual(mvcLines(text), [
    'M00000    10   0.8   99.2   0.0  500000     1 2024-03-01 08:09 2024-03-01 08:09 00                MVCP1         T10000T1 -----------',
    'M00001    10   0.8   99.2   0.0  500000     4 2024-03-01 08:19 2024-03-01 08:19 00                MVCP1         T10000T1 R-------P--',
    'M10019     0   0.0  100.0   0.0  500000     0                                   01                MVCP1         T10000T1 ----------O',
    'VLL000     3   1.8   98.2   0.0  250000     1 2024-01-01 00:00 2024-01-01 00:00 VLE1              LOCAL         VMVC     -----------',
  ]);
  t.true(text.split('\n').every((l) => l.replace(/^\[heading\] /, '').length <= 132), 'a line is wider than the 132-column print');
  t.regex(text, /^TOTALS BY MVC POOL$/m);
  t.regex(text, /^LOCAL +1 +0 +3 +4500 +1\.8 +0 +0 +0$/m);
  t.regex(text, /^MVCP1 +3 +1 +20 +8000 +0\.5 +1 +0 +1$/m);
  t.regex(text, /^TOTAL +4 +1 +23 +12500 +0\.7 +1 +0 +1$/m);
});

test('DETAIL lists the copies on each MVC, superseded ones marked', (t) => {
  const tc = populated();
  t.teardown(() => tc.dispose());
  const { rc, text } = run(tc, 'MVCRPT DETAIL MVC(M00000)');
  t.is(rc, 0);
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith('M00000 '));
  t.regex(lines[at + 1]!, /^ {7}VTV {4}BLOCK ID COPY SIZE \(MB\) CREATED/);
  t.is(lines[at + 2], '       DV0099 00000000 -          800 2024-03-01 09:39:00 2024-02-01 00:00:00 PAY               SUPERSEDED');
  t.is(lines[at + 3], '       DV0000 00000001 1          800 2024-03-01 08:00:00 2024-03-01 08:00:00 PAY      LOCAL    CURRENT');
  t.is(lines.filter((l) => /^ {7}DV\d{4} /.test(l)).length, 11);
});

test('MVCPOOL selects the MVCs of one pool; an undefined pool is an error', (t) => {
  const tc = populated();
  t.teardown(() => tc.dispose());
  const a = run(tc, 'MVCRPT MVCPOOL(LOCAL)');
  t.is(a.rc, 0);
  t.deepEqual(mvcLines(a.text).map((l) => l.slice(0, 6)), ['VLL000', 'VLL001', 'VLL002', 'VLL003', 'VLL004', 'VLL005', 'VLL006', 'VLL007', 'VLL008', 'VLL009']);
  const b = run(tc, 'MVCRPT MVCPOOL(NOPOOL)');
  t.is(b.rc, 8);
  t.regex(b.text, /SIM0462E MVC POOL NOPOOL IS NOT DEFINED/);
  const c = run(tc, 'MVCRPT MVCPOOL(SCRP1)');
  t.is(c.rc, 8);
});

test('ALL pages through every MVC in volser order', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  loadPopulation(tc.cds, { mvcs: [{ range: 'M00000-M01234', pool: 'P', capacityMb: 1000 }] });
  const { rc, text } = run(tc, 'MVCRPT ALL');
  t.is(rc, 0);
  const volsers = mvcLines(text).map((l) => l.slice(0, 6));
  t.is(volsers.length, 1235);
  t.is(new Set(volsers).size, 1235);
  t.deepEqual(volsers, [...volsers].sort());
});

test('MVCs not in the CDS, or nothing selected, give condition code 4', (t) => {
  const tc = populated();
  t.teardown(() => tc.dispose());
  const a = run(tc, 'MVCRPT MVC(M00000,ZZ0000)');
  t.is(a.rc, 4);
  t.regex(a.text, /SIM0461W MVC ZZ0000 IS NOT IN THE CDS/);
  const b = run(tc, 'MVCRPT MVC(QQ0000-QQ0099)');
  t.is(b.rc, 4);
  t.regex(b.text, /SIM0460W NO MVC MATCHES THE SELECTION/);
});

import test from 'ava';
import type { Utility } from '../../../src/sluadmin/types.js';
import { vtvrptSchema } from '../../../src/utilities/vtvrpt/schema.js';
import { runVtvrpt } from '../../../src/utilities/vtvrpt/run.js';
import { loadPopulation } from '../../../src/cds/loadPopulation.js';
import { tempCds, type TempCds } from '../../helpers/tempCds.js';
import { validated } from '../../helpers/validated.js';
import { utilityContext, type TestContext } from '../../helpers/utilityContext.js';
import { runUtility } from '../../helpers/runUtility.js';
import { samplePopulation } from '../../helpers/samplePopulation.js';

const vtvrpt: Utility = { schema: vtvrptSchema, run: runVtvrpt };

function populated(): TempCds {
  const tc = tempCds();
  loadPopulation(tc.cds, samplePopulation);
  const db = tc.cds.db;
  // A lost MVC makes DV0090-DV0099's only ACS 00 copy unreadable, but their ACS 01 copy is fine;
  // VL0000-VL0002 live only on VLL000, which is lost: unavailable.
  db.exec(`UPDATE mvc SET lost = 1 WHERE volser IN ('M00009', 'VLL000');
           UPDATE mvc SET drtest = 1 WHERE volser = 'M10000';
           INSERT INTO vtv_copy (vtv, mvc, copy_index, block_id, current, migrated) VALUES ('DV0000', 'M00019', NULL, '0000FFFF', 0, '2024-02-01T00:00:00Z');
           INSERT INTO vtv_plex_copy (vtv, tapeplex, status, updated) VALUES ('DV0001', 'TAPEPLXB', 'COMPLETE', '2024-03-01T09:00:00Z');
           UPDATE vtv SET replicated = 1, replica_vtss = 'VTSS1' WHERE volser = 'DV0100';`);
  return tc;
}

function run(tc: TempCds, statement: string): { rc: number; ctx: TestContext; text: string } {
  const ctx = utilityContext(tc.cds);
  const out = runUtility(vtvrpt, ctx, validated(vtvrptSchema, statement));
  return { rc: out.rc, ctx, text: ctx.report.text() };
}

test('BASIC: one line per VTV with its MVC copies, status letters and totals', (t) => {
  const tc = populated();
  t.teardown(() => tc.dispose());
  const { rc, text } = run(tc, 'VTVRPT VTVID(DV0000-DV0001,DV0100,VL0000,V00000)');
  t.is(rc, 0, text);
  const body = text.split('\n').filter((l) => /^[A-Z]{1,2}\d{4,5} /.test(l));
  t.deepEqual(body, [
    'DV0000    800   50 2024-03-01 08:00:00 2024-03-01 08:00:00       PAY               M00000 M10000               -I-MD------',
    'DV0001    800   50 2024-03-01 08:01:00 2024-03-01 08:01:00       PAY               M00000 M10000               -I-MD-E----',
    'DV0100    400    0 2024-03-02 08:00:00 2024-03-02 08:00:00       ACCOUNT  VTSS0                                -IR--P-----',
    'V00000      0    0 2024-01-01 00:00:00 2024-01-01 00:00:00                                                     SI---------',
    'VL0000   2000   25 2024-01-01 00:00:00 2024-01-01 00:00:00       VLEMGMT           VLL000                      -I-M---U---',
  ]);
  t.regex(text, /^\[heading\] VOLSER {3}\(MB\) {4}% DATE {7}TIME/m);
  t.true(text.split('\n').every((l) => l.replace(/^\[heading\] /, '').length <= 132), 'a line is wider than the 132-column print');
  t.regex(text, /^TOTAL VTVS 5 {3}RESIDENT 1 {3}MIGRATED 3 {3}DUPLEXED 2 {3}SCRATCH 1 {3}UNAVAILABLE 1 {3}TOTAL SIZE 4000 MB$/m);
  t.regex(text, /^STATUS: S SCRATCH {2}I INITIALIZED/m);
});

test('ALL reports every VTV in volser order', (t) => {
  const tc = populated();
  t.teardown(() => tc.dispose());
  const { rc, text } = run(tc, 'VTVRPT ALL');
  t.is(rc, 0);
  const volsers = text.split('\n').filter((l) => /^[A-Z]{1,2}\d{4,5} /.test(l)).map((l) => l.slice(0, 6));
  t.is(volsers.length, 200);
  t.deepEqual(volsers, [...volsers].sort());
});

test('OPTION(UNAVAIL) keeps the VTVs no copy can be read from', (t) => {
  const tc = populated();
  t.teardown(() => tc.dispose());
  const { rc, text } = run(tc, 'VTVRPT ALL OPTION(UNAVAIL)');
  t.is(rc, 0);
  const volsers = text.split('\n').filter((l) => /^[A-Z]{1,2}\d{4,5} /.test(l)).map((l) => l.slice(0, 6));
  // VLL000 holds VL0000-VL0002 (3 per VMVC); the DV VTVs keep a readable copy in ACS 01.
  t.deepEqual(volsers, ['VL0000', 'VL0001', 'VL0002']);
});

test('SUPEMPTY leaves out empty VTVs', (t) => {
  const tc = populated();
  t.teardown(() => tc.dispose());
  const { text } = run(tc, 'VTVRPT VTV(V00000-V00049,DV0000) SUPEMPTY');
  const volsers = text.split('\n').filter((l) => /^[A-Z]{1,2}\d{4,5} /.test(l)).map((l) => l.slice(0, 6));
  t.deepEqual(volsers, ['DV0000']);
});

test('COPIES: resident, replica, MVC, VLE, superseded and other-TapePlex copies; DRT marks a DR test MVC', (t) => {
  const tc = populated();
  t.teardown(() => tc.dispose());
  const { rc, text } = run(tc, 'VTVRPT COPIES VTV(DV0000,DV0001,DV0100,VL0000,V00000)');
  t.is(rc, 0, text);
  const body = text.split('\n').filter((l) => /^[A-Z]{1,2}\d{4,5} /.test(l));
  t.deepEqual(body, [
    'DV0000 1    MVC   M00000   00000001 LOCAL    ACS 00       2024-03-01 08:00:00 CURRENT       800 PAY',
    'DV0000 2    MVC   M10000   00000001 REMOTE   ACS 01   D   2024-03-01 08:00:00 CURRENT       800 PAY',
    'DV0000 -    MVC   M00019   0000FFFF          ACS 00       2024-02-01 00:00:00 SUPERSEDED    800 PAY',
    'DV0001 1    MVC   M00000   00000322 LOCAL    ACS 00       2024-03-01 08:01:00 CURRENT       800 PAY',
    'DV0001 2    MVC   M10000   00000322 REMOTE   ACS 01   D   2024-03-01 08:01:00 CURRENT       800 PAY',
    'DV0001      PLEX  TAPEPLXB                                2024-03-01 09:00:00 COMPLETE      800 PAY',
    'DV0100 RES  VTSS  VTSS0                                   2024-03-02 08:00:00 RESIDENT      400 ACCOUNT',
    'DV0100 REPL VTSS  VTSS1                                   2024-03-02 08:00:00 REPLICA       400 ACCOUNT',
    'V00000                                                                        SCRATCH         0',
    'VL0000 1    VMVC  VLL000   00000001 VLE1     VLE1         2024-01-01 00:00:00 CURRENT      2000 VLEMGMT',
  ]);
  t.regex(text, /^TOTAL VTVS 5 {3}RESIDENT COPIES 1 {3}MVC COPIES 4 {3}VLE COPIES 1 {3}SUPERSEDED 1 {3}IN OTHER TAPEPLEXES 1$/m);
});

test('volsers not in the CDS, or nothing selected, give condition code 4', (t) => {
  const tc = populated();
  t.teardown(() => tc.dispose());
  const a = run(tc, 'VTVRPT VTV(DV0000,ZZ0001)');
  t.is(a.rc, 4);
  t.regex(a.text, /SIM0461W VTV ZZ0001 IS NOT IN THE CDS/);
  const b = run(tc, 'VTVRPT VTV(QQ0000-QQ9999)');
  t.is(b.rc, 4);
  t.regex(b.text, /SIM0460W NO VTV MATCHES THE SELECTION/);
});

test('the BASIC query walks the VTV primary key and the copy index (EXPLAIN QUERY PLAN)', (t) => {
  const tc = populated();
  t.teardown(() => tc.dispose());
  const plan = (sql: string): string => (tc.cds.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
  const p = plan(
    "SELECT v.volser, (SELECT group_concat(c.mvc) FROM vtv_copy c JOIN mvc m ON m.volser = c.mvc WHERE c.vtv = v.volser AND c.current = 1) FROM vtv v WHERE v.volser BETWEEN 'DV0000' AND 'DV0099' ORDER BY v.volser",
  );
  t.regex(p, /SEARCH v USING PRIMARY KEY/);
  t.regex(p, /SEARCH c USING COVERING INDEX vtv_copy_vtv/);
  t.notRegex(p, /TEMP B-TREE/);
});

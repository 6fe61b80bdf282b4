// The utilities run by the SLUADMIN shell from SLSIN cards as the guide prints them: reader,
// deck leniencies, validation, dispatch, one transaction per function, SLSPRINT.
import test from 'ava';
import { Cds } from '../../../src/cds/Cds.js';
import { instreamDd } from '../../../src/sluadmin/memoryDds.js';
import { utilities } from '../../../src/utilities/index.js';
import { conditionCodes, dumpTables, messageIds, runSlsin, tempCds } from '../../behaviours/sluadminHarness.js';

/** FIGURE 4-4's SLSIN as printed: statements in column 1, GLOBAL run over two cards without a continuation mark. */
const fig44Cards = [
  ' CONFIG RESET CDSLEVEL(V62ABOVE) ',
  ' GLOBAL MAXVTV=65000 MVCFREE=60 VTVATTR=SCRATCH RECALWER=YES  ',
  ' LOCKSTR=STK_VTCS_LOCKS VTVPAGE=LARGE REPLICAT=CHANGED ',
  ' RECLAIM THRESHLD=70 MAXMVC=30 START=98 CONMVC=1',
  'TAPEPLEX THISPLEX=TAPEPLXA',
  'VTSS NAME=VTSSA LOW=71 HIGH=80 MAXMIG=8 MINMIG=1 RETAIN=10',
  ' RTD  NAME=VSMA1A00 DEVNO=1A00 CHANIF=0C',
  ' RTD  NAME=VSMA1A01 DEVNO=1A01 CHANIF=0D',
  ' RTD  NAME=VSMA1A02 DEVNO=1A02 CHANIF=0K',
  ' RTD  NAME=VSMA1A03 DEVNO=1A03 CHANIF=0L',
  ' RTD  NAME=VSMA2A08 DEVNO=2A08 CHANIF=1C',
  ' RTD  NAME=VSMA2A09 DEVNO=2A09 CHANIF=1D',
  ' RTD  NAME=VSMA2A0A DEVNO=2A0A CHANIF=1K',
  ' RTD  NAME=VSMA2A0B DEVNO=2A0B CHANIF=1L',
  ' VTD LOW=7900 HIGH=79FF',
  'VTD LOW=8900 HIGH=89FF',
  ' CLINK VTSS=VTSSA CHANIF=0G REMPLEX=TAPEPLXB PARTNER=VTSSB ',
  ' CLINK VTSS=VTSSA CHANIF=0O REMPLEX=TAPEPLXB PARTNER=VTSSB ',
];

function withCds(): { path: string; cleanup: () => void } {
  return tempCds();
}

test('FIGURE 4-4 as printed runs: the unmarked GLOBAL continuation is joined (SIM0401I)', (t) => {
  const c = withCds();
  t.teardown(() => c.cleanup());
  const r = runSlsin({ registry: utilities, slsin: fig44Cards, slscntl: c.path });
  t.is(r.rc, 0, r.text);
  t.deepEqual(conditionCodes(r.lines), [0]);
  t.true(messageIds(r.lines).includes('SIM0401I'), r.text);
  t.regex(r.text, /VTCS CONFIGURATION IN THE CDS: {2}TAPEPLEX TAPEPLXA/);
  const cds = Cds.open(c.path);
  t.deepEqual(cds.db.prepare('SELECT lockstr, vtvpage, replicat FROM cfg_global').get(), { lockstr: 'STK_VTCS_LOCKS', vtvpage: 'LARGE', replicat: 'CHANGED' });
  t.is(cds.db.prepare('SELECT count(*) FROM cfg_rtd').pluck().get(), 8);
  cds.close();
});

test('a deck error is listed and nothing is stored; the next function still runs', (t) => {
  const c = withCds();
  t.teardown(() => c.cleanup());
  const before = dumpTables(c.path);
  const r = runSlsin({
    registry: utilities,
    slsin: [' CONFIG RESET', ' GLOBAL MAXVTV=100', ' RTD NAME=R1 DEVNO=1A00 CHANIF=0C', ' VTSS NAME=V1', ' VTVRPT ALL'],
    slscntl: c.path,
  });
  t.deepEqual(conditionCodes(r.lines), [8, 4], r.text);
  t.is(r.rc, 8);
  t.regex(r.text, /SIM0402E RTD STATEMENT ON CARD 3 DOES NOT FOLLOW A VTSS STATEMENT/);
  t.regex(r.text, /SIM0409I CONFIG NOT APPLIED - THE CDS IS UNCHANGED/);
  t.regex(r.text, /SIM0460W NO VTV MATCHES THE SELECTION/);
  t.deepEqual(dumpTables(c.path), before);
});

test('CONFIG GLOBAL SYNCHREP=YES updates the GLOBAL values of a configured CDS', (t) => {
  const c = withCds();
  t.teardown(() => c.cleanup());
  t.is(runSlsin({ registry: utilities, slsin: fig44Cards, slscntl: c.path }).rc, 0);
  const r = runSlsin({ registry: utilities, slsin: [' CONFIG GLOBAL SYNCHREP=YES'], slscntl: c.path });
  t.is(r.rc, 0, r.text);
  t.true(messageIds(r.lines).includes('SIM0412I'));
  const cds = Cds.open(c.path);
  t.deepEqual(cds.db.prepare('SELECT maxvtv, synchrep FROM cfg_global').get(), { maxvtv: 65000, synchrep: 'YES' });
  t.is(cds.db.prepare('SELECT count(*) FROM cfg_vtss').pluck().get(), 1);
  cds.close();
});

test('SET VOLPARM and the reports in one step, on the CDS of SLSCNTL', (t) => {
  const c = withCds();
  t.teardown(() => c.cleanup());
  const r = runSlsin({
    registry: utilities,
    slsin: [' SET VOLPARM', ' MVCRPT MVCPOOL(MVCPLA)', ' MVCRPT MVCPOOL(NOSUCH)'],
    slscntl: c.path,
    extraDds: [
      instreamDd('SLSPARM', [
        'POOLPARM TYPE(MVC) NAME(MVCPLA) INITMVC(YES) MVCFREE(25) -',
        ' MAXMVC(98) THRESH(85) START(98)',
        'VOLPARM VOLSER(AM1000-AM1299) MEDIA(STK1R)',
      ]),
    ],
  });
  t.deepEqual(conditionCodes(r.lines), [0, 4, 8], r.text);
  t.regex(r.text, /SIM0428I 1 POOLS AND 1 VOLPARM RANGES \(300 VOLUMES\) STORED/);
  t.regex(r.text, /SIM0462E MVC POOL NOSUCH IS NOT DEFINED/);
});

test('an unknown keyword or an out-of-range value on a deck statement refuses the whole deck', (t) => {
  for (const [bad, id] of [
    [' VTSS NAME=V1 COLOUR=RED', 'SLS0005I'],
    [' VTSS NAME=V1 LOW=200 HIGH=80', 'SLS0002I'],
    [' GLOBAL MAXVTV=70000', 'SLS0002I'],
    [' RECLAIM THRESHLD=99', 'SLS0002I'],
  ] as const) {
    const c = withCds();
    const before = dumpTables(c.path);
    const r = runSlsin({ registry: utilities, slsin: [' CONFIG RESET', ' GLOBAL MAXVTV=100', bad, ' VTSS NAME=V2'], slscntl: c.path });
    t.deepEqual(conditionCodes(r.lines), [8], `${bad}\n${r.text}`);
    t.true(messageIds(r.lines).includes(id), `${bad}\n${r.text}`);
    t.deepEqual(dumpTables(c.path), before);
    c.cleanup();
  }
});

/**
 * SMC (src/smc): data set masks, reading command data sets (continuations, comments, positions,
 * leniencies), the all-or-nothing read with its references, and routing by TAPEREQ and POLICY.
 */
import test from 'ava';
import { dsnMatches, maskProblem, nameMatches } from '../../../src/smc/dsnMask.js';
import { emptyDefinitions, SmcReader, type SmcDefinitions } from '../../../src/smc/SmcDefinitions.js';
import { readSmcStatements } from '../../../src/smc/readSmcStatements.js';
import { routeAllocation } from '../../../src/smc/routeAllocation.js';

function read(files: Record<string, string[]>, first: string, base: SmcDefinitions = emptyDefinitions()) {
  return new SmcReader(base, (dsn) => files[dsn]).readMember(first).result(base);
}

test('DSN masks: * one qualifier (or part of one), ** any number of qualifiers, % one character', (t) => {
  t.true(dsnMatches('*.PAYROLL.**', 'PROD.PAYROLL.WEEKLY'));
  t.true(dsnMatches('*.PAYROLL.**', 'PROD.PAYROLL'));
  t.true(dsnMatches('*.PAYROLL.**', 'PROD.PAYROLL.A.B.C'));
  t.false(dsnMatches('*.PAYROLL.**', 'PAYROLL.WEEKLY'));
  t.true(dsnMatches('PAYROLL.*', 'PAYROLL.DAILY'));
  t.false(dsnMatches('PAYROLL.*', 'PAYROLL.DAILY.X'));
  t.true(dsnMatches('PAY%%.W*K', 'PAYXY.WEEK'));
  t.false(dsnMatches('PAY%%.W*K', 'PAYX.WEEK'));
  t.true(dsnMatches('**', 'ANY.THING'));
  t.true(nameMatches('PAY*', 'PAYWEEK'));
  t.false(nameMatches('PAY*', 'XPAY'));
  t.is(maskProblem('A..B', false), 'EMPTY QUALIFIER');
  t.truthy(maskProblem('A.B', true));
  t.is(maskProblem('*.PAYROLL.**', false), undefined);
});

test('records: columns 73-80 cut, comments removed, continuations joined, positions kept', (t) => {
  const recs = [
    '* A COMMENT RECORD',
    'policy name(ppay) /* a comment */ media(virtual) -',
    "       mgmt(loceex1)                                                     00010000",
    "READ DSN('hlq.PARMLIB(X)')",
  ];
  const st = readSmcStatements(recs, 'DS');
  t.is(st.length, 2);
  t.is(st[0]!.text.replace(/ +/g, ' '), 'POLICY NAME(PPAY) MEDIA(VIRTUAL) MGMT(LOCEEX1)');
  const m = st[0]!.text.indexOf('MGMT');
  t.deepEqual(st[0]!.posAt(m), { file: 'DS', line: 3, column: 8 });
  t.is(st[1]!.text, "READ DSN('hlq.PARMLIB(X)')", 'case is kept inside apostrophes');
});

test('a read is all or nothing: one bad statement leaves the definitions as they were', (t) => {
  const good = read({ A: ['TAPEPLEX NAME(TP1) LOCSUB(HSC1)', 'POLICY NAME(P1) MEDIA(VIRTUAL) MGMT(M1) TAPEPLEX(TP1)', 'TAPEREQ DSN(X.**) POLICY(P1)'] }, 'A');
  t.true(good.ok);
  t.is(good.definitions.tapereqs.length, 1);
  const bad = read({ B: ['POLICY NAME(P2) MGMT(M2)', 'TAPEREQ DSN(Y.**) POLICY(NOPE)', 'SERVER NAME(S) TAPEPLEX(NOWHERE)'] }, 'B', good.definitions);
  t.false(bad.ok);
  t.deepEqual(bad.definitions, good.definitions);
  t.deepEqual(bad.diagnostics.map((d) => [d.id, d.card?.line, d.card?.column]), [
    ['SIM1257E', 2, 19],
    ['SIM1257E', 3, 16],
  ]);
});

test('READ and TREQDEF: READ runs another data set in place, TREQDEF replaces the TAPEREQs', (t) => {
  const files = {
    START: ['TAPEPLEX NAME(TP1) LOCSUB(HSC1)', "READ DSN('POL')", 'TAPEREQ DSN(OLD.**) POLICY(P1)', "TREQDEF DSN('TREQ')"],
    POL: ['POLICY NAME(P1) MGMT(M1)', 'POLICY NAME(P2) MGMT(M2)'],
    TREQ: ['TAPEREQ DSN(A.**) POLICY(P2)', 'TAPEREQ DSN(B.**) MEDIA(VIRTUAL) MGMT(M3)'],
  };
  const r = read(files, 'START');
  t.true(r.ok, JSON.stringify(r.diagnostics));
  t.deepEqual(r.definitions.tapereqs.map((x) => x.dsn), ['A.**', 'B.**']);
  t.deepEqual(r.definitions.read, ['START', 'POL', 'TREQ']);
  const loop = read({ L: ["READ DSN('L')"] }, 'L');
  t.false(loop.ok);
  t.is(loop.diagnostics[0]!.id, 'SIM1264E');
});

test('routing: the first TAPEREQ that matches; its POLICY gives the class, subpool and TapePlex', (t) => {
  const r = read(
    {
      S: [
        'TAPEPLEX NAME(TPLXA) LOCSUB(HSCA)',
        'TAPEPLEX NAME(TPLXB)',
        'POLICY NAME(PPAY) MEDIA(VIRTUAL) MGMT(LOCEEX1)',
        'POLICY NAME(PREM) MGMT(REMOTE) SUBP(RSCR) TAPEPLEX(TPLXB)',
        'TAPEREQ DSN(*.PAYROLL.**) JOBNAME(PAY*) POLICY(PPAY)',
        'TAPEREQ DSN(*.PAYROLL.**) POLICY(PREM)',
        'TAPEREQ DSN(**) MEDIA(VIRTUAL) MGMT(DEFAULT)',
      ],
    },
    'S',
  );
  t.true(r.ok);
  const a = routeAllocation(r.definitions, { dsn: 'PROD.PAYROLL.WEEKLY', jobname: 'PAYWEEK' });
  t.is(a.tapereq?.index, 1);
  t.deepEqual([a.mgmtclas, a.subpool, a.tapeplex, a.tapeplexFrom], ['LOCEEX1', null, 'TPLXA', 'LOCAL']);
  const b = routeAllocation(r.definitions, { dsn: 'PROD.PAYROLL.WEEKLY', jobname: 'OTHER' });
  t.deepEqual([b.tapereq?.index, b.mgmtclas, b.subpool, b.tapeplex, b.tapeplexFrom], [2, 'REMOTE', 'RSCR', 'TPLXB', 'POLICY']);
  const c = routeAllocation(r.definitions, { dsn: 'ANY.THING' });
  t.deepEqual([c.tapereq?.index, c.policy, c.media, c.mgmtclas], [3, null, 'VIRTUAL', 'DEFAULT']);
  const none = routeAllocation(emptyDefinitions(), { dsn: 'ANY.THING' });
  t.deepEqual([none.tapereq, none.tapeplex, none.tapeplexFrom], [null, null, 'NONE']);
});

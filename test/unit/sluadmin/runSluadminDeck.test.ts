import test from 'ava';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';
import { runSluadminDeck } from '../../../src/sluadmin/runSluadminDeck.js';
import { sluadminProgram } from '../../../src/sluadmin/sluadminProgram.js';
import { utilities } from '../../../src/utilities/index.js';
import { fakeSystem, tempCds } from '../../behaviours/sluadminHarness.js';
import { fakeRegistry } from './fakeUtilities.js';

const io = () => memoryIo(fixedClock('2024-03-05T10:20:30Z'));

test('a bare deck runs against the active CDS; PARM defaults to MIXED', (t) => {
  const c = tempCds();
  t.teardown(c.cleanup);
  const system = fakeSystem({ activeCds: 'HLQ.DBASEPRM', datasets: { 'HLQ.DBASEPRM': c.path } });
  const r = runSluadminDeck({ records: [' FAKEUPD VOL(A00000)', ' FAKERPT'], system, io: io(), registry: fakeRegistry });
  t.is(r.rc, 0);
  t.deepEqual(r.sysmsg, []);
  t.true(r.slsprint[1]!.includes('Control Card Image Listing'));
  t.true(r.slsprint.includes('SLS0155I Condition code for utility function is 0'));
});

test('an explicit cataloged CDS is given as SLSCNTL; an uncataloged one is SIM0314I', (t) => {
  const c = tempCds();
  t.teardown(c.cleanup);
  const system = fakeSystem({ activeCds: undefined, hscActive: false, datasets: { 'HLQ.OTHER.CDS': c.path } });
  let r = runSluadminDeck({ records: [' FAKECFG', ' ALPHA NAME=A'], system, io: io(), registry: fakeRegistry, cdsDsn: 'hlq.other.cds', parm: '' });
  t.is(r.rc, 0);
  t.true(r.slsprint.includes('SLS0155I CONDITION CODE FOR UTILITY FUNCTION IS 0'));
  r = runSluadminDeck({ records: [' FAKECFG'], system, io: io(), registry: fakeRegistry, cdsDsn: 'HLQ.NOPE' });
  t.is(r.rc, 12);
  t.true(r.slsprint.some((l) => l.startsWith('SIM0314I CDS HLQ.NOPE CANNOT BE OPENED')));
});

test('with the product registry an unknown verb is still refused cleanly', (t) => {
  const r = runSluadminDeck({ records: [' FROBNICATE'], system: fakeSystem(), io: io(), registry: utilities });
  t.is(r.rc, 12);
  t.true(r.slsprint.includes('SLS0001I Invalid Command FROBNICATE'));
});

test('sluadminProgram(registry) is a Program: SLUADMIN with that registry', async (t) => {
  const out = await sluadminProgram(utilities)({
    jobName: 'J',
    jobId: 'JOB00001',
    stepName: 'S1',
    parm: 'MIXED',
    dd: () => undefined,
    ddnames: () => [],
    system: fakeSystem(),
    io: io(),
    sysmsg: () => undefined,
  });
  // RC 12 with its reason: the SLSPRINT DD is missing.
  t.like(out, { rc: 12, reason: { id: 'SIM0310I', severity: 'error' } });
});

/**
 * Regression (found while building `elsim cds verify`): IEBGENER with SYSUT2 naming a CDS wrote
 * its records over the SQLite file and ended RC 0, leaving a CDS that no longer opened. A CDS is
 * never read or written as records: the step abends S013 with SIM0870E and the CDS is untouched.
 */
import test from 'ava';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { fixedClock, memoryIo } from '../../src/core/Io.js';
import { verifyCdsOf } from '../../src/app/verifyCdsOf.js';
import { DEMO_NOW, freshDemoSystem } from '../helpers/demoSystem.js';
import { cdsDigestOf } from './robustHelpers.js';

const gener = (ut1: string, ut2: string): string =>
  ['//GENER JOB (ACCT),X', '//S1 EXEC PGM=IEBGENER', '//SYSPRINT DD SYSOUT=*', '//SYSIN DD DUMMY', ut1, ut2, ''].join('\n');

for (const [what, jcl] of [
  ['written over (SYSUT2)', gener('//SYSUT1 DD *\nGARBAGE\n/*', '//SYSUT2 DD DSN=HLQ.TAPEPLXB.DBASEPRM,DISP=OLD')],
  ['read as records (SYSUT1)', gener('//SYSUT1 DD DSN=HLQ.DBASEPRM,DISP=SHR', '//SYSUT2 DD SYSOUT=*')],
] as const) {
  test(`a CDS is not ${what}: S013, SIM0870E, CDS unchanged`, async (t) => {
    const sys = await freshDemoSystem(t);
    const file = join(sys, '..', 'gener.jcl');
    writeFileSync(file, jcl);
    const before = cdsDigestOf(sys);
    const io = memoryIo(fixedClock(DEMO_NOW));
    const exit = await runCli(['submit', '--system', sys, '--json', file], io);
    const [job] = (JSON.parse(io.stdout.join('\n')) as { jobs: { status: string; steps: { abend: string | null }[] }[] }).jobs;
    t.is(job?.status, 'ABEND');
    t.is(job?.steps[0]?.abend, 'S013');
    t.is(exit, 16);
    t.deepEqual(cdsDigestOf(sys), before);
    for (const dsn of ['HLQ.DBASEPRM', 'HLQ.TAPEPLXB.DBASEPRM']) t.is(verifyCdsOf({ dir: sys, dsn }, io).rc, 0);
  });
}

// The CDS HSC has open cannot even be allocated for exclusive use (OLD, MOD), under any name: the
// step fails allocation (SIM0218E) before IEBGENER could open it.
for (const [what, jcl] of [
  ['written over through an alias', gener('//SYSUT1 DD *\nGARBAGE\n/*', '//SYSUT2 DD DSN=HLQ.DBASESEC,DISP=OLD')],
  ['appended to (DISP=MOD)', gener('//SYSUT1 DD *\nGARBAGE\n/*', '//SYSUT2 DD DSN=HLQ.DBASEPRM,DISP=MOD')],
] as const) {
  test(`the active CDS is not ${what}: JCL error SIM0218E, CDS unchanged`, async (t) => {
    const sys = await freshDemoSystem(t);
    const file = join(sys, '..', 'gener.jcl');
    writeFileSync(file, jcl);
    const before = cdsDigestOf(sys);
    const io = memoryIo(fixedClock(DEMO_NOW));
    const exit = await runCli(['submit', '--system', sys, '--json', file], io);
    const [job] = (JSON.parse(io.stdout.join('\n')) as { jobs: { status: string; spool: string }[] }).jobs;
    t.is(job?.status, 'JCL ERROR');
    t.regex(readFileSync(join(sys, job!.spool, 'JESYSMSG.txt'), 'utf8'), /^SIM0218E DATA SET HLQ\.DBASEPRM IS THE CDS HSC HAS OPEN/m);
    t.is(exit, 65);
    t.deepEqual(cdsDigestOf(sys), before);
    t.is(verifyCdsOf({ dir: sys, dsn: 'HLQ.DBASEPRM' }, io).rc, 0);
  });
}

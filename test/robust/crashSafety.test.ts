/**
 * Crash safety: utility jobs killed with SIGKILL at spread-out moments leave every CDS sound and
 * either as before or as after the job, and no data set or spool directory half-written under its
 * name (see crashHarness.ts). ELSIM_CRASH_TRIALS sets the kills per job (default 3 in npm test).
 */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crashWorkload, manifestRecords, ROOT, sluadminJob, type Workload } from './crashHarness.js';

const trials = Number(process.env['ELSIM_CRASH_TRIALS'] ?? 3);
const seed = (f: string): string => readFileSync(join(ROOT, 'fixtures/seed', f), 'utf8');

const workloads: Workload[] = [
  { name: 'CONFIG', site: 'A', jcl: seed('ch04-config-tapeplxb.jcl') },
  { name: 'SCRATCH', site: 'A', jcl: sluadminJob('SCRATCH', [], [' SCRATCH VOLSER(AV0000-AV9999)']) },
  { name: 'EXPORT', site: 'A', jcl: seed('ch02-export-stor.jcl') },
  { name: 'IMPORT', site: 'B', jcl: seed('ch02-import-stor.jcl'), datasets: { 'HLQ.REMOTE1': manifestRecords() } },
  {
    name: 'DRTEST',
    site: 'A',
    jcl: sluadminJob(
      'DRTCREAT',
      ['//SLSNEW1 DD DSN=HLQ.DRTEST.SLSCNTL,DISP=(NEW,CATLG,DELETE)', '//SLSNEW2 DD DSN=HLQ.DRTEST.SLSCNTL2,DISP=(NEW,CATLG,DELETE)'],
      [' DRTEST CREATE'],
    ),
    setup: sluadminJob('DRTPRIME', [], [' DRTEST PRIMEPRD DRACS(01) DRVTSS(VTSS0) SPARE HOST(MVS1,MVS2)']),
  },
  { name: 'MVCMAINT', site: 'A', jcl: sluadminJob('MVCMAINT', [], [' MVCMAINT MVC(T10000-T10999) READONLY(ON)']) },
  { name: 'VOLPARM', site: 'A', jcl: sluadminJob('VOLPARM', ['//SLSPARM DD *', ' POOLPARM NAME(NEWPOOL) TYPE(MVC)', ' VOLPARM VOLSER(Z00000-Z99999)'], [' SET VOLPARM']) },
];

for (const w of workloads) {
  test.serial(`${w.name} killed ${trials} times: CDS before or after, sound, no half data set`, async (t) => {
    const r = await crashWorkload(w, trials);
    t.log(`${w.name}: complete run ${r.referenceMs} ms; kills at ${r.kills.map((k) => `${k.killedAtMs} ms -> ${k.finished ? 'finished' : k.cds}`).join(', ')}`);
    for (const k of r.kills) t.deepEqual(k.problems, [], `killed at ${k.killedAtMs} ms`);
  });
}

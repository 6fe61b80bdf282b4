/**
 * The workloads the robustness harnesses kill: one SLUADMIN function per job (so a CDS holds the
 * job done or not done), each of the kinds of work that write a CDS, data sets and the spool; and
 * commands that rebuild a system or its files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestRecords, ROOT, sluadminJob, type Workload } from './crashHarness.js';

const seed = (f: string): string => readFileSync(join(ROOT, 'fixtures/seed', f), 'utf8');

/** The jobs of the crash-safety test (timed SIGKILLs). */
export const jobWorkloads: Workload[] = [
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

/** More work for the kill points: a CDS copy to a new data set, a data set replaced, whole-system commands. */
export const pointWorkloads: Workload[] = [
  ...jobWorkloads,
  {
    name: 'BACKUP',
    site: 'A',
    jcl: sluadminJob('BACKUP', ['//SLSCNTL DD DSN=HLQ.DBASEPRM,DISP=SHR', '//SLSBKUP DD DSN=HLQ.BACKUP1,DISP=(NEW,CATLG,DELETE)'], [' BACKUP OPTION(COPY)']),
  },
  {
    name: 'ACTMVCGN',
    site: 'A',
    jcl: sluadminJob(
      'ACTMVCGN',
      ['//SLUSMVON DD DSN=HLQ.SLUSMVON,DISP=OLD', '//SLUSMVOF DD DSN=HLQ.SLUSMVOF,DISP=(NEW,CATLG,DELETE)', '//SLUSMAUD DD DSN=HLQ.SLUSMAUD,DISP=(NEW,CATLG,DELETE)'],
      [' ACTMVCGN ALL MVCPOOL(VAULT1)'],
    ),
    datasets: { 'HLQ.SLUSMVON': ['OLD CONTENT'] },
  },
  { name: 'INIT', site: 'A', jcl: '', args: (sys) => ['init', '--system', sys, '--force', '--now', '2026-11-21T08:00:00Z'] },
  { name: 'HWREBUILD', site: 'A', jcl: '', args: (sys) => ['hardware', 'rebuild', '--replace', '--system', sys] },
];

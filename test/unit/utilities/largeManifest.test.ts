// A manifest of more than 200,000 records (the bench's EXPORT STOR over 10,000 MVCs gives
// 210,002) read by IMPORT through the JES runner. Reading it once overflowed the call stack
// (records spread into push) and the error was reported as SIM0601E, a manifest that cannot be
// read; it must be read and checked like any other manifest.
import test from 'ava';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSystemCds } from '../../../src/app/generateSystemCds.js';
import { submitText } from '../../../src/app/submitText.js';
import { Cds } from '../../../src/cds/Cds.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';
import { System } from '../../../src/jes/System.js';
import { ManifestWriter } from '../../../src/utilities/manifest/ManifestWriter.js';
import { recordDd } from '../../helpers/recordDd.js';

const NOW = '2026-06-01T08:00:00Z';
const MVCS = 2_000;
const PER_MVC = 100;
const TARGET = 'HLQ.TARGET.DBASEPRM';

const vtvVolser = (i: number): string => `${String.fromCharCode(65 + Math.floor(i / 100_000))}${String(i % 100_000).padStart(5, '0')}`;
const mvcVolser = (i: number): string => `M${String(i).padStart(5, '0')}`;

test('IMPORT reads and checks a manifest of more than 200,000 records', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-bigmft-'));
  try {
    const io = memoryIo(fixedClock(NOW));
    const shape = { vtvs: MVCS * PER_MVC, mvcs: MVCS, copiesPerVtv: 1, seed: 1, now: NOW, configOnly: true };
    generateSystemCds({ dir, ...shape, tapeplex: 'GENPLEX' }, io);
    generateSystemCds({ dir, ...shape, dsn: TARGET, tapeplex: 'GENPLEXB', partner: 'GENPLEX' }, io);
    const system = System.open(dir);
    system.catalog.define('HLQ.BIG.MANIFEST', { dsorg: 'PS', recfm: 'FB', lrecl: 80 });
    const path = system.catalog.pathOf('HLQ.BIG.MANIFEST');
    const w = ManifestWriter.open(recordDd('MANIFEST', 'HLQ.BIG.MANIFEST', path));
    if ('error' in w) throw new Error(w.error);
    w.header({ tapeplex: 'GENPLEX', vsm: 'ADVMGMT', cdsLevel: 'V62ABOVE', vtvPage: 'LARGE', largeVtvs: true, created: NOW, jobName: 'EXP', jobId: 'JOB00001', selection: 'STOR', consolidated: false });
    for (let m = 0; m < MVCS; m++) {
      w.mvc({ volser: mvcVolser(m), media: 'T10000T1', rectech: 'T1AE', pool: 'LOCALMVC', storClass: 'LOCAL', capacityMb: 500_000, usedMb: 100_000, copies: PER_MVC, written: false });
    }
    for (let m = 0; m < MVCS; m++) {
      for (let k = 0; k < PER_MVC; k++) {
        const i = m * PER_MVC + k;
        w.vtv({ volser: vtvVolser(i), mvc: mvcVolser(m), blockId: String(k + 1).padStart(8, '0'), copyIndex: 1, sourceCopies: 1, mgmtClass: 'PAY', sizeMb: 1000, compPct: 50, maxSizeMb: null, pageSize: null, created: null, lastUsed: null });
      }
    }
    w.finish();
    const records = readFileSync(path, 'utf8').split('\n').length - 1;
    t.true(records > 200_000, `${records} records`);

    // Every record is read and checked (the trailer's counts and checksum), the selected VTVs
    // are validated; NOUPDATE leaves the target as it was.
    const jcl = [
      '//IMP      JOB (ACCT),IMPORT,CLASS=A,MSGCLASS=X',
      '//STEP1    EXEC PGM=SLUADMIN',
      `//SLSCNTL  DD DSN=${TARGET},DISP=SHR`,
      '//MANIFEST DD DSN=HLQ.BIG.MANIFEST,DISP=SHR',
      '//SLSPRINT DD SYSOUT=*',
      '//SLSIN    DD *',
      ' IMPORT MANIFEST(MANIFEST) INACTCDS NOUPDATE -',
      '   VTVID(A00000-A00009,B99990-B99999)',
      '/*',
    ].join('\n');
    const [job] = await submitText(system, jcl, { file: 'imp.jcl', now: new Date(NOW), strict: false }, io);
    if (!job) throw new Error('no job');
    const print = readFileSync(join(system.root, job.spool, 'STEP1.SLSPRINT.txt'), 'utf8');
    t.false(/SIM0601E|SIM0315E|SIM060[2-8]E/.test(print), print.slice(0, 2000));
    t.regex(print, /MVCS IMPORTED 2\s+NOT IMPORTED 0/);
    t.regex(print, /VTVS IMPORTED 20\s+REPLACED 0\s+NOT IMPORTED 0/);
    t.regex(print, /SIM0629I/);
    t.is(job.maxcc, 0);
    const cds = Cds.open(system.datasetPath(TARGET)!, { readonly: true });
    try {
      t.is(cds.db.prepare('SELECT count(*) FROM vtv').pluck().get(), 0);
    } finally {
      cds.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

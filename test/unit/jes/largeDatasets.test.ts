// Data sets of hundreds of thousands of records through a step's DDs: reading a data set, a
// concatenation and in-stream data, and writing a SYSOUT kept in memory, without passing the records as call
// arguments (which overflows the call stack at a few hundred thousand).
import test from 'ava';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JclDd } from '../../../src/jcl/types.js';
import type { JobDataset } from '../../../src/jes/JobDatasets.js';
import { stepDd, type AllocPart } from '../../../src/jes/StepDd.js';
import { sysoutDd } from '../../../src/sluadmin/memoryDds.js';

const N = 300_000;
const records = Array.from({ length: N }, (_v, i) => `REC${String(i).padStart(7, '0')}`.padEnd(80));
const who = { jobname: 'BIG', stepname: 'STEP1' };

test('a concatenation of large data sets and in-stream data reads every record in order', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'elsim-bigds-'));
  try {
    const file = join(root, 'BIG.DATA');
    writeFileSync(file, records.join('\n') + '\n');
    const ds = { dsn: 'BIG.DATA', path: file } as JobDataset;
    const part: AllocPart = { kind: 'dataset', ds, status: 'SHR', isNew: false, disp: {} as never, wrote: false };
    const parts: AllocPart[] = [part, { kind: 'instream', records, dsid: 101 }, part];
    const dd = stepDd({ ddname: 'IN', dd: {} as JclDd, parts, attrs: {} }, root, who);
    const read = dd.readRecords();
    t.is(read.length, 3 * N);
    t.is(read[0], records[0]);
    t.is(read[N], records[0]);
    t.is(read[3 * N - 1], records[N - 1]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a SYSOUT kept in memory takes large writes in one call', (t) => {
  const mem = sysoutDd('SLSPRINT');
  mem.writeRecords(records);
  mem.writeRecords(records);
  t.is(mem.records.length, 2 * N);
  t.is(mem.records[2 * N - 1], records[N - 1]);
});

// Output streamed by a step: a data set written through openWriter() appears under its name only
// when the writer closes (or the step ends), never half written; SYSOUT goes to the spool as it
// is written, counted in the job's statistics exactly as records written in one call.
import test from 'ava';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JclDd } from '../../../src/jcl/types.js';
import type { JobDataset } from '../../../src/jes/JobDatasets.js';
import { closeStepWriters, stepDd, type AllocPart } from '../../../src/jes/StepDd.js';
import { SysoutSink } from '../../../src/jes/SysoutSink.js';
import { RecordFileWriter } from '../../../src/jes/records.js';
import { submitJobs } from '../../../src/jes/submitJobs.js';
import type { Program } from '../../../src/program/contract.js';
import { dd, ds, env, job, spoolFile, step, sysout, tempSystem } from '../../helpers/jclJobs.js';

const who = { jobname: 'J', stepname: 'S1' };

function tempDir(t: { teardown(f: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-stream-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function datasetPart(path: string, status: 'NEW' | 'OLD' | 'MOD', isNew: boolean): Extract<AllocPart, { kind: 'dataset' }> {
  return { kind: 'dataset', ds: { dsn: 'HLQ.OUT', path, dsorg: 'PS' } as JobDataset, status, isNew, disp: {} as never, wrote: false };
}

test('a data set opened for output keeps its old content until the writer closes', (t) => {
  const root = tempDir(t);
  const file = join(root, 'HLQ.OUT');
  writeFileSync(file, 'OLD\n');
  const part = datasetPart(file, 'OLD', false);
  const out = stepDd({ ddname: 'OUT', dd: {} as JclDd, parts: [part], attrs: {} }, root, who);
  const w = out.openWriter!();
  w.write(['ONE', 'TWO  ']);
  w.write(['THREE']);
  t.is(readFileSync(file, 'utf8'), 'OLD\n', 'nothing under the name yet');
  w.close();
  t.is(readFileSync(file, 'utf8'), 'ONE\nTWO  \nTHREE\n');
  out.writeRecords(['FOUR']);
  t.is(readFileSync(file, 'utf8'), 'ONE\nTWO  \nTHREE\nFOUR\n', 'a later write of the step appends');
  t.deepEqual(readdirSync(root), ['HLQ.OUT'], 'no temporary file is left');
});

test('DISP=MOD appends to the data set; a writer never closed leaves it as it was', (t) => {
  const root = tempDir(t);
  const file = join(root, 'HLQ.OUT');
  writeFileSync(file, 'OLD\n');
  const part = datasetPart(file, 'MOD', false);
  const out = stepDd({ ddname: 'OUT', dd: {} as JclDd, parts: [part], attrs: {} }, root, who);
  const w = out.openWriter!();
  w.write(['NEW']);
  // The process dies here: the data set under its name is untouched.
  t.is(readFileSync(file, 'utf8'), 'OLD\n');
  closeStepWriters([{ ddname: 'OUT', dd: {} as JclDd, parts: [part], attrs: {} }]);
  t.is(readFileSync(file, 'utf8'), 'OLD\nNEW\n', 'the end of the step closes it with what was written');
  w.close();
  t.is(readFileSync(file, 'utf8'), 'OLD\nNEW\n', 'closing again changes nothing');
});

test('an aborted record writer leaves no file; a large write goes out a block at a time', (t) => {
  const root = tempDir(t);
  const file = join(root, 'HLQ.BIG');
  const w = new RecordFileWriter(file, false);
  w.write(['A']);
  w.abort();
  t.false(existsSync(file));
  t.deepEqual(readdirSync(root), []);
  const many = Array.from({ length: 10_001 }, (_v, i) => `R${i}`);
  const w2 = new RecordFileWriter(file, false);
  w2.write(many);
  w2.commit();
  t.is(readFileSync(file, 'utf8'), many.join('\n') + '\n');
});

test('a SYSOUT sink trims, counts records and bytes, and makes no file without records', (t) => {
  const root = tempDir(t);
  let asked = 0;
  const empty = new SysoutSink(() => {
    asked++;
    return join(root, 'EMPTY');
  });
  empty.write([]);
  t.is(empty.close(), undefined);
  t.is(asked, 0);
  const sink = new SysoutSink(() => join(root, 'OUT'));
  const many = Array.from({ length: 5000 }, (_v, i) => `LINE ${i}   `);
  sink.write(many);
  sink.write(['é  ']);
  t.is(sink.close(), join(root, 'OUT'));
  t.is(sink.records, 5001);
  const text = readFileSync(join(root, 'OUT'), 'utf8');
  t.is(text, [...many.map((l) => l.trimEnd()), 'é'].join('\n') + '\n');
  t.is(sink.bytes, Buffer.byteLength(text));
  t.throws(() => sink.write(['LATE']));
});

const STREAMER: Program = (ctx) => {
  const w = ctx.dd('OUT')!.openWriter!();
  const p = ctx.dd('PRINT')!.openWriter!();
  for (let i = 0; i < 3; i++) {
    w.write([`OUT ${i}`]);
    p.write([`PRINT ${i}  `]);
  }
  // Nothing of what is written is under the new data set's name while the step runs.
  const path = ctx.dd('OUT')!.filePath!;
  ctx.dd('SEEN')!.writeRecords([existsSync(path) && statSync(path).size > 0 ? 'VISIBLE' : 'HIDDEN']);
  w.close();
  return { rc: 0 };
};

const ONECALL: Program = (ctx) => {
  ctx.dd('PRINT')!.writeRecords(['PRINT 0  ', 'PRINT 1  ', 'PRINT 2  ']);
  ctx.dd('OUT')!.writeRecords(['OUT 0', 'OUT 1', 'OUT 2']);
  ctx.dd('SEEN')!.writeRecords(['HIDDEN']);
  return { rc: 0 };
};

test('in a job, streamed output is the same as output written in one call, statistics included', async (t) => {
  const run = async (program: string, dsn: string) => {
    const sys = tempSystem(t);
    const j = job('J', [
      step('S1', program, [
        dd('OUT', ds(dsn, { status: 'NEW', normal: 'CATLG', abnormal: 'DELETE' })),
        dd('PRINT', sysout()),
        dd('SEEN', sysout()),
      ]),
    ]);
    const [r] = await submitJobs([j], env(sys, { STREAMER, ONECALL }));
    t.is(r!.status, 'CC');
    return { sys, r: r! };
  };
  const a = await run('STREAMER', 'HLQ.OUT');
  const b = await run('ONECALL', 'HLQ.OUT');
  t.deepEqual(a.sys.catalog.readRecords('HLQ.OUT'), ['OUT 0', 'OUT 1', 'OUT 2']);
  t.deepEqual(spoolFile(a.sys, a.r.spool, 'S1.PRINT'), ['PRINT 0', 'PRINT 1', 'PRINT 2']);
  t.deepEqual(spoolFile(a.sys, a.r.spool, 'S1.SEEN'), ['HIDDEN']);
  for (const name of ['JESMSGLG', 'JESYSMSG', 'S1.PRINT', 'S1.SEEN']) {
    t.deepEqual(spoolFile(a.sys, a.r.spool, name), spoolFile(b.sys, b.r.spool, name), name);
  }
  t.deepEqual(readdirSync(join(a.sys.root, 'spool')), [a.r.spool.split('/')[1]], 'no staging directory is left');
});

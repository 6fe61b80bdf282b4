// The manifest format: the writer's records read back by the reader, and every refusal of a
// damaged, foreign, truncated or newer manifest with its own message id.
import test, { type ExecutionContext } from 'ava';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Crc32 } from '../../../src/utilities/manifest/crc32.js';
import { formatRecord, isoTime, julianTime, parseRecord } from '../../../src/utilities/manifest/manifestLayout.js';
import { ManifestWriter, type ManifestHeader, type ManifestMvc, type ManifestVtvCopy } from '../../../src/utilities/manifest/ManifestWriter.js';
import { readManifest } from '../../../src/utilities/manifest/readManifest.js';
import { recordDd } from '../../helpers/recordDd.js';

const HEADER: ManifestHeader = {
  tapeplex: 'TAPEPLXA', vsm: 'ADVMGMT', cdsLevel: 'V62ABOVE', vtvPage: 'LARGE', largeVtvs: false,
  created: '2026-11-21T08:00:00Z', jobName: 'EXPJOB', jobId: 'JOB00002', selection: 'STOR', consolidated: false,
};

function writeSample(dir: string, vtvs = 3): string[] {
  const path = join(dir, 'HLQ.MFST');
  const w = ManifestWriter.open(recordDd('MOVE1', 'HLQ.MFST', path));
  if ('error' in w) throw new Error(w.error);
  w.header(HEADER);
  w.mvc({ volser: 'AO1000', media: 'STK1R', rectech: null, pool: 'OFFSITE', storClass: 'OFF1', capacityMb: 20000, usedMb: 1200, copies: vtvs, written: false });
  for (let i = 0; i < vtvs; i++) {
    w.vtv({ volser: `AV100${i}`, mvc: 'AO1000', blockId: `0000000${i + 1}`, copyIndex: 2, sourceCopies: 2, mgmtClass: 'PAY', sizeMb: 800, compPct: 50,
      maxSizeMb: i === 0 ? 4000 : null, pageSize: i === 0 ? 'LARGE' : null, created: '2026-10-22T08:00:00Z', lastUsed: '2026-10-23T09:30:15Z' });
  }
  w.finish();
  return readFileSync(path, 'utf8').replace(/\n$/, '').split('\n');
}

function read(records: string[]) {
  const mvcs: ManifestMvc[] = [];
  const vtvs: ManifestVtvCopy[] = [];
  const r = readManifest(records, { mvc: (_s, m) => mvcs.push(m), vtv: (_s, v) => vtvs.push(v) });
  return { r, mvcs, vtvs };
}

const withDir = (fn: (t: ExecutionContext, dir: string) => void) => (t: ExecutionContext) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-mfst-'));
  try {
    fn(t, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

test('CRC-32 is the IEEE one (check value of 123456789)', (t) => {
  t.is(new Crc32().update('123456789').hex(), 'CBF43926');
});

test('Julian times round-trip, leap days included', (t) => {
  for (const iso of ['2026-11-21T08:00:00Z', '2024-12-31T23:59:59Z', '2024-02-29T00:00:01Z']) t.is(isoTime(julianTime(iso)), iso);
  t.is(julianTime('2026-11-21T08:00:00Z'), '2026325080000');
  t.is(isoTime('2025366000000'), undefined, 'day 366 of a common year');
  t.is(isoTime(''), null);
});

test('the CDS form of a time and any other form of the same instant give the same Julian time', (t) => {
  for (const [cds, other] of [
    ['2024-12-31T23:59:59.999Z', '2025-01-01T00:59:59.999+01:00'],
    ['2024-02-29T12:34:56Z', '2024-02-29T07:34:56-05:00'],
    ['2026-01-01T00:00:00Z', 'Thu, 01 Jan 2026 00:00:00 GMT'],
  ] as const) {
    t.is(julianTime(cds), julianTime(other), cds);
  }
  t.is(julianTime('2024-12-31T23:59:59.999Z'), '2024366235959');
  t.is(julianTime('not a time'), '');
});

test('every record is 80 bytes and the trailer counts and checksums what precedes it', withDir((t, dir) => {
  const recs = writeSample(dir);
  t.true(recs.every((r) => r.length === 80));
  const trl = parseRecord(recs[recs.length - 1]!);
  if ('error' in trl) throw new Error(trl.error);
  const crc = new Crc32();
  for (const r of recs.slice(0, -1)) crc.update(r);
  t.true(trl.values.checksum === crc.hex() && trl.values.records === '00000005');
}));

test('the reader gives back what the writer wrote', withDir((t, dir) => {
  const { r, mvcs, vtvs } = read(writeSample(dir));
  if (!r.ok) return t.fail(JSON.stringify(r.problem));
  const h = r.sections[0]!;
  t.true(h.tapeplex === 'TAPEPLXA' && h.selection === 'STOR' && h.vtvPage === 'LARGE' && h.created === HEADER.created && h.jobId === 'JOB00002');
  t.true(mvcs.length === 1 && mvcs[0]!.pool === 'OFFSITE' && mvcs[0]!.rectech === null && mvcs[0]!.copies === 3);
  t.true(vtvs.length === 3 && vtvs[0]!.maxSizeMb === 4000 && vtvs[0]!.pageSize === 'LARGE' && vtvs[1]!.maxSizeMb === null);
  t.true(vtvs[2]!.lastUsed === '2026-10-23T09:30:15Z' && vtvs[2]!.copyIndex === 2 && vtvs[2]!.sourceCopies === 2);
}));

test('a concatenation of two manifests is read as two sections', withDir((t, dir) => {
  const recs = writeSample(dir);
  const { r, vtvs } = read([...recs, ...recs.map((x) => x)]);
  t.true(r.ok && r.sections.length === 2 && vtvs.length === 6);
}));

const refusals: [string, (recs: string[]) => string[], string][] = [
  ['empty', () => [], 'SIM0602E'],
  ['a record of 79 bytes', (r) => [r[0]!, r[1]!.slice(0, 79), ...r.slice(2)], 'SIM0603E'],
  ['another data set (a JCL card)', (r) => ['//STEP1 EXEC PGM=IEFBR14'.padEnd(80), ...r.slice(1)], 'SIM0604E'],
  ['a newer version', (r) => [r[0]!.slice(0, 12) + '02' + r[0]!.slice(14), ...r.slice(1)], 'SIM0605E'],
  ['no trailer', (r) => r.slice(0, -1), 'SIM0606E'],
  ['a VTV record removed (counts differ)', (r) => [...r.slice(0, 2), ...r.slice(3)], 'SIM0606E'],
  ['a changed size (checksum)', (r) => [r[0]!, r[1]!, r[2]!.slice(0, 39) + '00400' + r[2]!.slice(44), ...r.slice(3)], 'SIM0607E'],
  ['a bad block id', (r) => [r[0]!, r[1]!, r[2]!.slice(0, 18) + 'ZZZZZZZZ' + r[2]!.slice(26), ...r.slice(3)], 'SIM0608E'],
  ['a copy on an MVC not listed', (r) => [r[0]!, r[1]!, r[2]!.slice(0, 11) + 'AO9999' + r[2]!.slice(17), ...r.slice(3)], 'SIM0608E'],
  ['text after the trailer', (r) => [...r, 'MVC AO1001'.padEnd(80)], 'SIM0608E'],
];
for (const [what, damage, id] of refusals) {
  test(`refused: ${what} is ${id}`, withDir((t, dir) => {
    const { r } = read(damage(writeSample(dir)));
    if (r.ok) return t.fail('accepted');
    t.is(r.problem.id as string, id, r.problem.inserts.join(' '));
  }));
}

test('the writer leaves nothing behind when aborted, and keeps the old data set until finish', withDir((t, dir) => {
  const path = join(dir, 'HLQ.OLD');
  writeFileSync(path, 'OLD\n');
  const w = ManifestWriter.open(recordDd('M', 'HLQ.OLD', path));
  if ('error' in w) throw new Error(w.error);
  w.header(HEADER);
  t.true(readFileSync(path, 'utf8') === 'OLD\n');
  w.abort();
  t.true(readFileSync(path, 'utf8') === 'OLD\n' && readdirSync(dir).length === 1);
}));

test('the writer refuses in-stream data and an LRECL other than 80', withDir((t, dir) => {
  const instream = ManifestWriter.open({ ddname: 'M', kind: 'instream', isNew: false, readRecords: () => [], writeRecords: () => undefined });
  t.true('error' in instream);
  const wide = ManifestWriter.open(recordDd('M', 'HLQ.W', join(dir, 'W'), { lrecl: 133, recfm: 'FBA' }));
  t.true('error' in wide && !existsSync(join(dir, 'W')));
}));

test('formatRecord refuses a value that does not fit its field', (t) => {
  t.throws(() => formatRecord('MVC', { volser: 'TOOLONG1' }));
});

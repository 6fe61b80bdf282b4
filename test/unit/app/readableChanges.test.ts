/** What a job changed, told as the fields that changed: the golden runner's row lines paired by their keys. */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { changeText, readableChanges } from '../../../src/app/views/readableChanges.js';

function diffLines(file: string): { op: '-' | '+'; line: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => /^[-+][^-+]/.test(l))
    .map((l) => ({ op: l[0] as '-' | '+', line: l.slice(1) }));
}

test('EXPORT STOR: each of the five MVCs read-only and exported, told field by field', (t) => {
  const changes = readableChanges(diffLines('test/golden/seed-ch02-export-stor/expected/cds/HLQ.DBASEPRM.changes'));
  t.deepEqual(changes.map(changeText), ['AO1000', 'AO1001', 'AO1002', 'AO1003', 'AO1004'].map((v, i) => `MVC ${v}: read-only OFF → ON, exported OFF → ON, updated ${['2026-10-22T21:00:00Z', '2026-10-23T11:00:00Z', '2026-11-19T09:30:00Z', '2026-10-27T22:00:00Z', '2026-10-28T13:00:00Z'][i]} → 2026-11-21T08:00:00Z`));
});

test('rows added and removed; hardware rows keyed by their composite keys; the clock', (t) => {
  const lines = [
    { op: '-' as const, line: 'hw_vtss_vtv {"vtss":"VTSS0","vtv":"AV1250","size_mb":800,"written":null}' },
    { op: '-' as const, line: 'hw_vtss_vtv {"vtss":"VTSS0","vtv":"AV1251","size_mb":800,"written":null}' },
    { op: '+' as const, line: 'hw_vtss_vtv {"vtss":"VTSS0","vtv":"AV1251","size_mb":900,"written":null}' },
    { op: '+' as const, line: 'hw_mvc_vtv {"mvc":"T14003","block":16021,"vtv":"AV1250","size_mb":800,"written":"2026-11-21T08:10:00Z"}' },
    { op: '-' as const, line: 'clock "2026-11-21T08:00:00.000Z"' },
    { op: '+' as const, line: 'clock "2026-11-21T08:10:00.000Z"' },
  ];
  t.deepEqual(readableChanges(lines).map(changeText), [
    'VTV in a VTSS buffer VTSS0 AV1250 removed (size MB 800, written -)',
    'VTV in a VTSS buffer VTSS0 AV1251: size MB 800 → 900',
    'copy on a cartridge T14003 16021 AV1250 added (size MB 800, written 2026-11-21T08:10:00Z)',
    'clock: 2026-11-21T08:00:00.000Z → 2026-11-21T08:10:00.000Z',
  ]);
});

test('a line changed back and forth to the same value tells nothing', (t) => {
  const l = 'mvcs {"volser":"AO1000","status":{"readOnly":true}}';
  t.deepEqual(readableChanges([{ op: '-', line: l }, { op: '+', line: l }]), []);
});

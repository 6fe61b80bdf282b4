import test from 'ava';
import { parseDuration } from '../../../src/sim/parseDuration.js';
import { parseRangeText, type CanonicalRange } from '../../../src/cds/volserRange.js';
import { hardwareFixture, T0 } from '../../helpers/hardwareFixture.js';

const range = (t: string): CanonicalRange => parseRangeText(t) as CanonicalRange;
const at = (min: number): Date => new Date(Date.parse(T0) + min * 60000);

test('deriveHardware: buffers, MVCs and copies equal what the CDS records', (t) => {
  const f = hardwareFixture();
  try {
    const db = f.cds.db;
    t.is(f.hw.bufferContents('VTSS0').length, db.prepare("SELECT count(*) FROM vtv WHERE resident_vtss = 'VTSS0'").pluck().get() as number);
    t.is(f.hw.summary().mvcCopies, db.prepare('SELECT count(*) FROM vtv_copy').pluck().get() as number);
    t.is(f.hw.summary().mvcs, db.prepare("SELECT count(*) FROM mvc WHERE location = 'LIBRARY'").pluck().get() as number);
    const c = db.prepare("SELECT mvc, block_id FROM vtv_copy WHERE vtv = 'DV0005' AND copy_index = 1").get() as { mvc: string; block_id: string };
    t.true(f.hw.mvcContents(c.mvc).some((x) => x.vtv === 'DV0005' && x.blockId === c.block_id));
  } finally {
    f.dispose();
  }
});

test('writeCopy appends after the last block; ejectMvc/enterFrom carry the contents', (t) => {
  const f = hardwareFixture();
  try {
    const before = f.hw.mvcContents('M00000');
    const id = f.hw.writeCopy('M00000', 'DV0100', 400, at(0));
    const last = before[before.length - 1]!;
    t.true(parseInt(id, 16) > parseInt(last.blockId, 16));
    const moved = f.hw.ejectMvc('M00000')!;
    t.is(moved.contents.length, before.length + 1);
    t.is(f.hw.mvc('M00000'), undefined);
    t.deepEqual(f.hw.mvcContents('M00000'), []);
    f.hw.enterFrom(moved, '01', at(1));
    t.is(f.hw.mvc('M00000')!.acs, '01');
    t.deepEqual(f.hw.mvcContents('M00000'), moved.contents);
  } finally {
    f.dispose();
  }
});

test('deleteVtvs removes buffer images and VLE copies, not copies on real tape', (t) => {
  const f = hardwareFixture();
  try {
    f.hw.writeToBuffer('VTSS0', 'VL0001', 2000, at(0));
    const tapeBefore = f.hw.copiesOf('DV0001').length;
    const r = f.hw.deleteVtvs({ ranges: [range('VL0000-VL0029'), range('DV0001')] });
    t.is(r.buffers, 1);
    t.is(r.vleCopies, 30);
    t.deepEqual(f.hw.copiesOf('VL0001'), []);
    t.is(f.hw.copiesOf('DV0001').length, tapeBefore);
    t.deepEqual(f.hw.residentIn('VL0001'), []);
  } finally {
    f.dispose();
  }
});

test('advanceTo completes due work in due order on hardware and CDS, and moves the pinned clock', (t) => {
  const f = hardwareFixture();
  try {
    const db = f.cds.db;
    f.hw.addWork({ kind: 'REPLICATE', vtv: 'DV0100', source: 'VTSS0', target: 'VTSS1', due: at(5) });
    f.hw.addWork({ kind: 'MIGRATE', vtv: 'DV0101', source: 'VTSS0', target: 'LOCAL', due: at(10) });
    f.hw.addWork({ kind: 'CTR', vtv: 'DV0102', source: 'VTSS0', target: 'TMVSB', due: at(20) });
    t.deepEqual(f.hw.advanceTo(at(4)), []);
    t.is(f.clock.value, at(4).toISOString());
    const done = f.hw.advanceTo(at(10));
    t.deepEqual(done.map((d) => [d.work.kind, d.status]), [['REPLICATE', 'DONE'], ['MIGRATE', 'DONE']]);
    t.deepEqual(db.prepare("SELECT replicated, replica_vtss FROM vtv WHERE volser = 'DV0100'").get(), { replicated: 1, replica_vtss: 'VTSS1' });
    t.deepEqual(f.hw.residentIn('DV0100'), ['VTSS0', 'VTSS1']);
    const copy = db.prepare("SELECT mvc, block_id, copy_index, stor_class FROM vtv_copy WHERE vtv = 'DV0101' AND current = 1").get() as { mvc: string; block_id: string; copy_index: number; stor_class: string };
    t.is(copy.stor_class, 'LOCAL');
    t.is(copy.copy_index, 1);
    t.is(db.prepare('SELECT acs FROM mvc WHERE volser = ?').pluck().get(copy.mvc), '00');
    t.true(f.hw.mvcContents(copy.mvc).some((c) => c.vtv === 'DV0101' && c.blockId === copy.block_id));
    t.is(f.hw.listWork().length, 1);
    f.hw.advanceTo(at(30));
    t.is(db.prepare("SELECT status FROM vtv_plex_copy WHERE vtv = 'DV0102' AND tapeplex = 'TMVSB'").pluck().get(), 'COMPLETE');
  } finally {
    f.dispose();
  }
});

test('nothing completes while HSC is down; work on a VTV no longer in its VTSS fails with the reason', (t) => {
  const f = hardwareFixture();
  try {
    f.hw.addWork({ kind: 'MIGRATE', vtv: 'DV0103', source: 'VTSS0', target: 'REMOTE', due: at(5) });
    f.hw.addWork({ kind: 'MIGRATE', vtv: 'DV0104', source: 'VTSS0', target: 'REMOTE', due: at(6) });
    f.hsc.active = false;
    t.deepEqual(f.hw.advanceTo(at(10)), []);
    t.is(f.clock.value, at(10).toISOString());
    t.is(f.hw.listWork().length, 2);
    f.hsc.active = true;
    f.hw.deleteFromBuffer('VTSS0', 'DV0104');
    const done = f.hw.advanceTo(at(10));
    t.deepEqual(done.map((d) => d.status), ['DONE', 'FAILED']);
    t.regex(done[1]!.work.detail ?? '', /NO LONGER IN VTSS0/);
  } finally {
    f.dispose();
  }
});

test('the clock never moves back through advanceTo', (t) => {
  const f = hardwareFixture();
  try {
    f.hw.advanceTo(at(30));
    f.hw.advanceTo(at(10));
    t.is(f.clock.value, at(30).toISOString());
  } finally {
    f.dispose();
  }
});

test('parseDuration', (t) => {
  t.is(parseDuration('10m'), 600000);
  t.is(parseDuration('45min'), 2700000);
  t.is(parseDuration('1h30m'), 5400000);
  t.is(parseDuration('PT2H'), 7200000);
  t.is(parseDuration('1d'), 86400000);
  t.is(parseDuration('90s'), 90000);
  t.is(parseDuration('10'), undefined);
  t.is(parseDuration('m10'), undefined);
  t.is(parseDuration(''), undefined);
});

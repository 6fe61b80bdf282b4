import test from 'ava';
import { readDrtestState, volserInDrtestPoolSql } from '../../../src/cds/drtestState.js';
import { tempCds } from '../../helpers/tempCds.js';

test('a CDS with no drtest row reads as NONE, not a test CDS, nothing restricted', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  const s = readDrtestState(tc.cds.db);
  t.is(s.state, 'NONE');
  t.false(s.isTestCds());
  t.false(s.testActive());
  t.false(s.isDrAcs('01'));
  t.false(s.isDefined());
});

test('a primed production CDS names its DR resources but restricts nothing until START', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  tc.cds.db.exec(`INSERT OR REPLACE INTO drtest (id, state, dracs, vtss_mode) VALUES (1, 'PRIMED', '01', 'SPARE');
    INSERT INTO drtest_resource (kind, name) VALUES ('ACS','01'), ('VTSS','VTSS0'), ('HOST','MVS1'), ('HOST','MVS2'), ('STORMNGR','VLE1');`);
  let s = readDrtestState(tc.cds.db);
  t.true(s.isDefined());
  t.true(s.isDrAcs('01'));
  t.false(s.isDrAcs('00'));
  t.true(s.isDrVtss('vtss0'));
  t.false(s.isDrVtss('VTSS1'));
  t.true(s.isDrHost('MVS2'));
  t.true(s.isDrStormngr('VLE1'));
  t.true(s.isSpare());
  t.false(s.testActive());
  t.false(s.drAcsRestricted('01'));
  t.deepEqual(s.resources.hosts, ['MVS1', 'MVS2']);
  tc.cds.db.exec(`UPDATE drtest SET state = 'ACTIVE'`);
  s = readDrtestState(tc.cds.db);
  t.true(s.testActive());
  t.true(s.drAcsRestricted('01'));
  t.false(s.drAcsRestricted('00'));
  t.false(s.scratchLimitedToDrtestPools());
  tc.cds.db.exec(`UPDATE drtest SET state = 'STOPPED'`);
  t.false(readDrtestState(tc.cds.db).testActive());
});

test('a DR test CDS is always under the test restrictions', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  tc.cds.db.exec(`INSERT OR REPLACE INTO drtest (id, state, test_cds, dracs) VALUES (1, 'CREATED', 1, '01')`);
  const s = readDrtestState(tc.cds.db);
  t.true(s.isTestCds());
  t.true(s.testActive());
  t.true(s.scratchLimitedToDrtestPools());
  t.true(s.drAcsRestricted('01'));
});

test('volserInDrtestPoolSql matches the DRTEST pool ranges of the type asked, by shape', (t) => {
  const tc = tempCds();
  t.teardown(() => tc.dispose());
  const db = tc.cds.db;
  db.exec(`INSERT INTO pool (pool_id, name, type, drtest, seq) VALUES (1,'SCRVTV1','SCRATCH',0,1), (2,'SCRVTV1','SCRATCH',1,2), (3,'MVCP1','MVC',1,3);
    INSERT INTO volparm (pool_id, seq, prefix, lo, hi, width, suffix, lo_volser, hi_volser) VALUES
      (1,1,'V',1000,1999,4,'','V1000','V1999'), (2,2,'V',2000,2999,4,'','V2000','V2999'),
      (2,3,'VT',0,9999,4,'','VT0000','VT9999'), (3,4,'T',13000,13999,5,'','T13000','T13999');`);
  const q = db.prepare(`WITH x(v) AS (SELECT ?) SELECT ${volserInDrtestPoolSql('x.v', 'SCRATCH')} AS scr, ${volserInDrtestPoolSql('x.v', 'MVC')} AS mvc FROM x`);
  const ask = (v: string): [number, number] => {
    const r = q.get(v) as { scr: number; mvc: number };
    return [r.scr, r.mvc];
  };
  t.deepEqual(ask('V2500'), [1, 0]);
  t.deepEqual(ask('V1500'), [0, 0]);
  t.deepEqual(ask('VT0011'), [1, 0]);
  t.deepEqual(ask('V2A00'), [0, 0]);
  t.deepEqual(ask('V25000'), [0, 0]);
  t.deepEqual(ask('T13005'), [0, 1]);
});

import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import Database from 'better-sqlite3';
import type { Cds } from '../../../src/cds/Cds.js';
import { Cds as CdsClass } from '../../../src/cds/Cds.js';
import { readDrtestState } from '../../../src/cds/drtestState.js';
import { loadPopulation } from '../../../src/cds/loadPopulation.js';
import { activeRecoveryPoint, protectedUpTo } from '../../../src/cds/recoveryPoint.js';
import { runConsoleCommand } from '../../../src/console/runConsoleCommand.js';
import type { SimulatedHardware } from '../../../src/sim/types.js';

/** An operator command on a CDS alone (VARY and CAPPREF need no hardware): true when it was done. */
function applyOperatorCommand(cds: CdsClass, command: string, now: Date): { ok: boolean } {
  const hardware = new Proxy({}, { get: () => { throw new Error('no hardware in this test'); } }) as SimulatedHardware;
  const r = runConsoleCommand({ cds, cdsDsn: 'TEST.CDS', cdsAliases: [], hardware, now, host: 'MVS1', hscActive: true }, command);
  return { ok: r.rc === 0 };
}
import { atomicOutput } from '../../../src/jes/atomicWrite.js';
import type { AllocatedDd } from '../../../src/program/contract.js';
import { fileDd, sysoutDd } from '../../../src/sluadmin/memoryDds.js';
import { utilities } from '../../../src/utilities/index.js';
import { behavesLikeUtility } from '../../behaviours/behavesLikeUtility.js';
import { conditionCodes, dumpTables, messageIds, runSlsin, tempCds } from '../../behaviours/sluadminHarness.js';
import { samplePopulation } from '../../helpers/samplePopulation.js';

/** A CDS with the resources the DR test definitions below name, and the sample volumes. */
function drSite(cds: Cds): void {
  cds.db.exec(`
    INSERT INTO acs (acs_id) VALUES ('00'), ('01');
    INSERT INTO lsm (lsm_id, acs_id) VALUES ('00:00', '00'), ('01:00', '01');
    INSERT INTO host (host_id, seq) VALUES ('MVS1', 1), ('MVS2', 2);
    INSERT INTO cfg_vtss (name, seq) VALUES ('VTSS0', 1), ('VTSS1', 2);
    INSERT INTO cfg_stormngr (name, seq) VALUES ('VLE1', 1);
    INSERT INTO pool (pool_id, name, type, drtest, seq) VALUES (1, 'SCRVTV1', 'SCRATCH', 1, 1), (2, 'MVCP1', 'MVC', 1, 2), (3, 'MVCP1', 'MVC', 0, 3);
    INSERT INTO volparm (pool_id, seq, prefix, lo, hi, width, suffix, lo_volser, hi_volser) VALUES
      (1, 1, 'V', 2000, 2999, 4, '', 'V2000', 'V2999'), (2, 2, 'M', 10000, 10009, 5, '', 'M10000', 'M10009'),
      (3, 3, 'M', 0, 19, 5, '', 'M00000', 'M00019');
  `);
  loadPopulation(cds, samplePopulation);
}

function newFile(dir: string, name: string): string {
  const p = join(dir, name);
  writeFileSync(p, '');
  return p;
}

/** A NEW data set on disk, written whole through its atomic output as the JES runner's DDs are. */
function diskDd(ddname: string, dsn: string, path: string): AllocatedDd {
  return { ...fileDd(ddname, dsn, path), isNew: true, openAtomic: () => atomicOutput(path) };
}

function newDd(ddname: string, dir: string): AllocatedDd {
  return diskDd(ddname, `HLQ.${ddname}`, newFile(dir, ddname));
}

interface Run {
  rc: number;
  text: string;
  ids: string[];
  codes: number[];
}

function run(cdsPath: string, slsin: string[], extraDds: AllocatedDd[] = []): Run {
  const r = runSlsin({ registry: utilities, slsin: slsin.map((s) => ` ${s}`), slscntl: cdsPath, extraDds });
  return { rc: r.rc, text: r.text, ids: messageIds(r.lines), codes: conditionCodes(r.lines) };
}

// ── the shared utility behaviours ──────────────────────────────────────────
behavesLikeUtility(test, 'DRTest', { valid: 'DRTEST PRIMEPRD DRACS(01) DRVTSS(VTSS0) SPARE HOST(MVS1,MVS2)', prepareCds: drSite });
behavesLikeUtility(test, 'DRCHKPT', { valid: 'DRCHKPT SET', prepareCds: drSite });
behavesLikeUtility(test, 'ACTMVCgn', {
  valid: 'ACTMVCGN ALL ACS(00)',
  prepareCds: drSite,
  extraDds: () => [sysoutDd('SLUSMVON'), sysoutDd('SLUSMVOF'), sysoutDd('SLUSMAUD')],
  samples: { ACS: 'ACS(00)', MVCPOOL: 'MVCPOOL(MVCP1)', STORMNGR: 'STORMNGR(VLE1)' },
});
behavesLikeUtility(test, 'BACKup', { valid: 'BACKUP OPTION(COPY)', prepareCds: drSite, extraDds: (dir) => [newDd('SLSBKUP', dir)] });

// ── DRTEST ─────────────────────────────────────────────────────────────────
test('DRTEST: PRIMEPRD, CREATE into SLSNEW1-3, START, STOP and RESET walk the states; the copy is a DR test CDS', (t) => {
  const c = tempCds(drSite);
  t.teardown(c.cleanup);
  const prime = run(c.path, ['DRTEST PRIMEPRD DRACS(01) DRVTSS(VTSS1) SPARE HOST(MVS1,MVS2)']);
  t.is(prime.rc, 0, prime.text);
  const prod = (): ReturnType<typeof readDrtestState> => {
    const db = new Database(c.path, { readonly: true });
    try {
      return readDrtestState(db);
    } finally {
      db.close();
    }
  };
  t.is(prod().state, 'PRIMED');
  t.deepEqual(prod().resources, { acs: ['01'], vtss: ['VTSS1'], hosts: ['MVS1', 'MVS2'], stormngrs: [] });

  const news = [newDd('SLSNEW1', c.dir), newDd('SLSNEW2', c.dir), newDd('SLSNEW3', c.dir)];
  const create = run(c.path, ['DRTEST CREATE'], news);
  t.is(create.rc, 0, create.text);
  t.deepEqual(create.ids.filter((i) => i === 'SIM0758I').length, 3);
  t.is(prod().state, 'CREATED');
  for (const dd of news) {
    const copy = CdsClass.open(dd.filePath!, { readonly: true });
    try {
      const s = readDrtestState(copy.db);
      t.true(s.isTestCds());
      t.is(s.state, 'CREATED');
      t.true(s.testActive());
      t.is(copy.db.prepare('SELECT role FROM cds_identity').pluck().get(), 'DRTEST');
      t.is(copy.db.prepare('SELECT count(*) FROM vtv').pluck().get(), (new Database(c.path, { readonly: true })).prepare('SELECT count(*) FROM vtv').pluck().get());
      // MVCs of the DRTEST MVC pool are DR test MVCs in the copy; production ones are not.
      t.deepEqual(copy.db.prepare("SELECT count(*) FROM mvc WHERE drtest = 1 AND volser BETWEEN 'M10000' AND 'M10009'").pluck().get(), 10);
      t.deepEqual(copy.db.prepare("SELECT count(*) FROM mvc WHERE drtest = 1 AND volser < 'M10000'").pluck().get(), 0);
      t.deepEqual(copy.db.prepare("SELECT vtss, state FROM vtss_status ORDER BY vtss").all(), [
        { vtss: 'VTSS0', state: 'OFFLINE' },
        { vtss: 'VTSS1', state: 'ONLINE' },
      ]);
    } finally {
      copy.close();
    }
    t.false(existsSync(`${dd.filePath!}-wal`), 'the copy stands alone (no WAL beside it)');
  }
  // DRTEST on the test CDS itself is refused.
  const onCopy = run(news[0]!.filePath!, ['DRTEST START']);
  t.is(onCopy.rc, 8);
  t.true(onCopy.ids.includes('SIM0752E'));

  t.is(run(c.path, ['DRTEST START']).rc, 0);
  t.is(prod().state, 'ACTIVE');
  const busy = run(c.path, ['DRTEST RESET', 'DRTEST PRIMEPRD DRACS(01)', 'DRTEST CREATE']);
  t.deepEqual(busy.codes, [8, 8, 8], busy.text);
  t.is(run(c.path, ['DRTEST STOP']).rc, 0);
  t.is(prod().state, 'STOPPED');
  t.is(run(c.path, ['DRTEST RESET']).rc, 0);
  t.is(prod().state, 'NONE');
  t.deepEqual(prod().resources, { acs: [], vtss: [], hosts: [], stormngrs: [] });
});

test('DRTEST: out of order and rule-breaking statements are refused and change nothing', (t) => {
  const c = tempCds(drSite);
  t.teardown(c.cleanup);
  const before = dumpTables(c.path);
  const slsnew = newDd('SLSNEW1', c.dir);
  const r = run(
    c.path,
    [
      'DRTEST START',
      'DRTEST STOP',
      'DRTEST CREATE DRACS(01)',
      'DRTEST PRIMEPRD DRVTSS(VTSS1) SHARE STORMNGR(VLE1)',
      'DRTEST PRIMEPRD DRACS(07) HOST(NOHOST)',
      'DRTEST RESET',
    ],
    [slsnew],
  );
  t.deepEqual(r.codes, [8, 8, 8, 8, 8, 4], r.text);
  t.deepEqual(dumpTables(c.path), before);
  t.is(statSync(slsnew.filePath!).size, 0, 'nothing written to SLSNEW1');
  t.true(r.ids.includes('SIM0753E'));
  t.true(r.ids.includes('SIM0755E'));
});

test('DRTEST CREATE checks its operands before the state: SHARE with DRACS on a system never primed is SIM0753E', (t) => {
  const c = tempCds(drSite);
  t.teardown(c.cleanup);
  const before = dumpTables(c.path);
  const slsnew = newDd('SLSNEW1', c.dir);
  const share = run(c.path, ['DRTEST CREATE DRVTSS(VTSS1) SHARE DRACS(01) HOST(MVS1)'], [slsnew]);
  t.is(share.rc, 8);
  t.deepEqual(share.ids.filter((id) => id.startsWith('SIM')), ['SIM0753E'], share.text);
  const unknown = run(c.path, ['DRTEST CREATE DRVTSS(VTSS9)'], [slsnew]);
  t.deepEqual(unknown.ids.filter((id) => id.startsWith('SIM')), ['SIM0755E'], unknown.text);
  const valid = run(c.path, ['DRTEST CREATE DRACS(01) DRVTSS(VTSS0) SPARE'], [slsnew]);
  t.deepEqual(valid.ids.filter((id) => id.startsWith('SIM')), ['SIM0751E'], valid.text);
  t.deepEqual(dumpTables(c.path), before);
  t.is(statSync(slsnew.filePath!).size, 0);
});

test('DRTEST CREATE: a definition other than the primed one, a missing or non-empty SLSNEW1 is refused', (t) => {
  const c = tempCds(drSite);
  t.teardown(c.cleanup);
  t.is(run(c.path, ['DRTEST PRIMEPRD DRACS(01) DRVTSS(VTSS0) SPARE HOST(MVS1)']).rc, 0);
  const before = dumpTables(c.path);
  const other = run(c.path, ['DRTEST CREATE DRACS(01) DRVTSS(VTSS1) HOST(MVS1)'], [newDd('SLSNEW1', c.dir)]);
  t.is(other.rc, 8);
  t.true(other.ids.includes('SIM0756E'), other.text);
  const none = run(c.path, ['DRTEST CREATE']);
  t.is(none.rc, 8);
  t.true(none.ids.includes('SIM0757E'));
  const full = newDd('SLSNEW1', c.dir);
  writeFileSync(full.filePath!, 'something');
  const notEmpty = run(c.path, ['DRTEST CREATE'], [full]);
  t.is(notEmpty.rc, 8);
  t.deepEqual(dumpTables(c.path), before);
});

test('DRTEST CREATE NOUPDPRD leaves production untouched; a spare VTSS with resident VTVs is warned about', (t) => {
  const c = tempCds((cds) => {
    drSite(cds);
    cds.db.exec("INSERT INTO vtv (volser, resident, resident_vtss) VALUES ('X00001', 1, 'VTSS0'), ('X00002', 1, 'VTSS0')");
  });
  t.teardown(c.cleanup);
  t.is(run(c.path, ['DRTEST PRIMEPRD DRACS(01) DRVTSS(VTSS0) SPARE HOST(MVS1)']).rc, 0);
  const before = dumpTables(c.path);
  const r = run(c.path, ['DRTEST CREATE NOUPDPRD'], [newDd('SLSNEW1', c.dir)]);
  t.is(r.rc, 4, r.text);
  t.regex(r.text, /SIM0759W 22 VTVS ARE RESIDENT IN SPARE VTSS VTSS0/, 'the 20 sample VTVs resident there and the 2 added');
  t.true(r.ids.includes('SIM0762I'));
  t.deepEqual(dumpTables(c.path), before);
});

test('DRTEST START is refused while a DR VTSS is not offline or a DR ACS CAP is automatic', (t) => {
  const c = tempCds(drSite);
  t.teardown(c.cleanup);
  t.is(run(c.path, ['DRTEST PRIMEPRD DRACS(01) DRVTSS(VTSS1) HOST(MVS1)']).rc, 0);
  const cds = CdsClass.open(c.path);
  try {
    t.true(applyOperatorCommand(cds, 'CAPPREF 0 01:00:00 AUTO', new Date('2024-03-05T10:00:00Z')).ok);
    t.false(applyOperatorCommand(cds, 'VARY VTSS9 OFFLINE', new Date()).ok);
    t.false(applyOperatorCommand(cds, 'DISPLAY NOSUCH', new Date()).ok);
  } finally {
    cds.close();
  }
  const before = dumpTables(c.path);
  const r = run(c.path, ['DRTEST START']);
  t.is(r.rc, 8);
  t.deepEqual(r.ids.filter((i) => i.startsWith('SIM076')), ['SIM0760E', 'SIM0761E']);
  t.deepEqual(dumpTables(c.path), before);
  const cds2 = CdsClass.open(c.path);
  try {
    applyOperatorCommand(cds2, 'V VTSS VTSS1 OFFLINE', new Date('2024-03-05T10:00:00Z'));
    applyOperatorCommand(cds2, 'CAPPREF 0 01:00:00 MANUAL', new Date('2024-03-05T10:00:00Z'));
  } finally {
    cds2.close();
  }
  t.is(run(c.path, ['DRTEST START']).rc, 0);
});

// ── ACTMVCGN ───────────────────────────────────────────────────────────────
test('ACTMVCGN: MVCs with current copies (ALL: any copy) within the selectors, three decks of 80-column cards', (t) => {
  const c = tempCds(drSite);
  t.teardown(c.cleanup);
  const db = new Database(c.path, { readonly: true });
  const withCurrent = db.prepare('SELECT DISTINCT mvc FROM vtv_copy WHERE current = 1 ORDER BY mvc').pluck().all() as string[];
  const withAny = db.prepare('SELECT volser FROM mvc m WHERE EXISTS (SELECT 1 FROM vtv_copy c WHERE c.mvc = m.volser) OR used_mb > 0 ORDER BY volser').pluck().all() as string[];
  db.close();
  t.true(withCurrent.length > 0);
  const on = sysoutDd('SLUSMVON');
  const off = sysoutDd('SLUSMVOF');
  const aud = sysoutDd('SLUSMAUD');
  const r = run(c.path, ['ACTMVCGN'], [on, off, aud]);
  t.is(r.rc, 0, r.text);
  t.deepEqual(on.records, withCurrent.map((v) => ` MVCMAINT MVC(${v}) READONLY(ON)`.padEnd(80)));
  t.deepEqual(off.records, withCurrent.map((v) => ` MVCMAINT MVC(${v}) READONLY(OFF)`.padEnd(80)));
  t.deepEqual(aud.records, withCurrent.map((v) => ` AUDIT MVC(${v})`.padEnd(80)));
  const all = sysoutDd('SLUSMVON');
  t.is(run(c.path, ['ACTMVCGN ALL'], [all, sysoutDd('SLUSMVOF')]).rc, 0);
  t.is(all.records.length, withAny.length);
  const none = sysoutDd('SLUSMVON');
  const r2 = run(c.path, ['ACTMVCGN ACS(01) STORMNGR(VLE1)'], [none, sysoutDd('SLUSMVOF')]);
  t.is(r2.rc, 4, r2.text);
  t.true(r2.ids.includes('SIM0769W'));
});

test('ACTMVCGN: no output DD is refused, a missing SLUSMVOF is a warning, unknown names are refused', (t) => {
  const c = tempCds(drSite);
  t.teardown(c.cleanup);
  const before = dumpTables(c.path);
  const r = run(c.path, ['ACTMVCGN']);
  t.is(r.rc, 8);
  t.true(r.ids.includes('SIM0766E'));
  const on = sysoutDd('SLUSMVON');
  const r2 = run(c.path, ['ACTMVCGN', 'ACTMVCGN MVCPOOL(NOPOOL)', 'ACTMVCGN ACS(0F)'], [on]);
  t.deepEqual(r2.codes, [4, 8, 8], r2.text);
  t.true(r2.ids.includes('SIM0767W'));
  t.true(on.records.length > 0);
  t.deepEqual(dumpTables(c.path), before);
});

// ── DRCHKPT ────────────────────────────────────────────────────────────────
test('DRCHKPT SET stamps one active recovery point, CLEAR ends it; PROTECT adds a window after each backup', (t) => {
  const c = tempCds(drSite);
  t.teardown(c.cleanup);
  t.is(run(c.path, ['DRCHKPT SET', 'DRCHKPT SET']).rc, 0);
  let db = new Database(c.path, { readonly: true });
  t.is(db.prepare("SELECT count(*) FROM checkpoint WHERE kind = 'DRCHKPT'").pluck().get(), 2);
  t.is(db.prepare("SELECT count(*) FROM checkpoint WHERE kind = 'DRCHKPT' AND active = 1").pluck().get(), 1);
  const rp = activeRecoveryPoint(db);
  t.truthy(rp);
  t.is(protectedUpTo(db, '2024-03-05T12:00:00Z'), rp!.taken);
  db.close();
  const r = run(c.path, ['DRCHKPT CLEAR', 'DRCHKPT CLEAR']);
  t.deepEqual(r.codes, [0, 4]);
  db = new Database(c.path);
  t.is(activeRecoveryPoint(db), undefined);
  t.is(protectedUpTo(db, '2024-03-05T12:00:00Z'), undefined);
  db.exec("INSERT INTO cfg_global (id, protect) VALUES (1, 28); INSERT INTO checkpoint (kind, taken, active) VALUES ('BACKUP', '2024-03-05T00:00:00Z', 1)");
  t.is(protectedUpTo(db, '2024-03-06T03:59:59Z'), '2024-03-05T00:00:00Z', 'inside 28 hours after the backup');
  t.is(protectedUpTo(db, '2024-03-06T04:00:01Z'), undefined, 'the window has passed');
  db.close();
});

// ── BACKUP ─────────────────────────────────────────────────────────────────
test('BACKUP OPTION(COPY) writes a complete CDS to SLSBKUP and records it; other options and missing DDs are refused', (t) => {
  const c = tempCds(drSite);
  t.teardown(c.cleanup);
  const bkup = newDd('SLSBKUP', c.dir);
  const r = run(c.path, ['BACKUP OPTION(COPY)'], [bkup]);
  t.is(r.rc, 0, r.text);
  const copy = CdsClass.open(bkup.filePath!, { readonly: true });
  try {
    t.is(copy.version(), CdsClass.schemaVersion);
    t.is(copy.db.prepare('SELECT count(*) FROM vtv').pluck().get(), new Database(c.path, { readonly: true }).prepare('SELECT count(*) FROM vtv').pluck().get());
    t.is(copy.db.prepare("SELECT count(*) FROM checkpoint WHERE kind = 'BACKUP'").pluck().get(), 0, 'the backup holds the CDS as it was before');
  } finally {
    copy.close();
  }
  t.false(existsSync(`${bkup.filePath!}-wal`));
  const db = new Database(c.path, { readonly: true });
  t.is(db.prepare("SELECT dsn FROM checkpoint WHERE kind = 'BACKUP'").pluck().get(), 'HLQ.SLSBKUP');
  db.close();
  const before = dumpTables(c.path);
  const refused = run(c.path, ['BACKUP OPTION(ANALYZE)', 'BACKUP', 'BACKUP CDS(STANDBY)'], []);
  t.deepEqual(refused.codes, [8, 8, 8], refused.text);
  t.deepEqual(refused.ids.filter((i) => i.startsWith('SIM078')), ['SIM0787E', 'SIM0786E', 'SIM0786E']);
  t.deepEqual(dumpTables(c.path), before);
});

test('a leftover temporary never remains beside SLSBKUP', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-bkup-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const c = tempCds(drSite);
  t.teardown(c.cleanup);
  const bkup = diskDd('SLSBKUP', 'HLQ.BKUP', join(dir, 'HLQ.BKUP'));
  t.is(run(c.path, ['BACKUP'], [bkup]).rc, 0);
  t.is(run(c.path, ['BACKUP'], [bkup]).rc, 0, 'an existing backup is replaced');
  t.deepEqual(readdirSync(dir), ['HLQ.BKUP']);
});

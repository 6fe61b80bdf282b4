/**
 * Faults of the machine (issue 14, failures 3 and 5), on a small file system each test makes for
 * itself: a read-only system directory and a nearly full disk are diagnosed as what they are (not
 * "not a system"); EXPORT on a disk with 40 KB to 190 KB free, a job submitted while another
 * process holds system.db locked, and BACKUP under a file size limit each end with a message id
 * and a return code — never exit 70 — with every CDS as before or as after, no data set or spool
 * directory half-written, and nothing left behind.
 */
import test, { type ExecutionContext } from 'ava';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { demoTemplate } from '../helpers/demoSystem.js';
import { ROOT, sluadminJob } from './crashHarness.js';
import { runElsim, type ChildResult } from './elsimChild.js';
import { cdsDigestOf } from './robustHelpers.js';
import { leaveFree, noSmallFs, remountReadOnly, systemOnTmpfs, unfill } from './smallFilesystem.js';

const EXPORT_JCL = join(ROOT, 'fixtures/seed/ch02-export-stor.jcl');
const withFs = noSmallFs === undefined ? test.serial : test.skip;
const why = noSmallFs === undefined ? '' : ` (skipped: ${noSmallFs})`;

/** Dot-files left in spool/, catalog/ (PDS directories too), work/ or the system root. */
function debris(sys: string): string[] {
  const out: string[] = [];
  for (const area of ['', 'spool', 'catalog', 'work']) {
    const dir = join(sys, area);
    if (!existsSync(dir)) continue;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (area === 'work' || e.name.startsWith('.')) out.push(join(area, e.name));
      else if (e.isDirectory() && area === 'catalog') for (const m of readdirSync(join(dir, e.name))) if (m.startsWith('.')) out.push(join(area, e.name, m));
    }
  }
  return out.sort();
}

function noInternalError(t: { not: (a: unknown, b: unknown, m?: string) => void; notRegex: (s: string, r: RegExp, m?: string) => void }, r: ChildResult, what: string): void {
  t.not(r.code, 70, `${what}: exit 70\n${r.stderr}`);
  t.notRegex(r.stderr, /internal error/i, what);
}

withFs(`a read-only system directory is said to be read-only, never "not a system"${why}`, async (t) => {
  const { mount, sys } = systemOnTmpfs(t, await demoTemplate());
  const deck = join(mount, '..', `deck-${process.pid}.txt`);
  writeFileSync(deck, ' MVCRPT ALL\n');
  t.teardown(() => rmSync(deck, { force: true }));
  remountReadOnly(mount, true);
  t.teardown(() => remountReadOnly(mount, false));
  const commands: string[][] = [
    ['cds', 'verify', '--system', sys],
    ['cds', 'dump', '--system', sys],
    ['submit', '--system', sys, EXPORT_JCL],
    ['sluadmin', deck, '--system', sys],
    ['clock', 'show', '--system', sys],
    ['dataset', 'list', '--system', sys],
  ];
  for (const args of commands) {
    const r = await runElsim(args);
    const what = args.slice(0, 2).join(' ');
    noInternalError(t, r, what);
    t.is(r.code, 74, `${what}: ${r.stderr}`);
    t.regex(r.stderr, /SIM1511E .* CANNOT BE WRITTEN - THE FILE SYSTEM IS READ-ONLY/, what);
    t.notRegex(r.stderr, /SIM0209E|SIM0506E/, what);
  }
  // init finds the system there (it does not call it "not empty and holds no system").
  const init = await runElsim(['init', '--system', sys]);
  t.is(init.code, 64);
  t.regex(init.stderr, /SIM0210E/);
});

for (const kb of [0, 16, 24]) {
  withFs(`with ${kb} KB free a valid system is said to be on a full disk, never "not a system"; nothing changes${why}`, async (t) => {
    const { mount, sys } = systemOnTmpfs(t, await demoTemplate());
    const before = cdsDigestOf(sys);
    leaveFree(mount, kb);
    for (const args of [['cds', 'verify', '--system', sys], ['cds', 'dump', '--system', sys], ['submit', '--system', sys, EXPORT_JCL]]) {
      const r = await runElsim(args);
      const what = args.slice(0, 2).join(' ');
      noInternalError(t, r, what);
      t.is(r.code, 74, `${what}: ${r.stderr}`);
      t.regex(r.stderr, /SIM1510E .* CANNOT BE WRITTEN - NO SPACE LEFT ON ITS FILE SYSTEM/, what);
      t.notRegex(r.stderr, /SIM0209E|SIM0506E/, what);
    }
    unfill(mount);
    t.deepEqual(debris(sys), []);
    t.deepEqual(cdsDigestOf(sys), before);
    const ok = await runElsim(['submit', '--system', sys, EXPORT_JCL]);
    t.is(ok.code, 0, ok.stderr);
  });
}

/** The reference: EXPORT run on a roomy file system (the state "after"). */
let reference: Promise<{ before: Record<string, string>; after: Record<string, string>; manifest: string }> | undefined;

function exportReference(t: ExecutionContext): Promise<{ before: Record<string, string>; after: Record<string, string>; manifest: string }> {
  reference ??= (async () => {
    const { sys } = systemOnTmpfs(t, await demoTemplate());
    const before = cdsDigestOf(sys);
    const r = await runElsim(['submit', '--system', sys, EXPORT_JCL]);
    if (r.code !== 0) throw new Error(`reference EXPORT ended ${r.code}: ${r.stderr}`);
    return { before, after: cdsDigestOf(sys), manifest: readFileSync(join(sys, 'catalog', 'HLQ.REMOTE2'), 'utf8') };
  })();
  return reference;
}

for (const kb of [40, 64, 100, 150, 170, 190]) {
  withFs(`EXPORT with ${kb} KB free: a message id and a return code, CDS before or after, nothing half-done${why}`, async (t) => {
    const ref = await exportReference(t);
    const { mount, sys } = systemOnTmpfs(t, await demoTemplate());
    leaveFree(mount, kb);
    const r = await runElsim(['submit', '--system', sys, EXPORT_JCL]);
    noInternalError(t, r, 'submit');
    t.log(`${kb} KB free: exit ${r.code}; ${(r.stdout + r.stderr).trim().split('\n').slice(-1)[0]}`);
    if (r.code === 0) {
      t.regex(r.stdout, /JOB00002 CH02EXPO CC 0000/);
    } else {
      // Refused before the job (74), or the step abended for lack of space (SB37: exit 16).
      t.true(r.code === 74 || r.code === 16, `exit ${r.code}: ${r.stderr}`);
      t.regex(r.stdout + r.stderr, /SIM15\d\dE|ABEND SB37/);
    }
    t.deepEqual(debris(sys), [], 'left behind by the run itself');
    unfill(mount);
    const now = cdsDigestOf(sys);
    const state = JSON.stringify(now) === JSON.stringify(ref.before) ? 'before' : JSON.stringify(now) === JSON.stringify(ref.after) ? 'after' : 'mixed';
    t.not(state, 'mixed');
    t.is(state === 'after', r.code === 0, `CDS ${state} but exit ${r.code}`);
    const manifest = join(sys, 'catalog', 'HLQ.REMOTE2');
    if (existsSync(manifest)) t.is(readFileSync(manifest, 'utf8'), ref.manifest, 'a half-written manifest');
    t.is(existsSync(manifest), r.code === 0, 'the manifest is cataloged only when EXPORT completed');
    for (const d of readdirSync(join(sys, 'spool')).filter((x) => !x.startsWith('.'))) t.true(existsSync(join(sys, 'spool', d, 'JESMSGLG.txt')), `${d} is not whole`);
    const v = await runElsim(['cds', 'verify', '--system', sys]);
    t.is(v.code, 0, v.stdout + v.stderr);
    t.deepEqual(debris(sys), []);
  });
}

test(`a job submitted while another process holds system.db locked: SIM1512E, exit 75, nothing run`, async (t) => {
  const { sys } = { sys: await (async () => {
    const { mkdtempSync, cpSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'elsim-lock-'));
    t.teardown(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(await demoTemplate(), join(dir, 'system'), { recursive: true });
    return join(dir, 'system');
  })() };
  const before = cdsDigestOf(sys);
  const holder = new Database(join(sys, 'system.db'));
  holder.exec('BEGIN EXCLUSIVE');
  let r: ChildResult;
  try {
    r = await runElsim(['submit', '--system', sys, EXPORT_JCL], { env: { ELSIM_CDS_WAIT: '1' } });
  } finally {
    holder.exec('ROLLBACK');
    holder.close();
  }
  noInternalError(t, r, 'submit');
  t.is(r.code, 75, r.stderr);
  t.regex(r.stderr, /SIM1512E .*system\.db IS LOCKED BY ANOTHER PROCESS - GAVE UP AFTER 1 SECONDS/);
  t.deepEqual(readdirSync(join(sys, 'spool')), ['JOB00001-ELSDEMO']);
  t.deepEqual(cdsDigestOf(sys), before);
  const again = await runElsim(['submit', '--system', sys, EXPORT_JCL]);
  t.is(again.code, 0, again.stderr);
});

const BACKUP_JCL = sluadminJob(
  'BKUP',
  ['//SLSCNTL DD DSN=HLQ.DBASEPRM,DISP=SHR', '//SLSBKUP DD DSN=HLQ.BACKUP1,DISP=(NEW,CATLG,DELETE)'],
  [' BACKUP OPTION(COPY)'],
);

test('BACKUP under a file size limit abends SB37: no HLQ.BACKUP1 cataloged, no temporary file, CDS as before', async (t) => {
  const { mkdtempSync, cpSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'elsim-ulimit-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const sys = join(dir, 'system');
  cpSync(await demoTemplate(), sys, { recursive: true });
  const file = join(dir, 'bkup.jcl');
  writeFileSync(file, BACKUP_JCL);
  const before = cdsDigestOf(sys);
  const r = await runElsim(['submit', '--system', sys, file], { shellPrefix: 'ulimit -f 256;' });
  noInternalError(t, r, 'submit');
  t.is(r.code, 16, r.stdout + r.stderr);
  t.regex(r.stdout, /JOB00002 BKUP\s+ABEND SB37/);
  const log = readFileSync(join(sys, 'spool', 'JOB00002-BKUP', 'JESYSMSG.txt'), 'utf8');
  t.regex(log, /SIM1521E PROGRAM SLUADMIN IN STEP S1 STOPPED: NO SPACE LEFT/);
  t.regex(log, /IEF285I\s+HLQ\.BACKUP1\s+DELETED/);
  t.false(existsSync(join(sys, 'catalog', 'HLQ.BACKUP1')));
  const listed = await runElsim(['dataset', 'list', 'HLQ.BACKUP1', '--system', sys]);
  t.notRegex(listed.stdout, /HLQ\.BACKUP1/);
  t.deepEqual(debris(sys), []);
  t.deepEqual(cdsDigestOf(sys), before);
});

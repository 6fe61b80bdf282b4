/**
 * Several `elsim submit` processes on one system at once: job numbers never repeat, spool
 * directories never collide, utilities serialize on the CDS (immediate transactions, busy wait)
 * and no update is lost; a job that cannot get the CDS reserve in time says so (SIM0872E) and
 * changes nothing.
 */
import test from 'ava';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { verifyCdsOf } from '../../src/app/verifyCdsOf.js';
import { fixedClock, memoryIo } from '../../src/core/Io.js';
import { DEMO_NOW, freshDemoSystem } from '../helpers/demoSystem.js';
import { ELSIM, sluadminJob } from './crashHarness.js';
import { cdsDigestOf } from './robustHelpers.js';

function submit(sys: string, files: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ELSIM, 'submit', '--system', sys, ...files], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const readOnlyMvcs = (sys: string, lo: string, hi: string): number => {
  const db = new Database(join(sys, 'catalog', 'HLQ.DBASEPRM'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM mvc WHERE volser BETWEEN ? AND ? AND read_only = 1').get(lo, hi) as { n: number }).n;
  } finally {
    db.close();
  }
};

test('four submits at once: distinct job numbers and spool directories, every update kept, CDS sound', async (t) => {
  const sys = await freshDemoSystem(t);
  // Each process runs an update of its own MVC range and a report; ranges of MVCs of pools MVCPLA and OFFSITE
  const files: string[][] = [];
  const ranges = [['AM1000', 'AM1099'], ['AM1100', 'AM1199'], ['AM1200', 'AM1299'], ['AO1000', 'AO1099']] as const;
  for (let p = 0; p < 4; p++) {
    const [lo, hi] = ranges[p]!;
    const upd = join(sys, '..', `upd${p}.jcl`);
    const rpt = join(sys, '..', `rpt${p}.jcl`);
    writeFileSync(upd, sluadminJob(`UPD${p}`, [], [` MVCMAINT MVC(${lo}-${hi}) READONLY(ON)`]));
    writeFileSync(rpt, sluadminJob(`RPT${p}`, [], [` MVCRPT MVC(${lo}-${hi})`]));
    files.push([upd, rpt, upd]);
  }
  const readOnly = (): number => ranges.reduce((n, [lo, hi]) => n + readOnlyMvcs(sys, lo, hi), 0);
  t.is(readOnly(), 0);
  const results = await Promise.all(files.map((f) => submit(sys, f)));
  // The second MVCMAINT of each process finds its MVCs read-only already: condition code 4.
  for (const r of results) t.true(r.code === 0 || r.code === 4, r.stdout + r.stderr);
  const lines = results.flatMap((r) => r.stdout.trim().split('\n'));
  t.is(lines.length, 12);
  const jobids = lines.map((l) => l.split(/\s+/)[0]!);
  t.is(new Set(jobids).size, 12, lines.join('\n'));
  const spool = readdirSync(join(sys, 'spool')).filter((d) => !d.startsWith('.') && !d.startsWith('JOB00001-'));
  t.is(spool.length, 12);
  t.deepEqual(spool.map((d) => d.slice(0, 8)).sort(), [...jobids].sort());
  // No lost update: every process's range is read-only.
  t.is(readOnly(), 400);
  t.is(verifyCdsOf({ dir: sys }, memoryIo(fixedClock(DEMO_NOW))).rc <= 4, true);
});

test('a job that cannot get the CDS reserve in time ends RC 12 with SIM0872E and changes nothing', async (t) => {
  const sys = await freshDemoSystem(t);
  const file = join(sys, '..', 'upd.jcl');
  writeFileSync(file, sluadminJob('UPDWAIT', [], [' MVCMAINT MVC(AM1000-AM1099) READONLY(ON)']));
  const before = cdsDigestOf(sys);
  // Another job holds the CDS for update.
  const holder = new Database(join(sys, 'catalog', 'HLQ.DBASEPRM'));
  holder.pragma('journal_mode = WAL');
  holder.exec('BEGIN IMMEDIATE');
  let r: { code: number | null; stdout: string; stderr: string };
  try {
    r = await submit(sys, [file], { ELSIM_CDS_WAIT: '1' });
  } finally {
    holder.exec('ROLLBACK');
    holder.close();
  }
  t.is(r.code, 12, r.stdout);
  const dir = readdirSync(join(sys, 'spool')).find((d) => d.endsWith('-UPDWAIT'))!;
  const listing = readFileSync(join(sys, 'spool', dir, 'S1.SLSPRINT.txt'), 'utf8');
  t.regex(listing, /SIM0872E MVCMAINT NOT RUN - THE CDS RESERVE WAS NOT OBTAINED IN 1 SECONDS/);
  t.notRegex(listing, /SIM0315E/);
  t.deepEqual(cdsDigestOf(sys), before);
  // Once the reserve is free the same job runs.
  const again = await submit(sys, [file]);
  t.is(again.code, 0, again.stderr);
  t.is(readOnlyMvcs(sys, 'AM1000', 'AM1099'), 100);
});

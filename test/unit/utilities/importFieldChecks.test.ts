/**
 * IMPORT checks every field it stores against what the target allows (issue 14, failure 9), even
 * in a manifest whose checksum is right: a VTV larger than its maximum (its own, or its class's in
 * the target) and an MVC that records more used space than its capacity are not imported, and
 * `cds verify` warns of such records in a CDS (SIM0852W, SIM0858W).
 */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from '../../../src/cli/main.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';
import { System } from '../../../src/jes/System.js';
import { Crc32 } from '../../../src/utilities/manifest/crc32.js';
import { DEMO_NOW, freshDemoSystem } from '../../helpers/demoSystem.js';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const MANIFEST = readFileSync(join(ROOT, 'test/golden/seed-ch02-import-stor/REMOTE1.manifest'), 'utf8').replace(/\n$/, '').split('\n');
const IMPORT_JCL = join(ROOT, 'fixtures/seed/ch02-import-stor.jcl');

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(fixedClock(DEMO_NOW));
  const code = await runCli(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

/** Replaces columns `col`.. (1-based) of a record. */
function put(record: string, col: number, text: string): string {
  return record.slice(0, col - 1) + text + record.slice(col - 1 + text.length);
}

/** The manifest with `edit` applied to its records and a trailer checksum that fits them. */
function edited(edit: (records: string[]) => void): string[] {
  const recs = [...MANIFEST];
  edit(recs);
  const crc = new Crc32();
  for (const r of recs.slice(0, -1)) crc.update(r);
  recs[recs.length - 1] = put(recs[recs.length - 1]!, 32, crc.hex());
  return recs;
}

const index = (recs: string[], prefix: string): number => recs.findIndex((r) => r.startsWith(prefix));

function cdsRows(sys: string, sql: string, ...params: unknown[]): unknown[] {
  const db = new Database(join(sys, 'catalog', 'HLQ.DBASEPRM'), { readonly: true });
  try {
    return db.prepare(sql).all(...params);
  } finally {
    db.close();
  }
}

test('a valid checksum does not make a field valid: oversized VTVs and overfull MVCs are not imported', async (t) => {
  const sys = await freshDemoSystem(t, 'B');
  const db = new Database(join(sys, 'catalog', 'HLQ.DBASEPRM'));
  t.is(db.prepare("UPDATE mgmt_class SET maxvtvsz = 400 WHERE name = 'PAY'").run().changes, 1, 'site B defines PAY');
  db.close();
  const recs = edited((r) => {
    // AO1001: capacity 0 with 99,999,999 MB used.
    const m = index(r, 'MVC AO1001');
    r[m] = put(put(r[m]!, 53, '00000000'), 62, '99999999');
    // AV1000 (its first record): 99,999 MB, its own maximum 400 MB (code A).
    const v = index(r, 'VTV AV1000');
    r[v] = put(put(r[v]!, 40, '99999'), 50, 'A');
  });
  const s = System.open(sys);
  s.catalog.define('HLQ.REMOTE1', { dsorg: 'PS', recfm: 'FB', lrecl: 80 });
  s.catalog.writeRecords('HLQ.REMOTE1', recs);
  s.close();

  const r = await cli(['submit', '--system', sys, IMPORT_JCL]);
  t.is(r.code, 4, r.out + r.err);
  const spool = join(sys, 'spool', 'JOB00002-CH02IMPO', 'IMPORT.SLSPRINT.txt');
  const listing = readFileSync(spool, 'utf8').replace(/\n\s+/g, ' ');
  t.regex(listing, /SIM0624W MVC AO1001 NOT IMPORTED - ITS USED SPACE \(99999999 MB\) IS MORE THAN ITS CAPACITY \(0 MB\)/);
  t.regex(listing, /SIM0625W VTV AV1000 NOT IMPORTED - ITS SIZE \(99999 MB\) IS MORE THAN ITS MAXIMUM \(400 MB\)/);
  // PAY's maximum in the target is 400 MB: its 800 MB VTVs do not fit either.
  t.regex(listing, /SIM0625W VTV AV1001 NOT IMPORTED - ITS SIZE \(800 MB\) IS MORE THAN ITS MAXIMUM \(400 MB\)/);
  t.deepEqual(cdsRows(sys, "SELECT volser FROM mvc WHERE volser = 'AO1001' AND (capacity_mb < used_mb)"), []);
  t.deepEqual(cdsRows(sys, "SELECT volser FROM vtv WHERE volser IN ('AV1000', 'AV1001')"), []);
  t.true((cdsRows(sys, "SELECT volser FROM mvc WHERE volser = 'AO1000' AND read_only = 1") as unknown[]).length === 1, 'the sound MVCs are imported');
  const v = await cli(['cds', 'verify', '--system', sys]);
  t.notRegex(v.out, /SIM0852W|SIM0858W/, v.out);
});

test('cds verify warns of an MVC fuller than its capacity (capacity 0 included) and a VTV above its maximum', async (t) => {
  const sys = await freshDemoSystem(t);
  const clean = await cli(['cds', 'verify', '--system', sys]);
  t.is(clean.code, 0, clean.out);
  const db = new Database(join(sys, 'catalog', 'HLQ.DBASEPRM'));
  const mvc = db.prepare('SELECT volser FROM mvc ORDER BY volser LIMIT 1').pluck().get() as string;
  db.prepare('UPDATE mvc SET capacity_mb = 0, used_mb = 99999999 WHERE volser = ?').run(mvc);
  const vtv = db.prepare('SELECT volser FROM vtv WHERE max_size_mb IS NULL ORDER BY volser LIMIT 1').pluck().get() as string;
  db.prepare('UPDATE vtv SET size_mb = 99999, max_size_mb = 400 WHERE volser = ?').run(vtv);
  db.close();
  const v = await cli(['cds', 'verify', '--system', sys]);
  t.is(v.code, 4, v.out);
  t.regex(v.out, new RegExp(`SIM0852W 1 MVCS HOLD MORE DATA THAN THEIR CAPACITY[\\s\\S]*${mvc} 99999999 MB USED OF 0`));
  t.regex(v.out, new RegExp(`SIM0858W 1 VTVS ARE LARGER THAN THEIR MAXIMUM SIZE[\\s\\S]*${vtv} 99999 MB, MAXIMUM 400`));
  t.regex(v.out, /VERIFY - 22 CHECKS/);
});

/**
 * Runs SLUADMIN in-process for tests: a fake system, a fresh CDS file as SLSCNTL, in-memory
 * SLSIN/SLSPRINT, and a dump of every CDS table to prove a refused statement changed nothing.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cds } from '../../src/cds/Cds.js';
import { fixedClock, memoryIo } from '../../src/core/Io.js';
import { readCatalogedRecords } from '../../src/jes/readCatalogedRecords.js';
import type { AllocatedDd, StepContext, SystemServices } from '../../src/program/contract.js';
import { fileDd, instreamDd, sysoutDd } from '../../src/sluadmin/memoryDds.js';
import { runSluadmin } from '../../src/sluadmin/runSluadmin.js';
import type { Utility } from '../../src/sluadmin/types.js';
import { testHardware } from '../helpers/testHardware.js';
import type { Hardware } from '../../src/sim/Hardware.js';

export const TEST_NOW = '2024-03-05T10:20:30Z';

export interface HarnessOptions {
  registry?: readonly Utility[];
  parm?: string;
  /** SLSIN records; undefined leaves the step without an SLSIN DD. */
  slsin?: readonly string[] | undefined;
  /** false: the step has no SLSPRINT DD. */
  slsprint?: boolean;
  /** Path of the CDS given as SLSCNTL (none when absent). */
  slscntl?: string;
  extraDds?: AllocatedDd[];
  system?: Partial<FakeSystemOptions>;
}

export interface FakeSystemOptions {
  root: string;
  hscActive: boolean;
  /** DSN HSC has open. */
  activeCds: string | undefined;
  /** Cataloged data sets: DSN → file path. */
  datasets: Record<string, string>;
  /** The simulated hardware (default: an empty one in a temporary directory). */
  hardware: () => Hardware;
}

export function fakeSystem(o: Partial<FakeSystemOptions> = {}): SystemServices {
  const datasets = o.datasets ?? {};
  return {
    root: o.root ?? tmpdir(),
    datasetPath: (dsn) => datasets[dsn],
    readDataset: (dsn) => readCatalogedRecords((name) => datasets[name], dsn),
    activeCds: () => o.activeCds,
    hscActive: () => o.hscActive ?? true,
    createDataset: () => {
      throw new Error('the test system catalogs no new data sets');
    },
    hardware: o.hardware ?? testHardware(() => (o.activeCds === undefined ? undefined : datasets[o.activeCds])),
    tms: () => undefined,
  };
}

export interface HarnessResult {
  rc: number;
  /** SLSPRINT records. */
  lines: string[];
  sysmsg: string[];
  /** The listing as one text, for `includes` checks. */
  text: string;
}

export function runSlsin(opts: HarnessOptions): HarnessResult {
  const dds = new Map<string, AllocatedDd>();
  if (opts.slsin !== undefined) dds.set('SLSIN', instreamDd('SLSIN', opts.slsin));
  const print = sysoutDd('SLSPRINT');
  if (opts.slsprint !== false) dds.set('SLSPRINT', print);
  if (opts.slscntl !== undefined) dds.set('SLSCNTL', fileDd('SLSCNTL', 'TEST.CDS', opts.slscntl));
  for (const dd of opts.extraDds ?? []) dds.set(dd.ddname, dd);
  const sysmsg: string[] = [];
  const ctx: StepContext = {
    jobName: 'TESTJOB',
    jobId: 'JOB00001',
    stepName: 'STEP1',
    parm: opts.parm ?? 'MIXED',
    dd: (n) => dds.get(n),
    ddnames: () => [...dds.keys()],
    system: fakeSystem(opts.system),
    io: memoryIo(fixedClock(TEST_NOW)),
    sysmsg: (l) => sysmsg.push(l),
  };
  const rc = runSluadmin(ctx, opts.registry ?? []);
  return { rc, lines: print.records, sysmsg, text: print.records.join('\n') };
}

/** A fresh formatted CDS in a temporary directory; removed by the returned cleanup. */
export function tempCds(prepare?: (cds: Cds) => void): { path: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-sluadmin-'));
  const path = join(dir, 'CDS.DBASEPRM');
  const cds = Cds.open(path, { create: true });
  try {
    prepare?.(cds);
  } finally {
    cds.close();
  }
  return { path, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every table of a CDS file with its rows in a stable order, plus the schema version. */
export function dumpTables(path: string): Record<string, unknown> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const out: Record<string, unknown> = { user_version: db.pragma('user_version', { simple: true }) };
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    for (const { name } of tables) {
      const rows = db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).all();
      out[name] = rows.map((r) => JSON.stringify(r)).sort();
    }
    return out;
  } finally {
    db.close();
  }
}

/** The condition codes the listing reports, in order. */
export function conditionCodes(lines: readonly string[]): number[] {
  return lines.flatMap((l) => {
    const m = /^SLS0155I Condition code for utility function is (\d+)$/i.exec(l);
    return m ? [Number(m[1])] : [];
  });
}

/** Message ids printed (first word of lines that look like messages). */
export function messageIds(lines: readonly string[]): string[] {
  return lines.flatMap((l) => {
    const m = /^\s*((?:SLS|SIM)\d{4}[IWEAD])\b/.exec(l);
    return m ? [m[1]!] : [];
  });
}

/**
 * One lab check against the lab's systems: the value its query or test gives, compared with
 * what the goal expects. SQL comes from the lab's definition (repository data, not user input)
 * and runs on read-only connections; a statement that would write is refused as a bad lab.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { Cds } from '../../cds/Cds.js';
import { ElsimError } from '../../core/errors.js';
import { openSqlite } from '../../core/openDatabase.js';
import { sim } from '../../core/simMessages.js';
import { System } from '../../jes/System.js';
import { SYSTEM_DB } from '../../jes/systemDb.js';
import type { Expect, LabCheck } from './labDefinition.js';

export type CheckValue = number | string | null;

export interface CheckOutcome {
  met: boolean;
  value: CheckValue;
  /** Filled in `unmet` text when not met. */
  why: string | undefined;
}

function query(db: Database.Database, sql: string, lab: string): CheckValue {
  let stmt: Database.Statement;
  try {
    stmt = db.prepare(sql);
  } catch (e) {
    throw new ElsimError(sim.text('SIM1611E', lab, `check SQL: ${(e as Error).message}: ${sql}`), 'SIM1611E');
  }
  if (!stmt.reader) throw new ElsimError(sim.text('SIM1611E', lab, `check SQL does not read: ${sql}`), 'SIM1611E');
  const row = stmt.raw().get() as unknown[] | undefined;
  const v = row?.[0];
  return v === undefined || v === null ? null : typeof v === 'number' || typeof v === 'string' ? v : typeof v === 'bigint' ? Number(v) : String(v);
}

export function compare(value: CheckValue, expect: Expect): boolean {
  if (typeof expect === 'number') return value !== null && Number(value) === expect;
  if (typeof expect === 'string') return value !== null && String(value) === expect;
  if (value === null) return false;
  const n = Number(value);
  if (expect.min !== undefined && !(n >= expect.min)) return false;
  if (expect.max !== undefined && !(n <= expect.max)) return false;
  if (expect.not !== undefined && (typeof expect.not === 'number' ? n === expect.not : String(value) === expect.not)) return false;
  return true;
}

function valueOf(c: LabCheck, dir: string, lab: string): CheckValue {
  if (c.exists !== undefined) return System.exists(dir) ? 1 : 0;
  if (c.systemDb !== undefined) {
    const db = openSqlite(join(dir, SYSTEM_DB), { readonly: true });
    try {
      return query(db, c.systemDb, lab);
    } finally {
      db.close();
    }
  }
  const system = System.open(dir);
  try {
    if (c.cds !== undefined) {
      const dsn = c.dsn ?? system.activeCds() ?? system.configuredCds();
      const path = dsn === undefined ? undefined : system.datasetPath(dsn);
      if (path === undefined) return null;
      const cds = Cds.open(path, { readonly: true });
      try {
        return query(cds.db, c.cds, lab);
      } finally {
        cds.close();
      }
    }
    if (c.hardware !== undefined) return query(system.hardware().db, c.hardware, lab);
    if (c.dataset !== undefined) {
      const e = system.catalog.resolve(c.dataset.toUpperCase());
      if (!e) return 0;
      if (c.contains === undefined) return 1;
      const records = system.catalog.readRecords(e.dsn);
      return records?.some((r) => r.includes(c.contains!)) ? 1 : 0;
    }
    if (c.spool !== undefined) {
      const want = c.spool;
      const jobs = system.jobs().filter((j) => j.spool && (want.jobname === undefined || j.jobname === want.jobname.toUpperCase()));
      // `*.SLSPRINT`: the SLSPRINT of any step.
      const dd = want.dd.toUpperCase();
      const matches = (file: string): boolean => (dd.startsWith('*.') ? file.endsWith(`${dd.slice(1)}.txt`) : file === `${dd}.txt`);
      return jobs.filter((j) => {
        const dir = join(system.root, j.spool!);
        return existsSync(dir) && readdirSync(dir).some((f) => matches(f) && readFileSync(join(dir, f), 'utf8').includes(want.contains));
      }).length;
    }
    throw new ElsimError(sim.text('SIM1611E', lab, 'a check names no test'), 'SIM1611E');
  } finally {
    system.close();
  }
}

export function evaluateCheck(c: LabCheck, dir: string, lab: string): CheckOutcome {
  if (c.exists === undefined && !System.exists(dir)) {
    return { met: false, value: null, why: `There is no system ${c.system} in the lab directory yet.` };
  }
  const value = valueOf(c, dir, lab);
  const met = compare(value, c.expect);
  return { met, value, why: met ? undefined : c.unmet.replaceAll('{value}', value === null ? 'nothing' : String(value)) };
}

/**
 * The simulated hardware of a system (hardware.db, src/sim/hardwareDb.ts) one row per line, for
 * golden files, keyed like cdsLines: `hw_mvc {"volser":"AD1000",…}`, `hw_vtss_vtv {"vtss":"VTSS0",…}`,
 * `hw_work {"work_id":3,…,"status":"DONE",…}`, and last `clock "2026-11-21T08:05:00.000Z"` (the
 * system's pinned clock, null when it follows the real clock). Tables come in name order, rows in
 * primary-key order, so what a job did to the machine — buffers emptied, copies written, work
 * completed, the clock moved — reads as a short diff. Every table of the database is dumped, so
 * a table a later hardware migration adds is covered without changing this file.
 */
import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openSqlite } from '../core/openDatabase.js';
import { HARDWARE_DB, openHardwareDb } from './hardwareDb.js';

const quoteId = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export function hardwareLines(db: Database.Database, clock: string | undefined): string[] {
  const lines: string[] = [];
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    const cols = db.pragma(`table_info(${quoteId(table)})`) as { name: string; pk: number }[];
    const pk = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    const order = (pk.length > 0 ? pk : cols).map((c) => quoteId(c.name)).join(', ');
    const rows = db.prepare(`SELECT * FROM ${quoteId(table)} ORDER BY ${order}`).all();
    if (rows.length === 0) lines.push(`${table} []`);
    for (const row of rows) lines.push(`${table} ${JSON.stringify(row)}`);
  }
  lines.push(`clock ${JSON.stringify(clock ?? null)}`);
  return lines;
}

/**
 * The hardware lines of system directory `root` (read only). A system without hardware.db has the
 * empty hardware: the tables of the current schema with no rows, as the first use would create them.
 */
export function systemHardwareLines(root: string, clock: string | undefined): string[] {
  const path = join(root, HARDWARE_DB);
  const db = existsSync(path) ? openSqlite(path, { readonly: true }) : openHardwareDb(':memory:', { create: true });
  try {
    return hardwareLines(db, clock);
  } finally {
    db.close();
  }
}

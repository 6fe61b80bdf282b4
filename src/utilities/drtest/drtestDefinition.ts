/**
 * The DR test definition coded on a DRTEST PRIMEPRD or CREATE statement (DRACS, DRVTSS, SPARE or
 * SHARE, HOST, STORMNGR), checked against the CDS and against the chapter 7 rules, and compared
 * with the definition PRIMEPRD stored.
 */
import type Database from 'better-sqlite3';
import type { DrtestState, DrtestVtssMode } from '../../cds/drtestState.js';
import type { ValidatedStatement } from '../../sluadmin/types.js';
import { flag, names, text } from '../paramValues.js';

export interface DrtestDefinition {
  dracs: string | null;
  vtss: string[];
  mode: DrtestVtssMode | null;
  hosts: string[];
  stormngrs: string[];
}

/** One problem with a definition: a SIM message id and its inserts. */
export type Problem = [id: 'SIM0753E' | 'SIM0754E' | 'SIM0755E', ...inserts: string[]];

const uniqueSorted = (xs: string[]): string[] => [...new Set(xs)].sort();

export function codedDefinition(stmt: ValidatedStatement): DrtestDefinition {
  const v = stmt.values;
  return {
    dracs: text(v, 'DRACS') ?? null,
    vtss: uniqueSorted(names(v, 'DRVTSS')),
    mode: flag(v, 'SPARE') ? 'SPARE' : flag(v, 'SHARE') ? 'SHARE' : null,
    hosts: uniqueSorted(names(v, 'HOST')),
    stormngrs: uniqueSorted(names(v, 'STORMNGR')),
  };
}

export function storedDefinition(s: DrtestState): DrtestDefinition {
  return {
    dracs: s.dracs,
    vtss: s.resources.vtss,
    mode: s.vtssMode,
    hosts: s.resources.hosts,
    stormngrs: s.resources.stormngrs,
  };
}

export function isEmpty(d: DrtestDefinition): boolean {
  return d.dracs === null && d.vtss.length === 0 && d.stormngrs.length === 0 && d.hosts.length === 0 && d.mode === null;
}

/** The rules a definition must satisfy, and the names it uses must exist in the CDS. */
export function checkDefinition(db: Database.Database, d: DrtestDefinition): Problem[] {
  const problems: Problem[] = [];
  if (d.dracs === null && d.vtss.length === 0 && d.stormngrs.length === 0) {
    problems.push(['SIM0754E', 'A DR TEST DEFINITION', 'AT LEAST ONE OF DRACS, DRVTSS AND STORMNGR']);
  }
  if (d.mode !== null && d.vtss.length === 0) problems.push(['SIM0754E', d.mode, 'DRVTSS']);
  if (d.mode === 'SHARE') {
    if (d.dracs !== null) problems.push(['SIM0753E', 'DRACS']);
    if (d.stormngrs.length > 0) problems.push(['SIM0753E', 'STORMNGR']);
    const pools = db.prepare("SELECT count(*) FROM pool WHERE drtest = 1 AND type = 'SCRATCH'").pluck().get() as number;
    if (pools === 0) problems.push(['SIM0754E', 'A SHARED DR VTSS', 'DRTEST SCRATCH SUBPOOLS DEFINED BY SET VOLPARM (POOLPARM ... DRTEST)']);
  }
  const exists = (table: string, column: string, value: string): boolean =>
    db.prepare(`SELECT 1 FROM ${table} WHERE ${column} = ?`).get(value) !== undefined;
  if (d.dracs !== null && !exists('acs', 'acs_id', d.dracs)) problems.push(['SIM0755E', 'DRACS', d.dracs, 'ACS']);
  for (const v of d.vtss) if (!exists('cfg_vtss', 'name', v)) problems.push(['SIM0755E', 'DRVTSS', v, 'VTSS']);
  for (const s of d.stormngrs) if (!exists('cfg_stormngr', 'name', s)) problems.push(['SIM0755E', 'STORMNGR', s, 'STORAGE MANAGER']);
  for (const h of d.hosts) if (!exists('host', 'host_id', h)) problems.push(['SIM0755E', 'HOST', h, 'HOST']);
  return problems;
}

/** How a coded definition differs from the stored one: `[what, stored, coded]` per difference. */
export function differences(stored: DrtestDefinition, coded: DrtestDefinition): [string, string, string][] {
  const out: [string, string, string][] = [];
  const show = (xs: string[] | string | null): string => (Array.isArray(xs) ? xs.join(',') : (xs ?? '')) || 'NONE';
  const cmp = (what: string, a: string[] | string | null, b: string[] | string | null): void => {
    if (show(a) !== show(b)) out.push([what, show(a), show(b)]);
  };
  cmp('DRACS', stored.dracs, coded.dracs);
  cmp('DRVTSS', stored.vtss, coded.vtss);
  cmp('SPARE/SHARE', stored.mode, coded.mode);
  cmp('HOST', stored.hosts, coded.hosts);
  cmp('STORMNGR', stored.stormngrs, coded.stormngrs);
  return out;
}

/** Writes a definition into the drtest tables of a CDS (the row must exist or is created). */
export function storeDefinition(db: Database.Database, d: DrtestDefinition): void {
  db.prepare("INSERT INTO drtest (id, state) VALUES (1, 'NONE') ON CONFLICT(id) DO NOTHING").run();
  db.prepare('UPDATE drtest SET dracs = ?, vtss_mode = ? WHERE id = 1').run(d.dracs, d.mode);
  db.prepare('DELETE FROM drtest_resource').run();
  const ins = db.prepare('INSERT INTO drtest_resource (kind, name) VALUES (?, ?)');
  if (d.dracs !== null) ins.run('ACS', d.dracs);
  for (const v of d.vtss) ins.run('VTSS', v);
  for (const h of d.hosts) ins.run('HOST', h);
  for (const s of d.stormngrs) ins.run('STORMNGR', s);
}

/** The definition as report lines. */
export function definitionLines(d: DrtestDefinition): string[] {
  const list = (xs: string[]): string => (xs.length > 0 ? xs.join(', ') : 'NONE');
  return [
    `  DR ACS ............ ${d.dracs ?? 'NONE'}`,
    `  DR VTSS ........... ${list(d.vtss)}${d.mode ? ` (${d.mode})` : ''}`,
    `  DR HOSTS .......... ${list(d.hosts)}`,
    `  DR STORAGE MNGRS .. ${list(d.stormngrs)}`,
  ];
}

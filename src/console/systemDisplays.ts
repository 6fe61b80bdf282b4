/**
 * Displays of the CDS HSC has open and of the DR test it records:
 *   Display CDS      the active CDS (its data set name and the names of its copies), TapePlex,
 *                    CDS level, role (production or DR test CDS), schema version, VTVs and MVCs,
 *                    and its size in blocks (SQLite pages) with the free ones
 *   Display DRtest   the DR test state (NONE, PRIMED, CREATED, ACTIVE, STOPPED), the DR ACS, DR
 *                    VTSSs with SPARE/SHARE, hosts and storage managers, and the dates of each step
 * elsim keeps one physical CDS for primary, secondary and standby (catalog aliases), so every
 * copy shows the same status.
 */
import { readDrtestState } from '../cds/drtestState.js';
import { sim } from '../core/simMessages.js';
import type { ConsoleContext, ConsoleResponse } from './types.js';

export function displayCds(ctx: ConsoleContext): ConsoleResponse {
  const db = ctx.cds.db;
  const id = db.prepare('SELECT tapeplex, cds_level, role FROM cds_identity WHERE id = 1').get() as { tapeplex: string | null; cds_level: string | null; role: string } | undefined;
  const count = (sql: string): number => db.prepare(sql).pluck().get() as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  const free = db.pragma('freelist_count', { simple: true }) as number;
  const data = {
    dsn: ctx.cdsDsn,
    copies: ctx.cdsAliases,
    status: ctx.hscActive ? 'ACTIVE' : 'INACTIVE',
    tapeplex: id?.tapeplex ?? null,
    cdsLevel: id?.cds_level ?? null,
    role: id?.role ?? 'PRODUCTION',
    version: ctx.cds.version(),
    vtvs: count('SELECT count(*) FROM vtv'),
    mvcs: count('SELECT count(*) FROM mvc'),
    blocks: pages,
    freeBlocks: free,
  };
  const lines = [
    sim.line('SIM1222I', data.dsn, data.status),
    `  TAPEPLEX ${data.tapeplex ?? '(NONE)'}  CDSLEVEL ${data.cdsLevel ?? '(NONE)'}  ROLE ${data.role}  VERSION ${data.version}`,
    `  COPIES   ${data.copies.length > 0 ? data.copies.join(' ') : '(NONE)'}`,
    `  VTVS ${data.vtvs}  MVCS ${data.mvcs}  BLOCKS ${data.blocks}  FREE BLOCKS ${data.freeBlocks}`,
  ];
  return { rc: 0, lines, data: { cds: data } };
}

export function displayDrtest(ctx: ConsoleContext): ConsoleResponse {
  const d = readDrtestState(ctx.cds.db);
  const data = {
    state: d.state,
    testCds: d.testCds,
    active: d.testActive(),
    dracs: d.resources.acs,
    drvtss: d.resources.vtss,
    vtssMode: d.vtssMode,
    hosts: d.resources.hosts,
    stormngrs: d.resources.stormngrs,
    noupdprd: d.noupdprd,
    primed: d.primed,
    created: d.created,
    started: d.started,
    stopped: d.stopped,
  };
  const list = (xs: string[]): string => (xs.length > 0 ? xs.join(',') : '(NONE)');
  const lines = [
    sim.line('SIM1223I', d.state, d.testCds ? 'DR TEST CDS' : 'PRODUCTION CDS'),
    `  DRACS ${list(d.resources.acs)}  DRVTSS ${list(d.resources.vtss)}${d.vtssMode ? ` ${d.vtssMode}` : ''}  HOST ${list(d.resources.hosts)}  STORMNGR ${list(d.resources.stormngrs)}`,
    `  PRIMEPRD ${d.primed ?? '-'}  CREATE ${d.created ?? '-'}  START ${d.started ?? '-'}  STOP ${d.stopped ?? '-'}${d.noupdprd ? '  NOUPDPRD' : ''}`,
    d.testActive() ? sim.line('SIM1224I') : sim.line('SIM1225I'),
  ];
  return { rc: 0, lines, data: { drtest: data } };
}

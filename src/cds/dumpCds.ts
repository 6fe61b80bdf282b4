/**
 * The whole CDS as one JSON-ready object, for `elsim cds dump --json` and the golden runner.
 * Key order and row order are fixed, so two dumps of equal CDSs are equal text:
 *  - top level exactly `vtvs`, `mvcs`, `vaults`, `pools`, `classes`, `config`, `drtest`, `checkpoints`;
 *  - volumes in volser order, each VTV with its copies (current copies by copy index, then
 *    superseded ones by MVC and block id) and its copies in other TapePlexes;
 *  - definitions in the order they were coded (`seq`), then by name;
 *  - flags as booleans, times as the ISO text stored, absent values as null.
 */
import type Database from 'better-sqlite3';
import type { Cds } from './Cds.js';
import { rangeText, type SqlCondition } from './volserRange.js';

type Row = Record<string, unknown>;

export interface CdsDump {
  vtvs: object[];
  mvcs: object[];
  vaults: object;
  pools: object;
  classes: object;
  config: object;
  drtest: object;
  checkpoints: object[];
}

export function dumpCds(cds: Cds): CdsDump {
  return dumpCdsPart(cds, {}) as CdsDump;
}

export type DumpSection = keyof CdsDump;
export const DUMP_SECTIONS: readonly DumpSection[] = ['vtvs', 'mvcs', 'vaults', 'pools', 'classes', 'config', 'drtest', 'checkpoints'];

/** Which part of the CDS to dump (`elsim cds dump --table --volser --where`). */
export interface DumpSelection {
  /** The top-level sections, in the dump's order whatever the order given (default: all). */
  sections?: readonly DumpSection[];
  /** Only the VTVs this condition on the columns of the vtv table selects. */
  vtvs?: SqlCondition;
  /** Only the MVCs this condition on the columns of the mvc table selects. */
  mvcs?: SqlCondition;
}

/** The sections asked for, the VTVs and MVCs filtered in SQL (indexed volser ranges stay fast at a million VTVs). */
export function dumpCdsPart(cds: Cds, sel: DumpSelection): Partial<CdsDump> {
  const rows: Rows = (sql, params = []) => cds.db.prepare(sql).all(...params) as Row[];
  const want = (s: DumpSection): boolean => sel.sections === undefined || sel.sections.includes(s);
  const out: Partial<CdsDump> = {};
  if (want('vtvs')) out.vtvs = vtvsOf(cds.db, rows, sel.vtvs);
  if (want('mvcs')) out.mvcs = mvcsOf(rows, sel.mvcs);
  if (want('vaults')) out.vaults = vaultsOf(rows);
  if (want('pools')) out.pools = poolsOf(rows);
  if (want('classes')) out.classes = classesOf(rows);
  if (want('config')) out.config = configOf(rows);
  if (want('drtest')) out.drtest = drtestOf(rows);
  if (want('checkpoints')) out.checkpoints = checkpointsOf(rows);
  return out;
}

/** Every row a query returns. */
type Rows = (sql: string, params?: unknown[]) => Row[];

/** The status flags of a VTV and of an MVC: the dump's name → the column. */
const VTV_FLAGS: readonly (readonly [string, string])[] = [
  ['scratch', 'scratch'],
  ['initialized', 'initialized'],
  ['resident', 'resident'],
  ['replicated', 'replicated'],
  ['fenced', 'fenced'],
  ['readOnly', 'read_only'],
  ['mounted', 'mounted'],
  ['drtest', 'drtest'],
];
const MVC_FLAGS: readonly (readonly [string, string])[] = [
  ['initialized', 'initialized'],
  ['readOnly', 'read_only'],
  ['exported', 'exported'],
  ['lost', 'lost'],
  ['error', 'error'],
  ['broken', 'broken'],
  ['retired', 'retired'],
  ['warranty', 'warranty'],
  ['invalidMir', 'invalid_mir'],
  ['ejected', 'ejected'],
  ['drtest', 'drtest'],
];

/** The CONFIG GLOBAL and RECLAIM parameters, dumped under their column names. */
const GLOBAL_COLUMNS = [
  'maxvtv', 'mvcfree', 'vtvattr', 'recalwer', 'lockstr', 'replicat', 'vtvpage', 'nlibdrnr', 'nlibmigr', 'nlibrecl', 'mvcmntto', 'initmvc',
  'synchrep', 'maxrtds', 'fastmigr', 'logpol', 'maxvtvsz', 'locktout', 'fastrecl', 'vtdgt256', 'vtvchain', 'pinning', 'protect',
];
const RECLAIM_COLUMNS = ['threshld', 'maxmvc', 'start', 'conmvc', 'inpthrsh'];

const b = (v: unknown): boolean => v === 1;
const list = (v: unknown): string[] => (typeof v === 'string' && v !== '' ? v.split(',') : []);
const range = (r: Row): string =>
  rangeText({ prefix: r.prefix as string, lo: r.lo as number, hi: r.hi as number, width: r.width as number, suffix: r.suffix as string });
const flags = (r: Row, table: readonly (readonly [string, string])[]): Record<string, boolean> =>
  Object.fromEntries(table.map(([name, column]) => [name, b(r[column])]));
const pick = (r: Row, columns: readonly string[]): Row => Object.fromEntries(columns.map((c) => [c, r[c]]));

function groupBy(rows: Row[], key: string): Map<unknown, Row[]> {
  const m = new Map<unknown, Row[]>();
  for (const r of rows) {
    const k = r[key];
    const g = m.get(k);
    if (g) g.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** VTVs with their copies (one ordered pass over a join), then their copies in other TapePlexes. */
function vtvsOf(db: Database.Database, rows: Rows, where?: SqlCondition): object[] {
  const vtvs: object[] = [];
  let current: { volser: string; copies: object[]; plexCopies: object[] } | undefined;
  const copyRows = db
    .prepare(
      `SELECT v.*, c.copy_index, c.mvc, c.block_id, c.stor_class AS c_stor, c.current AS c_current, c.migrated AS c_migrated
         FROM vtv v LEFT JOIN vtv_copy c ON c.vtv = v.volser
        ${where ? `WHERE v.volser IN (SELECT volser FROM vtv WHERE ${where.sql})` : ''}
        ORDER BY v.volser, c.current DESC, c.copy_index, c.mvc, c.block_id`,
    )
    .iterate(...(where?.params ?? [])) as IterableIterator<Row>;
  for (const r of copyRows) {
    if (!current || current.volser !== r.volser) {
      current = { volser: r.volser as string, copies: [], plexCopies: [] };
      vtvs.push({
        volser: r.volser,
        mgmtClass: r.mgmt_class,
        sizeMb: r.size_mb,
        compPct: r.comp_pct,
        maxSizeMb: r.max_size_mb,
        pageSize: r.page_size,
        status: flags(r, VTV_FLAGS),
        residentVtss: r.resident_vtss,
        replicaVtss: r.replica_vtss,
        ownerPlex: r.owner_plex,
        created: r.created,
        lastUsed: r.last_used,
        updated: r.updated,
        imported: r.imported,
        copies: current.copies,
        plexCopies: current.plexCopies,
      });
    }
    if (r.mvc !== null) {
      current.copies.push({
        index: r.copy_index,
        mvc: r.mvc,
        blockId: r.block_id,
        storClass: r.c_stor,
        current: b(r.c_current),
        migrated: r.c_migrated,
      });
    }
  }
  const plex = groupBy(
    where
      ? rows(`SELECT * FROM vtv_plex_copy WHERE vtv IN (SELECT volser FROM vtv WHERE ${where.sql}) ORDER BY vtv, tapeplex`, where.params)
      : rows('SELECT * FROM vtv_plex_copy ORDER BY vtv, tapeplex'),
    'vtv',
  );
  if (plex.size > 0) {
    for (const v of vtvs as { volser: string; plexCopies: object[] }[]) {
      for (const p of plex.get(v.volser) ?? []) v.plexCopies.push({ tapeplex: p.tapeplex, status: p.status, updated: p.updated });
    }
  }
  return vtvs;
}

function mvcsOf(rows: Rows, where?: SqlCondition): object[] {
  return rows(
    `SELECT m.*, (SELECT count(*) FROM vtv_copy c WHERE c.mvc = m.volser AND c.current = 1) AS vtv_count,
            (SELECT vault FROM vault_volume w WHERE w.volser = m.volser) AS vault
       FROM mvc m ${where ? `WHERE m.volser IN (SELECT volser FROM mvc WHERE ${where.sql})` : ''} ORDER BY m.volser`,
    where?.params ?? [],
  ).map((r) => ({
    volser: r.volser,
    pool: r.pool,
    media: r.media,
    rectech: r.rectech,
    acs: r.acs,
    stormngr: r.stormngr,
    storClass: r.stor_class,
    location: r.location,
    vault: r.vault,
    capacityMb: r.capacity_mb,
    usedMb: r.used_mb,
    fragMb: r.frag_mb,
    vtvCount: r.vtv_count,
    status: flags(r, MVC_FLAGS),
    timesMounted: r.times_mounted,
    lastMounted: r.last_mounted,
    lastMigrated: r.last_migrated,
    lastReclaimed: r.last_reclaimed,
    created: r.created,
    updated: r.updated,
  }));
}

function vaultsOf(rows: Rows): object {
  const area = rows('SELECT * FROM vaultvol_area')[0];
  const vaultVols = groupBy(rows('SELECT * FROM vault_volume ORDER BY vault, slot, volser'), 'vault');
  return {
    vaultvol: area ? { capacity: area.capacity, formatted: area.formatted } : null,
    vaults: rows('SELECT * FROM vault ORDER BY seq, name').map((v) => ({
      name: v.name,
      description: v.description,
      slots: v.slots,
      volumes: (vaultVols.get(v.name) ?? []).map((w) => ({ volser: w.volser, slot: w.slot, assigned: w.assigned, returnDate: w.return_date, metadata: w.metadata ?? null })),
    })),
  };
}

function poolsOf(rows: Rows): object {
  const volparms = rows('SELECT * FROM volparm ORDER BY seq, range_id');
  const rangeObj = (r: Row): object => ({ range: range(r), media: r.media, rectech: r.rectech });
  const byPool = groupBy(volparms.filter((r) => r.pool_id !== null), 'pool_id');
  return {
    pools: rows('SELECT * FROM pool ORDER BY seq, name, drtest').map((p) => ({
      name: p.name,
      type: p.type,
      drtest: b(p.drtest),
      ownrplex: p.ownrplex,
      hostid: list(p.hostid),
      label: p.label,
      mvcfree: p.mvcfree,
      maxmvc: p.maxmvc,
      thresh: p.thresh,
      start: p.start,
      initmvc: p.initmvc,
      maxclean: p.maxclean,
      volparms: (byPool.get(p.pool_id) ?? []).map(rangeObj),
    })),
    unpooled: volparms.filter((r) => r.pool_id === null).map(rangeObj),
  };
}

function classesOf(rows: Rows): object {
  const policies = groupBy(rows('SELECT * FROM mgmt_policy ORDER BY mgmt, kind, pos'), 'mgmt');
  const policy = (name: unknown, kind: string): string[] =>
    (policies.get(name) ?? []).filter((p) => p.kind === kind).map((p) => p.stor as string);
  const lists = groupBy(rows('SELECT * FROM vtss_list ORDER BY seq, name, pos'), 'name');
  return {
    storage: rows('SELECT * FROM stor_class ORDER BY seq, name').map((s) => ({
      name: s.name,
      acs: s.acs,
      media: list(s.media),
      mvcpool: s.mvcpool,
      tapeplex: s.tapeplex,
      stormngr: s.stormngr,
      migrate: s.migrate,
      dedup: s.dedup,
    })),
    management: rows('SELECT * FROM mgmt_class ORDER BY seq, name').map((m) => ({
      name: m.name,
      acslist: list(m.acslist),
      archage: m.archage,
      archpol: policy(m.name, 'ARCHPOL'),
      consrc: m.consrc,
      contgt: m.contgt,
      delscr: m.delscr,
      discard: m.discard,
      duplex: m.duplex,
      eexpol: policy(m.name, 'EEXPOL'),
      immdelay: m.immdelay,
      immedmig: m.immedmig,
      maxvtvsz: m.maxvtvsz,
      migpol: policy(m.name, 'MIGPOL'),
      nomigrat: b(m.nomigrat),
      replicat: m.replicat,
      restime: m.restime,
      vtvpage: m.vtvpage,
      write: m.write,
      edlteexp: b(m.edlteexp),
      pinpol: m.pinpol,
      repdelay: m.repdelay,
    })),
    vtssLists: [...lists.entries()].map(([name, members]) => ({ name, vtss: members.map((r) => r.vtss) })),
    vtssSelections: rows('SELECT * FROM vtss_sel ORDER BY seq, sel_id').map((s) => ({
      function: s.function,
      host: s.host,
      mgmt: s.mgmt,
      vtsslst: s.vtsslst,
    })),
  };
}

function configOf(rows: Rows): object {
  const identity = rows('SELECT * FROM cds_identity')[0];
  const lsms = groupBy(rows('SELECT * FROM lsm ORDER BY lsm_id'), 'acs_id');
  const g = rows('SELECT * FROM cfg_global')[0];
  const rc = rows('SELECT * FROM cfg_reclaim')[0];
  const clusterVtss = groupBy(rows('SELECT * FROM cfg_cluster_vtss ORDER BY cluster, pos'), 'cluster');
  return {
    identity: identity
      ? {
          tapeplex: identity.tapeplex,
          cdsLevel: identity.cds_level,
          role: identity.role,
          created: identity.created,
          configured: identity.configured,
          description: identity.description,
        }
      : null,
    features: Object.fromEntries(rows('SELECT * FROM cds_feature ORDER BY name').map((f) => [f.name as string, f.value])),
    acs: rows('SELECT * FROM acs ORDER BY acs_id').map((a) => ({
      id: a.acs_id,
      name: a.name,
      lsms: (lsms.get(a.acs_id) ?? []).map((l) => l.lsm_id),
    })),
    hosts: rows('SELECT host_id FROM host ORDER BY seq, host_id').map((h) => h.host_id),
    global: g ? pick(g, GLOBAL_COLUMNS) : null,
    reclaim: rc ? pick(rc, RECLAIM_COLUMNS) : null,
    tapeplexes: rows('SELECT * FROM cfg_tapeplex ORDER BY seq, relation, name').map((t) => ({ name: t.name, relation: t.relation })),
    stormngrs: rows('SELECT * FROM cfg_stormngr ORDER BY seq, name').map((s) => ({ name: s.name, onTapeplex: b(s.on_tapeplex) })),
    vtss: vtssConfigOf(rows),
    clusters: rows('SELECT * FROM cfg_cluster ORDER BY seq, name').map((c) => ({
      name: c.name,
      vtss: (clusterVtss.get(c.name) ?? []).map((x) => x.vtss),
    })),
    vtcsHosts: rows('SELECT * FROM cfg_host ORDER BY seq, name').map((h) => ({ name: h.name, nomigrat: b(h.nomigrat), noreclam: b(h.noreclam) })),
    volumeRanges: rows('SELECT * FROM cfg_volrange ORDER BY seq, range_id').map((r) => ({
      kind: r.kind,
      range: range(r),
      scratch: b(r.scratch),
    })),
  };
}

/** Each VTSS of the configuration with its RTDs, RTD paths, VTDs and CLINKs. */
function vtssConfigOf(rows: Rows): object[] {
  const rtds = groupBy(rows('SELECT * FROM cfg_rtd ORDER BY seq, name'), 'vtss');
  const paths = groupBy(rows('SELECT * FROM cfg_rtdpath ORDER BY seq, name'), 'vtss');
  const vtds = groupBy(rows('SELECT * FROM cfg_vtd ORDER BY seq, vtd_id'), 'vtss');
  const clinks = groupBy(rows('SELECT * FROM cfg_clink ORDER BY seq, clink_id'), 'vtss');
  return rows('SELECT * FROM cfg_vtss ORDER BY seq, name').map((v) => ({
    name: v.name,
    low: v.low,
    high: v.high,
    maxmig: v.maxmig,
    minmig: v.minmig,
    retain: v.retain,
    defltacs: v.defltacs,
    rtds: (rtds.get(v.name) ?? []).map((r) => ({ name: r.name, devno: r.devno, chanif: r.chanif, ipif: r.ipif, stormngr: r.stormngr })),
    rtdpaths: (paths.get(v.name) ?? []).map((r) => ({
      name: r.name,
      stormngr: r.stormngr,
      devno: r.devno,
      chanif: r.chanif,
      ipif: r.ipif,
    })),
    vtds: (vtds.get(v.name) ?? []).map((d) => ({ low: d.low, high: d.high, noverify: b(d.noverify) })),
    clinks: (clinks.get(v.name) ?? []).map((c) => ({ chanif: c.chanif, ipif: c.ipif, partner: c.partner, remplex: c.remplex })),
  }));
}

/** The DR test state (`NONE` when there never was one) and the resources it holds. */
function drtestOf(rows: Rows): object {
  const d = rows('SELECT * FROM drtest')[0];
  const res = groupBy(rows('SELECT * FROM drtest_resource ORDER BY kind, name'), 'kind');
  const names = (kind: string): unknown[] => (res.get(kind) ?? []).map((r) => r.name);
  return {
    state: d ? d.state : 'NONE',
    dracs: d ? d.dracs : null,
    vtssMode: d ? d.vtss_mode : null,
    noupdprd: d ? b(d.noupdprd) : false,
    testCds: d ? b(d.test_cds) : false,
    primed: d ? d.primed : null,
    created: d ? d.created : null,
    started: d ? d.started : null,
    stopped: d ? d.stopped : null,
    resources: { acs: names('ACS'), vtss: names('VTSS'), hosts: names('HOST'), stormngrs: names('STORMNGR') },
  };
}

function checkpointsOf(rows: Rows): object[] {
  return rows('SELECT * FROM checkpoint ORDER BY taken, checkpoint_id').map((c) => ({
    kind: c.kind,
    taken: c.taken,
    job: c.job,
    dsn: c.dsn,
    active: b(c.active),
  }));
}

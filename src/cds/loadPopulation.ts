/**
 * Loads a volume population into a CDS from a small declarative spec, with set-based SQL (every
 * group is one INSERT … SELECT over a recursive number series) in one transaction.
 *
 * Spec format (JSON; every volser group is a range `LOW-HIGH` or a single volser):
 *
 * {
 *   "mvcs": [                                   // MVCs, or VLE VMVCs when "stormngr" is given
 *     { "range": "M00000-M00199", "pool": "MVCP1", "media": "T10000T1", "rectech": "T1AE",
 *       "acs": "00", "capacityMb": 500000,       // optional: storClass, drtest, readOnly,
 *       "created": "2024-01-02T00:00:00Z" },     //   exported, location ("LIBRARY"|"OUTSIDE"), initialized
 *     { "range": "VLL000-VLL099", "pool": "LOCAL", "stormngr": "SITE1VLE", "capacityMb": 250000 }
 *   ],
 *   "vtvs": [
 *     { "range": "DV0000-DV0499", "mgmtClass": "PAY", "sizeMb": 800, "compPct": 50,
 *       "created": "2024-03-01T08:00:00Z",      // first VTV; later ones step by spreadSeconds
 *       "spreadSeconds": 60, "lastUsed": "…",   // optional lastUsed (default = created)
 *       "resident": "VTSS0",                    // optional: VTSS the VTV is resident in
 *       "copies": [                             // one entry per MVC copy (copy 1, 2, …; at most 4)
 *         { "pool": "MVCP1", "acs": "00", "perMvc": 10, "storClass": "LOCAL" },
 *         { "mvcs": "M10000-M10049", "perMvc": 10, "storClass": "REMOTE" }
 *       ] },                                    // a copy picks MVCs by "mvcs" range and/or
 *                                               //   "pool", "acs", "stormngr" (all must match),
 *                                               //   in volser order: VTV i goes to MVC
 *                                               //   (i / perMvc) mod (number of MVCs picked)
 *     { "range": "V00000-V04999", "scratch": true, "mgmtClass": "PAY" }
 *   ],                                          // optional per VTV group: maxSizeMb, pageSize,
 *                                               //   ownerPlex, readOnly, drtest, initialized,
 *                                               //   replicaVtss, migrated (copy time; default created)
 *   "native": [ { "range": "T11000-T11049", "acs": "00", "media": "T10000T1",   // cartridges in the
 *                 "scratch": false, "entered": "2026-01-05T00:00:00Z" } ],       //   library, not MVCs
 *   "vaults": [ { "name": "VAULT1", "description": "DR vault", "slots": 1000 } ],
 *   "vaulted": [ { "range": "M00190-M00199", "vault": "VAULT1", "firstSlot": 1,
 *                  "assigned": "2024-04-01T00:00:00Z", "returnDate": "2024-10-01T00:00:00Z" } ]
 * }
 *
 * After the inserts each MVC that received copies gets its used space (the compressed size of its
 * current copies), its last-migrated time and a mount count (one per day it was written on),
 * computed in SQL.
 */
import type { Cds } from './Cds.js';
import { ElsimError } from '../core/errors.js';
import { sim } from '../core/simMessages.js';
import { parseRangeText, rangeCondition, rangesCondition, rangeText, type CanonicalRange } from './volserRange.js';

export interface MvcGroupSpec {
  range: string;
  pool?: string;
  media?: string;
  rectech?: string;
  acs?: string;
  stormngr?: string;
  storClass?: string;
  capacityMb?: number;
  location?: 'LIBRARY' | 'OUTSIDE';
  initialized?: boolean;
  readOnly?: boolean;
  exported?: boolean;
  drtest?: boolean;
  created?: string;
}

export interface CopySpec {
  mvcs?: string;
  pool?: string;
  acs?: string;
  stormngr?: string;
  perMvc?: number;
  storClass?: string;
}

export interface VtvGroupSpec {
  range: string;
  mgmtClass?: string;
  sizeMb?: number;
  compPct?: number;
  maxSizeMb?: number;
  pageSize?: 'STANDARD' | 'LARGE';
  scratch?: boolean;
  initialized?: boolean;
  resident?: string;
  replicaVtss?: string;
  ownerPlex?: string;
  readOnly?: boolean;
  drtest?: boolean;
  created?: string;
  lastUsed?: string;
  migrated?: string;
  spreadSeconds?: number;
  copies?: CopySpec[];
}

/** Native (non-MVC) cartridges in the library. */
export interface NativeGroupSpec {
  range: string;
  acs: string;
  media?: string;
  scratch?: boolean;
  entered?: string;
}

export interface PopulationSpec {
  mvcs?: MvcGroupSpec[];
  native?: NativeGroupSpec[];
  vtvs?: VtvGroupSpec[];
  vaults?: { name: string; description?: string; slots?: number }[];
  vaulted?: { range: string; vault: string; firstSlot?: number; assigned?: string; returnDate?: string }[];
}

export interface PopulationResult {
  mvcs: number;
  vtvs: number;
  copies: number;
  native: number;
  vaulted: number;
}

const DEFAULT_TIME = '2024-01-01T00:00:00Z';
/** Numbers lo..hi as rows of `n(x)`. */
const SERIES = 'WITH RECURSIVE n(x) AS (SELECT @lo UNION ALL SELECT x + 1 FROM n WHERE x < @hi)';
/** The volser at n.x of the group's range. */
const VOLSER_AT = "@prefix || CASE WHEN @width = 0 THEN '' ELSE printf('%0*d', @width, x) END || @suffix";
const ISO = (base: string, offset: string): string => `strftime('%Y-%m-%dT%H:%M:%SZ', ${base}, '+' || (${offset}) || ' seconds')`;

/** Loads the population; throws ElsimError (and changes nothing) when the spec cannot be loaded. */
export function loadPopulation(cds: Cds, spec: PopulationSpec): PopulationResult {
  const db = cds.db;
  const result: PopulationResult = { mvcs: 0, vtvs: 0, copies: 0, native: 0, vaulted: 0 };
  cds.immediate(() => {
    for (const g of spec.mvcs ?? []) result.mvcs += insertMvcs(cds, g);
    for (const g of spec.native ?? []) result.native += insertNative(cds, g);
    for (const g of spec.vtvs ?? []) {
      const r = insertVtvs(cds, g);
      result.vtvs += r.vtvs;
      result.copies += r.copies;
    }
    const vault = db.prepare('INSERT INTO vault (name, seq, description, slots) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM vault), ?, ?)');
    for (const v of spec.vaults ?? []) vault.run(v.name.toUpperCase(), v.description ?? null, v.slots ?? 0);
    for (const v of spec.vaulted ?? []) result.vaulted += insertVaulted(cds, v);
    if (result.copies > 0) refreshMvcUsage(cds);
  });
  return result;
}

function range(text: string, what: string): CanonicalRange {
  const r = parseRangeText(text);
  if ('error' in r) throw fail(`${what} ${text}: ${r.error}`);
  return r;
}

function rangeParams(r: CanonicalRange): Record<string, string | number> {
  return { lo: r.lo, hi: r.hi, prefix: r.prefix, width: r.width, suffix: r.suffix };
}

function firstExisting(cds: Cds, table: 'vtv' | 'mvc' | 'library_volume', r: CanonicalRange): string | undefined {
  const c = rangeCondition('volser', r);
  const row = cds.db.prepare(`SELECT volser FROM ${table} WHERE ${c.sql} ORDER BY volser LIMIT 1`).get(...c.params) as { volser: string } | undefined;
  return row?.volser;
}

function insertMvcs(cds: Cds, g: MvcGroupSpec): number {
  const r = range(g.range, 'MVC range');
  const dup = firstExisting(cds, 'mvc', r);
  if (dup) throw fail(`MVC ${dup} of ${rangeText(r)} is already in the CDS`);
  const info = cds.db
    .prepare(
      `${SERIES}
       INSERT INTO mvc (volser, pool, media, rectech, acs, stormngr, stor_class, location, capacity_mb,
                        initialized, read_only, exported, drtest, created, updated)
       SELECT ${VOLSER_AT}, @pool, @media, @rectech, @acs, @stormngr, @storClass, @location, @capacity,
              @initialized, @readOnly, @exported, @drtest, @created, @created FROM n`,
    )
    .run({
      ...rangeParams(r),
      pool: g.pool?.toUpperCase() ?? null,
      media: g.media?.toUpperCase() ?? null,
      rectech: g.rectech?.toUpperCase() ?? null,
      acs: g.acs?.toUpperCase() ?? null,
      stormngr: g.stormngr?.toUpperCase() ?? null,
      storClass: g.storClass?.toUpperCase() ?? null,
      location: g.location ?? 'LIBRARY',
      capacity: g.capacityMb ?? 0,
      initialized: g.initialized === false ? 0 : 1,
      readOnly: g.readOnly ? 1 : 0,
      exported: g.exported ? 1 : 0,
      drtest: g.drtest ? 1 : 0,
      created: g.created ?? DEFAULT_TIME,
    });
  return info.changes;
}

function insertVtvs(cds: Cds, g: VtvGroupSpec): { vtvs: number; copies: number } {
  const db = cds.db;
  const r = range(g.range, 'VTV range');
  const dup = firstExisting(cds, 'vtv', r);
  if (dup) throw fail(`VTV ${dup} of ${rangeText(r)} is already in the CDS`);
  const copies = g.copies ?? [];
  if (copies.length > 4) throw fail(`VTVs ${rangeText(r)} ask for ${copies.length} copies; a VTV has at most 4`);
  const created = g.created ?? DEFAULT_TIME;
  const spread = g.spreadSeconds ?? 0;
  const base = {
    ...rangeParams(r),
    created,
    lastUsed: g.lastUsed ?? created,
    spread,
  };
  const info = db
    .prepare(
      `${SERIES}
       INSERT INTO vtv (volser, scratch, initialized, resident, read_only, drtest, mgmt_class, size_mb, comp_pct,
                        max_size_mb, page_size, owner_plex, resident_vtss, replica_vtss, created, last_used, updated)
       SELECT ${VOLSER_AT}, @scratch, @initialized, @resident, @readOnly, @drtest, @mgmt, @size, @comp,
              @maxSize, @page, @owner, @residentVtss, @replica,
              ${ISO('@created', '(x - @lo) * @spread')}, ${ISO('@lastUsed', '(x - @lo) * @spread')},
              ${ISO('@lastUsed', '(x - @lo) * @spread')}
         FROM n`,
    )
    .run({
      ...base,
      scratch: g.scratch ? 1 : 0,
      initialized: g.initialized === false ? 0 : 1,
      resident: g.resident ? 1 : 0,
      readOnly: g.readOnly ? 1 : 0,
      drtest: g.drtest ? 1 : 0,
      mgmt: g.mgmtClass?.toUpperCase() ?? null,
      size: g.sizeMb ?? 0,
      comp: g.compPct ?? 0,
      maxSize: g.maxSizeMb ?? null,
      page: g.pageSize ?? null,
      owner: g.ownerPlex?.toUpperCase() ?? null,
      residentVtss: g.resident?.toUpperCase() ?? null,
      replica: g.replicaVtss?.toUpperCase() ?? null,
    });
  let copyCount = 0;
  copies.forEach((c, i) => {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (c.mvcs !== undefined) {
      const cond = rangesCondition('volser', [range(c.mvcs, 'MVC range')]);
      where.push(cond.sql);
      params.push(...cond.params);
    }
    for (const [col, v] of [['pool', c.pool], ['acs', c.acs], ['stormngr', c.stormngr]] as const) {
      if (v !== undefined) {
        where.push(`${col} = ?`);
        params.push(v.toUpperCase());
      }
    }
    if (where.length === 0) throw fail(`copy ${i + 1} of VTVs ${rangeText(r)} names no MVCs (mvcs, pool, acs or stormngr)`);
    db.exec('DROP TABLE IF EXISTS temp.pick');
    db.exec('CREATE TEMP TABLE pick (k INTEGER PRIMARY KEY, volser TEXT NOT NULL)');
    db.prepare(`INSERT INTO temp.pick (k, volser) SELECT row_number() OVER (ORDER BY volser) - 1, volser FROM mvc WHERE ${where.join(' AND ')}`).run(...params);
    const count = (db.prepare('SELECT count(*) AS n FROM temp.pick').get() as { n: number }).n;
    if (count === 0) throw fail(`copy ${i + 1} of VTVs ${rangeText(r)}: no MVC matches ${describe(c)}`);
    const perMvc = Math.max(1, c.perMvc ?? 1);
    const info2 = db
      .prepare(
        `${SERIES}
         INSERT INTO vtv_copy (vtv, mvc, copy_index, block_id, stor_class, current, migrated)
         SELECT ${VOLSER_AT}, p.volser, @index, printf('%08X', ((x - @lo) % @perMvc) * (@size + 1) + 1), @stor, 1,
                ${ISO('@migrated', '(x - @lo) * @spread')}
           FROM n JOIN temp.pick p ON p.k = ((x - @lo) / @perMvc) % @count`,
      )
      .run({
        ...base,
        index: i + 1,
        perMvc,
        count,
        size: g.sizeMb ?? 0,
        stor: c.storClass?.toUpperCase() ?? null,
        migrated: g.migrated ?? created,
      });
    copyCount += info2.changes;
    db.exec('DROP TABLE temp.pick');
  });
  return { vtvs: info.changes, copies: copyCount };
}

function insertNative(cds: Cds, g: NativeGroupSpec): number {
  const r = range(g.range, 'native range');
  const dup = firstExisting(cds, 'mvc', r) ?? firstExisting(cds, 'vtv', r) ?? firstExisting(cds, 'library_volume', r);
  if (dup) throw fail(`volume ${dup} of ${rangeText(r)} is already in the CDS`);
  return cds.db
    .prepare(
      `${SERIES}
       INSERT INTO library_volume (volser, acs, media, scratch, entered, updated)
       SELECT ${VOLSER_AT}, @acs, @media, @scratch, @entered, @entered FROM n`,
    )
    .run({ ...rangeParams(r), acs: g.acs.toUpperCase(), media: g.media?.toUpperCase() ?? null, scratch: g.scratch ? 1 : 0, entered: g.entered ?? DEFAULT_TIME }).changes;
}

function insertVaulted(cds: Cds, v: NonNullable<PopulationSpec['vaulted']>[number]): number {
  const r = range(v.range, 'vaulted range');
  const info = cds.db
    .prepare(
      `${SERIES}
       INSERT INTO vault_volume (volser, vault, slot, assigned, return_date)
       SELECT ${VOLSER_AT}, @vault, @first + (x - @lo), @assigned, @returnDate FROM n`,
    )
    .run({ ...rangeParams(r), vault: v.vault.toUpperCase(), first: v.firstSlot ?? 1, assigned: v.assigned ?? null, returnDate: v.returnDate ?? null });
  cds.db
    .prepare(`UPDATE mvc SET location = 'OUTSIDE' WHERE volser IN (SELECT volser FROM vault_volume WHERE vault = ?) AND ${rangeCondition('volser', r).sql}`)
    .run(v.vault.toUpperCase(), ...rangeCondition('volser', r).params);
  return info.changes;
}

/** Used space, last migration and mount count of every MVC holding copies, from its copies. */
function refreshMvcUsage(cds: Cds): void {
  cds.db.exec(`
    WITH u AS (
      SELECT c.mvc,
             sum(v.size_mb * (100 - v.comp_pct) / 100) AS used,
             max(c.migrated) AS last,
             count(DISTINCT substr(c.migrated, 1, 10)) AS mounts
        FROM vtv_copy c JOIN vtv v ON v.volser = c.vtv
       WHERE c.current = 1
       GROUP BY c.mvc)
    UPDATE mvc SET used_mb = u.used, last_migrated = u.last, last_mounted = u.last,
                   times_mounted = max(mvc.times_mounted, u.mounts), updated = u.last
      FROM u WHERE u.mvc = mvc.volser`);
}

/** The error that stops the load (SIM0490E). */
function fail(detail: string): ElsimError {
  return new ElsimError(sim.text('SIM0490E', detail), 'SIM0490E');
}

function describe(c: CopySpec): string {
  return [c.mvcs && `mvcs ${c.mvcs}`, c.pool && `pool ${c.pool}`, c.acs && `acs ${c.acs}`, c.stormngr && `stormngr ${c.stormngr}`].filter(Boolean).join(', ');
}

/**
 * A deterministic synthetic CDS at any size, for benchmarks and training on a realistic site:
 * `elsim cds generate --vtvs N --mvcs M --copies-per-vtv K --seed S`.
 *
 * What it holds (everything a function of N, M, K, the seed and `now`):
 *  - identity of TapePlex `tapeplex` (default GENPLEX) with ACS 00 (production) and 01 (DR site),
 *    hosts MVS1 and MVS2;
 *  - a VTCS configuration (two clustered VTSSs with RTDs and VTDs) stored by CONFIG's own code;
 *  - pools and classes read from generated POOLPARM/VOLPARM and MGMTclas/STORclas cards by the
 *    code SET VOLPARM and MGMTDEF run (so the result is what those utilities would store);
 *  - N VTVs, A00000-L99999 then P00000-Y99999 (100,000 per letter, at most 2,200,000), all in
 *    the scratch pool SCRVTV whose VOLPARM ranges cover whole letters, so SCRATCH/UNSCRATCH and
 *    IMPORT accept them; a DR test scratch subpool Z00000-Z09999;
 *  - M MVCs M00000-N99999 (at most 200,000) in the MVC pools LOCALMVC (ACS 00), OFFSITE,
 *    REMOTE (ACS 01), VAULTMVC and ARCHMVC, each pool sized in proportion to the copies it
 *    receives; a DR test MVC subpool O00000-O00999 (no volumes);
 *  - K current copies per VTV (0-4). Management classes PAY 20% (LOCAL, OFFSITE, VAULT,
 *    ARCHIVE), ACCOUNT 30% and DR 40% (LOCAL, REMOTE, VAULT, ARCHIVE), CRITICAL 10% (same,
 *    immediate): a VTV's copies follow the first K storage classes of its class. VTVs of
 *    neighbouring volsers share MVCs (VTVs written together migrate together);
 *  - sizes, compression, the class and the times drawn from an integer hash of the volser index
 *    and the seed; VTVs created over the year before `now` in volser order (record updated then,
 *    copies migrated then), last used up to 30 days later; the newest 5% resident in a VTSS;
 *    each MVC's used space, last migration and mount count from its copies.
 *
 * Everything is inserted by a handful of set-based statements (INSERT … SELECT over a recursive
 * number series, then over the VTVs just inserted) in one immediate transaction on a new, empty
 * CDS, each in key order so that every index grows at its end. For speed foreign keys and CHECK
 * constraints are not evaluated during the load (the data are consistent by construction; the
 * tests load with the checks on), and the load runs with a rollback journal (the file is new:
 * there is nothing to save) before the CDS returns to WAL.
 */
import type Database from 'better-sqlite3';
import type { Cds } from '../cds/Cds.js';
import { cdsTime } from '../cds/cdsTime.js';
import { formatCds } from '../cds/formatCds.js';
import { ElsimError, InternalError } from '../core/errors.js';
import { sim } from '../core/simMessages.js';
import type { UtilitySchema } from '../sluadmin/types.js';
import { applyConfigDeck } from '../utilities/config/applyConfigDeck.js';
import type { ConfigDeck, VtssDef } from '../utilities/config/configDeck.js';
import { applyPolicyDefinitions } from '../utilities/mgmtdef/applyPolicyDefinitions.js';
import { policyDefinitions } from '../utilities/mgmtdef/policyDefinitions.js';
import { policySchemas } from '../utilities/mgmtdef/schema.js';
import { readParameterStatements } from '../utilities/readParameterStatements.js';
import { applyPoolDefinitions } from '../utilities/setVolparm/applyPoolDefinitions.js';
import { poolDefinitions } from '../utilities/setVolparm/poolDefinitions.js';
import { poolparmSchema, volparmSchema } from '../utilities/setVolparm/schema.js';

export interface GenerateSpec {
  vtvs: number;
  mvcs: number;
  copiesPerVtv: number;
  seed: number;
  /** The run's time: VTVs are created over the year before it. */
  now: Date;
  /** TapePlex name (default GENPLEX). */
  tapeplex?: string;
  /** A TapePlex this one receives from and sends to (CONFIG TAPEPLEX RECVPLEX): IMPORT accepts its manifests. */
  partner?: string;
  /** Configure for this size (pools, classes, ranges) but load no volumes: an import target. */
  configOnly?: boolean;
  /**
   * Enforce the schema's CHECK constraints during the load (the tests do, to prove the generated
   * rows satisfy them); by default they are skipped, as foreign keys are.
   */
  checkConstraints?: boolean;
  /** Told as each phase of the load ends (the bench times them). */
  onPhase?: (phase: string) => void;
  /** Told how far the load is, a chunk of VTVs at a time (the CLI shows it on a terminal). */
  onProgress?: (label: string, done: number, total: number) => void;
}

export interface GenerateResult {
  vtvs: number;
  mvcs: number;
  copies: number;
  /** Pools with the MVC volser ranges they hold, in order. */
  mvcPools: { pool: string; stor: string; first: string; last: string; count: number }[];
  /** VTV volser ranges (one per letter used). */
  vtvRanges: string[];
}

/** Letters of the VTV volsers, in volser order: 100,000 VTVs per letter. */
export const VTV_LETTERS = 'ABCDEFGHIJKLPQRSTUVWXY';
/** Letters of the MVC volsers. */
export const MVC_LETTERS = 'MN';
const PER_LETTER = 100_000;
export const MAX_VTVS = VTV_LETTERS.length * PER_LETTER;
export const MAX_MVCS = MVC_LETTERS.length * PER_LETTER;

/** Storage classes in copy order; each sends its copies to its own MVC pool. */
const STOR = [
  { stor: 'LOCAL', pool: 'LOCALMVC', acs: '00' },
  { stor: 'OFFSITE', pool: 'OFFSITE', acs: '01' },
  { stor: 'REMOTE', pool: 'REMOTE', acs: '01' },
  { stor: 'VAULT', pool: 'VAULTMVC', acs: '01' },
  { stor: 'ARCHIVE', pool: 'ARCHMVC', acs: '00' },
] as const;

/** Management classes: share of the VTVs (tenths) and storage classes by copy (indexes into STOR). */
const MGMT = [
  { name: 'PAY', tenths: 2, copies: [0, 1, 3, 4], extra: '' },
  { name: 'ACCOUNT', tenths: 3, copies: [0, 2, 3, 4], extra: '' },
  { name: 'DR', tenths: 4, copies: [0, 2, 3, 4], extra: '' },
  { name: 'CRITICAL', tenths: 1, copies: [0, 2, 3, 4], extra: ' IMMDELAY(0)' },
] as const;

/** The volser at index i of a letter series, as SQL over an index expression. */
const volserSql = (letters: string, index: string): string => `substr('${letters}', (${index}) / ${PER_LETTER} + 1, 1) || printf('%05d', (${index}) % ${PER_LETTER})`;
const volserOf = (letters: string, i: number): string => `${letters[Math.floor(i / PER_LETTER)]!}${String(i % PER_LETTER).padStart(5, '0')}`;

/**
 * An integer hash of the series value x, the seed and a salt, in [0, 4294967291): one
 * multiplicative congruential step modulo a prime (the product stays below 2^63).
 */
const hashSql = (salt: number): string => `((((x + @seed * 7919 + ${salt * 1000003}) % 4294967291) * ${MULTIPLIERS[salt]!} + 12345) % 4294967291)`;
const MULTIPLIERS = [1103515245, 2147483629, 1664525077, 1140671485, 2013265921, 1812433253];

/** Management class of VTV x by the tenth its hash falls in: '0011122223' → PAY 20%, ACCOUNT 30% … */
const DECILES = MGMT.flatMap((mg, i) => Array<number>(mg.tenths).fill(i)).join('');
const decileSql = `(${hashSql(1)} % 10)`;

const YEAR_S = 365 * 86400;

/** Builds the synthetic CDS in `cds`, which must be new (formatted by nothing yet). */
/** Refuses sizes generateCds cannot build (SIM0800E), before anything is created. */
export function checkGenerateSpec(spec: Pick<GenerateSpec, 'vtvs' | 'mvcs' | 'copiesPerVtv' | 'seed'>): void {
  const { vtvs: n, mvcs: m, copiesPerVtv: k } = spec;
  if (!Number.isInteger(n) || n < 0 || n > MAX_VTVS) throw fail(`--vtvs ${n}: from 0 to ${MAX_VTVS}`);
  if (!Number.isInteger(m) || m < 0 || m > MAX_MVCS) throw fail(`--mvcs ${m}: from 0 to ${MAX_MVCS}`);
  if (!Number.isInteger(k) || k < 0 || k > 4) throw fail(`--copies-per-vtv ${k}: from 0 to 4 (a VTV has at most 4 copies)`);
  if (!Number.isInteger(spec.seed) || spec.seed < 0 || spec.seed > 2 ** 31) throw fail(`--seed ${spec.seed}: a whole number from 0 to 2147483648`);
  const used = new Set(MGMT.flatMap((mg) => mg.copies.slice(0, k))).size;
  if (n > 0 && m < used) throw fail(`${n} VTVs with ${k} copies each need at least ${used} MVCs (--mvcs), one per storage class in use`);
}

export function generateCds(cds: Cds, spec: GenerateSpec): GenerateResult {
  checkGenerateSpec(spec);
  const { vtvs: n, mvcs: m, copiesPerVtv: k } = spec;
  const pools = placePools(m, k);
  const db = cds.db;
  const phase = spec.onPhase ?? ((): void => undefined);
  const result: GenerateResult = {
    vtvs: 0,
    mvcs: 0,
    copies: 0,
    mvcPools: pools.filter((p) => p.count > 0).map((p) => ({ pool: p.pool, stor: p.stor, first: volserOf(MVC_LETTERS, p.base), last: volserOf(MVC_LETTERS, p.base + p.count - 1), count: p.count })),
    vtvRanges: letterRanges(VTV_LETTERS, 0, Math.max(n, 1) - 1),
  };

  const journal = db.pragma('journal_mode', { simple: true }) as string;
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  const checks = spec.checkConstraints ?? false;
  db.pragma('journal_mode = DELETE');
  db.pragma('foreign_keys = OFF');
  if (!checks) db.pragma('ignore_check_constraints = ON');
  try {
    cds.immediate(() => {
      formatCds(cds, {
        now: spec.now,
        tapeplex: spec.tapeplex ?? 'GENPLEX',
        description: `ELSIM GENERATED CDS SEED ${spec.seed}`,
        features: { VSM: 'ADVMGMT' },
        acs: [{ id: '00', name: 'PRODUCTION SITE', lsms: 4 }, { id: '01', name: 'DR SITE', lsms: 2 }],
        hosts: ['MVS1', 'MVS2'],
      });
      applyConfigDeck(db, configDeck(spec.tapeplex ?? 'GENPLEX', spec.partner), spec.now);
      const poolDefs = poolDefinitions(readCards(volparmCards(n, pools), 'GENERATED.VOLPARM', [poolparmSchema, volparmSchema]));
      checkClean('SET VOLPARM', poolDefs.diagnostics);
      applyPoolDefinitions(db, poolDefs);
      const policy = policyDefinitions(readCards(classCards(k, pools), 'GENERATED.MGMTCLAS', policySchemas), db);
      checkClean('MGMTDEF', policy.diagnostics);
      applyPolicyDefinitions(db, policy);
      phase('configuration');
      if (spec.configOnly) return;

      const nowS = Math.floor(spec.now.getTime() / 1000);
      const params = { seed: spec.seed, now: cdsTime(spec.now), base: nowS - YEAR_S, n, year: YEAR_S };
      result.vtvs = insertVtvs(cds, params, spec.onProgress);
      phase('vtvs');
      placeCopies(cds, pools, k, n);
      result.copies = insertCopies(cds, params, spec.onProgress);
      phase('copies');
      result.mvcs = insertMvcs(cds, params);
      phase('mvcs');
      db.exec('DROP TABLE temp.gen_place');
      db.exec('DROP TABLE temp.gen_mvc');
    });
    phase('commit');
  } finally {
    db.pragma('ignore_check_constraints = OFF');
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    db.pragma(`journal_mode = ${journal}`);
  }
  return result;
}

interface PoolPlace {
  pool: string;
  stor: string;
  acs: string;
  /** Index of the pool's first MVC in the MVC series, and how many it has. */
  base: number;
  count: number;
}

/**
 * Sizes the MVC pools in proportion to the copies each receives (every pool of a class list
 * in use gets at least one MVC when there are enough); with no copies every MVC is in LOCALMVC.
 */
function placePools(m: number, k: number): PoolPlace[] {
  const share = STOR.map(() => 0);
  for (const mg of MGMT) for (const s of mg.copies.slice(0, k)) share[s]! += mg.tenths;
  const total = share.reduce((a, b) => a + b, 0);
  const counts = STOR.map((_, i) => (total === 0 ? (i === 0 ? m : 0) : Math.floor((m * share[i]!) / total)));
  // Hand out the rounding remainder, first to used pools that got none, then in order.
  let left = m - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0 && i < STOR.length; i++) if (share[i]! > 0 && counts[i] === 0) { counts[i]!++; left--; }
  for (let i = 0; left > 0; i = (i + 1) % STOR.length) if (share[i]! > 0 || total === 0) { counts[i]!++; left--; }
  // A used pool with no MVC steals one from the largest (only when M is tiny).
  for (let i = 0; i < STOR.length; i++) {
    if (share[i]! > 0 && counts[i] === 0) {
      const big = counts.indexOf(Math.max(...counts));
      if (counts[big]! > 1) { counts[big]!--; counts[i] = 1; }
    }
  }
  let base = 0;
  return STOR.map((s, i) => {
    const p = { pool: s.pool, stor: s.stor, acs: s.acs, base, count: counts[i]! };
    base += p.count;
    return p;
  });
}

/** `A00000-A99999`-style ranges covering indexes lo..hi of a letter series, one per letter. */
function letterRanges(letters: string, lo: number, hi: number): string[] {
  const out: string[] = [];
  for (let l = Math.floor(lo / PER_LETTER); l <= Math.floor(hi / PER_LETTER); l++) {
    const a = Math.max(lo, l * PER_LETTER);
    const b = Math.min(hi, l * PER_LETTER + PER_LETTER - 1);
    out.push(`${volserOf(letters, a)}-${volserOf(letters, b)}`);
  }
  return out;
}

function configDeck(tapeplex: string, partner: string | undefined): ConfigDeck {
  const vtss = (name: string, dev: string, vtd: string, acsDev: string): VtssDef => ({
    card: 0,
    name,
    low: 70,
    high: 80,
    maxmig: 8,
    minmig: 4,
    retain: 5,
    rtds: [0, 1, 2, 3].map((i) => ({ card: 0, name: `${name.slice(0, 4)}${acsDev}${dev}${i}`.slice(0, 8), devno: `${acsDev}${dev}${i}`, chanif: `0${'CDKL'[i]!}` })),
    rtdpaths: [],
    vtds: [{ card: 0, low: `${vtd}00`, high: `${vtd}FF`, noverify: false }],
  });
  return {
    reset: true,
    cdsLevel: 'V62ABOVE',
    global: { card: 0, MAXVTV: 65000, MVCFREE: 40, VTVATTR: 'SCRATCH', RECALWER: 'YES', VTVPAGE: 'LARGE', REPLICAT: 'CHANGED' },
    reclaim: { card: 0, THRESHLD: 70, MAXMVC: 30, START: 98, CONMVC: 1 },
    vtss: [vtss('VTSS0', 'A1', 'A9', '1'), vtss('VTSS1', 'A2', 'B9', '2')],
    clinks: [
      { card: 0, vtss: 'VTSS0', chanif: '0G' },
      { card: 0, vtss: 'VTSS0', chanif: '1G' },
    ],
    clusters: [{ card: 0, name: 'CLUSTER1', vtss: ['VTSS0', 'VTSS1'] }],
    hosts: [
      { card: 0, name: 'MVS1', nomigrat: false, noreclam: false },
      { card: 0, name: 'MVS2', nomigrat: false, noreclam: false },
    ],
    stormngrs: [],
    tapeplexes: [{ card: 0, thisplex: tapeplex.toUpperCase(), recvplex: partner ? [partner.toUpperCase()] : [], stormngr: [] }],
    volranges: [],
  };
}

/** The SLSPARM deck SET VOLPARM would read for this size. */
function volparmCards(n: number, pools: PoolPlace[]): string[] {
  const cards = ['*  GENERATED POOLS: MVC POOLS IN PROPORTION TO THE COPIES THEY HOLD'];
  for (const p of pools) {
    if (p.count === 0) continue;
    cards.push(` POOLPARM TYPE(MVC) NAME(${p.pool}) INITMVC(YES) MVCFREE(10) -`, '   MAXMVC(98) THRESH(85) START(98)');
    for (const r of letterRanges(MVC_LETTERS, p.base, p.base + p.count - 1)) cards.push(` VOLPARM VOLSER(${r}) MEDIA(T10000T1) RECTECH(T1AE)`);
  }
  cards.push(' POOLPARM TYPE(MVC) NAME(DRMVC) DRTEST', ' VOLPARM VOLSER(O00000-O00999) MEDIA(T10000T1) RECTECH(T1AE)');
  cards.push('*  VTV SCRATCH POOL: WHOLE LETTERS, ROOM TO GROW', ' POOLPARM TYPE(SCRATCH) NAME(SCRVTV)');
  const letters = Math.max(1, Math.ceil(n / PER_LETTER));
  for (let l = 0; l < letters; l++) cards.push(` VOLPARM VOLSER(${VTV_LETTERS[l]!}00000-${VTV_LETTERS[l]!}99999) MEDIA(VIRTUAL)`);
  cards.push(' POOLPARM TYPE(SCRATCH) NAME(SCRVTV) DRTEST', ' VOLPARM VOLSER(Z00000-Z09999) MEDIA(VIRTUAL)');
  return cards;
}

/** The MGMTDEF data set for K copies per VTV: a storage class for each MVC pool that has MVCs. */
function classCards(k: number, pools: PoolPlace[]): string[] {
  const cards = ['*  GENERATED STORAGE AND MANAGEMENT CLASSES'];
  for (const p of pools) if (p.count > 0) cards.push(` STOR NAME(${p.stor}) ACS(${p.acs}) MEDIA(T10000T1) MVCPOOL(${p.pool})`);
  for (const mg of MGMT) {
    const pol = mg.copies.slice(0, k).filter((s) => pools[s]!.count > 0).map((s) => STOR[s]!.stor);
    cards.push(` MGMT NAME(${mg.name})${pol.length ? ` MIGPOL(${pol.join(',')})` : ''}${mg.extra}`);
  }
  return cards;
}

function readCards(cards: string[], file: string, schemas: readonly UtilitySchema[]) {
  const reading = readParameterStatements(cards, file, schemas, file);
  if (reading.failed) throw new InternalError(`generated ${file} refused: ${reading.diagnostics.map((d) => `${d.id} ${d.text}`).join('; ')}`);
  return reading.statements;
}

function checkClean(what: string, diagnostics: readonly { id: string; severity: string; text: string }[]): void {
  const bad = diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
  if (bad.length > 0) throw new InternalError(`generated ${what} deck refused: ${bad.map((d) => `${d.id} ${d.text}`).join('; ')}`);
}

/** The VTV numbers @lo to @hi - 1 (a chunk of the series 0 to @n - 1). */
// CAST: a bound number is a REAL in SQLite; the series must be integers (volsers, VTSS names).
const SERIES = `WITH RECURSIVE n(x) AS (SELECT CAST(@lo AS INTEGER) WHERE @lo < @hi UNION ALL SELECT x + 1 FROM n WHERE x + 1 < @hi)`;
/** VTVs per statement of the load: each chunk continues in key order, and progress is told between chunks. */
const CHUNK = 100_000;

/** Runs `stmt` over the VTV series 0 to n - 1 a chunk at a time; returns the rows it changed. */
function chunked(stmt: Database.Statement, params: Record<string, number | string>, n: number, label: string, progress: GenerateSpec['onProgress']): number {
  let changes = 0;
  for (let lo = 0; lo < n; lo += CHUNK) {
    const hi = Math.min(n, lo + CHUNK);
    changes += stmt.run({ ...params, lo, hi }).changes;
    progress?.(label, hi, n);
  }
  return changes;
}
/** Seconds after (now - 1 year) at which VTV x was created: spread in volser order, with jitter. */
const CREATED_S = `min(@year - 3600, x * @year / max(@n, 1) + ${hashSql(5)} % 3600)`;
/** The time `seconds` after the start of the generated year (@base, Unix seconds) as CDS text. */
const ISO = (seconds: string): string => `strftime('%Y-%m-%dT%H:%M:%SZ', @base + (${seconds}), 'unixepoch')`;
const SIZE = `(50 + ${hashSql(2)} % 3951)`;
const COMP = `(20 + ${hashSql(3)} % 61)`;
const LAST_USED_S = `min(@year, ${CREATED_S} + ${hashSql(4)} % (30 * 86400))`;

function insertVtvs(cds: Cds, params: Record<string, number | string>, progress?: GenerateSpec['onProgress']): number {
  const mgmtNames = `'${MGMT.map((mg) => mg.name.padEnd(8)).join('')}'`;
  const stmt = cds.db.prepare(
      `${SERIES}
       INSERT INTO vtv (volser, scratch, initialized, resident, mgmt_class, size_mb, comp_pct, max_size_mb, page_size,
                        resident_vtss, created, last_used, updated)
       SELECT ${volserSql(VTV_LETTERS, 'x')}, 0, 1, x >= @n * 95 / 100,
              rtrim(substr(${mgmtNames}, substr('${DECILES}', ${decileSql} + 1, 1) * 8 + 1, 8)), ${SIZE}, ${COMP}, 4000, 'LARGE',
              CASE WHEN x >= @n * 95 / 100 THEN 'VTSS' || (x % 2) END,
              ${ISO(CREATED_S)}, ${ISO(LAST_USED_S)}, ${ISO(CREATED_S)}
         FROM n`,
  );
  return chunked(stmt, params, Number(params['n']), 'GENERATE VTVS', progress);
}




/**
 * Where copies go. temp.gen_place: for each management class and copy position, the storage
 * class and its pool as a slice of the MVC series (base, cnt) with `per` VTVs of the VTV series
 * to an MVC. temp.gen_mvc: every MVC with its pool and the VTV volsers (lo-hi) whose copies of
 * the pool's storage class it holds: VTV x is on MVC base + min(x / per, cnt - 1).
 */
function placeCopies(cds: Cds, pools: PoolPlace[], k: number, n: number): void {
  const db = cds.db;
  db.exec(`CREATE TEMP TABLE gen_place (mgmt TEXT NOT NULL, pos INTEGER NOT NULL, stor TEXT NOT NULL, base INTEGER NOT NULL,
                                        cnt INTEGER NOT NULL, per INTEGER NOT NULL, PRIMARY KEY (mgmt, pos)) WITHOUT ROWID`);
  const place = db.prepare('INSERT INTO temp.gen_place VALUES (?, ?, ?, ?, ?, ?)');
  for (const mg of MGMT) {
    mg.copies.slice(0, k).forEach((s, i) => {
      const p = pools[s]!;
      if (p.count > 0) place.run(mg.name, i + 1, p.stor, p.base, p.count, perMvc(n, p.count));
    });
  }
  db.exec('CREATE TEMP TABLE gen_mvc (x INTEGER PRIMARY KEY, volser TEXT NOT NULL, pool TEXT NOT NULL, acs TEXT NOT NULL, stor TEXT NOT NULL, lo TEXT, hi TEXT)');
  const mvcs = db.prepare(
    `WITH RECURSIVE n(x) AS (SELECT @base WHERE @cnt > 0 UNION ALL SELECT x + 1 FROM n WHERE x + 1 < @base + @cnt),
          r(x, lo, hi) AS (SELECT x, (x - @base) * @per, CASE WHEN x = @base + @cnt - 1 THEN @n ELSE min((x - @base + 1) * @per, @n) END - 1 FROM n)
     INSERT INTO temp.gen_mvc (x, volser, pool, acs, stor, lo, hi)
     SELECT x, ${volserSql(MVC_LETTERS, 'x')}, @pool, @acs, @stor,
            CASE WHEN lo <= hi THEN ${volserSql(VTV_LETTERS, 'lo')} END, CASE WHEN lo <= hi THEN ${volserSql(VTV_LETTERS, 'hi')} END
       FROM r`,
  );
  for (const p of pools) {
    if (p.count > 0) mvcs.run({ base: p.base, cnt: p.count, per: perMvc(n, p.count), n, pool: p.pool, acs: p.acs, stor: p.stor });
  }
}

const perMvc = (n: number, count: number): number => Math.max(1, Math.ceil(n / count));

/**
 * Every current copy in one statement, in VTV order (the VTV table is read in key order and
 * CROSS JOIN keeps it outermost): the copy at position i of the VTV's management class goes
 * to that storage class's pool; it was migrated when the VTV was written.
 */
function insertCopies(cds: Cds, params: Record<string, number | string>, progress?: GenerateSpec['onProgress']): number {
  const mgmtNames = `'${MGMT.map((mg) => mg.name.padEnd(8)).join('')}'`;
  const stmt = cds.db.prepare(
      `${SERIES}
       INSERT INTO vtv_copy (vtv, mvc, copy_index, block_id, stor_class, current, migrated)
       SELECT ${volserSql(VTV_LETTERS, 'x')}, ${volserSql(MVC_LETTERS, 'p.base + min(x / p.per, p.cnt - 1)')}, p.pos,
              printf('%08X', (x % p.per) * 4096 + p.pos), p.stor, 1, ${ISO(CREATED_S)}
         FROM n CROSS JOIN temp.gen_place p
        WHERE p.mgmt = rtrim(substr(${mgmtNames}, substr('${DECILES}', ${decileSql} + 1, 1) * 8 + 1, 8))`,
  );
  return chunked(stmt, params, Number(params['n']), 'GENERATE COPIES', progress);
}

/**
 * The MVCs in volser order, each with the used space, last migration and mount count (one per
 * day it was written on) of the copies it holds: a range scan of the VTVs of its slice.
 */
function insertMvcs(cds: Cds, params: Record<string, number | string>): number {
  return cds.db
    .prepare(
      `INSERT INTO mvc (volser, pool, media, rectech, acs, stor_class, location, capacity_mb, used_mb, initialized,
                        times_mounted, last_mounted, last_migrated, created, updated)
       SELECT m.volser, m.pool, 'T10000T1', 'T1AE', m.acs, CASE WHEN count(v.volser) > 0 THEN m.stor END, 'LIBRARY', 500000,
              coalesce(sum(v.size_mb * (100 - v.comp_pct) / 100), 0), 1,
              count(DISTINCT substr(v.created, 1, 10)), max(v.created), max(v.created), @created, coalesce(max(v.created), @created)
         FROM temp.gen_mvc m
         LEFT JOIN vtv v ON v.volser BETWEEN m.lo AND m.hi AND v.mgmt_class IN (SELECT mgmt FROM temp.gen_place WHERE stor = m.stor)
        GROUP BY m.x
        ORDER BY m.x`,
    )
    .run({ created: ISO_OF(Number(params.base) - YEAR_S) }).changes;
}

const ISO_OF = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString().replace('.000Z', 'Z');

function fail(detail: string): ElsimError {
  return new ElsimError(sim.text('SIM0800E', detail), 'SIM0800E');
}

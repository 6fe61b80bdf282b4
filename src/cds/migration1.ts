/**
 * Migration 1: the CDS schema for the whole product.
 *
 * Conventions: names upper case as coded; flags INTEGER 0/1; times ISO-8601 text
 * (`2024-05-01T12:00:00Z`); sizes in MB as INTEGER; volser ranges kept arithmetic
 * (prefix, lo, hi, width, suffix — see volserRange.ts), never expanded; `seq` keeps the order in
 * which definitions were coded so reports and DECOMP-style output can list them as written.
 * A NULL option means "not coded": the product default applies.
 *
 * Areas:
 *  - identity: cds_identity, cds_feature, acs, lsm, host
 *  - VTCS configuration (CONFIG): cfg_global, cfg_reclaim, cfg_vtss, cfg_rtd, cfg_rtdpath, cfg_vtd,
 *    cfg_clink, cfg_cluster, cfg_cluster_vtss, cfg_tapeplex, cfg_stormngr, cfg_host, cfg_volrange
 *  - pools (SET VOLPARM): pool, volparm
 *  - policies (MGMTDEF): stor_class, mgmt_class, mgmt_policy, vtss_list, vtss_sel
 *  - volumes: vtv, vtv_copy, vtv_plex_copy, mvc
 *  - vaulting (SET VAULT / SET VAULTVOL, LCM): vault, vaultvol_area, vault_volume
 *  - DR: drtest, drtest_resource, checkpoint
 * vtv and mvc are WITHOUT ROWID tables: stored in volser order, so reports and range selections
 * walk the primary key.
 */
import type Database from 'better-sqlite3';

const YN = (c: string): string => `${c} TEXT CHECK (${c} IN ('YES','NO'))`;
const FLAG = (c: string): string => `${c} INTEGER NOT NULL DEFAULT 0 CHECK (${c} IN (0,1))`;
const VOLSER_OK = (c: string): string =>
  `length(${c}) BETWEEN 1 AND 6 AND ${c} = upper(${c}) AND ${c} NOT GLOB '*[^A-Z0-9#@$]*'`;
const NAME8 = (c: string, nullable = false): string =>
  `${c} TEXT ${nullable ? '' : 'NOT NULL '}CHECK (${c} IS NULL OR (length(${c}) BETWEEN 1 AND 8 AND ${c} = upper(${c})))`;
const RANGE_COLS = `
  prefix TEXT NOT NULL,
  lo INTEGER NOT NULL CHECK (lo >= 0),
  hi INTEGER NOT NULL,
  width INTEGER NOT NULL CHECK (width BETWEEN 0 AND 6),
  suffix TEXT NOT NULL DEFAULT '',
  lo_volser TEXT NOT NULL,
  hi_volser TEXT NOT NULL,
  CHECK (lo <= hi),
  CHECK (length(prefix) + width + length(suffix) BETWEEN 1 AND 6),
  CHECK (length(lo_volser) = length(prefix) + width + length(suffix))`;

const SQL = `
-- ── identity ─────────────────────────────────────────────────────────────
CREATE TABLE cds_identity (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  ${NAME8('tapeplex', true)},
  cds_level TEXT,
  role TEXT NOT NULL DEFAULT 'PRODUCTION' CHECK (role IN ('PRODUCTION','DRTEST')),
  created TEXT NOT NULL,
  configured TEXT,
  description TEXT
);
CREATE TABLE cds_feature (
  name TEXT PRIMARY KEY CHECK (name = upper(name)),
  value TEXT NOT NULL
);
CREATE TABLE acs (
  acs_id TEXT PRIMARY KEY CHECK (acs_id GLOB '[0-9A-F][0-9A-F]'),
  name TEXT
);
CREATE TABLE lsm (
  lsm_id TEXT PRIMARY KEY CHECK (lsm_id GLOB '[0-9A-F][0-9A-F]:[0-9A-F][0-9A-F]'),
  acs_id TEXT NOT NULL REFERENCES acs(acs_id) ON DELETE CASCADE
);
CREATE TABLE host (
  ${NAME8('host_id')} PRIMARY KEY,
  seq INTEGER NOT NULL
);

-- ── VTCS configuration (CONFIG) ──────────────────────────────────────────
CREATE TABLE cfg_global (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  maxvtv INTEGER CHECK (maxvtv BETWEEN 4 AND 65000),
  mvcfree INTEGER CHECK (mvcfree BETWEEN 0 AND 255),
  vtvattr TEXT CHECK (vtvattr IN ('SCRATCH','ALLMOUNT')),
  ${YN('recalwer')},
  lockstr TEXT,
  replicat TEXT CHECK (replicat IN ('ALWAYS','CHANGED')),
  vtvpage TEXT CHECK (vtvpage IN ('STANDARD','LARGE')),
  ${YN('nlibdrnr')},
  ${YN('nlibmigr')},
  ${YN('nlibrecl')},
  mvcmntto INTEGER CHECK (mvcmntto BETWEEN 0 AND 99),
  ${YN('initmvc')},
  ${YN('synchrep')},
  maxrtds INTEGER CHECK (maxrtds IN (16,32)),
  fastmigr TEXT CHECK (fastmigr IN ('NO','YES','STREAMED','STREAM','STACKED')),
  logpol TEXT CHECK (logpol IN ('OPTIONAL','REQUIRED')),
  maxvtvsz INTEGER CHECK (maxvtvsz IN (400,800,2000,4000,32000)),
  locktout INTEGER CHECK (locktout BETWEEN 0 AND 999),
  ${YN('fastrecl')},
  ${YN('vtdgt256')},
  ${YN('vtvchain')},
  pinning TEXT CHECK (pinning IN ('NO','ALLOC')),
  protect INTEGER CHECK (protect BETWEEN 0 AND 9999)
);
CREATE TABLE cfg_reclaim (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  threshld INTEGER CHECK (threshld BETWEEN 4 AND 98),
  maxmvc INTEGER CHECK (maxmvc BETWEEN 1 AND 98),
  start INTEGER CHECK (start BETWEEN 1 AND 98),
  conmvc INTEGER CHECK (conmvc BETWEEN 1 AND 99),
  inpthrsh INTEGER CHECK (inpthrsh BETWEEN 3 AND 97)
);
CREATE TABLE cfg_vtss (
  ${NAME8('name')} PRIMARY KEY,
  seq INTEGER NOT NULL,
  low INTEGER CHECK (low BETWEEN 0 AND 95),
  high INTEGER CHECK (high BETWEEN 5 AND 95),
  maxmig INTEGER CHECK (maxmig BETWEEN 1 AND 32),
  minmig INTEGER CHECK (minmig BETWEEN 1 AND 32),
  retain INTEGER CHECK (retain BETWEEN 1 AND 60),
  defltacs TEXT CHECK (defltacs IS NULL OR defltacs GLOB '[0-9A-F][0-9A-F]')
);
-- An RTD (or a VLE path) connected to several VTSSs is coded under each: (vtss, name) is unique.
CREATE TABLE cfg_rtd (
  vtss TEXT NOT NULL REFERENCES cfg_vtss(name) ON DELETE CASCADE,
  ${NAME8('name')},
  seq INTEGER NOT NULL,
  devno TEXT CHECK (devno IS NULL OR devno GLOB '[0-9A-Z][0-9A-Z][0-9A-Z][0-9A-Z]'),
  chanif TEXT,
  ipif TEXT,
  stormngr TEXT,
  PRIMARY KEY (vtss, name)
);
CREATE INDEX cfg_rtd_vtss ON cfg_rtd(vtss, seq);
CREATE TABLE cfg_rtdpath (
  vtss TEXT NOT NULL REFERENCES cfg_vtss(name) ON DELETE CASCADE,
  ${NAME8('name')},
  seq INTEGER NOT NULL,
  stormngr TEXT NOT NULL,
  devno TEXT CHECK (devno IS NULL OR devno GLOB '[0-9A-Z][0-9A-Z][0-9A-Z][0-9A-Z]'),
  chanif TEXT,
  ipif TEXT,
  PRIMARY KEY (vtss, name)
);
CREATE INDEX cfg_rtdpath_vtss ON cfg_rtdpath(vtss, seq);
CREATE TABLE cfg_vtd (
  vtd_id INTEGER PRIMARY KEY,
  vtss TEXT NOT NULL REFERENCES cfg_vtss(name) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  low TEXT NOT NULL CHECK (low GLOB '[0-9A-F][0-9A-F][0-9A-F][0-9A-F]'),
  high TEXT NOT NULL CHECK (high GLOB '[0-9A-F][0-9A-F][0-9A-F][0-9A-F]'),
  ${FLAG('noverify')},
  CHECK (low <= high)
);
CREATE INDEX cfg_vtd_vtss ON cfg_vtd(vtss, seq);
CREATE TABLE cfg_clink (
  clink_id INTEGER PRIMARY KEY,
  vtss TEXT NOT NULL REFERENCES cfg_vtss(name) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  chanif TEXT,
  ipif TEXT,
  partner TEXT,
  remplex TEXT,
  CHECK ((chanif IS NULL) <> (ipif IS NULL))
);
CREATE INDEX cfg_clink_vtss ON cfg_clink(vtss, seq);
CREATE TABLE cfg_cluster (
  ${NAME8('name')} PRIMARY KEY,
  seq INTEGER NOT NULL
);
CREATE TABLE cfg_cluster_vtss (
  cluster TEXT NOT NULL REFERENCES cfg_cluster(name) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  vtss TEXT NOT NULL,
  PRIMARY KEY (cluster, pos)
);
CREATE TABLE cfg_tapeplex (
  ${NAME8('name')},
  relation TEXT NOT NULL CHECK (relation IN ('THISPLEX','RECVPLEX')),
  seq INTEGER NOT NULL,
  PRIMARY KEY (name, relation)
);
CREATE TABLE cfg_stormngr (
  ${NAME8('name')} PRIMARY KEY,
  seq INTEGER NOT NULL,
  ${FLAG('on_tapeplex')}
);
CREATE TABLE cfg_host (
  ${NAME8('name')} PRIMARY KEY,
  seq INTEGER NOT NULL,
  ${FLAG('nomigrat')},
  ${FLAG('noreclam')}
);
CREATE TABLE cfg_volrange (
  range_id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('VTV','MVC')),
  seq INTEGER NOT NULL,
  ${FLAG('scratch')},
  ${RANGE_COLS}
);

-- ── pools (SET VOLPARM) ──────────────────────────────────────────────────
CREATE TABLE pool (
  pool_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 13 AND name = upper(name)),
  type TEXT NOT NULL CHECK (type IN ('SCRATCH','MVC','EXTERNAL','CLEAN','SPARE')),
  ${FLAG('drtest')},
  seq INTEGER NOT NULL,
  ownrplex TEXT,
  hostid TEXT,
  label TEXT CHECK (label IN ('SL','AL','NL','NSL')),
  mvcfree INTEGER CHECK (mvcfree BETWEEN 0 AND 255),
  maxmvc INTEGER CHECK (maxmvc BETWEEN 1 AND 98),
  thresh INTEGER CHECK (thresh BETWEEN 4 AND 98),
  start INTEGER CHECK (start BETWEEN 1 AND 98),
  ${YN('initmvc')},
  maxclean INTEGER CHECK (maxclean BETWEEN 1 AND 32767),
  UNIQUE (name, drtest)
);
CREATE TABLE volparm (
  range_id INTEGER PRIMARY KEY,
  pool_id INTEGER REFERENCES pool(pool_id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  media TEXT,
  rectech TEXT,
  ${RANGE_COLS}
);
CREATE INDEX volparm_volser ON volparm(lo_volser, hi_volser);
CREATE INDEX volparm_pool ON volparm(pool_id, seq);

-- ── policies (MGMTDEF: STORclas, MGMTclas, VTSSLST, VTSSSEL) ──────────────
CREATE TABLE stor_class (
  ${NAME8('name')} PRIMARY KEY,
  seq INTEGER NOT NULL,
  acs TEXT CHECK (acs IS NULL OR acs GLOB '[0-9A-F][0-9A-F]'),
  media TEXT,
  mvcpool TEXT,
  tapeplex TEXT,
  stormngr TEXT,
  migrate TEXT,
  dedup TEXT CHECK (dedup IN ('YES','NO'))
);
CREATE TABLE mgmt_class (
  ${NAME8('name')} PRIMARY KEY,
  seq INTEGER NOT NULL,
  acslist TEXT,
  archage INTEGER CHECK (archage BETWEEN 1 AND 999),
  consrc TEXT,
  contgt TEXT,
  delscr TEXT CHECK (delscr IN ('NO','YES','FORCE')),
  discard INTEGER CHECK (discard BETWEEN 1 AND 9999),
  duplex TEXT CHECK (duplex IN ('NO','YES')),
  immdelay INTEGER CHECK (immdelay BETWEEN 0 AND 9999),
  immedmig TEXT CHECK (immedmig IN ('KEEP','DELETE','NO')),
  maxvtvsz INTEGER CHECK (maxvtvsz IN (400,800,2000,4000,32000)),
  ${FLAG('nomigrat')},
  replicat TEXT CHECK (replicat IN ('NO','YES','YES_SYNC')),
  restime INTEGER CHECK (restime BETWEEN 1 AND 9999),
  vtvpage TEXT CHECK (vtvpage IN ('STANDARD','LARGE')),
  write TEXT CHECK (write IN ('MANY','ONCE','APPEND')),
  ${FLAG('edlteexp')},
  pinpol TEXT,
  repdelay INTEGER CHECK (repdelay BETWEEN 0 AND 9999)
);
CREATE TABLE mgmt_policy (
  mgmt TEXT NOT NULL REFERENCES mgmt_class(name) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('MIGPOL','ARCHPOL','EEXPOL')),
  pos INTEGER NOT NULL CHECK (pos BETWEEN 1 AND 4),
  stor TEXT NOT NULL,
  PRIMARY KEY (mgmt, kind, pos)
);
CREATE INDEX mgmt_policy_stor ON mgmt_policy(stor);
CREATE TABLE vtss_list (
  ${NAME8('name')},
  pos INTEGER NOT NULL,
  vtss TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (name, pos)
);
CREATE TABLE vtss_sel (
  sel_id INTEGER PRIMARY KEY,
  seq INTEGER NOT NULL,
  function TEXT NOT NULL CHECK (function IN ('SCRATCH','SPECIFIC')),
  host TEXT,
  mgmt TEXT,
  vtsslst TEXT NOT NULL
);

-- ── volumes ──────────────────────────────────────────────────────────────
CREATE TABLE mvc (
  volser TEXT PRIMARY KEY CHECK (${VOLSER_OK('volser')}),
  pool TEXT,
  media TEXT,
  rectech TEXT,
  acs TEXT CHECK (acs IS NULL OR acs GLOB '[0-9A-F][0-9A-F]'),
  stormngr TEXT,
  stor_class TEXT,
  location TEXT NOT NULL DEFAULT 'LIBRARY' CHECK (location IN ('LIBRARY','OUTSIDE')),
  capacity_mb INTEGER NOT NULL DEFAULT 0 CHECK (capacity_mb >= 0),
  used_mb INTEGER NOT NULL DEFAULT 0 CHECK (used_mb >= 0),
  frag_mb INTEGER NOT NULL DEFAULT 0 CHECK (frag_mb >= 0),
  ${FLAG('initialized')},
  ${FLAG('read_only')},
  ${FLAG('exported')},
  ${FLAG('lost')},
  ${FLAG('error')},
  ${FLAG('broken')},
  ${FLAG('retired')},
  ${FLAG('warranty')},
  ${FLAG('invalid_mir')},
  ${FLAG('ejected')},
  ${FLAG('drtest')},
  times_mounted INTEGER NOT NULL DEFAULT 0 CHECK (times_mounted >= 0),
  last_mounted TEXT,
  last_migrated TEXT,
  last_reclaimed TEXT,
  created TEXT,
  updated TEXT
) WITHOUT ROWID;
CREATE INDEX mvc_pool ON mvc(pool, volser);
CREATE INDEX mvc_acs ON mvc(acs, volser);
CREATE INDEX mvc_stormngr ON mvc(stormngr, volser) WHERE stormngr IS NOT NULL;

CREATE TABLE vtv (
  volser TEXT PRIMARY KEY CHECK (${VOLSER_OK('volser')}),
  ${FLAG('scratch')},
  ${FLAG('initialized')},
  ${FLAG('resident')},
  ${FLAG('replicated')},
  ${FLAG('fenced')},
  ${FLAG('read_only')},
  ${FLAG('mounted')},
  ${FLAG('drtest')},
  mgmt_class TEXT,
  size_mb INTEGER NOT NULL DEFAULT 0 CHECK (size_mb >= 0),
  comp_pct INTEGER NOT NULL DEFAULT 0 CHECK (comp_pct BETWEEN 0 AND 100),
  max_size_mb INTEGER CHECK (max_size_mb IN (400,800,2000,4000,32000)),
  page_size TEXT CHECK (page_size IN ('STANDARD','LARGE')),
  owner_plex TEXT,
  resident_vtss TEXT,
  replica_vtss TEXT,
  created TEXT,
  last_used TEXT,
  updated TEXT,
  imported TEXT,
  CHECK (resident = 0 OR resident_vtss IS NOT NULL)
) WITHOUT ROWID;
CREATE INDEX vtv_mgmt ON vtv(mgmt_class, volser);
CREATE INDEX vtv_updated ON vtv(updated);
CREATE INDEX vtv_resident ON vtv(resident_vtss, volser) WHERE resident_vtss IS NOT NULL;

-- One row per VTV copy on an MVC (or VLE VMVC). copy_index 1-4 for the current copies;
-- superseded copies (older versions still occupying MVC space) have current = 0.
CREATE TABLE vtv_copy (
  copy_id INTEGER PRIMARY KEY,
  vtv TEXT NOT NULL REFERENCES vtv(volser) ON DELETE CASCADE,
  mvc TEXT NOT NULL REFERENCES mvc(volser),
  copy_index INTEGER CHECK (copy_index BETWEEN 1 AND 4),
  block_id TEXT NOT NULL CHECK (length(block_id) = 8 AND block_id NOT GLOB '*[^0-9A-F]*'),
  stor_class TEXT,
  ${FLAG('current')},
  migrated TEXT,
  CHECK (current = 0 OR copy_index IS NOT NULL)
);
CREATE UNIQUE INDEX vtv_copy_current ON vtv_copy(vtv, copy_index) WHERE current = 1;
CREATE INDEX vtv_copy_vtv ON vtv_copy(vtv, current, copy_index, mvc);
CREATE INDEX vtv_copy_mvc ON vtv_copy(mvc, current, vtv);
CREATE INDEX vtv_copy_stor ON vtv_copy(stor_class) WHERE stor_class IS NOT NULL;

-- Copies of a VTV held by another TapePlex (cross-TapePlex replication, electronic export).
CREATE TABLE vtv_plex_copy (
  vtv TEXT NOT NULL REFERENCES vtv(volser) ON DELETE CASCADE,
  tapeplex TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('PENDING','COMPLETE')),
  updated TEXT,
  PRIMARY KEY (vtv, tapeplex)
) WITHOUT ROWID;
CREATE INDEX vtv_plex_copy_plex ON vtv_plex_copy(tapeplex, status);

-- ── vaulting ─────────────────────────────────────────────────────────────
CREATE TABLE vaultvol_area (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  capacity INTEGER NOT NULL CHECK (capacity >= 0),
  formatted TEXT
);
CREATE TABLE vault (
  name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 13 AND name = upper(name)),
  seq INTEGER NOT NULL,
  description TEXT,
  slots INTEGER NOT NULL DEFAULT 0 CHECK (slots >= 0)
);
-- A volume held in a vault: an MVC or a native volume (a manifest tape).
CREATE TABLE vault_volume (
  volser TEXT PRIMARY KEY CHECK (${VOLSER_OK('volser')}),
  vault TEXT NOT NULL REFERENCES vault(name),
  slot INTEGER CHECK (slot >= 1),
  assigned TEXT,
  return_date TEXT,
  UNIQUE (vault, slot)
);
CREATE INDEX vault_volume_vault ON vault_volume(vault, slot);

-- ── DR test, recovery checkpoints ────────────────────────────────────────
CREATE TABLE drtest (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  state TEXT NOT NULL DEFAULT 'NONE' CHECK (state IN ('NONE','PRIMED','CREATED','ACTIVE','STOPPED')),
  dracs TEXT CHECK (dracs IS NULL OR dracs GLOB '[0-9A-F][0-9A-F]'),
  vtss_mode TEXT CHECK (vtss_mode IN ('SPARE','SHARE')),
  ${FLAG('noupdprd')},
  ${FLAG('test_cds')},
  primed TEXT,
  created TEXT,
  started TEXT,
  stopped TEXT
);
CREATE TABLE drtest_resource (
  kind TEXT NOT NULL CHECK (kind IN ('ACS','VTSS','HOST','STORMNGR')),
  name TEXT NOT NULL,
  PRIMARY KEY (kind, name)
) WITHOUT ROWID;
CREATE TABLE checkpoint (
  checkpoint_id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('DRCHKPT','BACKUP')),
  taken TEXT NOT NULL,
  job TEXT,
  dsn TEXT,
  ${FLAG('active')}
);
CREATE INDEX checkpoint_kind ON checkpoint(kind, taken);
`;

export function migration1(db: Database.Database): void {
  db.exec(SQL);
}

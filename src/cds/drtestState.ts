/**
 * The DR test (CDRT) state a CDS records, read from the `drtest` and `drtest_resource` tables: one
 * typed object that every utility with a CDRT restriction asks (SCRATCH, AUDIT, MVCMAINT, DRTEST
 * itself, VTVRPT's "D" flag).
 *
 * A CDS is either a production CDS (`test_cds` 0) or a DR test CDS made by DRTEST CREATE
 * (`test_cds` 1, `cds_identity.role` 'DRTEST'). The state means:
 *
 * On the production CDS
 *  - NONE     no DR test is defined (never primed, or RESET since): no restriction anywhere.
 *  - PRIMED   DRTEST PRIMEPRD recorded the DR resources (DR ACS, DR VTSSs and SPARE/SHARE, DR hosts,
 *             DR storage managers). Nothing is restricted yet.
 *  - CREATED  DRTEST CREATE (without NOUPDPRD) made a DR test CDS from this one. Nothing restricted.
 *  - ACTIVE   DRTEST START: the test runs. Production keeps away from the DR resources: no eject,
 *             move, audit or scratch of volumes in the DR ACS, its CAPs stay manual, the DR VTSSs
 *             (unless SPARE: same name, other device) belong to the test.
 *  - STOPPED  DRTEST STOP: the test is over. The definitions stay (a later START reuses them) but
 *             have no effect, as in PRIMED.
 *
 * On a DR test CDS (the copy DRTEST CREATE writes to SLSNEW1-3)
 *  - the state is CREATED (as copied and stamped by CREATE) and the resources are the test's. The
 *    copy exists only for the test, so its restrictions hold as long as it is used: only the DR
 *    ACS, the DR VTSSs and the DR storage managers are the test's hardware; scratch updates are
 *    allowed only for volumes of DRTEST scratch subpools; no eject/move/audit of the DR ACS; with
 *    SHARE, production VTVs (not in a DRTEST subpool) mount read-only. `testActive` is therefore
 *    always true on a test CDS.
 *
 * The reader never writes; DRTEST (src/utilities/drtest/) is the only writer of these tables.
 */
import type Database from 'better-sqlite3';

export const DRTEST_STATES = ['NONE', 'PRIMED', 'CREATED', 'ACTIVE', 'STOPPED'] as const;
export type DrtestStateName = (typeof DRTEST_STATES)[number];

export type DrtestVtssMode = 'SPARE' | 'SHARE';

export interface DrtestResources {
  /** DR ACS ids (two hex digits), DRACS. */
  acs: string[];
  /** DR VTSS names, DRVTSS. */
  vtss: string[];
  /** DR host ids, HOST. */
  hosts: string[];
  /** DR storage managers (VLEs), STORMNGR. */
  stormngrs: string[];
}

export interface DrtestRecord {
  state: DrtestStateName;
  /** The DR ACS as DRACS coded it (also in resources.acs). */
  dracs: string | null;
  /** SPARE or SHARE for the DR VTSSs; null when neither was coded. */
  vtssMode: DrtestVtssMode | null;
  /** CREATE ran with NOUPDPRD (the production CDS was not told). */
  noupdprd: boolean;
  /** This CDS is a DR test CDS made by DRTEST CREATE. */
  testCds: boolean;
  primed: string | null;
  created: string | null;
  started: string | null;
  stopped: string | null;
  resources: DrtestResources;
}

interface DrtestRow {
  state: string;
  dracs: string | null;
  vtss_mode: string | null;
  noupdprd: number;
  test_cds: number;
  primed: string | null;
  created: string | null;
  started: string | null;
  stopped: string | null;
}

export class DrtestState implements DrtestRecord {
  readonly state: DrtestStateName;
  readonly dracs: string | null;
  readonly vtssMode: DrtestVtssMode | null;
  readonly noupdprd: boolean;
  readonly testCds: boolean;
  readonly primed: string | null;
  readonly created: string | null;
  readonly started: string | null;
  readonly stopped: string | null;
  readonly resources: DrtestResources;

  constructor(r: DrtestRecord) {
    this.state = r.state;
    this.dracs = r.dracs;
    this.vtssMode = r.vtssMode;
    this.noupdprd = r.noupdprd;
    this.testCds = r.testCds;
    this.primed = r.primed;
    this.created = r.created;
    this.started = r.started;
    this.stopped = r.stopped;
    this.resources = r.resources;
  }

  /** A DR test CDS (made by DRTEST CREATE), not a production one. */
  isTestCds(): boolean {
    return this.testCds;
  }

  /** DR resources are defined (PRIMEPRD ran, or this is a test CDS). */
  isDefined(): boolean {
    return this.state !== 'NONE';
  }

  /**
   * The CDRT restrictions are in force on this CDS: on production, between DRTEST START and STOP;
   * on a DR test CDS, always.
   */
  testActive(): boolean {
    return this.testCds || this.state === 'ACTIVE';
  }

  isDrAcs(acs: string | null | undefined): boolean {
    if (!acs) return false;
    const id = acs.toUpperCase();
    return this.resources.acs.includes(id) || this.dracs === id;
  }

  isDrVtss(name: string | null | undefined): boolean {
    return !!name && this.resources.vtss.includes(name.toUpperCase());
  }

  isDrHost(name: string | null | undefined): boolean {
    return !!name && this.resources.hosts.includes(name.toUpperCase());
  }

  isDrStormngr(name: string | null | undefined): boolean {
    return !!name && this.resources.stormngrs.includes(name.toUpperCase());
  }

  /** The DR VTSSs are SPARE: same names as production VTSSs, other devices. */
  isSpare(): boolean {
    return this.vtssMode === 'SPARE';
  }

  /** The DR VTSSs are SHARE: used by production and the test at once. */
  isShare(): boolean {
    return this.vtssMode === 'SHARE';
  }

  /**
   * While the test is active on production: the ACS is the DR ACS, so eject, move, audit and
   * scratch of its volumes are refused (chapter 7, "On the production hosts during an active DR
   * test"). On a test CDS the same holds for its DR ACS.
   */
  drAcsRestricted(acs: string | null | undefined): boolean {
    return this.testActive() && this.isDrAcs(acs);
  }

  /**
   * On a DR test CDS, scratch updates are allowed only for volumes of DRTEST scratch subpools
   * (pool.drtest = 1). True when the restriction applies to this CDS.
   */
  scratchLimitedToDrtestPools(): boolean {
    return this.testCds;
  }
}

const NONE: DrtestRecord = {
  state: 'NONE',
  dracs: null,
  vtssMode: null,
  noupdprd: false,
  testCds: false,
  primed: null,
  created: null,
  started: null,
  stopped: null,
  resources: { acs: [], vtss: [], hosts: [], stormngrs: [] },
};

/** Reads the DR test state of a CDS (two small tables: one row and a handful of resources). */
export function readDrtestState(db: Database.Database): DrtestState {
  const row = db.prepare('SELECT * FROM drtest WHERE id = 1').get() as DrtestRow | undefined;
  const resources: DrtestResources = { acs: [], vtss: [], hosts: [], stormngrs: [] };
  const rows = db.prepare('SELECT kind, name FROM drtest_resource ORDER BY kind, name').all() as { kind: string; name: string }[];
  for (const r of rows) {
    if (r.kind === 'ACS') resources.acs.push(r.name);
    else if (r.kind === 'VTSS') resources.vtss.push(r.name);
    else if (r.kind === 'HOST') resources.hosts.push(r.name);
    else if (r.kind === 'STORMNGR') resources.stormngrs.push(r.name);
  }
  if (!row) return new DrtestState({ ...NONE, resources });
  return new DrtestState({
    state: row.state as DrtestStateName,
    dracs: row.dracs,
    vtssMode: row.vtss_mode === 'SPARE' || row.vtss_mode === 'SHARE' ? row.vtss_mode : null,
    noupdprd: row.noupdprd === 1,
    testCds: row.test_cds === 1,
    primed: row.primed,
    created: row.created,
    started: row.started,
    stopped: row.stopped,
    resources,
  });
}

/**
 * SQL predicate true for a volser inside a DRTEST pool of the given type: the volparm ranges of
 * pools with drtest = 1 (`volserInDrtestPoolSql('v.volser', 'SCRATCH')`). A range matches when the
 * volser lies between its ends and has its shape (prefix, digits, suffix) — the canonical split of
 * volserRange.ts. Driven by the volparm(lo_volser, hi_volser) index.
 */
export function volserInDrtestPoolSql(column: string, type: 'SCRATCH' | 'MVC'): string {
  return `EXISTS (SELECT 1 FROM volparm vp JOIN pool p ON p.pool_id = vp.pool_id
             WHERE p.drtest = 1 AND p.type = '${type}'
               AND ${column} BETWEEN vp.lo_volser AND vp.hi_volser
               AND length(${column}) = length(vp.lo_volser)
               AND substr(${column}, 1, length(vp.prefix)) = vp.prefix
               AND substr(${column}, length(vp.prefix) + 1, vp.width) NOT GLOB '*[^0-9]*'
               AND substr(${column}, length(vp.prefix) + vp.width + 1) = vp.suffix)`;
}

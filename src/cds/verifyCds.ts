/**
 * `elsim cds verify`: is a CDS sound? First SQLite's own checks (PRAGMA integrity_check and
 * foreign_key_check), then the CDS's invariants, each one SQL query that returns the offending
 * items (nothing when the invariant holds):
 *  - every VTV copy is on an MVC the CDS holds; at most one current copy per VTV and copy index;
 *  - no volser is both a VTV and an MVC; no volser is in two VOLPARM ranges (so in two pools), no
 *    two CONFIG VTVVOL/MVCVOL ranges overlap;
 *  - a vault holds no more volumes than its slots, every vaulted volume's slot lies within its
 *    vault, and the vaults' slots fit in the VAULTVOL area;
 *  - resident VTVs, cluster members name configured VTSSs; management class policies name
 *    defined storage classes;
 *  - DR test state (see drtestState.ts): the CDS's role agrees with its DR test record, the dates
 *    of the states reached are there, resources only when a test is defined, and while the CDRT
 *    restrictions are in force (production between START and STOP, a test CDS always) the
 *    production MVCs holding current copies are read-only (ACTMVCGN's SLUSMVON deck);
 *  - exported MVCs are read-only (EXPORT marks them so); no MVC records more used space than its
 *    capacity, no VTV is larger than its maximum (vtvSizeLimit.ts) — warnings.
 * A violation (condition code 8) is a CDS no utility should ever leave; a warning (4) is a CDS
 * a site can have but that is probably not what was meant (an MVC in a pool nobody defined).
 * All checks run in one read transaction, so a CDS another job is updating is seen whole.
 */
import type { Cds } from './Cds.js';
import { sim, type SimId } from '../core/simMessages.js';
import { vtvSizeLimitSql } from './vtvSizeLimit.js';

export type FindingSeverity = 'warning' | 'violation';

export interface VerifyCheck {
  /** The message printed when the check finds something; `{0}` is the number of items. */
  id: SimId;
  severity: FindingSeverity;
  /** One query returning one row per offending item, its description in column `item`. */
  sql: string;
}

export interface VerifyFinding {
  id: SimId;
  severity: FindingSeverity;
  count: number;
  /** The first few items, as the query describes them. */
  samples: string[];
}

export interface CdsVerification {
  checks: number;
  findings: VerifyFinding[];
  /** 0 clean, 4 warnings only, 8 violations. */
  rc: number;
}

/** Overlap of two canonical ranges a and b (see volserRange.ts: same shape, intervals meet). */
const OVERLAP = (a: string, b: string): string =>
  `${a}.prefix = ${b}.prefix AND ${a}.width = ${b}.width AND ${a}.suffix = ${b}.suffix AND ${a}.lo <= ${b}.hi AND ${b}.lo <= ${a}.hi`;

const RANGE = (t: string): string => `(CASE WHEN ${t}.lo_volser = ${t}.hi_volser THEN ${t}.lo_volser ELSE ${t}.lo_volser || '-' || ${t}.hi_volser END)`;

export const verifyChecks: readonly VerifyCheck[] = [
  {
    id: 'SIM0832E',
    severity: 'violation',
    sql: `SELECT 'MVC ' || c.mvc || ' (' || count(*) || ' COPIES)' AS item FROM vtv_copy c
           WHERE NOT EXISTS (SELECT 1 FROM mvc m WHERE m.volser = c.mvc) GROUP BY c.mvc ORDER BY c.mvc`,
  },
  {
    id: 'SIM0833E',
    severity: 'violation',
    sql: `SELECT 'VTV ' || vtv || ' COPY ' || copy_index || ' ON ' || group_concat(mvc, ',') AS item FROM vtv_copy
           WHERE current = 1 GROUP BY vtv, copy_index HAVING count(*) > 1 ORDER BY vtv, copy_index`,
  },
  {
    id: 'SIM0834E',
    severity: 'violation',
    sql: `SELECT v.volser AS item FROM vtv v JOIN mvc m ON m.volser = v.volser ORDER BY v.volser`,
  },
  {
    id: 'SIM0835E',
    severity: 'violation',
    sql: `SELECT ${RANGE('a')} || ' (' || coalesce(pa.name || CASE pa.drtest WHEN 1 THEN ' DRTEST' ELSE '' END, 'NO POOL') || ') AND '
                 || ${RANGE('b')} || ' (' || coalesce(pb.name || CASE pb.drtest WHEN 1 THEN ' DRTEST' ELSE '' END, 'NO POOL') || ')' AS item
            FROM volparm a JOIN volparm b ON a.range_id < b.range_id AND ${OVERLAP('a', 'b')}
            LEFT JOIN pool pa ON pa.pool_id = a.pool_id LEFT JOIN pool pb ON pb.pool_id = b.pool_id
           ORDER BY a.lo_volser, b.lo_volser`,
  },
  {
    id: 'SIM0836E',
    severity: 'violation',
    sql: `SELECT a.kind || 'VOL ' || ${RANGE('a')} || ' AND ' || b.kind || 'VOL ' || ${RANGE('b')} AS item
            FROM cfg_volrange a JOIN cfg_volrange b ON a.range_id < b.range_id AND ${OVERLAP('a', 'b')}
           ORDER BY a.lo_volser, b.lo_volser`,
  },
  {
    id: 'SIM0837E',
    severity: 'violation',
    sql: `SELECT 'VAULT ' || w.vault || ': ' || count(*) || ' VOLUMES, ' || coalesce(v.slots, 0) || ' SLOTS' AS item
            FROM vault_volume w LEFT JOIN vault v ON v.name = w.vault
           GROUP BY w.vault HAVING count(*) > coalesce(v.slots, 0) ORDER BY w.vault`,
  },
  {
    id: 'SIM0838E',
    severity: 'violation',
    sql: `SELECT w.volser || ' SLOT ' || w.slot || ' OF VAULT ' || w.vault || ' (' || v.slots || ' SLOTS)' AS item
            FROM vault_volume w JOIN vault v ON v.name = w.vault
           WHERE w.slot IS NOT NULL AND w.slot > v.slots ORDER BY w.vault, w.slot`,
  },
  {
    id: 'SIM0839E',
    severity: 'violation',
    sql: `SELECT 'VAULTS HAVE ' || (SELECT sum(slots) FROM vault) || ' SLOTS, VAULTVOL CAPACITY ' || coalesce(a.capacity, 0) AS item
            FROM (SELECT 1) LEFT JOIN vaultvol_area a ON a.id = 1
           WHERE EXISTS (SELECT 1 FROM vault) AND (SELECT sum(slots) FROM vault) > coalesce(a.capacity, 0)`,
  },
  {
    id: 'SIM0840E',
    severity: 'violation',
    sql: `SELECT resident_vtss || ' (' || count(*) || ' VTVS, E.G. ' || min(volser) || ')' AS item FROM vtv
           WHERE resident_vtss IS NOT NULL AND resident = 1 AND resident_vtss NOT IN (SELECT name FROM cfg_vtss)
           GROUP BY resident_vtss ORDER BY resident_vtss`,
  },
  {
    id: 'SIM0841E',
    severity: 'violation',
    sql: `SELECT 'CLUSTER ' || cluster || ' VTSS ' || vtss AS item FROM cfg_cluster_vtss
           WHERE vtss NOT IN (SELECT name FROM cfg_vtss) ORDER BY cluster, pos`,
  },
  {
    id: 'SIM0842E',
    severity: 'violation',
    sql: `SELECT 'MGMTCLAS ' || mgmt || ' ' || kind || ' ' || stor AS item FROM mgmt_policy
           WHERE stor NOT IN (SELECT name FROM stor_class) ORDER BY mgmt, kind, pos`,
  },
  {
    id: 'SIM0843E',
    severity: 'violation',
    sql: `SELECT 'ROLE ' || i.role || ', DR TEST RECORD ' || CASE d.test_cds WHEN 1 THEN 'OF A TEST CDS' ELSE 'OF PRODUCTION' END AS item
            FROM cds_identity i JOIN drtest d
           WHERE (i.role = 'DRTEST') <> (d.test_cds = 1)`,
  },
  {
    id: 'SIM0850W',
    severity: 'warning',
    sql: `SELECT 'POOL ' || pool || ' (' || count(*) || ' MVCS, E.G. ' || min(volser) || ')' AS item FROM mvc
           WHERE pool IS NOT NULL AND pool NOT IN (SELECT name FROM pool) GROUP BY pool ORDER BY pool`,
  },
  {
    id: 'SIM0851W',
    severity: 'warning',
    sql: `SELECT 'MGMTCLAS ' || mgmt_class || ' (' || count(*) || ' VTVS, E.G. ' || min(volser) || ')' AS item FROM vtv
           WHERE mgmt_class IS NOT NULL AND mgmt_class NOT IN (SELECT name FROM mgmt_class) GROUP BY mgmt_class ORDER BY mgmt_class`,
  },
  {
    id: 'SIM0852W',
    severity: 'warning',
    sql: `SELECT volser || ' ' || used_mb || ' MB USED OF ' || capacity_mb AS item FROM mvc
           WHERE used_mb > capacity_mb ORDER BY volser`,
  },
  {
    id: 'SIM0853W',
    severity: 'warning',
    sql: `SELECT r.kind || ' ' || r.name AS item FROM drtest_resource r
           WHERE NOT EXISTS (SELECT 1 FROM drtest d WHERE d.state <> 'NONE' OR d.test_cds = 1) ORDER BY r.kind, r.name`,
  },
  {
    id: 'SIM0855W',
    severity: 'warning',
    sql: `SELECT 'STATE ' || state || ' WITHOUT ' || CASE
              WHEN state IN ('PRIMED','CREATED','ACTIVE','STOPPED') AND primed IS NULL AND test_cds = 0 THEN 'A PRIME DATE'
              WHEN state IN ('ACTIVE','STOPPED') AND started IS NULL THEN 'A START DATE'
              ELSE 'A STOP DATE' END AS item
            FROM drtest
           WHERE (state IN ('PRIMED','CREATED','ACTIVE','STOPPED') AND primed IS NULL AND test_cds = 0)
              OR (state IN ('ACTIVE','STOPPED') AND started IS NULL)
              OR (state = 'STOPPED' AND stopped IS NULL)`,
  },
  {
    id: 'SIM0856W',
    severity: 'warning',
    sql: `SELECT m.volser AS item FROM mvc m
           WHERE m.read_only = 0 AND m.drtest = 0
             AND EXISTS (SELECT 1 FROM drtest d WHERE d.test_cds = 1 OR d.state = 'ACTIVE')
             AND EXISTS (SELECT 1 FROM vtv_copy c WHERE c.mvc = m.volser AND c.current = 1)
           ORDER BY m.volser`,
  },
  {
    id: 'SIM0857W',
    severity: 'warning',
    sql: `SELECT volser AS item FROM mvc WHERE exported = 1 AND read_only = 0 ORDER BY volser`,
  },
  {
    id: 'SIM0858W',
    severity: 'warning',
    // No limit is below 400 MB: only larger VTVs are looked at closely.
    sql: `SELECT volser || ' ' || size_mb || ' MB, MAXIMUM ' || ${vtvSizeLimitSql('max_size_mb', 'mgmt_class')} AS item FROM vtv
           WHERE size_mb > 400 AND size_mb > ${vtvSizeLimitSql('max_size_mb', 'mgmt_class')} ORDER BY volser`,
  },
];

const SAMPLES = 5;

/** Runs every check on an open CDS (read only). */
export function verifyCds(cds: Cds, opts: { samples?: number } = {}): CdsVerification {
  const samples = opts.samples ?? SAMPLES;
  const db = cds.db;
  const findings: VerifyFinding[] = [];
  const add = (id: SimId, severity: FindingSeverity, items: string[], count = items.length): void => {
    if (count > 0) findings.push({ id, severity, count, samples: items.slice(0, samples) });
  };
  let checks = 2;
  try {
    db.transaction(() => {
      const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
      if (!(integrity.length === 1 && integrity[0] === 'ok')) add('SIM0830E', 'violation', integrity);
      // Broken references, one item per table and parent; copies on missing MVCs have their own check.
      const fk = db
        .prepare(
          `SELECT "table" || ' -> ' || parent || ' (' || count(*) || ' ROWS)' AS item FROM pragma_foreign_key_check
            WHERE NOT ("table" = 'vtv_copy' AND parent = 'mvc') GROUP BY "table", parent ORDER BY 1`,
        )
        .all() as { item: string }[];
      add('SIM0831E', 'violation', fk.map((r) => r.item));
      for (const c of verifyChecks) {
        checks++;
        const count = (db.prepare(`SELECT count(*) AS n FROM (${c.sql})`).get() as { n: number }).n;
        if (count === 0) continue;
        const items = (db.prepare(`SELECT item FROM (${c.sql}) LIMIT ${samples}`).all() as { item: string }[]).map((r) => r.item);
        add(c.id, c.severity, items, count);
      }
    }).deferred();
  } catch (e) {
    // A file SQLite cannot read as a database (or a schema that is not a CDS's) is itself the finding.
    add('SIM0830E', 'violation', [String((e as Error).message ?? e).split('\n')[0] ?? '']);
  }
  const rc = findings.some((f) => f.severity === 'violation') ? 8 : findings.length > 0 ? 4 : 0;
  return { checks, findings, rc };
}

/** The report: a heading, each finding with its first items, and the closing line with the code. */
export function verificationReport(dsn: string, v: CdsVerification): string[] {
  const lines = [sim.line('SIM0820I', dsn, v.checks)];
  for (const f of v.findings) {
    lines.push(sim.line(f.id, f.count));
    for (const s of f.samples) lines.push(`         ${s}`);
    if (f.count > f.samples.length) lines.push(`         ... ${f.count - f.samples.length} MORE`);
  }
  const violations = v.findings.filter((f) => f.severity === 'violation').length;
  lines.push(sim.line('SIM0821I', dsn, violations, v.findings.length - violations, v.rc));
  return lines;
}

/**
 * Loads tape volumes into a TMS from a small declarative spec (the demo's `fixtures/demo/tms.json`),
 * with set-based SQL: every group is one INSERT … SELECT over a number series, all in one
 * transaction.
 *
 * {
 *   "volumes": [
 *     { "range": "AV1000-AV1039", "kind": "VTV", "dsn": "PROD.PAYROLL.{VOLSER}",
 *       "created": "2026-10-22T08:00:00Z", "spreadSeconds": 60,   // volume i created i*60 s later
 *       "lastRef": "2026-11-20T08:00:00Z",                        // default: its creation
 *       "expires": "2027-10-22", "job": "PAYROLL" },              // default: no expiration
 *     { "range": "T11030-T11049", "kind": "NATIVE", "media": "T10000T1", "scratch": true }
 *   ]
 * }
 * `{VOLSER}` in a data set name stands for the volume's volser. A group without "dsn" is empty
 * volumes (scratch when "scratch" is true).
 */
import { ElsimError } from '../core/errors.js';
import { sim } from '../core/simMessages.js';
import { parseRangeText, rangeText, type CanonicalRange } from '../cds/volserRange.js';
import type { TapeCatalog } from './TapeCatalog.js';
import type { TmsKind } from './types.js';

export interface TmsGroupSpec {
  range: string;
  kind: TmsKind;
  media?: string;
  dsn?: string;
  created?: string;
  spreadSeconds?: number;
  lastRef?: string;
  expires?: string;
  scratch?: boolean;
  job?: string;
}

export interface TmsSpec {
  volumes?: TmsGroupSpec[];
}

const SERIES = 'WITH RECURSIVE n(x) AS (SELECT @lo UNION ALL SELECT x + 1 FROM n WHERE x < @hi)';
const VOLSER_AT = "@prefix || CASE WHEN @width = 0 THEN '' ELSE printf('%0*d', @width, x) END || @suffix";
const AT = (base: string): string => `CASE WHEN ${base} IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%SZ', ${base}, '+' || ((x - @lo) * @spread) || ' seconds') END`;

/** Loads the spec; returns the number of volumes. Throws ElsimError (SIM0490E), changing nothing, when it cannot. */
export function loadTms(tms: TapeCatalog, spec: TmsSpec): number {
  let volumes = 0;
  tms.transaction(() => {
    for (const g of spec.volumes ?? []) volumes += insertGroup(tms, g);
  });
  return volumes;
}

function insertGroup(tms: TapeCatalog, g: TmsGroupSpec): number {
  const r = parseRangeText(g.range);
  if ('error' in r) throw fail(`TMS range ${g.range}: ${r.error}`);
  const p = {
    ...params(r),
    kind: g.kind,
    media: g.media?.toUpperCase() ?? null,
    status: g.scratch ? 'SCRATCH' : 'MASTER',
    created: g.created ?? null,
    spread: g.spreadSeconds ?? 0,
    lastRef: g.lastRef ?? null,
    expires: g.expires ?? null,
    job: g.job?.toUpperCase() ?? null,
    dsn: g.dsn?.toUpperCase() ?? null,
  };
  let n: number;
  try {
    n = tms.db
      .prepare(
        `${SERIES}
         INSERT INTO tms_volume (volser, kind, media, status, created, expiration, last_ref, scratched, job)
         SELECT ${VOLSER_AT}, @kind, @media, @status, ${AT('@created')}, @expires, coalesce(${AT('@lastRef')}, ${AT('@created')}),
                CASE WHEN @status = 'SCRATCH' THEN ${AT('@created')} END, @job FROM n`,
      )
      .run(p).changes;
    if (g.dsn !== undefined) {
      tms.db
        .prepare(
          `${SERIES}
           INSERT INTO tms_dataset (volser, file_seq, dsn, created, job)
           SELECT ${VOLSER_AT}, 1, replace(@dsn, '{VOLSER}', ${VOLSER_AT}), ${AT('@created')}, @job FROM n`,
        )
        .run(p);
    }
  } catch (e) {
    throw fail(`TMS volumes ${rangeText(r)}: ${(e as Error).message}`);
  }
  return n;
}

function params(r: CanonicalRange): Record<string, string | number> {
  return { lo: r.lo, hi: r.hi, prefix: r.prefix, width: r.width, suffix: r.suffix };
}

function fail(detail: string): ElsimError {
  return new ElsimError(sim.text('SIM0490E', detail), 'SIM0490E');
}

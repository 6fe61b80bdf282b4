/**
 * The embedded demo sites (fixtures/demo): what `elsim init --demo` builds. A site folder holds
 * catalog.json (the data sets to catalog and the CDSs to format), build.jcl (the job that defines
 * the tapeplex with elsim's own CONFIG, SET VOLPARM and MGMTDEF), parmlib/ members and
 * population.json (the volumes, loaded after the build job) and tms.json (the tape management
 * catalog's volumes and data sets).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { FormatSpec } from '../cds/formatCds.js';

export type SiteName = 'A' | 'B';

/** fixtures/demo, found from this module's place in the package (dist/src/app/demoSite.js). */
export const demoRoot = fileURLToPath(new URL('../../../fixtures/demo/', import.meta.url));

export function siteDir(site: SiteName): string {
  return site === 'A' ? demoRoot : join(demoRoot, 'TAPEPLXB');
}

export interface SiteDataset {
  dsn: string;
  dsorg: 'PS' | 'PO' | 'CDS';
  recfm?: string;
  lrecl?: number;
  /** For a PDS: a folder of the site whose files become its members. */
  members?: string;
  /** For a CDS: `library.json` of the site, or the format spec itself. */
  format?: string | Omit<FormatSpec, 'now'>;
  aliases?: string[];
}

export interface SiteCatalog {
  description: string;
  /** The time the population's timestamps were written for: the demo clock starts here. */
  epoch: string;
  activeCds: string;
  datasets: SiteDataset[];
  build: string;
  population: string;
  /** The site's tape management catalog (src/tms): its data set and the volumes loaded into it (a file of the site, tms.json). */
  tms?: { dsn: string; content?: string };
}

export function readSiteCatalog(site: SiteName): SiteCatalog {
  return JSON.parse(readFileSync(join(siteDir(site), 'catalog.json'), 'utf8')) as SiteCatalog;
}

export function readSiteJson<T>(site: SiteName, file: string): T {
  return JSON.parse(readFileSync(join(siteDir(site), file), 'utf8')) as T;
}

const TIME_KEYS = new Set(['created', 'lastUsed', 'migrated', 'assigned', 'returnDate', 'entered', 'lastRef', 'expires']);

/**
 * The population with every timestamp moved by `deltaMs`, so the demo is as fresh at any --now.
 * A day (`YYYY-MM-DD`, an expiration) stays a day.
 */
export function shiftTimes<T>(spec: T, deltaMs: number): T {
  if (deltaMs === 0) return spec;
  const walk = (v: unknown, key?: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    if (typeof v === 'string' && key !== undefined && TIME_KEYS.has(key)) {
      const moved = new Date(Date.parse(v) + deltaMs).toISOString();
      return /^\d{4}-\d{2}-\d{2}$/.test(v) ? moved.slice(0, 10) : moved.replace('.000Z', 'Z');
    }
    return v;
  };
  return walk(spec) as T;
}

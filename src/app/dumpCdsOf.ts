/**
 * `elsim cds dump`: a CDS (the active one, or a cataloged one by DSN) as JSON — whole, or the
 * sections named by --table, the VTVs and MVCs of --volser ranges and of an SQL --where condition
 * on their table (filtered in SQL: a range of a million-VTV CDS is read through the volser index).
 */
import { Cds } from '../cds/Cds.js';
import { DUMP_SECTIONS, dumpCdsPart, type CdsDump, type DumpSection } from '../cds/dumpCds.js';
import { canonicalRange, rangesCondition, type CanonicalRange, type SqlCondition } from '../cds/volserRange.js';
import { ElsimError } from '../core/errors.js';
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { openSystem } from './openSystem.js';

export interface DumpOptions {
  dir: string;
  dsn?: string;
  /** Sections to print (vtvs, mvcs, …); several may be given, each may hold commas. */
  tables?: readonly string[];
  /** Volsers and ranges (AV1000-AV1069) of the VTVs and MVCs to print. */
  volsers?: readonly string[];
  /** An SQL condition on the columns of the vtv or mvc table (--table names which). */
  where?: string;
}

const split = (xs: readonly string[] | undefined): string[] => (xs ?? []).flatMap((x) => x.split(',')).map((x) => x.trim()).filter((x) => x !== '');

function sectionsOf(tables: readonly string[]): DumpSection[] {
  return tables.map((t) => {
    const s = t.toLowerCase();
    if (!(DUMP_SECTIONS as readonly string[]).includes(s)) throw new ElsimError(sim.text('SIM1409E', t, DUMP_SECTIONS.join(', ')), 'SIM1409E');
    return s as DumpSection;
  });
}

function rangesOf(volsers: readonly string[]): CanonicalRange[] {
  return volsers.map((v) => {
    const [lo = '', hi = lo] = v.toUpperCase().split('-');
    const r = canonicalRange(lo, hi);
    if ('error' in r) throw new ElsimError(sim.text('SIM1410E', v, r.error), 'SIM1410E');
    return r;
  });
}

const and = (a: SqlCondition | undefined, b: SqlCondition | undefined): SqlCondition | undefined =>
  a === undefined ? b : b === undefined ? a : { sql: `(${a.sql}) AND (${b.sql})`, params: [...a.params, ...b.params] };

export function dumpCdsOf(opts: DumpOptions, io: Io): Partial<CdsDump> {
  const tables = sectionsOf(split(opts.tables));
  const volsers = split(opts.volsers);
  const where = opts.where?.trim();
  if (where !== undefined && where !== '') {
    if (!tables.includes('vtvs') && !tables.includes('mvcs')) throw new ElsimError(sim.text('SIM1411E', 'NAME THE TABLE IT IS ON: --table vtvs OR --table mvcs'), 'SIM1411E');
    if (where.includes(';')) throw new ElsimError(sim.text('SIM1411E', 'ONE CONDITION, NO SEMICOLON'), 'SIM1411E');
  }
  const byVolser = volsers.length > 0 ? rangesCondition('volser', rangesOf(volsers)) : undefined;
  const byWhere = where ? { sql: where, params: [] } : undefined;
  // --volser or --where alone print the volumes they select, not the rest of the CDS.
  const sections = tables.length > 0 ? tables : byVolser ? (['vtvs', 'mvcs'] as DumpSection[]) : undefined;
  const system = openSystem(opts.dir, io);
  try {
    const dsn = (opts.dsn ?? system.configuredCds() ?? '').toUpperCase();
    const path = dsn ? system.datasetPath(dsn) : undefined;
    if (path === undefined) throw new ElsimError(sim.text('SIM0507E', dsn || '(none)'), 'SIM0507E');
    const cds = Cds.open(path, { readonly: true });
    try {
      const cond = and(byVolser, byWhere);
      if (byWhere) {
        // The condition is the user's: refuse it with SQLite's reason rather than fail inside the dump.
        for (const [section, table] of [['vtvs', 'vtv'], ['mvcs', 'mvc']] as const) {
          if (!sections?.includes(section)) continue;
          try {
            cds.db.prepare(`SELECT 1 FROM ${table} WHERE ${byWhere.sql}`);
          } catch (e) {
            throw new ElsimError(sim.text('SIM1411E', `${(e as Error).message} (ON TABLE ${table.toUpperCase()})`), 'SIM1411E');
          }
        }
      }
      return dumpCdsPart(cds, {
        ...(sections ? { sections } : {}),
        ...(cond ? { vtvs: cond, mvcs: cond } : {}),
      });
    } finally {
      cds.close();
    }
  } finally {
    system.close();
  }
}

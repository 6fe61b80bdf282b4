/**
 * CONFIG's part of SLSPRINT: the deck as CONFIG understood it (every statement in KEYWORD=value
 * form with full keyword names, RTD/RTDPATH/VTD under their VTSS), then the configuration the
 * CDS holds after the run, VTSS by VTSS, with totals.
 */
import type Database from 'better-sqlite3';
import { GLOBAL_KEYWORDS, RECLAIM_KEYWORDS, type ConfigDeck, type GlobalValues } from './configDeck.js';

const WIDTH = 132;
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string | number, n: number): string => String(s).padStart(n);

/** `  VERB     K=V K=V …`, wrapped at the print width under the first operand. */
function statementLines(indent: number, verb: string, operands: string[]): string[] {
  const head = ' '.repeat(indent) + pad(verb, 10 - indent + 2);
  const lines: string[] = [];
  let line = head;
  for (const op of operands) {
    if (line.length > head.length && line.length + 1 + op.length > WIDTH) {
      lines.push(line);
      line = ' '.repeat(head.length);
    }
    line += (line.length > head.length ? ' ' : '') + op;
  }
  lines.push(line.trimEnd());
  return lines;
}

const kv = (k: string, v: string | number | undefined): string[] => (v === undefined ? [] : [`${k}=${v}`]);
const keywords = (values: GlobalValues, list: readonly string[]): string[] => list.flatMap((k) => kv(k, values[k]));
const vtdCount = (low: string, high: string): number => parseInt(high, 16) - parseInt(low, 16) + 1;

export function deckLines(deck: ConfigDeck): string[] {
  const out: string[] = [];
  out.push(['CONFIG', deck.reset ? 'RESET' : undefined, deck.cdsLevel ? `CDSLEVEL(${deck.cdsLevel})` : undefined].filter(Boolean).join(' '));
  if (deck.global) out.push(...statementLines(2, 'GLOBAL', keywords(deck.global, GLOBAL_KEYWORDS)));
  if (deck.reclaim) out.push(...statementLines(2, 'RECLAIM', keywords(deck.reclaim, RECLAIM_KEYWORDS)));
  for (const t of deck.tapeplexes) {
    out.push(...statementLines(2, 'TAPEPLEX', [...kv('THISPLEX', t.thisplex), ...kv('RECVPLEX', t.recvplex.length ? `(${t.recvplex.join(',')})` : undefined), ...kv('STORMNGR', t.stormngr.length ? `(${t.stormngr.join(',')})` : undefined)]));
  }
  for (const s of deck.stormngrs) out.push(...statementLines(2, 'STORMNGR', [`NAME=${s.name}`]));
  for (const h of deck.hosts) out.push(...statementLines(2, 'HOST', [`NAME=${h.name}`, ...(h.nomigrat ? ['NOMIGRAT'] : []), ...(h.noreclam ? ['NORECLAM'] : [])]));
  for (const r of deck.volranges) out.push(...statementLines(2, `${r.kind}VOL`, [`LOW=${r.low}`, `HIGH=${r.high}`, ...(r.scratch ? ['SCRATCH'] : [])]));
  for (const v of deck.vtss) {
    out.push(
      ...statementLines(2, 'VTSS', [
        `NAME=${v.name}`,
        ...kv('LOW', v.low),
        ...kv('HIGH', v.high),
        ...kv('MAXMIG', v.maxmig),
        ...kv('MINMIG', v.minmig),
        ...kv('RETAIN', v.retain),
        ...kv('DEFLTACS', v.defltacs),
      ]),
    );
    for (const r of v.rtds) out.push(...statementLines(4, 'RTD', [`NAME=${r.name}`, ...kv('DEVNO', r.devno), ...kv('CHANIF', r.chanif), ...kv('IPIF', r.ipif), ...kv('STORMNGR', r.stormngr)]));
    for (const r of v.rtdpaths) out.push(...statementLines(4, 'RTDPATH', [`NAME=${r.name}`, `STORMNGR=${r.stormngr}`, ...kv('DEVNO', r.devno), ...kv('CHANIF', r.chanif), ...kv('IPIF', r.ipif)]));
    for (const d of v.vtds) out.push(...statementLines(4, 'VTD', [`LOW=${d.low}`, `HIGH=${d.high}`, ...(d.noverify ? ['NOVERIFY'] : []), `(${vtdCount(d.low, d.high)} VTDS)`]));
  }
  for (const c of deck.clusters) out.push(...statementLines(2, 'CLUSTER', [`NAME=${c.name}`, `VTSSS=(${c.vtss.join(',')})`]));
  for (const l of deck.clinks) out.push(...statementLines(2, 'CLINK', [`VTSS=${l.vtss}`, ...kv('CHANIF', l.chanif), ...kv('IPIF', l.ipif), ...kv('PARTNER', l.partner), ...kv('REMPLEX', l.remplex)]));
  return out;
}

interface VtssTotals {
  name: string;
  rtds: number;
  rtdpaths: number;
  vtds: number;
  clinks: number;
  clusters: string;
}

/** The configuration stored in the CDS after the run. */
export function storedConfigLines(db: Database.Database): string[] {
  const identity = db.prepare('SELECT tapeplex, cds_level FROM cds_identity').get() as { tapeplex: string | null; cds_level: string | null } | undefined;
  const rows = db
    .prepare(
      `SELECT v.name,
              (SELECT count(*) FROM cfg_rtd r WHERE r.vtss = v.name) AS rtds,
              (SELECT count(*) FROM cfg_rtdpath p WHERE p.vtss = v.name) AS rtdpaths,
              (SELECT count(*) FROM cfg_clink l WHERE l.vtss = v.name) AS clinks,
              coalesce((SELECT group_concat(cluster, ',') FROM cfg_cluster_vtss c WHERE c.vtss = v.name), '') AS clusters
         FROM cfg_vtss v ORDER BY v.seq, v.name`,
    )
    .all() as Omit<VtssTotals, 'vtds'>[];
  const vtdRows = db.prepare('SELECT vtss, low, high FROM cfg_vtd').all() as { vtss: string; low: string; high: string }[];
  const totals: VtssTotals[] = rows.map((r) => ({ ...r, vtds: vtdRows.filter((d) => d.vtss === r.name).reduce((n, d) => n + vtdCount(d.low, d.high), 0) }));
  const count = (table: string, where = ''): number => db.prepare(`SELECT count(*) FROM ${table} ${where}`).pluck().get() as number;
  const out: string[] = [];
  out.push(`VTCS CONFIGURATION IN THE CDS:  TAPEPLEX ${identity?.tapeplex ?? '(NONE)'}   CDSLEVEL ${identity?.cds_level ?? '(NOT SET)'}`);
  out.push('');
  out.push(`  ${pad('VTSS', 10)}${lpad('RTDS', 6)}${lpad('RTDPATHS', 10)}${lpad('VTDS', 7)}${lpad('CLINKS', 8)}  CLUSTERS`);
  for (const t of totals) out.push(`  ${pad(t.name, 10)}${lpad(t.rtds, 6)}${lpad(t.rtdpaths, 10)}${lpad(t.vtds, 7)}${lpad(t.clinks, 8)}  ${t.clusters}`.trimEnd());
  const sum = (k: 'rtds' | 'rtdpaths' | 'vtds' | 'clinks'): number => totals.reduce((n, t) => n + t[k], 0);
  out.push(`  ${pad(`${totals.length} VTSS`, 10)}${lpad(sum('rtds'), 6)}${lpad(sum('rtdpaths'), 10)}${lpad(sum('vtds'), 7)}${lpad(sum('clinks'), 8)}`);
  out.push('');
  out.push(
    `  CLUSTERS ${count('cfg_cluster')}   HOSTS ${count('cfg_host')}   STORAGE MANAGERS ${count('cfg_stormngr')}   ` +
      `VTV RANGES ${count('cfg_volrange', "WHERE kind = 'VTV'")}   MVC RANGES ${count('cfg_volrange', "WHERE kind = 'MVC'")}`,
  );
  return out;
}

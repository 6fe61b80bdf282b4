/**
 * The displays a CDRT or CTR procedure watches replication with (chapter 7, preparing a VTSS
 * cluster for a DR test):
 *
 *   Display REPLicat                     VTSS   HOST      QDEPTH     one line per VTSS that sends
 *                                        VTSS0  MVS1           1     (has CLINKs): the replication
 *                                                                    and CTR copies it has queued
 *   Display CLINK [VTSS(name)]           VTSS   CLINK STATUS  USAGE        HOST     TO
 *                                        VTSS0      1 ONLINE  REPLICATING  MVS1     VTSS1
 *                                        VTSS0      2 ONLINE  FREE                  VTSS1
 *   Display CLUster                      each cluster, its VTSSs and their states, and its mode
 *
 * Columns as the guide prints them (VTSS, HOST, QDEPTH; VTSS, CLINK, STATUS, USAGE, HOST), with
 * elsim's TO column after them (the partner VTSS, or TapePlex/VTSS of a CTR link). A CLINK is
 * REPLICATING while its VTSS has queued work of its kind (replication in the cluster, or CTR copies
 * to its REMPLEX) that the VTSS and CLINK states let through, FREE otherwise; its HOST is shown
 * only while it replicates, as in the guide's example.
 */
import { readVtssStates } from '../cds/vtssStatus.js';
import { sim } from '../core/simMessages.js';
import { heldBecause, readDeliveryState } from '../sim/deliverable.js';
import type { Work } from '../sim/types.js';
import { formatRow, type Column } from '../utilities/reportColumns.js';
import type { CommandWord } from './parseCommand.js';
import { refused } from './stateCommands.js';
import type { ConsoleContext, ConsoleResponse } from './types.js';

const REPL_COLUMNS: Column[] = [
  { head: ['VTSS'], width: 8 },
  { head: ['HOST'], width: 8 },
  { head: ['QDEPTH'], width: 6, right: true },
];

const CLINK_COLUMNS: Column[] = [
  { head: ['VTSS'], width: 8 },
  { head: ['CLINK'], width: 5, right: true },
  { head: ['STATUS'], width: 7 },
  { head: ['USAGE'], width: 12 },
  { head: ['HOST'], width: 8 },
  { head: ['TO'], width: 17 },
];

const heading = (cols: Column[]): string => formatRow(cols, cols.map((c) => c.head[0]));

interface ClinkRow {
  clink_id: number;
  vtss: string;
  partner: string | null;
  remplex: string | null;
  state: string;
}

function clinks(ctx: ConsoleContext): (ClinkRow & { number: number })[] {
  const rows = ctx.cds.db
    .prepare(
      `SELECT c.clink_id, c.vtss, c.partner, c.remplex, coalesce(s.state, 'ONLINE') AS state
         FROM cfg_clink c JOIN cfg_vtss v ON v.name = c.vtss LEFT JOIN clink_status s ON s.clink_id = c.clink_id
        ORDER BY v.seq, c.seq, c.clink_id`,
    )
    .all() as ClinkRow[];
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const n = (seen.get(r.vtss) ?? 0) + 1;
    seen.set(r.vtss, n);
    return { ...r, number: n };
  });
}

/** The cluster partner of a VTSS (the other member of its cluster), if it has one. */
function clusterPartner(ctx: ConsoleContext, vtss: string): string | null {
  const r = ctx.cds.db
    .prepare('SELECT o.vtss FROM cfg_cluster_vtss m JOIN cfg_cluster_vtss o ON o.cluster = m.cluster AND o.vtss <> m.vtss WHERE m.vtss = ? ORDER BY o.pos LIMIT 1')
    .pluck()
    .get(vtss) as string | undefined;
  return r ?? null;
}

function pendingFrom(ctx: ConsoleContext): Work[] {
  return ctx.hardware.listWork({}).filter((w) => w.kind === 'REPLICATE' || w.kind === 'CTR');
}

export function displayReplication(ctx: ConsoleContext): ConsoleResponse {
  const links = clinks(ctx);
  const senders = [...new Set(links.map((l) => l.vtss))];
  const pending = pendingFrom(ctx);
  const rows = senders.map((vtss) => {
    const queued = pending.filter((w) => w.source === vtss);
    return { vtss, host: ctx.host, qdepth: queued.length, replications: queued.filter((w) => w.kind === 'REPLICATE').length, ctr: queued.filter((w) => w.kind === 'CTR').length };
  });
  // Queued work of a VTSS without CLINKs (a CONFIG changed under it) is still shown.
  for (const w of pending) {
    if (w.source !== null && !senders.includes(w.source)) {
      senders.push(w.source);
      const queued = pending.filter((x) => x.source === w.source);
      rows.push({ vtss: w.source, host: ctx.host, qdepth: queued.length, replications: queued.filter((x) => x.kind === 'REPLICATE').length, ctr: queued.filter((x) => x.kind === 'CTR').length });
    }
  }
  const lines = [sim.line('SIM1214I', rows.reduce((n, r) => n + r.qdepth, 0)), heading(REPL_COLUMNS)];
  for (const r of rows) lines.push(formatRow(REPL_COLUMNS, [r.vtss, r.host, r.qdepth]));
  if (rows.length === 0) lines.push(sim.line('SIM1215I'));
  return { rc: 0, lines, data: { replication: rows } };
}

export function displayClinks(ctx: ConsoleContext, operands: CommandWord[], text: string): ConsoleResponse {
  let only: string | undefined;
  for (const w of operands) {
    if ((w.word === 'VTSS' || w.word === 'NAME') && w.values?.length === 1) only = w.values[0];
    else if (!w.values && operands.length === 1) only = w.word;
    else return refused('SIM1202E', text, w.col);
  }
  const all = clinks(ctx);
  if (only !== undefined && !readVtssStates(ctx.cds.db).some((v) => v.vtss === only)) return refused('SIM0797E', 'VTSS', only);
  const links = all.filter((l) => only === undefined || l.vtss === only);
  const delivery = readDeliveryState(ctx.cds.db);
  const pending = pendingFrom(ctx);
  const offline = new Set(delivery.offline);
  const rows = links.map((l) => {
    const usable = l.state === 'ONLINE' && !offline.has(l.vtss);
    const busy =
      usable &&
      pending.some((w) => w.source === l.vtss && (l.remplex === null ? w.kind === 'REPLICATE' : w.kind === 'CTR' && w.target === l.remplex) && heldBecause(delivery, w) === undefined);
    const to = l.remplex !== null ? `${l.remplex}/${l.partner ?? '?'}` : (l.partner ?? clusterPartner(ctx, l.vtss) ?? '');
    return { vtss: l.vtss, clink: l.number, status: l.state, usage: busy ? 'REPLICATING' : 'FREE', host: busy ? ctx.host : '', to, remplex: l.remplex };
  });
  const lines = [sim.line('SIM1213I', rows.length), heading(CLINK_COLUMNS)];
  for (const r of rows) lines.push(formatRow(CLINK_COLUMNS, [r.vtss, r.clink, r.status, r.status === 'ONLINE' ? r.usage : '', r.host, r.to]));
  return { rc: 0, lines, data: { clinks: rows } };
}

const CLUSTER_COLUMNS: Column[] = [
  { head: ['CLUSTER'], width: 8 },
  { head: ['VTSS'], width: 8 },
  { head: ['ROLE'], width: 9 },
  { head: ['STATE'], width: 8 },
  { head: ['MODE'], width: 16 },
];

export function displayClusters(ctx: ConsoleContext): ConsoleResponse {
  const db = ctx.cds.db;
  const states = new Map(readVtssStates(db).map((s) => [s.vtss, s.state]));
  const members = db
    .prepare('SELECT c.name AS cluster, m.vtss, m.pos FROM cfg_cluster c JOIN cfg_cluster_vtss m ON m.cluster = c.name ORDER BY c.seq, c.name, m.pos')
    .all() as { cluster: string; vtss: string; pos: number }[];
  const senders = new Set(clinks(ctx).filter((l) => l.remplex === null).map((l) => l.vtss));
  const byCluster = new Map<string, { vtss: string; pos: number }[]>();
  for (const m of members) byCluster.set(m.cluster, [...(byCluster.get(m.cluster) ?? []), m]);
  const rows: { cluster: string; vtss: string; role: string; state: string; mode: string }[] = [];
  for (const [cluster, ms] of byCluster) {
    const online = ms.filter((m) => states.get(m.vtss) === 'ONLINE').length;
    const mode = online === ms.length ? 'FULL FUNCTION' : online === 0 ? 'NOT OPERATIONAL' : 'DEGRADED';
    const bidirectional = ms.every((m) => senders.has(m.vtss));
    for (const m of ms) {
      const role = bidirectional ? 'PEER' : senders.has(m.vtss) ? 'PRIMARY' : 'SECONDARY';
      rows.push({ cluster, vtss: m.vtss, role, state: states.get(m.vtss) ?? 'UNKNOWN', mode });
    }
  }
  const lines = [sim.line('SIM1220I', byCluster.size), heading(CLUSTER_COLUMNS)];
  for (const r of rows) lines.push(formatRow(CLUSTER_COLUMNS, [r.cluster, r.vtss, r.role, r.state, r.mode]));
  return { rc: 0, lines, data: { clusters: rows } };
}

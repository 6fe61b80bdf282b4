/**
 * SMC at the console: its commands change SMC's definitions, its displays show them.
 *   READ DSN('dsn(member)')      read SMC commands from a data set
 *   TREQDEF DSN('dsn(member)')   read the TAPEREQ statements again (replacing them)
 *   TAPEPLEX … | SERVER … | POLICY … | TAPEREQ … | UNITATTR … | HTTP …   one command
 *   Display TAPEPlex | SERVer | POLicy [name] | TAPEREQ
 * A command or read with any error changes nothing (SIM1261E); its messages carry the data set,
 * line and column of each statement in error.
 */
import { formatDiagnostic, type Diagnostic } from '../core/Diagnostic.js';

/** A diagnostic as --json shows it: its card flattened (the terminal's convention). */
function messageJson(d: Diagnostic): Record<string, unknown> {
  return { id: d.id, severity: d.severity, text: d.text, ...(d.card ? { file: d.card.file, line: d.card.line, column: d.card.column } : {}), ...(d.image !== undefined ? { image: d.image } : {}) };
}
import { sim } from '../core/simMessages.js';
import { definitionCounts, SmcReader } from '../smc/SmcDefinitions.js';
import { readConsoleStatement } from '../smc/readSmcStatements.js';
import { formatRow, type Column } from '../utilities/reportColumns.js';
import type { CommandWord } from './parseCommand.js';
import { refused } from './stateCommands.js';
import type { ConsoleContext, ConsoleResponse } from './types.js';

function noSmc(): ConsoleResponse {
  return { ...refused('SIM1266E'), issuer: 'SMC' };
}

/** Any SMC command typed at the console (READ and TREQDEF included). */
export function smcCommand(ctx: ConsoleContext, _operands: CommandWord[], text: string): ConsoleResponse {
  const smc = ctx.smc;
  if (!smc) return noSmc();
  const ls = readConsoleStatement(text);
  if (!ls) return refused('SIM1201E');
  const base = smc.definitions();
  const r = new SmcReader(base, smc.readDataset).readCommand(ls).result(base);
  const lines = r.diagnostics.flatMap((d) => formatDiagnostic(d).split('\n'));
  const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
  if (!r.ok) {
    lines.push(sim.line('SIM1261E', errors));
    return { rc: 8, lines, data: { messages: r.diagnostics.map(messageJson), changed: false }, issuer: 'SMC' };
  }
  smc.save(r.definitions);
  const read = r.definitions.read.length > base.read.length || /^\s*(READ|TREQDEF)\b/i.test(text) ? r.definitions.read[r.definitions.read.length - 1] ?? 'THE CONSOLE' : 'THE CONSOLE';
  lines.push(sim.line('SIM1260I', read, ...definitionCounts(r.definitions)));
  return { rc: r.diagnostics.some((d) => d.severity === 'warning') ? 4 : 0, lines, data: { messages: r.diagnostics.map(messageJson), changed: true, counts: definitionCounts(r.definitions) }, issuer: 'SMC' };
}

const heading = (cols: Column[]): string => formatRow(cols, cols.map((c) => c.head[0]));

const PLEX_COLUMNS: Column[] = [
  { head: ['TAPEPLEX'], width: 8 },
  { head: ['LOCSUB'], width: 6 },
  { head: ['STATE'], width: 8 },
  { head: ['SERVERS'], width: 40 },
];

export function displayTapeplexes(ctx: ConsoleContext): ConsoleResponse {
  if (!ctx.smc) return noSmc();
  const d = ctx.smc.definitions();
  const rows = d.tapeplexes.map((t) => ({ ...t, servers: d.servers.filter((s) => s.tapeplex === t.name).map((s) => s.name) }));
  const lines = [sim.line('SIM1267I', rows.length), heading(PLEX_COLUMNS)];
  for (const r of rows) lines.push(formatRow(PLEX_COLUMNS, [r.name, r.locsub ?? '', r.active ? 'ACTIVE' : 'INACTIVE', r.locsub ? 'LOCAL' : r.servers.join(' ')]));
  return { rc: 0, lines, data: { tapeplexes: rows }, issuer: 'SMC' };
}

const SERVER_COLUMNS: Column[] = [
  { head: ['SERVER'], width: 8 },
  { head: ['TAPEPLEX'], width: 8 },
  { head: ['HOST'], width: 20 },
  { head: ['PORT'], width: 5, right: true },
  { head: ['STATE'], width: 8 },
];

export function displayServers(ctx: ConsoleContext): ConsoleResponse {
  if (!ctx.smc) return noSmc();
  const d = ctx.smc.definitions();
  const lines = [sim.line('SIM1268I', d.servers.length), heading(SERVER_COLUMNS)];
  for (const s of d.servers) lines.push(formatRow(SERVER_COLUMNS, [s.name, s.tapeplex, s.host ?? s.ip ?? '', s.port, s.active ? 'ACTIVE' : 'INACTIVE']));
  return { rc: 0, lines, data: { servers: d.servers }, issuer: 'SMC' };
}

const POLICY_COLUMNS: Column[] = [
  { head: ['POLICY'], width: 16 },
  { head: ['MEDIA'], width: 8 },
  { head: ['MGMTCLAS'], width: 8 },
  { head: ['SUBPOOL'], width: 13 },
  { head: ['ESOTERIC'], width: 8 },
  { head: ['TAPEPLEX'], width: 8 },
];

export function displayPolicies(ctx: ConsoleContext, operands: CommandWord[], text: string): ConsoleResponse {
  if (!ctx.smc) return noSmc();
  const d = ctx.smc.definitions();
  const w = operands[0];
  const only = w === undefined ? undefined : operands.length === 1 && !w.values ? w.word : operands.length === 1 && w.word === 'NAME' && w.values?.length === 1 ? w.values[0] : null;
  if (only === null) return refused('SIM1202E', text, w!.col);
  if (only !== undefined && !d.policies.some((p) => p.name === only)) return refused('SIM1257E', 'POLICY', only, 'DISPLAY');
  const rows = d.policies.filter((p) => only === undefined || p.name === only);
  const lines = [sim.line('SIM1269I', rows.length), heading(POLICY_COLUMNS)];
  for (const p of rows) lines.push(formatRow(POLICY_COLUMNS, [p.name, p.media, p.mgmt, p.subpool, p.esoteric, p.tapeplex]));
  return { rc: 0, lines, data: { policies: rows }, issuer: 'SMC' };
}

export function displayTapereqs(ctx: ConsoleContext): ConsoleResponse {
  if (!ctx.smc) return noSmc();
  const d = ctx.smc.definitions();
  const lines = [sim.line('SIM1270I', d.tapereqs.length)];
  d.tapereqs.forEach((r, i) => lines.push(`${String(i + 1).padStart(4)} ${r.text.padEnd(60)} ${r.source}`));
  return { rc: 0, lines, data: { tapereqs: d.tapereqs }, issuer: 'SMC' };
}

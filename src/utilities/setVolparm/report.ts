/**
 * SET VOLPARM's pool report: one line per VOLPARM range under its pool, the pool's options on
 * its first line, then totals. Column layout kept in one table.
 */
import { rangeCount, rangeText } from '../../cds/volserRange.js';
import { wrapWords } from '../reportColumns.js';
import { volumeCount, type PoolDef, type PoolDefinitions } from './poolDefinitions.js';

const COLUMNS = [
  { title: ['POOL', 'NAME'], width: 14 },
  { title: ['POOL', 'TYPE'], width: 9 },
  { title: ['DR', 'TEST'], width: 5 },
  { title: ['VOLSER', 'RANGE'], width: 14 },
  { title: ['', 'MEDIA'], width: 9 },
  { title: ['', 'RECTECH'], width: 9 },
  { title: ['', 'VOLUMES'], width: 8, right: true },
  { title: ['POOL', 'OPTIONS'], width: 57 },
] as const;

function row(cells: string[]): string {
  return COLUMNS.map((c, i) => {
    const v = cells[i] ?? '';
    return 'right' in c && c.right ? v.padStart(c.width) : v.padEnd(c.width);
  })
    .join(' ')
    .trimEnd();
}

export function poolHeadings(): string[] {
  return [row(COLUMNS.map((c) => c.title[0])), row(COLUMNS.map((c) => c.title[1])), row(COLUMNS.map((c) => '-'.repeat(c.width)))];
}

function options(p: PoolDef): string {
  const o: string[] = [];
  if (p.ownrplex) o.push(`OWNRPLEX(${p.ownrplex})`);
  if (p.hostid.length) o.push(`HOSTID(${p.hostid.join(',')})`);
  if (p.label) o.push(`LABEL(${p.label})`);
  for (const [k, v] of [['INITMVC', p.initmvc], ['MVCFREE', p.mvcfree], ['MAXMVC', p.maxmvc], ['THRESH', p.thresh], ['START', p.start], ['MAXCLEAN', p.maxclean]] as const) {
    if (v !== undefined) o.push(`${k}(${v})`);
  }
  return o.join(' ');
}

export function poolLines(defs: PoolDefinitions): string[] {
  const out: string[] = [];
  for (const r of defs.unpooled) out.push(row(['(NO POOL)', '', '', rangeText(r.range), r.media ?? '', r.rectech ?? '', String(rangeCount(r.range)), '']));
  const optionWidth = COLUMNS[COLUMNS.length - 1]!.width;
  for (const p of defs.pools) {
    // The pool's options run down the last column, beside its ranges and under them if longer.
    const opts = wrapWords(options(p), optionWidth);
    const lines = Math.max(p.ranges.length, 1, opts.length);
    for (let i = 0; i < lines; i++) {
      const r = p.ranges[i];
      const range = r ? [rangeText(r.range), r.media ?? '', r.rectech ?? '', String(rangeCount(r.range))] : i === 0 ? ['(NONE)', '', '', '0'] : ['', '', '', ''];
      out.push(row([i === 0 ? p.name : '', i === 0 ? p.type : '', i === 0 && p.drtest ? 'YES' : '', ...range, opts[i] ?? '']));
    }
  }
  const ranges = defs.pools.reduce((n, p) => n + p.ranges.length, 0) + defs.unpooled.length;
  const volumes = defs.pools.reduce((n, p) => n + volumeCount(p.ranges), 0) + volumeCount(defs.unpooled);
  out.push('');
  const byType = new Map<string, number>();
  for (const p of defs.pools) byType.set(p.type, (byType.get(p.type) ?? 0) + 1);
  out.push(`TOTAL: ${defs.pools.length} POOLS (${[...byType].map(([t, n]) => `${n} ${t}`).join(', ') || 'NONE'}), ${ranges} RANGES, ${volumes} VOLUMES`);
  return out;
}

/**
 * POOLPARM / VOLPARM statements → pool definitions, with SET VOLPARM's consistency checks:
 * each VOLPARM belongs to the POOLPARM before it; parameters must suit the pool type; media and
 * recording technique must exist and agree; no volser may fall in two ranges; a pool should have
 * volumes. Problems are Diagnostics naming the card (errors refuse the whole update, warnings
 * give condition code 4).
 */
import type { CardPos, Diagnostic } from '../../core/Diagnostic.js';
import { sim } from '../../core/simMessages.js';
import { canonicalOf, rangeCount, rangeText, type CanonicalRange } from '../../cds/volserRange.js';
import { MEDIA_TYPES, mediaProblem } from '../../cds/mediaTypes.js';
import type { ValidatedStatement } from '../../sluadmin/types.js';
import { flag, int, names, text, volRanges } from '../paramValues.js';

export type PoolType = 'SCRATCH' | 'MVC' | 'EXTERNAL' | 'CLEAN' | 'SPARE';

export interface RangeDef {
  range: CanonicalRange;
  media?: string;
  rectech?: string;
  card: CardPos;
}

export interface PoolDef {
  name: string;
  type: PoolType;
  drtest: boolean;
  ownrplex?: string;
  hostid: string[];
  label?: string;
  mvcfree?: number;
  maxmvc?: number;
  thresh?: number;
  start?: number;
  initmvc?: string;
  maxclean?: number;
  card: CardPos;
  ranges: RangeDef[];
}

export interface PoolDefinitions {
  pools: PoolDef[];
  /** VOLPARM ranges coded before any POOLPARM. */
  unpooled: RangeDef[];
  diagnostics: Diagnostic[];
}

const MVC_ONLY = ['MVCFREE', 'MAXMVC', 'THRESH', 'START', 'INITMVC'] as const;
const DRTEST_TYPES: PoolType[] = ['SCRATCH', 'MVC'];

const optional = <K extends string, V>(key: K, v: V | undefined): { [P in K]?: V } => (v === undefined ? {} : ({ [key]: v } as { [P in K]?: V }));

export function poolDefinitions(statements: readonly ValidatedStatement[]): PoolDefinitions {
  const pools: PoolDef[] = [];
  const unpooled: RangeDef[] = [];
  const diagnostics: Diagnostic[] = [];
  const error = (card: CardPos, id: 'SIM0403E' | 'SIM0421E' | 'SIM0422E' | 'SIM0420E', inserts: (string | number)[]): void => {
    diagnostics.push(sim.diag(id, 'error', inserts, { card }));
  };
  let current: PoolDef | undefined;
  const seen = new Map<string, PoolDef>();

  for (const s of statements) {
    const v = s.values;
    const card = { ...s.statement.pos, column: 1 };
    if (s.schema.verb === 'POOLPARM') {
      const pool: PoolDef = {
        name: text(v, 'NAME') ?? '',
        type: (text(v, 'TYPE') ?? 'SCRATCH') as PoolType,
        drtest: flag(v, 'DRTEST'),
        ...optional('ownrplex', text(v, 'OWNRPLEX')),
        hostid: names(v, 'HOSTID'),
        ...optional('label', text(v, 'LABEL')),
        ...optional('mvcfree', int(v, 'MVCFREE')),
        ...optional('maxmvc', int(v, 'MAXMVC')),
        ...optional('thresh', int(v, 'THRESH')),
        ...optional('start', int(v, 'START')),
        ...optional('initmvc', text(v, 'INITMVC')),
        ...optional('maxclean', int(v, 'MAXCLEAN')),
        card,
        ranges: [],
      };
      const key = `${pool.name}${pool.drtest ? ' DRTEST' : ''}`;
      if (seen.has(key)) error(card, 'SIM0403E', ['POOLPARM', key, card.line]);
      seen.set(key, pool);
      const what = `${pool.name} TYPE(${pool.type})`;
      if (pool.type !== 'MVC') {
        for (const k of MVC_ONLY) if (v.has(k)) error(card, 'SIM0422E', [what, card.line, `${k} IS ONLY FOR TYPE(MVC) POOLS`]);
      }
      if (pool.type !== 'EXTERNAL' && pool.ownrplex !== undefined) error(card, 'SIM0422E', [what, card.line, 'OWNRPLEX IS ONLY FOR TYPE(EXTERNAL) POOLS']);
      if (pool.type !== 'CLEAN' && pool.maxclean !== undefined) error(card, 'SIM0422E', [what, card.line, 'MAXCLEAN IS ONLY FOR TYPE(CLEAN) POOLS']);
      if (pool.drtest && !DRTEST_TYPES.includes(pool.type)) error(card, 'SIM0422E', [what, card.line, 'DR TEST SUBPOOLS ARE SCRATCH AND MVC POOLS']);
      pools.push(pool);
      current = pool;
      continue;
    }
    // VOLPARM
    const media = text(v, 'MEDIA');
    const rectech = text(v, 'RECTECH');
    const ranges: RangeDef[] = [];
    for (const vr of volRanges(v, 'VOLSER')) {
      const r = canonicalOf(vr);
      if ('error' in r) {
        error(card, 'SIM0421E', [vr.text, card.line, r.error.toUpperCase()]);
        continue;
      }
      ranges.push({ range: r, ...optional('media', media), ...optional('rectech', rectech), card });
    }
    const label = ranges.map((r) => rangeText(r.range)).join(',');
    const problem = mediaProblem(media, rectech);
    if (problem) error(card, 'SIM0421E', [label, card.line, problem]);
    if (current?.type === 'MVC' && media !== undefined && MEDIA_TYPES[media]?.virtual) {
      error(card, 'SIM0421E', [label, card.line, `MVC POOL ${current.name} CANNOT HOLD VIRTUAL VOLUMES`]);
    }
    if (current?.type === 'CLEAN' && media !== undefined && MEDIA_TYPES[media] && !MEDIA_TYPES[media]!.cleaning) {
      error(card, 'SIM0421E', [label, card.line, `CLEAN POOL ${current.name} HOLDS CLEANING CARTRIDGES, NOT MEDIA(${media})`]);
    }
    if (current) current.ranges.push(...ranges);
    else {
      diagnostics.push(sim.diag('SIM0424W', 'warning', [label, card.line], { card }));
      unpooled.push(...ranges);
    }
  }

  for (const p of pools) {
    if (p.ranges.length === 0) diagnostics.push(sim.diag('SIM0423W', 'warning', [`${p.name}${p.drtest ? ' DRTEST' : ''}`, p.card.line], { card: p.card }));
  }

  // Overlaps: sort by shape and low end; a range overlaps the widest one before it of its shape.
  const all = [...pools.flatMap((p) => p.ranges), ...unpooled];
  const shape = (r: CanonicalRange): string => `${r.prefix}\u0000${r.width}\u0000${r.suffix}`;
  const sorted = [...all].sort((a, b) => (shape(a.range) < shape(b.range) ? -1 : shape(a.range) > shape(b.range) ? 1 : a.range.lo - b.range.lo || a.card.line - b.card.line));
  let reach: RangeDef | undefined;
  for (const r of sorted) {
    if (reach && shape(reach.range) === shape(r.range) && r.range.lo <= reach.range.hi) {
      const [first, second] = reach.card.line <= r.card.line ? [reach, r] : [r, reach];
      error(second.card, 'SIM0420E', [rangeText(second.range), second.card.line, rangeText(first.range), first.card.line]);
    }
    if (!reach || shape(reach.range) !== shape(r.range) || r.range.hi > reach.range.hi) reach = r;
  }
  return { pools, unpooled, diagnostics };
}

export function volumeCount(ranges: readonly RangeDef[]): number {
  return ranges.reduce((n, r) => n + rangeCount(r.range), 0);
}

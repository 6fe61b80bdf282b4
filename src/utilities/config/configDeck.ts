/**
 * A CONFIG deck as CONFIG understands it: the validated sub-statements arranged by kind, RTD /
 * RTDPATH / VTD under the VTSS they follow, each item with the card it came from. readConfigDeck
 * builds it and reports structural errors (a statement before any VTSS); checkConfigDeck does the
 * cross-statement checks.
 */
import type { ValidatedStatement } from '../../sluadmin/types.js';
import { sim } from '../../core/simMessages.js';
import { flag, int, names, text } from '../paramValues.js';

export type GlobalValues = Record<string, string | number>;

export interface Carded {
  /** Card (line) the statement starts on. */
  card: number;
}
export interface RtdDef extends Carded {
  name: string;
  devno?: string;
  chanif?: string;
  ipif?: string;
  stormngr?: string;
}
export interface RtdpathDef extends Carded {
  name: string;
  stormngr: string;
  devno?: string;
  chanif?: string;
  ipif?: string;
}
export interface VtdDef extends Carded {
  low: string;
  high: string;
  noverify: boolean;
}
export interface VtssDef extends Carded {
  name: string;
  low?: number;
  high?: number;
  maxmig?: number;
  minmig?: number;
  retain?: number;
  defltacs?: string;
  rtds: RtdDef[];
  rtdpaths: RtdpathDef[];
  vtds: VtdDef[];
}
export interface ClinkDef extends Carded {
  vtss: string;
  chanif?: string;
  ipif?: string;
  partner?: string;
  remplex?: string;
}
export interface ClusterDef extends Carded {
  name: string;
  vtss: string[];
}
export interface HostDef extends Carded {
  name: string;
  nomigrat: boolean;
  noreclam: boolean;
}
export interface VolrangeDef extends Carded {
  kind: 'VTV' | 'MVC';
  low: string;
  high: string;
  scratch: boolean;
}
export interface TapeplexDef extends Carded {
  thisplex?: string;
  recvplex: string[];
  stormngr: string[];
}

export interface ConfigDeck {
  reset: boolean;
  cdsLevel?: string;
  global?: GlobalValues & Carded;
  reclaim?: GlobalValues & Carded;
  vtss: VtssDef[];
  clinks: ClinkDef[];
  clusters: ClusterDef[];
  hosts: HostDef[];
  stormngrs: (Carded & { name: string })[];
  tapeplexes: TapeplexDef[];
  volranges: VolrangeDef[];
}

/** GLOBAL keywords and the column each is stored in; numeric enums are stored as numbers. */
export const GLOBAL_KEYWORDS = [
  'MAXVTV', 'MVCFREE', 'VTVATTR', 'RECALWER', 'LOCKSTR', 'REPLICAT', 'VTVPAGE', 'NLIBDRNR', 'NLIBMIGR', 'NLIBRECL', 'MVCMNTTO',
  'INITMVC', 'SYNCHREP', 'MAXRTDS', 'FASTMIGR', 'LOGPOL', 'MAXVTVSZ', 'LOCKTOUT', 'FASTRECL', 'VTDGT256', 'VTVCHAIN', 'PINNING', 'PROTECT',
] as const;
export const RECLAIM_KEYWORDS = ['THRESHLD', 'MAXMVC', 'START', 'CONMVC', 'INPTHRSH'] as const;
const NUMERIC = new Set(['MAXVTV', 'MVCFREE', 'MVCMNTTO', 'MAXRTDS', 'MAXVTVSZ', 'LOCKTOUT', 'PROTECT', ...RECLAIM_KEYWORDS]);

function keywordValues(s: ValidatedStatement, keywords: readonly string[]): GlobalValues {
  const out: GlobalValues = {};
  for (const k of keywords) {
    const v = NUMERIC.has(k) ? int(s.values, k) : text(s.values, k);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

const opt = <K extends string, V>(key: K, v: V | undefined): { [P in K]?: V } => (v === undefined ? {} : ({ [key]: v } as { [P in K]?: V }));

/** Arranges the deck; `errors` holds SIM lines for statements in the wrong place. */
export function readConfigDeck(stmt: ValidatedStatement): { deck: ConfigDeck; errors: string[] } {
  const errors: string[] = [];
  const deck: ConfigDeck = {
    reset: flag(stmt.values, 'RESET'),
    ...opt('cdsLevel', text(stmt.values, 'CDSLEVEL')),
    vtss: [],
    clinks: [],
    clusters: [],
    hosts: [],
    stormngrs: [],
    tapeplexes: [],
    volranges: [],
  };
  let vtss: VtssDef | undefined;
  for (const s of stmt.deck) {
    const v = s.values;
    const card = s.statement.pos.line;
    const verb = s.schema.verb.toUpperCase();
    switch (verb) {
      case 'GLOBAL':
        deck.global = { ...(deck.global ?? {}), ...keywordValues(s, GLOBAL_KEYWORDS), card: deck.global?.card ?? card };
        break;
      case 'RECLAIM':
        deck.reclaim = { ...(deck.reclaim ?? {}), ...keywordValues(s, RECLAIM_KEYWORDS), card: deck.reclaim?.card ?? card };
        break;
      case 'VTSS':
        vtss = {
          card,
          name: text(v, 'NAME') ?? '',
          ...opt('low', int(v, 'LOW')),
          ...opt('high', int(v, 'HIGH')),
          ...opt('maxmig', int(v, 'MAXMIG')),
          ...opt('minmig', int(v, 'MINMIG')),
          ...opt('retain', int(v, 'RETAIN')),
          ...opt('defltacs', text(v, 'DEFLTACS')?.padStart(2, '0')),
          rtds: [],
          rtdpaths: [],
          vtds: [],
        };
        deck.vtss.push(vtss);
        break;
      case 'RTD':
      case 'RTDPATH':
      case 'VTD':
        if (!vtss) {
          errors.push(sim.line('SIM0402E', verb, card));
          break;
        }
        if (verb === 'RTD') {
          vtss.rtds.push({
            card,
            name: text(v, 'NAME') ?? '',
            ...opt('devno', text(v, 'DEVNO')),
            ...opt('chanif', text(v, 'CHANIF')),
            ...opt('ipif', text(v, 'IPIF')),
            ...opt('stormngr', text(v, 'STORMNGR')),
          });
        } else if (verb === 'RTDPATH') {
          vtss.rtdpaths.push({
            card,
            name: text(v, 'NAME') ?? '',
            stormngr: text(v, 'STORMNGR') ?? '',
            ...opt('devno', text(v, 'DEVNO')),
            ...opt('chanif', text(v, 'CHANIF')),
            ...opt('ipif', text(v, 'IPIF')),
          });
        } else {
          vtss.vtds.push({ card, low: text(v, 'LOW') ?? '', high: text(v, 'HIGH') ?? '', noverify: flag(v, 'NOVERIFY') });
        }
        break;
      case 'CLINK':
        deck.clinks.push({
          card,
          vtss: text(v, 'VTSS') ?? '',
          ...opt('chanif', text(v, 'CHANIF')),
          ...opt('ipif', text(v, 'IPIF')),
          ...opt('partner', text(v, 'PARTNER')),
          ...opt('remplex', text(v, 'REMPLEX')),
        });
        break;
      case 'CLUSTER':
        deck.clusters.push({ card, name: text(v, 'NAME') ?? '', vtss: names(v, 'VTSSS') });
        break;
      case 'HOST':
        deck.hosts.push({ card, name: text(v, 'NAME') ?? '', nomigrat: flag(v, 'NOMIGRAT'), noreclam: flag(v, 'NORECLAM') });
        break;
      case 'STORMNGR':
        deck.stormngrs.push({ card, name: text(v, 'NAME') ?? '' });
        break;
      case 'TAPEPLEX':
        deck.tapeplexes.push({ card, ...opt('thisplex', text(v, 'THISPLEX')), recvplex: names(v, 'RECVPLEX'), stormngr: names(v, 'STORMNGR') });
        break;
      case 'VTVVOL':
      case 'MVCVOL':
        deck.volranges.push({
          card,
          kind: verb === 'VTVVOL' ? 'VTV' : 'MVC',
          low: text(v, 'LOW') ?? '',
          high: text(v, 'HIGH') ?? '',
          scratch: flag(v, 'SCRATCH'),
        });
        break;
      default:
        errors.push(sim.line('SIM0425E', verb, card, 'A CONFIG DECK'));
    }
  }
  return { deck, errors };
}

/**
 * MGMTclas / STORclas / VTSSLST / VTSSSEL statements → policy definitions, with MGMTDEF's checks.
 * Errors (refuse the whole load): a name defined twice, a management class naming a storage
 * class the data set does not define, ARCHAGE without ARCHPOL, a VTSSSEL naming an undefined
 * VTSS list. Warnings (load, condition code 4): a storage class whose MVCPOOL is not an MVC pool of
 * the CDS or whose ACS the CDS does not have — these may be defined later, or on another host's
 * CDS, so they do not stop the load.
 */
import type Database from 'better-sqlite3';
import type { CardPos, Diagnostic } from '../../core/Diagnostic.js';
import { sim } from '../../core/simMessages.js';
import type { ValidatedStatement } from '../../sluadmin/types.js';
import { flag, int, names, text } from '../paramValues.js';

export interface StorDef {
  name: string;
  card: CardPos;
  acs?: string;
  media: string[];
  mvcpool?: string;
  tapeplex?: string;
  stormngr?: string;
  migrate?: string;
  dedup?: string;
}

export interface MgmtDef {
  name: string;
  card: CardPos;
  /** Column values of mgmt_class (lists as comma text), keyed by column name. */
  columns: Record<string, string | number | null>;
  migpol: string[];
  archpol: string[];
  eexpol: string[];
}

export interface VtssListDef {
  name: string;
  card: CardPos;
  vtss: string[];
}

export interface VtssSelDef {
  card: CardPos;
  function: string;
  host?: string;
  mgmt?: string;
  vtsslst: string;
}

export interface PolicyDefinitions {
  stor: StorDef[];
  mgmt: MgmtDef[];
  lists: VtssListDef[];
  sels: VtssSelDef[];
  diagnostics: Diagnostic[];
}

const opt = <K extends string, V>(key: K, v: V | undefined): { [P in K]?: V } => (v === undefined ? {} : ({ [key]: v } as { [P in K]?: V }));

/** mgmt_class columns filled from MGMTclas keywords of the same name. */
const MGMT_TEXT = ['CONSRC', 'CONTGT', 'DELSCR', 'DUPLEX', 'IMMEDMIG', 'REPLICAT', 'VTVPAGE', 'WRITE', 'PINPOL'] as const;
const MGMT_INT = ['ARCHAGE', 'DISCARD', 'IMMDELAY', 'MAXVTVSZ', 'RESTIME', 'REPDELAY'] as const;

export function policyDefinitions(statements: readonly ValidatedStatement[], db: Database.Database): PolicyDefinitions {
  const defs: PolicyDefinitions = { stor: [], mgmt: [], lists: [], sels: [], diagnostics: [] };
  const diag = (severity: 'error' | 'warning', card: CardPos, id: Parameters<typeof sim.diag>[0], inserts: (string | number)[]): void => {
    defs.diagnostics.push(sim.diag(id, severity, inserts, { card }));
  };
  const seen = new Map<string, Set<string>>();
  const unique = (kind: string, name: string, card: CardPos): void => {
    const set = seen.get(kind) ?? new Set<string>();
    if (set.has(name)) diag('error', card, 'SIM0403E', [kind, name, card.line]);
    set.add(name);
    seen.set(kind, set);
  };

  for (const s of statements) {
    const v = s.values;
    const card = { ...s.statement.pos, column: 1 };
    const name = text(v, 'NAME') ?? '';
    switch (s.schema.verb.toUpperCase()) {
      case 'STORCLAS':
        unique('STORCLAS', name, card);
        defs.stor.push({
          name,
          card,
          ...opt('acs', text(v, 'ACS')?.padStart(2, '0')),
          media: names(v, 'MEDIA'),
          ...opt('mvcpool', text(v, 'MVCPOOL')),
          ...opt('tapeplex', text(v, 'TAPEPLEX')),
          ...opt('stormngr', text(v, 'STORMNGR')),
          ...opt('migrate', text(v, 'MIGRATE')),
          ...opt('dedup', text(v, 'DEDUP')),
        });
        break;
      case 'MGMTCLAS': {
        unique('MGMTCLAS', name, card);
        const columns: MgmtDef['columns'] = {};
        for (const k of MGMT_TEXT) columns[k.toLowerCase()] = text(v, k) ?? null;
        for (const k of MGMT_INT) columns[k.toLowerCase()] = int(v, k) ?? null;
        const acs = names(v, 'ACSLIST');
        columns.acslist = acs.length ? acs.join(',') : null;
        columns.nomigrat = flag(v, 'NOMIGRAT') ? 1 : 0;
        columns.edlteexp = flag(v, 'EDLTEEXP') ? 1 : 0;
        defs.mgmt.push({ name, card, columns, migpol: names(v, 'MIGPOL'), archpol: names(v, 'ARCHPOL'), eexpol: names(v, 'EEXPOL') });
        break;
      }
      case 'VTSSLST':
        unique('VTSSLST', name, card);
        defs.lists.push({ name, card, vtss: names(v, 'VTSS') });
        break;
      case 'VTSSSEL':
        defs.sels.push({
          card,
          function: text(v, 'FUNCTION') ?? '',
          ...opt('host', text(v, 'HOST')),
          ...opt('mgmt', text(v, 'MGMTCLAS')),
          vtsslst: text(v, 'VTSSLST') ?? '',
        });
        break;
    }
  }

  const stors = new Set(defs.stor.map((s) => s.name));
  for (const m of defs.mgmt) {
    const refs: [string, string[]][] = [
      ['MIGPOL', m.migpol],
      ['ARCHPOL', m.archpol],
      ['EEXPOL', m.eexpol],
      ['CONSRC', m.columns.consrc ? [String(m.columns.consrc)] : []],
      ['CONTGT', m.columns.contgt ? [String(m.columns.contgt)] : []],
    ];
    for (const [kw, list] of refs) {
      for (const s of list) if (!stors.has(s)) diag('error', m.card, 'SIM0441E', [m.name, m.card.line, kw, s]);
      const twice = list.find((s, i) => list.indexOf(s) !== i);
      if (twice) diag('error', m.card, 'SIM0446E', [m.name, m.card.line, `${kw} NAMES STORAGE CLASS ${twice} TWICE`]);
    }
    if (m.columns.archage !== null && m.archpol.length === 0) diag('error', m.card, 'SIM0446E', [m.name, m.card.line, 'ARCHAGE NEEDS ARCHPOL']);
  }

  const lists = new Set(defs.lists.map((l) => l.name));
  for (const s of defs.sels) if (!lists.has(s.vtsslst)) diag('error', s.card, 'SIM0447E', ['VTSSSEL', s.card.line, s.vtsslst]);

  const mvcPools = new Set(db.prepare("SELECT DISTINCT name FROM pool WHERE type = 'MVC'").pluck().all() as string[]);
  const acs = new Set(db.prepare('SELECT acs_id FROM acs').pluck().all() as string[]);
  for (const s of defs.stor) {
    if (s.mvcpool !== undefined && !mvcPools.has(s.mvcpool)) diag('warning', s.card, 'SIM0442W', [s.name, s.card.line, s.mvcpool]);
    if (s.acs !== undefined && acs.size > 0 && !acs.has(s.acs)) diag('warning', s.card, 'SIM0443W', [s.name, s.card.line, s.acs]);
  }
  return defs;
}

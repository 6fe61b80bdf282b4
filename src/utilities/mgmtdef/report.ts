/** MGMTDEF's summary of what it loaded: storage classes, management classes, VTSS lists and selections. */
import type { MgmtDef, PolicyDefinitions, StorDef } from './policyDefinitions.js';
import { wrapWords } from '../reportColumns.js';

const cols = (cells: [string, number][]): string =>
  cells
    .map(([v, w]) => v.padEnd(w))
    .join(' ')
    .trimEnd();

function storLine(s: StorDef): string {
  return cols([
    [s.name, 8],
    [s.acs ?? '', 3],
    [s.media.join(','), 17],
    [s.mvcpool ?? '', 13],
    [s.stormngr ?? '', 8],
    [s.tapeplex ?? '', 8],
    [s.migrate ?? '', 8],
  ]);
}

function mgmtOptions(m: MgmtDef): string {
  const o: string[] = [];
  const c = m.columns;
  if (c.acslist) o.push(`ACSLIST(${c.acslist})`);
  for (const k of ['duplex', 'immdelay', 'immedmig', 'delscr', 'replicat', 'repdelay', 'maxvtvsz', 'restime', 'discard', 'vtvpage', 'write', 'consrc', 'contgt', 'pinpol']) {
    if (c[k] !== null && c[k] !== undefined) o.push(`${k.toUpperCase()}(${c[k]})`);
  }
  if (m.archpol.length) o.push(`ARCHPOL(${m.archpol.join(',')})${c.archage !== null ? ` ARCHAGE(${c.archage})` : ''}`);
  if (c.nomigrat) o.push('NOMIGRAT');
  if (c.edlteexp) o.push('EDLTEEXP');
  return o.join(' ');
}

export function policyLines(defs: PolicyDefinitions): string[] {
  const out: string[] = [];
  out.push('STORAGE CLASSES');
  out.push(cols([['NAME', 8], ['ACS', 3], ['MEDIA', 17], ['MVCPOOL', 13], ['STORMNGR', 8], ['TAPEPLEX', 8], ['MIGRATE', 8]]));
  for (const s of defs.stor) out.push(storLine(s));
  if (defs.stor.length === 0) out.push('(NONE)');
  out.push('');
  out.push('MANAGEMENT CLASSES');
  out.push(cols([['NAME', 8], ['MIGPOL', 35], ['EEXPOL', 17], ['OTHER POLICIES', 68]]));
  for (const m of defs.mgmt) {
    const other = wrapWords(mgmtOptions(m), 68);
    out.push(cols([[m.name, 8], [m.migpol.join(','), 35], [m.eexpol.join(','), 17], [other[0] ?? '', 68]]));
    for (const more of other.slice(1)) out.push(cols([['', 8], ['', 35], ['', 17], [more, 68]]));
  }
  if (defs.mgmt.length === 0) out.push('(NONE)');
  if (defs.lists.length + defs.sels.length > 0) {
    out.push('');
    out.push('VTSS LISTS AND SELECTIONS');
    for (const l of defs.lists) out.push(`VTSSLST  ${l.name.padEnd(8)} VTSS(${l.vtss.join(',')})`);
    for (const s of defs.sels) out.push(`VTSSSEL  FUNCTION(${s.function})${s.host ? ` HOST(${s.host})` : ''}${s.mgmt ? ` MGMTCLAS(${s.mgmt})` : ''} VTSSLST(${s.vtsslst})`);
  }
  return out;
}

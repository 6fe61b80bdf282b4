/**
 * Browse a cataloged data set (ISPF browse): a page of a sequential data set or of a PDS member,
 * the member list of a PDS, or — for a CDS or the tape management catalog, which are databases
 * and not records — a note saying so. Aliases are followed.
 */
import { existsSync, lstatSync } from 'node:fs';
import { ElsimError } from '../../core/errors.js';
import { sim } from '../../core/simMessages.js';
import { validateDsn } from '../../jes/validateDsn.js';
import { pageOfLines, type LinePage, type PageRequest } from './pageOfLines.js';
import { readSystem } from './readSystem.js';

export type DatasetBrowse =
  | { kind: 'text'; dsn: string; member: string | undefined; dsorg: string; page: LinePage }
  | { kind: 'members'; dsn: string; members: string[] }
  | { kind: 'cds'; dsn: string; active: boolean }
  | { kind: 'tms'; dsn: string }
  | { kind: 'missing'; dsn: string; member: string | undefined };

export function browseDataset(dir: string, dsnIn: string, member: string | undefined, req: PageRequest): DatasetBrowse {
  const dsn = dsnIn.toUpperCase();
  const mem = member?.toUpperCase() || undefined;
  const check = validateDsn(dsn);
  if (!check.ok) throw new ElsimError(sim.text('SIM0208E', dsn, check.reason), 'SIM0208E');
  return readSystem(dir, ({ system }) => {
    const e = system.catalog.resolve(dsn);
    if (!e) return { kind: 'missing', dsn, member: mem };
    if (e.dsorg === 'CDS') return { kind: 'cds', dsn, active: system.configuredCds() === e.dsn || system.catalog.resolve(system.configuredCds() ?? '')?.dsn === e.dsn };
    if (e.dsorg === 'TMS') return { kind: 'tms', dsn };
    if (e.dsorg === 'PO' && mem === undefined) return { kind: 'members', dsn, members: system.catalog.members(e.dsn) };
    const path = mem === undefined ? system.catalog.pathOf(dsn) : system.catalog.memberPath(dsn, mem);
    if (!existsSync(path) || lstatSync(path).isDirectory()) return { kind: 'missing', dsn, member: mem };
    return { kind: 'text', dsn, member: mem, dsorg: e.dsorg, page: pageOfLines(path, req) };
  });
}

/**
 * What refuses a VTVMAINT statement as a whole (condition code 8, the CDS unchanged), checked
 * before anything is changed:
 *  - no repair coded (SIM0680E); DISMOUNT without VTSSid or the other way round (SIM0684E);
 *  - an unknown VTSS (SIM0685E) or management class (SIM0681E);
 *  - a TapePlex the VTCS configuration does not know (SIM0682E), or this TapePlex as an export
 *    target (SIM0683E);
 *  - the DR test rules of the guide's chapter 7 (drtestState.ts): on a DR test CDS only the test's
 *    VTVs (DR test scratch subpools, VTVs the test created) and the test's MVCs may change
 *    (SIM0686E, SIM0687E); on production during an active test, the test's VTVs may not
 *    (SIM0688E).
 * The VTV checks run over the temporary target table of the selected VTVs, set-based.
 */
import type Database from 'better-sqlite3';
import { volserInDrtestPoolSql, type DrtestState } from '../../cds/drtestState.js';
import { rangesCondition, type VolRange } from '../../cds/volserRange.js';
import { sampleText } from './report.js';

export interface Repairs {
  /** ULINKMVC's MVCs; undefined when not coded. */
  ulink: VolRange[] | undefined;
  mgmt: string | undefined;
  dismount: boolean;
  vtss: string | undefined;
  owner: string | undefined;
  addex: string | undefined;
  delex: string | undefined;
}

export interface Refusal {
  id: string;
  inserts: (string | number)[];
}

/** The TapePlex this CDS belongs to: CONFIG TAPEPLEX THISPLEX, else the library's name. */
export function thisTapeplex(db: Database.Database): string {
  const cfg = db.prepare("SELECT name FROM cfg_tapeplex WHERE relation = 'THISPLEX' ORDER BY seq LIMIT 1").pluck().get() as string | undefined;
  return cfg ?? ((db.prepare('SELECT tapeplex FROM cds_identity').pluck().get() as string | null | undefined) ?? '');
}

export function vtvmaintRefusals(db: Database.Database, r: Repairs, dr: DrtestState, target: string): Refusal[] {
  const out: Refusal[] = [];
  if (!r.ulink && !r.mgmt && !r.dismount && !r.vtss && !r.owner && !r.addex && !r.delex) out.push({ id: 'SIM0680E', inserts: [] });
  if (r.dismount && !r.vtss) out.push({ id: 'SIM0684E', inserts: ['DISMOUNT', 'VTSSID'] });
  if (r.vtss && !r.dismount) out.push({ id: 'SIM0684E', inserts: ['VTSSID', 'DISMOUNT'] });
  if (r.vtss && !db.prepare('SELECT 1 FROM cfg_vtss WHERE name = ?').get(r.vtss)) out.push({ id: 'SIM0685E', inserts: [r.vtss] });
  if (r.mgmt && !db.prepare('SELECT 1 FROM mgmt_class WHERE name = ?').get(r.mgmt)) out.push({ id: 'SIM0681E', inserts: [r.mgmt] });

  const self = thisTapeplex(db);
  const known = db.prepare(
    `SELECT EXISTS (SELECT 1 FROM cfg_tapeplex WHERE name = @p) OR EXISTS (SELECT 1 FROM cfg_clink WHERE remplex = @p) OR @p = @self`,
  );
  const plexes: [string, string | undefined][] = [['OWNRPLEX', r.owner], ['ADDEXPOT', r.addex], ['DELEXPOT', r.delex]];
  for (const [keyword, plex] of plexes) {
    if (!plex) continue;
    if (keyword !== 'OWNRPLEX' && plex === self) out.push({ id: 'SIM0683E', inserts: [plex, keyword] });
    else if (!known.pluck().get({ p: plex, self })) out.push({ id: 'SIM0682E', inserts: [plex, keyword] });
  }

  // Chapter 7. A VTV is the DR test's when it lies in a DR test scratch subpool or the test made it.
  const testVtv = `(v.drtest = 1 OR ${volserInDrtestPoolSql('v.volser', 'SCRATCH')})`;
  const some = (where: string, params: string[] = []): { n: number; sample: string } => {
    const rows = db.prepare(`SELECT v.volser FROM ${target} t JOIN vtv v ON v.volser = t.volser WHERE ${where} ORDER BY v.volser LIMIT 10`).pluck().all(...params) as string[];
    const n = rows.length < 10 ? rows.length : (db.prepare(`SELECT count(*) FROM ${target} t JOIN vtv v ON v.volser = t.volser WHERE ${where}`).pluck().get(...params) as number);
    return { n, sample: sampleText(rows, n) };
  };
  if (dr.isTestCds()) {
    const prod = some(`NOT ${testVtv}`);
    if (prod.n > 0) out.push({ id: 'SIM0686E', inserts: [prod.n, prod.sample] });
    if (r.ulink) {
      const cond = rangesCondition('m.volser', r.ulink);
      const mvcs = db
        .prepare(`SELECT m.volser FROM mvc m WHERE ${cond.sql} AND m.drtest = 0 AND NOT ${volserInDrtestPoolSql('m.volser', 'MVC')} ORDER BY m.volser`)
        .pluck()
        .all(...cond.params) as string[];
      if (mvcs.length > 0) out.push({ id: 'SIM0687E', inserts: [mvcs.length, sampleText(mvcs, mvcs.length)] });
    }
  } else if (dr.state === 'ACTIVE') {
    const theirs = some(testVtv);
    if (theirs.n > 0) out.push({ id: 'SIM0688E', inserts: [theirs.n, theirs.sample] });
  }
  return out;
}

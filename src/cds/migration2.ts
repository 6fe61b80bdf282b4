/**
 * Migration 2: the operational state HSC/VTCS keep in the CDS that CDRT checks.
 *  - vtss_status: a VTSS's state as varied by the operator (VARY VTSS … ONLINE|QUIESCED|OFFLINE).
 *    No row means ONLINE (the state after CONFIG).
 *  - cap_mode: a CAP's mode as set by CAPPREF (AUTOMATIC|MANUAL), per CAP id AA:LL:CC. No row means
 *    MANUAL (HSC's default).
 * DRTEST START is refused while a DR VTSS is not OFFLINE to production (unless SPARE) or a CAP of
 * the DR ACS is AUTOMATIC; DRTEST CREATE sets the non-DR VTSSs OFFLINE in the DR test CDS.
 */
import type Database from 'better-sqlite3';

const SQL = `
CREATE TABLE vtss_status (
  vtss TEXT PRIMARY KEY CHECK (length(vtss) BETWEEN 1 AND 8 AND vtss = upper(vtss)),
  state TEXT NOT NULL CHECK (state IN ('ONLINE','QUIESCED','OFFLINE')),
  changed TEXT
) WITHOUT ROWID;
CREATE TABLE cap_mode (
  cap_id TEXT PRIMARY KEY CHECK (cap_id GLOB '[0-9A-F][0-9A-F]:[0-9A-F][0-9A-F]:[0-9A-F][0-9A-F]'),
  acs TEXT NOT NULL CHECK (acs GLOB '[0-9A-F][0-9A-F]'),
  mode TEXT NOT NULL CHECK (mode IN ('AUTOMATIC','MANUAL')),
  changed TEXT
) WITHOUT ROWID;
CREATE INDEX cap_mode_acs ON cap_mode(acs, mode);
`;

export function migration2(db: Database.Database): void {
  db.exec(SQL);
}

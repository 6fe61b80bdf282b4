/**
 * SMC on a system: its definitions kept in system.db, read at system start from the SMCPARMS and
 * SMCCMDS members of the system's PARMLIB (`HLQ.PARMLIB`), when they are there. A system whose SMC
 * never read its commands (built before SMC existed in elsim) reads them on first use.
 */
import type { System } from '../jes/System.js';
import { emptyDefinitions, SmcReader, type SmcDefinitions, type SmcReadResult } from '../smc/SmcDefinitions.js';

/** The members SMC reads when the system starts, in this order (each when it exists). */
export const SMC_START_MEMBERS = ['HLQ.PARMLIB(SMCPARMS)', 'HLQ.PARMLIB(SMCCMDS)'];

/** SMC's current definitions (read now when SMC never started on this system). */
export function smcDefinitions(system: System): SmcDefinitions {
  const json = system.smcState();
  if (json !== undefined) return JSON.parse(json) as SmcDefinitions;
  return startSmc(system).definitions;
}

export function saveSmcDefinitions(system: System, defs: SmcDefinitions): void {
  system.setSmcState(JSON.stringify(defs));
}

/** The records of a data set or member, `DSN` or `DSN(MEMBER)`. */
export function datasetReader(system: System): (dsn: string) => string[] | undefined {
  return (dsn) => system.readDataset(dsn.toUpperCase());
}

/** SMC starts: reads its start members into new definitions and keeps them (also when some failed). */
export function startSmc(system: System): SmcReadResult & { members: string[] } {
  const read = datasetReader(system);
  const members = SMC_START_MEMBERS.filter((m) => read(m) !== undefined);
  const reader = new SmcReader(emptyDefinitions(), read);
  for (const m of members) reader.readMember(m);
  const r = reader.result(emptyDefinitions());
  saveSmcDefinitions(system, r.definitions);
  return { ...r, members };
}

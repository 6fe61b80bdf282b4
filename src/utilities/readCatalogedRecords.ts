/**
 * The records of a cataloged data set named by a utility parameter (MGMTDEF DSN(…)), a PDS
 * member written `HLQ.PARMLIB(MEMBER)`. Resolved through the system's catalog; undefined when the
 * data set or member is not there. Records are read in the catalog's record format.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SystemServices } from '../jes/types.js';
import { readRecordsFile } from '../jes/records.js';

const WITH_MEMBER = /^([^()]+)\(([A-Z@#$][A-Z0-9@#$]{0,7})\)$/;

export function readCatalogedRecords(system: SystemServices, dsn: string): string[] | undefined {
  const m = WITH_MEMBER.exec(dsn.toUpperCase());
  const base = m ? m[1]! : dsn.toUpperCase();
  const path = system.datasetPath(base);
  if (path === undefined) return undefined;
  const file = m ? join(path, m[2]!) : path;
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  return readRecordsFile(file);
}

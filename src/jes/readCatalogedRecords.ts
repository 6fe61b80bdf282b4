/**
 * The records of a cataloged data set named by a program's parameter (MGMTDEF DSN(…)), a PDS
 * member written `HLQ.PARMLIB(MEMBER)`: SystemServices.readDataset. Resolved through the
 * system's catalog (`datasetPath`); undefined when the data set or member is not there.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readRecordsFile } from './records.js';

const WITH_MEMBER = /^([^()]+)\(([A-Z@#$][A-Z0-9@#$]{0,7})\)$/;

export function readCatalogedRecords(datasetPath: (dsn: string) => string | undefined, dsn: string): string[] | undefined {
  const m = WITH_MEMBER.exec(dsn.toUpperCase());
  const base = m ? m[1]! : dsn.toUpperCase();
  const path = datasetPath(base);
  if (path === undefined) return undefined;
  const file = m ? join(path, m[2]!) : path;
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  return readRecordsFile(file);
}

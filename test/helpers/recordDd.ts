/** A DD on a sequential data set kept in a file (records one per line), as the JES runner gives programs. */
import { atomicOutput } from '../../src/jes/atomicWrite.js';
import { readRecordsFile, writeRecordsFile } from '../../src/jes/records.js';
import type { AllocatedDd } from '../../src/program/contract.js';

export function recordDd(ddname: string, dsn: string, path: string, attrs?: AllocatedDd['attrs']): AllocatedDd {
  let wrote = false;
  return {
    ddname,
    kind: 'dataset',
    dsn,
    isNew: false,
    filePath: path,
    openAtomic: () => atomicOutput(path),
    ...(attrs ? { attrs } : {}),
    readRecords: () => readRecordsFile(path),
    writeRecords: (rs) => {
      writeRecordsFile(path, rs, wrote);
      wrote = true;
    },
  };
}

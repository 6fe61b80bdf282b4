/**
 * DD statements that live in memory, for running SLUADMIN without a job: the CLI's bare
 * `elsim sluadmin DECK` and tests. They behave as the JES runner's DDs do for a program.
 */
import { appendAll } from '../core/appendAll.js';
import { sim } from '../core/simMessages.js';
import { OpenAbend } from '../program/OpenAbend.js';
import type { AllocatedDd } from '../program/contract.js';

/** An in-stream (`DD *`) input. */
export function instreamDd(ddname: string, records: readonly string[]): AllocatedDd {
  return {
    ddname,
    kind: 'instream',
    isNew: false,
    readRecords: () => [...records],
    writeRecords: () => {
      throw new Error(`${ddname} is an in-stream data set and cannot be written`);
    },
  };
}

/** A SYSOUT output whose records are kept in `records`. */
export function sysoutDd(ddname: string): AllocatedDd & { records: string[] } {
  const records: string[] = [];
  return {
    ddname,
    kind: 'sysout',
    isNew: true,
    records,
    readRecords: () => [...records],
    writeRecords: (rs) => {
      appendAll(records, rs);
    },
  };
}

/**
 * A data set kept by a program in a file of its own (a CDS): only its path is used. Without a
 * path (a DSN that is not cataloged) the program sees a DD it cannot open.
 */
export function fileDd(ddname: string, dsn: string, filePath?: string): AllocatedDd {
  return {
    ddname,
    kind: 'dataset',
    dsn,
    isNew: false,
    ...(filePath !== undefined ? { filePath } : {}),
    readRecords: () => {
      throw notRecords(ddname, dsn);
    },
    writeRecords: () => {
      throw notRecords(ddname, dsn);
    },
  };
}

/** The OPEN failure of a CDS read or written as records (as the JES runner's DDs give it). */
function notRecords(ddname: string, dsn: string): OpenAbend {
  return new OpenAbend('S013', '00000000', [sim.line('SIM0870E', ddname, dsn)]);
}

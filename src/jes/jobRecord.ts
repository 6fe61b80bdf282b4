/**
 * What the job table keeps of an ended job beyond its status (system.db `jobs.result`, JSON): its
 * steps with their codes and failure reasons, the reason of a JCL-error job, and the spool data
 * sets in the order JES2 lists them. `elsim jobs`, `elsim job show` and the web console read it
 * instead of the spool files.
 */
import type { Diagnostic } from '../core/Diagnostic.js';
import type { StepResult } from './types.js';

/** One spool data set of a job (SDSF's JDS panel): JESMSGLG, JESJCL, JESYSMSG, then SYSOUT by DSID. */
export interface SpoolDataset {
  ddname: string;
  /** `JES2` for the job's own data sets. */
  stepname: string;
  procstep?: string;
  dsid: number;
  records: number;
  /** File name in the job's spool directory (`JESMSGLG.txt`, `S1.SLSPRINT.txt`). */
  file: string;
}

export interface JobRecordResult {
  steps: StepResult[];
  reason?: Diagnostic;
  datasets: SpoolDataset[];
}

/** The columns recordJob writes when a job ends (or is cancelled: status CANCELED, see board.md). */
export interface JobRecord {
  jobname: string;
  status: string;
  maxcc: number | null;
  spool: string | null;
  ended?: string;
  owner?: string;
  abend?: string;
  /** The JCL file the job was read from (absolute), when it came from one. */
  file?: string;
  result?: JobRecordResult;
}

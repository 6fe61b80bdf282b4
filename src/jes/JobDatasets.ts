/**
 * The data sets of one running job beyond the catalog:
 * - temporary data sets (`&&T`, or a DD with no DSN): one system-generated name per job,
 *   `SYSyyddd.Thhmmss.RA000.JOBNAME.T.H01` (`…JOBNAME.R01nnnnn` for an unnamed one), kept in the
 *   job's work directory and deleted at the end of the job at the latest;
 * - new permanent data sets that are not cataloged yet (DISP=(NEW,PASS)), also in the work
 *   directory until a step catalogs them;
 * - data sets passed (DISP=…,PASS) and not yet received by a later step;
 * - GDG relative generations, resolved once per job: (0) is the newest generation when the job
 *   first refers to the group, (+1) the one after it, in every step of the job.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dsorg } from './Catalog.js';
import { assertInside, removeFiles } from './Catalog.js';
import { tempQualifiers } from './jesTime.js';
import type { System } from './System.js';
import { generationName } from './validateDsn.js';
import type { TapeMount, TapeRequest } from './tape.js';

export interface JobDataset {
  /** The name IEF285I shows: the catalog name as coded, an absolute generation, or a temporary's generated name. */
  dsn: string;
  /** For a cataloged data set: the catalog entry acted on (an alias resolved to its data set). */
  catalogName?: string;
  /** The data set's file, or directory for a PDS. */
  path: string;
  dsorg: Exclude<Dsorg, 'GDG'>;
  /** In the catalog directory (true) or in the job's work directory (false). */
  cataloged: boolean;
  temporary: boolean;
  recfm?: string;
  lrecl?: number;
  /** A tape data set: the volume it is on (cataloged, passed, or coded VOL=SER). */
  volser?: string;
  unit?: string;
  /** A tape data set mounted for the running step (jes/tape.ts): its request and mount. */
  tape?: { request: TapeRequest; mount?: TapeMount };
}

export class JobDatasets {
  private readonly temps = new Map<string, string>();
  private unnamed = 0;
  private readonly newest = new Map<string, number>();
  /** Data sets in the work directory (temporary, or new and not cataloged), by name. */
  readonly work = new Map<string, JobDataset>();
  /** Passed and not yet received by a later step, by name. */
  readonly passed = new Map<string, JobDataset>();
  readonly workDir: string;

  constructor(private readonly system: System, private readonly jobname: string, readonly jobid: string, private readonly now: Date) {
    this.workDir = system.workDir(jobid);
  }

  /**
   * The generated name of a temporary data set: `&&T` → `SYS25063.T101502.RA000.JOBNAME.T.H01`.
   * The converter names a DD without DSN `&&SYSnnnnn`; those become `…JOBNAME.R01nnnnn` as on z/OS.
   */
  tempName(coded: string): string {
    const known = this.temps.get(coded);
    if (known !== undefined) return known;
    const q = tempQualifiers(this.now);
    const bare = coded.replace(/^&+/, '');
    let name: string;
    if (/^SYS\d{5}$/.test(bare)) {
      this.unnamed += 1;
      name = `${q.date}.${q.time}.RA000.${this.jobname}.R01${String(this.unnamed).padStart(5, '0')}`;
    } else {
      name = `${q.date}.${q.time}.RA000.${this.jobname}.${bare}.H01`;
    }
    this.temps.set(coded, name);
    return name;
  }

  /**
   * The absolute name of a relative generation, fixed for the whole job. Undefined when the
   * generation would fall outside G0001-G9999 (no generation (0) yet, or the group is full).
   */
  generation(base: string, relative: number): string | undefined {
    let newest = this.newest.get(base);
    if (newest === undefined) {
      const gens = this.system.catalog.generations(base);
      newest = gens[gens.length - 1]?.generation ?? 0;
      this.newest.set(base, newest);
    }
    const g = newest + relative;
    if (g < 1 || g > 9999) return undefined;
    return generationName(base, g);
  }

  /** Where a data set created by this job lives until it is cataloged or deleted. */
  workPath(dsn: string): string {
    const p = join(this.workDir, dsn);
    assertInside(this.system.root, p, dsn);
    return p;
  }

  /** Creates the empty file (or PDS directory) of a new data set in the work directory. */
  create(ds: Omit<JobDataset, 'path' | 'cataloged'>): JobDataset {
    mkdirSync(this.workDir, { recursive: true });
    const path = this.workPath(ds.dsn);
    removeFiles(path);
    // A PDS is a directory; anything else starts as an empty file, which a program may also open
    // as a SQLite database (a new CDS).
    if (ds.dsorg === 'PO') mkdirSync(path);
    else writeFileSync(path, '');
    const created: JobDataset = { ...ds, path, cataloged: false };
    this.work.set(ds.dsn, created);
    return created;
  }

  /** Deletes a data set of the work directory. */
  discard(dsn: string): void {
    const ds = this.work.get(dsn);
    if (ds) removeFiles(ds.path);
    this.work.delete(dsn);
    this.passed.delete(dsn);
  }

  /** Ends the job: every data set left in the work directory is deleted. Returns those that were still passed. */
  finish(): JobDataset[] {
    const leftover = [...this.passed.values()].filter((d) => !d.cataloged);
    this.work.clear();
    this.passed.clear();
    if (existsSync(this.workDir)) rmSync(this.workDir, { recursive: true, force: true });
    return leftover;
  }
}

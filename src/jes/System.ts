/**
 * One simulated MVS image: a directory holding
 *   system.db   state, catalog and job table (see systemDb.ts)
 *   catalog/    one file per data set (see Catalog.ts)
 *   spool/      JOBnnnnn-JOBNAME/ with each job's JESMSGLG, JESJCL, JESYSMSG and SYSOUT files
 *   work/       JOBnnnnn/ temporary and not-yet-cataloged data sets of a running job
 * Programs see it through SystemServices; the CLI and the runner use the rest.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import type { Clock } from '../core/Io.js';
import { ElsimError, InternalError } from '../core/errors.js';
import { guardFaults } from '../core/environmentFault.js';
import { currentOwner } from '../core/processOwner.js';
import { busyTimeout } from '../core/openDatabase.js';
import { sim } from '../core/simMessages.js';
import { Catalog, assertInside } from './Catalog.js';
import type { Dsorg } from './Catalog.js';
import type { JobRecord } from './jobRecord.js';
import { readCatalogedRecords } from './readCatalogedRecords.js';
import { settleInitSwap } from './initSwap.js';
import { OWNER_KEY_PREFIX, recoverSystem, type RecoveryReport } from './recoverSystem.js';
import { SYSTEM_DB, openSystemDb } from './systemDb.js';
import type { SystemServices } from '../program/contract.js';
import { Hardware } from '../sim/Hardware.js';
import type { PartnerLink } from '../sim/types.js';
import { TapeCatalog } from '../tms/TapeCatalog.js';
import { HARDWARE_DB, hardwareDir, openHardwareDb } from '../sim/hardwareDb.js';
import { validateDsn, validateName } from './validateDsn.js';

/**
 * A partner TapePlex's system directory as the hardware reaches it: open it (read its active CDS
 * and its hardware) or say why it cannot be reached — the directory is gone, or is not a system,
 * or its HSC/VTCS is down. Opening never creates anything there.
 */
function partnerLink(dir: string): PartnerLink {
  return {
    dir,
    open: () => {
      if (!existsSync(dir)) return { unreachable: `SYSTEM ${dir} IS MISSING` };
      if (!System.exists(dir)) return { unreachable: `${dir} IS NOT A SYSTEM` };
      const sys = System.open(dir);
      const dsn = sys.activeCds();
      const path = dsn === undefined ? undefined : sys.datasetPath(dsn);
      if (path === undefined) {
        sys.close();
        return { unreachable: `HSC/VTCS OF ${dir} IS NOT ACTIVE` };
      }
      return { dir, cdsPath: path, hardware: () => sys.hardware(), close: () => sys.close() };
    },
  };
}

/** JES2 job numbers run JOB00001-JOB99999, then wrap to JOB00001 skipping numbers still in use. */
export const MAX_JOB_NUMBER = 99999;
export const DEFAULT_USERID = 'ELSIM';

export function formatJobId(n: number): string {
  return `JOB${String(n).padStart(5, '0')}`;
}

export interface JobRow {
  jobid: string;
  jobname: string | null;
  status: string;
  maxcc: number | null;
  spool: string | null;
  submitted: string | null;
  ended: string | null;
  owner: string | null;
  abend: string | null;
  file: string | null;
  /** JSON of a JobRecordResult (src/jes/jobRecord.ts), null for a job that has not ended. */
  result: string | null;
}

const JOB_COLUMNS = 'jobid, jobname, status, maxcc, spool, submitted, ended, owner, abend, file, result';

interface JobUpdate {
  jobid: string;
  jobname: string;
  status: string;
  maxcc: number | null;
  spool: string | null;
  ended: string | null;
  owner: string | null;
  abend: string | null;
  file: string | null;
  result: string | null;
}

export interface SystemOptions {
  /** Where catalog entries get their creation time (the simulated clock); none: no time recorded. */
  clock?: Clock;
}

export class System implements SystemServices {
  readonly root: string;
  readonly catalog: Catalog;
  private readonly db: Database.Database;
  private readonly clock: Clock | undefined;
  private hw: Hardware | undefined;
  private tmsCatalog: TapeCatalog | undefined;
  private readonly st: {
    get: Database.Statement<[string], { value: string | null }>;
    set: Database.Statement<[string, string | null]>;
    job: Database.Statement<[string], JobRow>;
    jobs: Database.Statement<[], JobRow>;
    insertJob: Database.Statement<[string, string | null, string | null]>;
    updateJob: Database.Statement<[JobUpdate]>;
    deleteJob: Database.Statement<[string]>;
    deleteState: Database.Statement<[string]>;
  };
  /** What the recovery at open() removed and marked (see recoverSystem.ts); empty for a new system. */
  recovery: RecoveryReport = { removed: [], lost: [] };

  private constructor(root: string, db: Database.Database, opts: SystemOptions) {
    this.root = root;
    this.db = db;
    this.clock = opts.clock;
    this.catalog = new Catalog(db, root);
    this.st = {
      get: db.prepare('SELECT value FROM state WHERE key = ?'),
      set: db.prepare('INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
      job: db.prepare(`SELECT ${JOB_COLUMNS} FROM jobs WHERE jobid = ?`),
      jobs: db.prepare(`SELECT ${JOB_COLUMNS} FROM jobs ORDER BY jobid`),
      insertJob: db.prepare("INSERT INTO jobs (jobid, jobname, status, submitted) VALUES (?, ?, 'INPUT', ?)"),
      updateJob: db.prepare(
        'UPDATE jobs SET jobname = @jobname, status = @status, maxcc = @maxcc, spool = @spool, ended = @ended, owner = @owner, abend = @abend, file = @file, result = @result WHERE jobid = @jobid',
      ),
      deleteJob: db.prepare('DELETE FROM jobs WHERE jobid = ?'),
      deleteState: db.prepare('DELETE FROM state WHERE key = ?'),
    };
  }

  /**
   * Whether `dir` holds a system: it has a system.db. Whether that file can be used is for open()
   * to say (a damaged one, a read-only or full file system each get their own message), so a valid
   * system on a read-only disk is never taken for "not a system". First, what an `elsim init`
   * killed while it swapped a new system in left beside `dir` is settled (initSwap.ts): the old
   * system comes back, the rest goes.
   */
  static exists(dir: string): boolean {
    settleInitSwap(resolve(dir), SYSTEM_DB);
    return existsSync(join(dir, SYSTEM_DB));
  }

  /**
   * Builds an empty system in `dir` (created if needed). `now` pins the simulated clock. Its
   * hardware.db is made with it, unless `hardware: false` (a DR test system uses production's).
   */
  static create(dir: string, opts: SystemOptions & { now?: string; userid?: string; hardware?: boolean } = {}): System {
    const root = resolve(dir);
    if (System.exists(root)) throw new ElsimError(sim.text('SIM0210E', root), 'SIM0210E');
    if (opts.now !== undefined && Number.isNaN(Date.parse(opts.now))) throw new ElsimError(sim.text('SIM0217E', opts.now), 'SIM0217E');
    const userid = opts.userid ?? DEFAULT_USERID;
    const u = validateName(userid, 'USER ID');
    if (!u.ok) throw new ElsimError(u.reason, 'SIM0208E');
    guardFaults(root, () => {
      for (const d of ['', 'catalog', 'spool', 'work']) mkdirSync(join(root, d), { recursive: true });
    });
    const db = openSystemDb(join(root, SYSTEM_DB), true);
    const sys = new System(root, db, opts);
    guardFaults(join(root, SYSTEM_DB), () =>
      db.transaction(() => {
        sys.st.set.run('next_job', '1');
        sys.st.set.run('clock', opts.now === undefined ? null : new Date(opts.now).toISOString());
        sys.st.set.run('active_cds', null);
        sys.st.set.run('hsc_active', 'N');
        sys.st.set.run('userid', userid);
      }).immediate(),
    busyTimeout());
    if (opts.hardware ?? true) openHardwareDb(join(root, HARDWARE_DB), { create: true }).close();
    return sys;
  }

  /** Opens the system in `dir`; SIM0209E when there is none, SIM1502E/SIM151x when it cannot be used. */
  static open(dir: string, opts: SystemOptions = {}): System {
    const root = resolve(dir);
    if (!System.exists(root)) throw new ElsimError(sim.text('SIM0209E', root), 'SIM0209E');
    guardFaults(root, () => {
      for (const d of ['catalog', 'spool', 'work']) mkdirSync(join(root, d), { recursive: true });
    });
    const sys = new System(root, openSystemDb(join(root, SYSTEM_DB), false), opts);
    // Leftovers of killed runs, and jobs they left unfinished (never anything of a live process).
    sys.recovery = recoverSystem(root, sys.db);
    return sys;
  }

  close(): void {
    this.hw?.close();
    this.hw = undefined;
    this.tmsCatalog?.close();
    this.tmsCatalog = undefined;
    if (this.db.open) this.db.close();
  }

  /**
   * The simulated hardware (src/sim), opened on first use: DIR/hardware.db, or for a DR test
   * system the hardware.db of the production directory `sharedHardware()` names (SIM0790E when
   * that file is gone). The clock and the active CDS stay this system's own: work that
   * completes while this system advances its clock updates the CDS this system has active.
   */
  hardware(): Hardware {
    this.hw ??= new Hardware({
      root: hardwareDir(this.root, this.sharedHardware()),
      pinnedClock: () => this.pinnedClock(),
      setPinnedClock: (iso) => this.setPinnedClock(iso),
      activeCdsPath: () => {
        const dsn = this.activeCds();
        return dsn === undefined ? undefined : this.datasetPath(dsn);
      },
      partner: (plex) => {
        const dir = this.partners()[plex];
        return dir === undefined ? undefined : partnerLink(dir);
      },
    });
    return this.hw;
  }

  /** The partner TapePlexes' system directories, by TapePlex name (`elsim partner set`). */
  partners(): Record<string, string> {
    const json = this.getState('partners');
    return json === undefined ? {} : (JSON.parse(json) as Record<string, string>);
  }

  /** Names (or, with undefined, forgets) the system directory of a partner TapePlex. */
  setPartner(plex: string, dir: string | undefined): void {
    const all = this.partners();
    if (dir === undefined) delete all[plex];
    else all[plex] = resolve(dir);
    this.setState('partners', Object.keys(all).length > 0 ? JSON.stringify(all) : undefined);
  }

  /**
   * The system's tape management catalog (src/tms), opened on first use from the data set
   * `tmsDataset()` names; undefined when the system has none. SIM1002E when that data set is not
   * a TMS, SIM1003E when it is no longer cataloged.
   */
  tms(): TapeCatalog | undefined {
    if (this.tmsCatalog !== undefined) return this.tmsCatalog;
    const dsn = this.tmsDataset();
    if (dsn === undefined) return undefined;
    const path = this.datasetPath(dsn);
    if (path === undefined) throw new ElsimError(sim.text('SIM1003E', dsn), 'SIM1003E');
    this.tmsCatalog = TapeCatalog.open(dsn, path);
    return this.tmsCatalog;
  }

  /** The data set holding the system's TMS, or undefined when it has none. */
  tmsDataset(): string | undefined {
    return this.getState('tms');
  }

  /**
   * Makes `dsn` the system's TMS: catalogs it (dsorg TMS) and creates an empty catalog when it is
   * not cataloged yet, else it must already be a TMS. Returns it.
   */
  createTms(dsn: string, now?: Date): TapeCatalog {
    this.tmsCatalog?.close();
    this.tmsCatalog = undefined;
    const created = (now ?? this.clock?.now())?.toISOString();
    if (!this.catalog.exists(dsn)) this.catalog.define(dsn, { dsorg: 'TMS', ...(created !== undefined ? { created } : {}) });
    const tms = TapeCatalog.open(dsn, this.catalog.pathOf(dsn), { create: true, ...(now ? { now } : {}) });
    this.setState('tms', dsn);
    this.tmsCatalog = tms;
    return tms;
  }

  private getState(key: string): string | undefined {
    return this.st.get.get(key)?.value ?? undefined;
  }

  private setState(key: string, value: string | undefined): void {
    this.st.set.run(key, value ?? null);
  }

  // ── job numbers and the job table ────────────────────────────────────────

  /**
   * Allocates the next job number in one immediate transaction, so concurrent submits never get
   * the same one, and records this process as the job's owner until the job is recorded (a job
   * left INPUT by a process that is gone is marked LOST by the next open). After JOB99999 it
   * wraps to JOB00001; numbers whose job is still in the job table (output not purged) are
   * skipped, as JES2 does. SIM0211E when every number is in use.
   */
  nextJobId(submitted?: string, jobname?: string): string {
    return guardFaults(join(this.root, SYSTEM_DB), () =>
      this.db.transaction(() => {
        let n = Number(this.getState('next_job') ?? '1');
        if (!Number.isInteger(n) || n < 1 || n > MAX_JOB_NUMBER) n = 1;
        for (let tries = 0; tries < MAX_JOB_NUMBER; tries++) {
          const id = formatJobId(n);
          n = n >= MAX_JOB_NUMBER ? 1 : n + 1;
          if (this.st.job.get(id) === undefined) {
            this.st.insertJob.run(id, jobname ?? null, submitted ?? null);
            this.setState('next_job', String(n));
            this.setState(OWNER_KEY_PREFIX + id, currentOwner());
            return id;
          }
        }
        throw new ElsimError(sim.text('SIM0211E'), 'SIM0211E');
      }).immediate(),
    busyTimeout());
  }

  /**
   * Records how a job ended (the columns not given are left empty); its owning process no longer
   * matters: the job is no longer running.
   */
  recordJob(jobid: string, r: JobRecord): void {
    guardFaults(join(this.root, SYSTEM_DB), () =>
      this.db.transaction(() => {
        this.st.updateJob.run({
          jobid,
          jobname: r.jobname,
          status: r.status,
          maxcc: r.maxcc,
          spool: r.spool,
          ended: r.ended ?? null,
          owner: r.owner ?? null,
          abend: r.abend ?? null,
          file: r.file ?? null,
          result: r.result === undefined ? null : JSON.stringify(r.result),
        });
        this.st.deleteState.run(OWNER_KEY_PREFIX + jobid);
      }).immediate(),
    busyTimeout());
  }

  /** Gives back the number of a job that was never run (its spool could not be started). */
  forgetJob(jobid: string): void {
    guardFaults(join(this.root, SYSTEM_DB), () =>
      this.db.transaction(() => {
        this.st.deleteJob.run(jobid);
        this.st.deleteState.run(OWNER_KEY_PREFIX + jobid);
      }).immediate(),
    busyTimeout());
  }

  /** The job table queried with a WHERE clause of named parameters (listJobs builds it). */
  queryJobs(where: string, params: Record<string, string | number>): JobRow[] {
    return this.db.prepare(`SELECT ${JOB_COLUMNS} FROM jobs ${where === '' ? '' : `WHERE ${where}`} ORDER BY submitted, jobid`).all(params) as JobRow[];
  }

  job(jobid: string): JobRow | undefined {
    return this.st.job.get(jobid);
  }

  jobs(): JobRow[] {
    return this.st.jobs.all();
  }

  /** Removes a job's output and frees its number. */
  purgeJob(jobid: string): boolean {
    const j = this.st.job.get(jobid);
    if (!j) return false;
    if (j.spool) {
      const p = join(this.root, j.spool);
      assertInside(this.root, p, jobid);
      rmSync(p, { recursive: true, force: true });
    }
    this.st.deleteJob.run(jobid);
    this.st.deleteState.run(OWNER_KEY_PREFIX + jobid);
    return true;
  }

  /** `spool/JOB00001-EXPORT`, relative to the root. */
  spoolRelative(jobid: string, jobname: string): string {
    const safe = jobname.replace(/[^A-Z0-9@#$]/g, '') || 'JOB';
    return `spool/${jobid}-${safe}`;
  }

  /** The work directory of a running job (temporary and uncataloged data sets). */
  workDir(jobid: string): string {
    return join(this.root, 'work', jobid);
  }

  // ── state ────────────────────────────────────────────────────────────────

  /** The pinned simulated clock (ISO), or undefined when the system follows the real clock. */
  pinnedClock(): string | undefined {
    return this.getState('clock');
  }

  setPinnedClock(iso: string | undefined): void {
    if (iso !== undefined && Number.isNaN(Date.parse(iso))) throw new ElsimError(sim.text('SIM0217E', iso), 'SIM0217E');
    this.setState('clock', iso === undefined ? undefined : new Date(iso).toISOString());
  }

  /** The system directory whose hardware this one uses (resolved), or undefined: its own. */
  sharedHardware(): string | undefined {
    return this.getState('hardware_of');
  }

  /** Makes this system use the hardware.db of the system in `dir` (undefined: its own again). */
  setSharedHardware(dir: string | undefined): void {
    if (this.hw !== undefined) throw new InternalError('the hardware is open: set the shared hardware before using it');
    this.setState('hardware_of', dir === undefined ? undefined : resolve(dir));
  }

  /** SMC's definitions (src/smc) as JSON text; undefined until SMC has read its commands. */
  smcState(): string | undefined {
    return this.getState('smc');
  }

  setSmcState(json: string | undefined): void {
    this.setState('smc', json);
  }

  userid(): string {
    return this.getState('userid') ?? DEFAULT_USERID;
  }

  setUserid(userid: string): void {
    const u = validateName(userid, 'USER ID');
    if (!u.ok) throw new ElsimError(u.reason, 'SIM0208E');
    this.setState('userid', userid);
  }

  hscActive(): boolean {
    return this.getState('hsc_active') === 'Y';
  }

  setHscActive(active: boolean): void {
    this.setState('hsc_active', active ? 'Y' : 'N');
  }

  /** The CDS HSC has open: undefined when HSC is not active (SystemServices contract). */
  activeCds(): string | undefined {
    return this.hscActive() ? this.getState('active_cds') : undefined;
  }

  /** The CDS HSC opens when active, whether or not it is active now. */
  configuredCds(): string | undefined {
    return this.getState('active_cds');
  }

  setActiveCds(dsn: string | undefined): void {
    if (dsn !== undefined) {
      const r = validateDsn(dsn);
      if (!r.ok) throw new ElsimError(sim.text('SIM0208E', dsn, r.reason), 'SIM0208E');
    }
    this.setState('active_cds', dsn);
  }

  // ── SystemServices for programs ──────────────────────────────────────────

  datasetPath(dsn: string): string | undefined {
    if (!validateDsn(dsn).ok) return undefined;
    return this.catalog.exists(dsn) ? this.catalog.pathOf(dsn) : undefined;
  }

  readDataset(dsn: string): string[] | undefined {
    return readCatalogedRecords((name) => this.datasetPath(name), dsn);
  }

  createDataset(dsn: string, attrs: { recfm?: string; lrecl?: number; dsorg?: string } = {}): string {
    const dsorg = (attrs.dsorg ?? 'PS').toUpperCase();
    if (!['PS', 'PO', 'CDS', 'TMS'].includes(dsorg)) throw new ElsimError(`DSORG ${dsorg} is not one elsim keeps (PS, PO, CDS, TMS)`, 'SIM0208E');
    const created = this.clock?.now().toISOString();
    this.catalog.define(dsn, {
      dsorg: dsorg as Dsorg,
      ...(attrs.recfm !== undefined ? { recfm: attrs.recfm } : {}),
      ...(attrs.lrecl !== undefined ? { lrecl: attrs.lrecl } : {}),
      ...(created !== undefined ? { created } : {}),
    });
    return this.catalog.pathOf(dsn);
  }
}

/**
 * DRTEST: the CDRT state machine of the production CDS (see src/cds/drtestState.ts for what each
 * state means) and the creation of the DR test CDS.
 *
 *   PRIMEPRD  NONE|PRIMED|CREATED|STOPPED → PRIMED   records the DR test definition
 *   CREATE    PRIMED|CREATED|STOPPED → CREATED       writes the DR test CDS to SLSNEW1-3
 *             (NOUPDPRD: production is read, never written, and keeps its state)
 *   START     PRIMED|CREATED|STOPPED → ACTIVE        refused while a DR VTSS (not SPARE) is not
 *             OFFLINE to production, or a CAP of the DR ACS is in AUTOMATIC mode
 *   STOP      ACTIVE → STOPPED
 *   RESET     any state but ACTIVE → NONE            removes the definition
 * Out-of-order use, a DR test CDS given where production is needed, or a definition that breaks
 * the chapter 7 rules: a message, condition code 8, and the CDS (and SLSNEW1-3) as before.
 */
import { InternalError } from '../../core/errors.js';
import { cdsTime } from '../../cds/cdsTime.js';
import { readDrtestState, type DrtestState } from '../../cds/drtestState.js';
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { flag } from '../paramValues.js';
import { createTestCds, isEmptyFile } from './createTestCds.js';
import { checkDefinition, codedDefinition, definitionLines, differences, isEmpty, storeDefinition, storedDefinition, type DrtestDefinition } from './drtestDefinition.js';
import { DRTEST_FUNCTIONS, drtestSchema, type DrtestFunction } from './schema.js';

const REFUSED: UtilityOutcome = { rc: 8 };

export function runDrtest(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const fn = DRTEST_FUNCTIONS.find((f) => flag(stmt.values, f));
  if (!fn) throw new InternalError('DRTEST without a function');
  const state = readDrtestState(ctx.cds.db);
  ctx.report.line(`DRTEST ${fn} ON CDS ${cdsName(ctx)} - DR TEST STATE ${state.state}${state.testCds ? ' (DR TEST CDS)' : ''}`);
  ctx.report.line();
  if (state.testCds) {
    ctx.report.message('SIM0752E', fn, cdsName(ctx));
    return REFUSED;
  }
  switch (fn) {
    case 'PRIMEPRD':
      return primeprd(ctx, stmt, state);
    case 'CREATE':
      return create(ctx, stmt, state);
    case 'START':
      return start(ctx, state);
    case 'STOP':
      return stop(ctx, state);
    case 'RESET':
      return reset(ctx, state);
  }
}

function cdsName(ctx: UtilityContext): string {
  const slscntl = ctx.step.dd('SLSCNTL');
  return slscntl?.dsn ?? ctx.step.system.activeCds() ?? 'SLSCNTL';
}

/** SIM0751E: the function does not fit the state; `hint` says what to run first. */
function outOfOrder(ctx: UtilityContext, fn: DrtestFunction, state: DrtestState, hint: string): UtilityOutcome {
  ctx.report.message('SIM0751E', fn, state.state, hint);
  return REFUSED;
}

function setState(ctx: UtilityContext, from: DrtestState, to: string, column: 'primed' | 'created' | 'started' | 'stopped'): void {
  const now = cdsTime(ctx.now);
  ctx.cds.db.prepare("INSERT INTO drtest (id, state) VALUES (1, 'NONE') ON CONFLICT(id) DO NOTHING").run();
  ctx.cds.db.prepare(`UPDATE drtest SET state = ?, ${column} = ? WHERE id = 1`).run(to, now);
  ctx.report.message('SIM0750I', from.state, to, now);
}

function refuseProblems(ctx: UtilityContext, d: DrtestDefinition): boolean {
  const problems = checkDefinition(ctx.cds.db, d);
  for (const [id, ...inserts] of problems) ctx.report.message(id, ...inserts);
  return problems.length > 0;
}

function primeprd(ctx: UtilityContext, stmt: ValidatedStatement, state: DrtestState): UtilityOutcome {
  if (state.state === 'ACTIVE') return outOfOrder(ctx, 'PRIMEPRD', state, 'STOP THE DR TEST BEFORE CHANGING ITS DEFINITION');
  const d = codedDefinition(stmt);
  if (flag(stmt.values, 'NOUPDPRD')) ctx.report.message('SIM0764I', 'PRIMEPRD');
  if (refuseProblems(ctx, d)) return REFUSED;
  storeDefinition(ctx.cds.db, d);
  ctx.cds.db.prepare('UPDATE drtest SET noupdprd = 0, created = NULL, started = NULL, stopped = NULL WHERE id = 1').run();
  ctx.report.line('DR TEST DEFINITION RECORDED IN THE PRODUCTION CDS:');
  for (const l of definitionLines(d)) ctx.report.line(l);
  ctx.report.line();
  setState(ctx, state, 'PRIMED', 'primed');
  return { rc: 0 };
}

function create(ctx: UtilityContext, stmt: ValidatedStatement, state: DrtestState): UtilityOutcome {
  // The operands first: a coded definition that breaks the chapter 7 rules (SHARE with DRACS,
  // names the CDS does not define) is refused for that, whatever the state.
  const coded = codedDefinition(stmt);
  if (!isEmpty(coded) && refuseProblems(ctx, coded)) return REFUSED;
  if (state.state === 'NONE') return outOfOrder(ctx, 'CREATE', state, 'RUN DRTEST PRIMEPRD ON THE PRODUCTION CDS FIRST');
  if (state.state === 'ACTIVE') return outOfOrder(ctx, 'CREATE', state, 'STOP THE ACTIVE DR TEST BEFORE CREATING A NEW DR TEST CDS');
  const noupdprd = flag(stmt.values, 'NOUPDPRD');
  const stored = storedDefinition(state);
  const d = isEmpty(coded) ? stored : coded;
  if (!isEmpty(coded)) {
    const diff = differences(stored, coded);
    for (const [what, was, now] of diff) ctx.report.message('SIM0756E', what, was, now);
    if (diff.length > 0) return REFUSED;
  } else if (refuseProblems(ctx, d)) {
    // The primed definition, checked again: the CDS may have changed since PRIMEPRD.
    return REFUSED;
  }

  // The output data sets: SLSNEW1 required, SLSNEW2/3 optional; each a new, empty data set.
  const targets: { dd: string; dsn: string; path: string }[] = [];
  for (const ddname of ['SLSNEW1', 'SLSNEW2', 'SLSNEW3']) {
    const dd = ctx.step.dd(ddname);
    if (!dd) {
      if (ddname === 'SLSNEW1') {
        ctx.report.message('SIM0757E', ddname, 'IS MISSING - CREATE WRITES THE DR TEST CDS THERE');
        return REFUSED;
      }
      continue;
    }
    if (!dd.filePath) {
      ctx.report.message('SIM0757E', ddname, 'IS NOT A DATA SET ON DISK');
      return REFUSED;
    }
    if (!isEmptyFile(dd.filePath)) {
      ctx.report.message('SIM0757E', ddname, `DATA SET ${dd.dsn ?? ''} IS NOT EMPTY - CODE A NEW DATA SET`);
      return REFUSED;
    }
    targets.push({ dd: ddname, dsn: dd.dsn ?? ddname, path: dd.filePath });
  }

  let rc = 0;
  // A SPARE DR VTSS is another device with the same name: VTVs the CDS shows resident in it are
  // not in the DR one (the test gets SLS6680E at mount). The guide migrates the production
  // instance to 0 before CREATE.
  if (d.mode === 'SPARE') {
    const count = ctx.cds.db.prepare('SELECT count(*) FROM vtv WHERE resident_vtss = ? AND resident = 1').pluck();
    for (const v of d.vtss) {
      const n = count.get(v) as number;
      if (n > 0) {
        ctx.report.message('SIM0759W', n, v);
        rc = 4;
      }
    }
  }

  const now = cdsTime(ctx.now);
  const counts = createTestCds(ctx.cds.path, targets.map((t) => t.path), d, noupdprd, state.primed, now);
  ctx.report.line('DR TEST CDS CREATED WITH THE DR TEST DEFINITION:');
  for (const l of definitionLines(d)) ctx.report.line(l);
  ctx.report.line();
  for (const t of targets) ctx.report.message('SIM0758I', t.dd, t.dsn, counts.vtvs, counts.mvcs, counts.drMvcs);
  ctx.report.line();
  if (noupdprd) {
    ctx.report.message('SIM0762I', cdsName(ctx), state.state);
  } else {
    setState(ctx, state, 'CREATED', 'created');
    ctx.cds.db.prepare('UPDATE drtest SET noupdprd = 0 WHERE id = 1').run();
  }
  return { rc };
}

function start(ctx: UtilityContext, state: DrtestState): UtilityOutcome {
  if (state.state === 'NONE') return outOfOrder(ctx, 'START', state, 'RUN DRTEST PRIMEPRD AND DRTEST CREATE FIRST');
  if (state.state === 'ACTIVE') return outOfOrder(ctx, 'START', state, 'THE DR TEST IS ALREADY ACTIVE');
  const db = ctx.cds.db;
  let refused = false;
  if (!state.isSpare()) {
    const st = db.prepare('SELECT state FROM vtss_status WHERE vtss = ?').pluck();
    for (const v of state.resources.vtss) {
      const s = (st.get(v) as string | undefined) ?? 'ONLINE';
      if (s !== 'OFFLINE') {
        ctx.report.message('SIM0760E', v, s);
        refused = true;
      }
    }
  }
  if (state.dracs !== null) {
    const caps = db.prepare("SELECT cap_id FROM cap_mode WHERE acs = ? AND mode = 'AUTOMATIC' ORDER BY cap_id").pluck().all(state.dracs) as string[];
    for (const c of caps) {
      ctx.report.message('SIM0761E', c, state.dracs);
      refused = true;
    }
  }
  if (refused) return REFUSED;
  ctx.report.line('DR TEST ACTIVE. UNTIL DRTEST STOP, PRODUCTION KEEPS AWAY FROM:');
  for (const l of definitionLines(storedDefinition(state))) ctx.report.line(l);
  ctx.report.line();
  setState(ctx, state, 'ACTIVE', 'started');
  return { rc: 0 };
}

function stop(ctx: UtilityContext, state: DrtestState): UtilityOutcome {
  if (state.state !== 'ACTIVE') return outOfOrder(ctx, 'STOP', state, 'NO DR TEST IS ACTIVE (DRTEST START STARTS ONE)');
  ctx.report.line('DR TEST STOPPED. THE DEFINITION STAYS IN THE PRODUCTION CDS WITHOUT EFFECT UNTIL THE NEXT START.');
  ctx.report.line();
  setState(ctx, state, 'STOPPED', 'stopped');
  return { rc: 0 };
}

function reset(ctx: UtilityContext, state: DrtestState): UtilityOutcome {
  if (state.state === 'ACTIVE') return outOfOrder(ctx, 'RESET', state, 'RUN DRTEST STOP FIRST');
  if (state.state === 'NONE') {
    ctx.report.message('SIM0763W');
    return { rc: 4 };
  }
  const db = ctx.cds.db;
  db.prepare('DELETE FROM drtest_resource').run();
  db.prepare(
    "UPDATE drtest SET state = 'NONE', dracs = NULL, vtss_mode = NULL, noupdprd = 0, primed = NULL, created = NULL, started = NULL, stopped = NULL WHERE id = 1",
  ).run();
  ctx.report.message('SIM0750I', state.state, 'NONE', cdsTime(ctx.now));
  ctx.report.line('DR TEST DEFINITION REMOVED FROM THE PRODUCTION CDS.');
  return { rc: 0 };
}

/** DRTEST for the SLUADMIN registry: its parameters as data and its run. */
export const drtestUtility: CdsUtility = { schema: drtestSchema, run: runDrtest };

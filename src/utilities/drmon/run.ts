/**
 * DRMONitr: waits until the DR copies of the selected VTVs have reached their destinations.
 *
 * Selects the VTVs of the management classes (or volsers) named, not scratch, updated within
 * MAXAGE hours of the run's time, and for each one the copies asked for: one per STORclas (an MVC
 * copy in that class, or for a class that names a TAPEPLEX a complete copy at that TapePlex) and,
 * with REPLicat, its replica in the cluster partner. Then it waits: it moves the simulated clock
 * to the next due time of the queued hardware work that would bring a missing copy, lets the
 * hardware complete everything due by then (src/sim), and looks again — until every copy is
 * there (condition code 0) or TIMEOUT minutes have passed (the clock ends at the timeout;
 * condition code 8, listing what is missing). Without TIMEOUT a real DRMON would wait until
 * cancelled; elsim stops when nothing queued can bring the missing copies (condition code 8).
 * The CDS is only read (the SLSCNTL data set when the step has one, else the active CDS); the
 * arrivals are written by the hardware's own transactions on the active CDS.
 */
import { StepCds } from '../../sluadmin/StepCds.js';
import { sim } from '../../core/simMessages.js';
import { canonicalOf, type CanonicalRange } from '../../cds/volserRange.js';
import type { BareUtility, BareUtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { isoOf } from '../../sim/isoOf.js';
import type { Work } from '../../sim/types.js';
import { flag, int, names, volRanges } from '../paramValues.js';
import { dateTime } from '../reportColumns.js';
import { MonitorQuery, type Destination, type MonitoredCopy } from './monitorQuery.js';
import { copyLine, destinationText, HEADINGS, type CopyState } from './report.js';
import { drmonSchema } from './schema.js';

const MINUTE = 60000;

export function runDrmon(ctx: BareUtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const report = ctx.report;
  const v = stmt.values;
  const mgmt = names(v, 'MGMTCLAS');
  const stor = names(v, 'STORCLAS');
  const repl = flag(v, 'REPLICAT');
  const maxage = int(v, 'MAXAGE');
  const timeout = int(v, 'TIMEOUT');
  if (stor.length === 0 && !repl) {
    report.message('SIM0717E');
    return { rc: 8 };
  }
  const stepCds = new StepCds(ctx.step);
  try {
    const answer = stepCds.forSchema({ ...drmonSchema, cds: 'active' }, 'DRMON');
    if ('message' in answer) {
      const [id, ...inserts] = answer.message;
      report.message(id, ...inserts);
      return { rc: 12 };
    }
    const db = answer.cds.db;

    // Classes named must exist; a storage class outside every selected class's policy never fills.
    let rc = 0;
    const mgmtKnown = db.prepare('SELECT 1 FROM mgmt_class WHERE name = ?').pluck();
    for (const m of mgmt) {
      if (!mgmtKnown.get(m)) {
        report.message('SIM0713E', m);
        rc = 8;
      }
    }
    const storRow = db.prepare('SELECT name, tapeplex FROM stor_class WHERE name = ?');
    const dests: Destination[] = [];
    for (const s of stor) {
      const r = storRow.get(s) as { name: string; tapeplex: string | null } | undefined;
      if (!r) {
        report.message('SIM0714E', s);
        rc = 8;
      } else dests.push(r.tapeplex ? { kind: 'PLEX', name: s, tapeplex: r.tapeplex } : { kind: 'STOR', name: s, tapeplex: null });
    }
    if (rc >= 8) return { rc };
    if (repl) dests.push({ kind: 'REPL', name: 'REPLICA', tapeplex: null });
    if (mgmt.length > 0) {
      const inPolicy = db.prepare("SELECT 1 FROM mgmt_policy WHERE mgmt IN (SELECT value FROM json_each(?)) AND kind IN ('MIGPOL','EEXPOL') AND stor = ?").pluck();
      for (const s of stor) {
        if (!inPolicy.get(JSON.stringify(mgmt), s)) {
          report.message('SIM0719W', s, mgmt.join(','));
          rc = Math.max(rc, 4);
        }
      }
    }

    const start = ctx.now;
    const since = maxage !== undefined ? isoOf(new Date(start.getTime() - maxage * 3600000)) : null;
    const deadline = timeout !== undefined ? new Date(start.getTime() + timeout * MINUTE) : undefined;
    const ranges = volRanges(v, 'VTVID').map(canonicalOf).filter((r): r is CanonicalRange => !('error' in r));
    const query = new MonitorQuery(answer.cds, { mgmt, vtvRanges: ranges, since }, dests);

    const selection = (): void => {
      report.line(`SELECTED: ${mgmt.length > 0 ? `MGMTCLAS(${mgmt.join(',')})` : `VTVID(${volRanges(v, 'VTVID').map((r) => r.text).join(',')})`}` +
      (since !== null ? ` UPDATED SINCE ${dateTime(since)} (MAXAGE ${maxage} HOUR${maxage === 1 ? "" : "S"})` : ' (NO MAXAGE: ANY UPDATE TIME)'));
      report.line(`WAITING FOR: ${dests.map(destinationText).join(', ')}`);
      report.line(`STARTED ${dateTime(isoOf(start))}` + (deadline ? `  TIMEOUT ${timeout} MINUTES (AT ${dateTime(isoOf(deadline))})` : '  NO TIMEOUT'));
      report.line();
    };
    const first = query.all(dests);
    const state = new Map<string, { copy: MonitoredCopy; state: CopyState; waited: number | null }>();
    const key = (c: MonitoredCopy): string => `${c.vtv} ${dests.indexOf(c.dest)}`;
    for (const c of first) state.set(key(c), { copy: c, state: c.arrived !== null ? 'PRESENT' : 'MISSING', waited: null });
    if (first.length === 0) {
      selection();
      report.message('SIM0715W');
      return { rc: Math.max(rc, 4) };
    }

    const hw = ctx.step.system.hardware();
    const io = ctx.step.io;
    let now = start;
    const missing = (): MonitoredCopy[] => [...state.values()].filter((s) => s.state === 'MISSING').map((s) => s.copy);
    for (let m = missing(); m.length > 0; m = missing()) {
      const next = nextUseful(hw.listWork({ vtvs: [...new Set(m.map((c) => c.vtv))], deliverable: true }), m);
      if (next === undefined || (deadline !== undefined && next > deadline.getTime())) break;
      now = new Date(next);
      hw.advanceTo(now);
      for (const c of query.all(dests)) {
        const s = state.get(key(c));
        if (s && s.state === 'MISSING' && c.arrived !== null) {
          const at = c.arrived !== '' ? c.arrived : isoOf(now);
          state.set(key(c), { copy: { ...c, arrived: at }, state: 'ARRIVED', waited: Math.round((Date.parse(at) - start.getTime()) / MINUTE) });
        }
      }
      if (io.isTTY) io.err(sim.line('SIM0718I', dateTime(isoOf(now)), state.size - missing().length, state.size));
    }

    report.headings(HEADINGS);
    for (const s of state.values()) report.line(copyLine({ ...s.copy, state: s.state, arrived: s.copy.arrived || null, waitedMin: s.waited }));
    report.line();
    selection();
    const left = missing();
    const present = [...state.values()].filter((s) => s.state === 'PRESENT').length;
    report.message('SIM0710I', new Set(first.map((c) => c.vtv)).size, state.size, present, state.size - present - left.length);
    if (left.length === 0) {
      report.message('SIM0711I', dateTime(isoOf(now)), Math.round((now.getTime() - start.getTime()) / MINUTE));
      return { rc };
    }
    if (deadline !== undefined) {
      hw.advanceTo(deadline);
      report.message('SIM0712E', timeout!, dateTime(isoOf(deadline)), left.length);
    } else {
      report.message('SIM0716E', left.length);
    }
    for (const c of left) report.line(`  MISSING: VTV ${c.vtv} ${destinationText(c.dest)}`);
    return { rc: 8 };
  } finally {
    stepCds.closeAll();
  }
}

/** The earliest due time (ms) of queued work that brings one of the missing copies. */
function nextUseful(work: readonly Work[], missing: readonly MonitoredCopy[]): number | undefined {
  const wanted = new Set(missing.map((c) => `${c.vtv} ${c.dest.kind === 'STOR' ? `MIGRATE ${c.dest.name}` : c.dest.kind === 'PLEX' ? `CTR ${c.dest.tapeplex}` : 'REPLICATE'}`));
  let best: number | undefined;
  for (const w of work) {
    const k = `${w.vtv} ${w.kind === 'REPLICATE' ? 'REPLICATE' : `${w.kind} ${w.target}`}`;
    if (!wanted.has(k)) continue;
    const t = Date.parse(w.due);
    if (best === undefined || t < best) best = t;
  }
  return best;
}

/** DRMON for the SLUADMIN registry: its parameters as data and its run. */
export const drmonUtility: BareUtility = { schema: drmonSchema, run: runDrmon };

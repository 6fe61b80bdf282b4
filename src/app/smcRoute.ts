/**
 * `elsim smc route DSN [--jobname J] [--stepname S] [--procstep P]`: the question an administrator
 * asks when "CTR doesn't replicate" — which TAPEREQ a data set matches, which POLICY it gets, with
 * which management class, subpool and TapePlex, and what that management class does in the
 * TapePlex's CDS: its migration policy, replication, and its cross-TapePlex copies with the CLINKs
 * that would carry them. Problems on the way are warnings (return code 4).
 */
import { Cds } from '../cds/Cds.js';
import { clinksToPlex, readManagementClass } from '../cds/managementClass.js';
import { UsageError } from '../core/errors.js';
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { System } from '../jes/System.js';
import { routeAllocation, type Route } from '../smc/routeAllocation.js';
import { smcDefinitions } from './smcState.js';

export interface RouteOptions {
  dir: string;
  dsn: string;
  jobname?: string;
  stepname?: string;
  procstep?: string;
  json?: boolean;
}

interface ClassFacts {
  tapeplex: string | null;
  defined: boolean;
  migpol: string[];
  replicat: string;
  immdelay: number | null;
  eexpol: { stor: string; tapeplex: string | null; clinks: { vtss: string; partner: string | null; online: boolean }[] }[];
}

export function smcRoute(opts: RouteOptions, io: Io): number {
  const dsn = opts.dsn.toUpperCase();
  if (!/^[A-Z@#$][A-Z0-9@#$-]{0,7}(\.[A-Z@#$][A-Z0-9@#$-]{0,7})*$/.test(dsn) || dsn.length > 44) throw new UsageError(`${opts.dsn} is not a data set name`);
  const system = System.open(opts.dir);
  try {
    const defs = smcDefinitions(system);
    const req = { dsn, ...(opts.jobname ? { jobname: opts.jobname.toUpperCase() } : {}), ...(opts.stepname ? { stepname: opts.stepname.toUpperCase() } : {}), ...(opts.procstep ? { procstep: opts.procstep.toUpperCase() } : {}) };
    const route = routeAllocation(defs, req);
    const lines: string[] = [];
    let rc = 0;
    const who = [req.jobname ? `JOB ${req.jobname}` : '', req.stepname ? `STEP ${req.stepname}` : '', req.procstep ? `PROCSTEP ${req.procstep}` : ''].filter(Boolean).join(' ');
    if (route.tapereq) {
      lines.push(sim.line('SIM1271I', dsn + (who ? ` (${who})` : ''), route.tapereq.index, defs.tapereqs.length, route.tapereq.source, route.tapereq.text));
    } else {
      lines.push(sim.line('SIM1272W', dsn + (who ? ` (${who})` : ''), defs.tapereqs.length));
      rc = 4;
    }
    const dflt = (v: string | null, d: string): string => v ?? d;
    lines.push(
      sim.line(
        'SIM1273I',
        route.policy ? `POLICY ${route.policy.name}` : route.tapereq ? 'TAPEREQ' : 'NO POLICY',
        dflt(route.media, '(FROM UNIT)'),
        dflt(route.mgmtclas, '(NONE)'),
        dflt(route.subpool, '(DEFAULT)'),
        dflt(route.esoteric, '(FROM UNIT)'),
        route.tapeplex === null ? '(THE LOCAL HSC)' : `${route.tapeplex}${route.tapeplexFrom === 'LOCAL' ? ' (LOCAL)' : ''}`,
      ),
    );
    const facts = classFacts(system, route);
    if (facts) {
      if (!facts.defined) {
        lines.push(sim.line('SIM1274W', route.mgmtclas!, facts.tapeplex ?? 'THIS TAPEPLEX'));
        rc = 4;
      } else {
        lines.push(
          sim.line(
            'SIM1275I',
            route.mgmtclas!,
            facts.tapeplex ?? 'THIS TAPEPLEX',
            facts.migpol.length > 0 ? facts.migpol.join(',') : '(NONE)',
            facts.immdelay === null ? 'NO IMMEDIATE MIGRATION' : `IMMEDIATE MIGRATION AFTER ${facts.immdelay} MIN`,
            facts.replicat,
            facts.eexpol.length > 0 ? facts.eexpol.map((e) => `${e.stor}->${e.tapeplex ?? '?'}`).join(',') : '(NONE)',
          ),
        );
        for (const e of facts.eexpol) {
          if (e.tapeplex === null) {
            lines.push(sim.line('SIM1276W', e.stor, route.mgmtclas!, 'NAMES NO TAPEPLEX'));
            rc = 4;
          } else if (e.clinks.length === 0) {
            lines.push(sim.line('SIM1276W', e.stor, route.mgmtclas!, `NO CLINK HAS REMPLEX=${e.tapeplex}`));
            rc = 4;
          } else {
            const on = e.clinks.filter((c) => c.online);
            lines.push(sim.line('SIM1277I', e.tapeplex, [...new Set(e.clinks.map((c) => `${c.vtss}->${c.partner ?? '?'}`))].join(','), on.length, e.clinks.length));
            if (on.length === 0) {
              lines.push(sim.line('SIM1276W', e.stor, route.mgmtclas!, `EVERY CLINK TO ${e.tapeplex} IS OFFLINE`));
              rc = 4;
            }
          }
        }
      }
    }
    if (opts.json) io.out(JSON.stringify({ command: 'smc route', dsn, rc, route, managementClass: facts ?? null, lines }, null, 2));
    else for (const l of lines) io.out(l);
    return rc;
  } finally {
    system.close();
  }
}

/** What the routed management class does, from the CDS of this system when the route stays here. */
function classFacts(system: System, route: Route): ClassFacts | undefined {
  if (route.mgmtclas === null) return undefined;
  const dsn = system.configuredCds();
  const path = dsn ? system.datasetPath(dsn) : undefined;
  if (!path) return undefined;
  const cds = Cds.open(path, { readonly: true });
  try {
    const plex = (cds.db.prepare('SELECT tapeplex FROM cds_identity WHERE id = 1').pluck().get() as string | null | undefined) ?? null;
    if (route.tapeplex !== null && plex !== null && route.tapeplex !== plex) return undefined;
    const m = readManagementClass(cds.db, route.mgmtclas);
    if (!m) return { tapeplex: plex, defined: false, migpol: [], replicat: 'NO', immdelay: null, eexpol: [] };
    return {
      tapeplex: plex,
      defined: true,
      migpol: m.migpol.map((u) => u.stor),
      replicat: m.replicat,
      immdelay: m.immdelay,
      eexpol: m.eexpol.map((e) => ({ stor: e.stor, tapeplex: e.tapeplex, clinks: e.tapeplex ? clinksToPlex(cds.db, e.tapeplex) : [] })),
    };
  } finally {
    cds.close();
  }
}

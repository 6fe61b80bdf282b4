/**
 * The tape service the JES runner calls for a step's tape DDs: SMC routes each new tape data set
 * (TAPEREQ → POLICY → management class, subpool, media, TapePlex) and VTCS mounts it
 * (src/sim/tapeMounts.ts) on the CDS HSC has active; at the end of the step VTCS dismounts and
 * stores what was written, and the management class's work is queued on the hardware. Mount
 * messages go to the job log and to the system log under the job's id.
 *
 * Tape units: the generic and esoteric names a site uses for tape (TAPE, CART, VTAPE, VIRTUAL,
 * 3480, 3490, 3490E, 3590, 3590-1, 3592, VSM, VTSS), an esoteric a SMC POLICY or TAPEREQ names, a
 * device address in a VTD range of the CONFIG, or in a UNITATTR range of SMC.
 */
import { Cds } from '../cds/Cds.js';
import { appendSyslog } from '../console/syslog.js';
import { sim } from '../core/simMessages.js';
import type { System } from '../jes/System.js';
import { jes } from '../jes/messages.js';
import type { TapeDismount, TapeMount, TapeMountAnswer, TapeRequest, TapeService } from '../jes/tape.js';
import { Vtcs, type MountFailure, type MountResult } from '../sim/tapeMounts.js';
import { smcMessages } from '../smc/messages.js';
import { routeAllocation, type Route } from '../smc/routeAllocation.js';
import type { SmcDefinitions } from '../smc/SmcDefinitions.js';
import { smcDefinitions } from './smcState.js';

const TAPE_UNITS = new Set(['TAPE', 'CART', 'VTAPE', 'VIRTUAL', '3480', '3490', '3490E', '3590', '3590-1', '3592', 'VSM', 'VTSS']);
const BLOCK = 32760;

interface MountContext {
  mgmt: string | null;
  vtss: string;
  job: string;
}

function failureText(f: MountFailure): { id: string; text: string } {
  if (f.id === 'SMC0247') return { id: 'SMC0247', text: smcMessages.text('SMC0247', ...f.inserts) };
  return { id: f.id, text: sim.text(f.id, ...f.inserts) };
}

export function tapeService(system: System): TapeService {
  let defs: SmcDefinitions | undefined;
  const smc = (): SmcDefinitions => (defs ??= smcDefinitions(system));
  let vtdRanges: { lo: number; hi: number }[] | undefined;

  const withCds = <T>(fn: (cds: Cds) => T): T | undefined => {
    const dsn = system.activeCds();
    const path = dsn ? system.datasetPath(dsn) : undefined;
    if (!path) return undefined;
    const cds = Cds.open(path);
    try {
      return fn(cds);
    } finally {
      cds.close();
    }
  };

  const isTapeUnit = (unit: string): boolean => {
    const u = unit.toUpperCase();
    if (TAPE_UNITS.has(u)) return true;
    const d = smc();
    if (d.policies.some((p) => p.esoteric === u) || d.tapereqs.some((r) => r.esoteric === u)) return true;
    if (/^[0-9A-F]{4}$/.test(u)) {
      const n = parseInt(u, 16);
      vtdRanges ??= withCds((cds) =>
        (cds.db.prepare('SELECT low, high FROM cfg_vtd').all() as { low: string; high: string }[]).map((r) => ({ lo: parseInt(r.low, 16), hi: parseInt(r.high, 16) })),
      ) ?? [];
      if (vtdRanges.some((r) => n >= r.lo && n <= r.hi)) return true;
      if (d.unitattrs.some((x) => n >= parseInt(x.low, 16) && n <= parseInt(x.high, 16))) return true;
    }
    return false;
  };

  const mount = (requests: readonly TapeRequest[], at: Date): TapeMountAnswer => {
    const job = requests[0] ? `${requests[0].jobname} ${requests[0].jobid}` : '';
    const logOf = (lines: string[]): string[] => {
      appendSyslog(system.root, at, requests[0]?.jobid ?? 'JES', lines);
      return lines;
    };
    const answer = withCds((cds): TapeMountAnswer => {
      const plex = (cds.db.prepare('SELECT tapeplex FROM cds_identity WHERE id = 1').pluck().get() as string | null | undefined) ?? null;
      const vtcs = new Vtcs(cds, system.hardware(), at);
      const routes = new Map<number, Route>();
      const results: (MountResult | undefined)[] = requests.map(() => undefined);
      // Scratch mounts of the step together, specific ones one by one.
      const scratch: number[] = [];
      for (const [i, r] of requests.entries()) {
        if (!r.isNew) continue;
        const route = routeAllocation(smc(), { dsn: r.dsn, jobname: r.jobname, stepname: r.procstep !== undefined ? r.procstep : r.stepname, ...(r.procstep !== undefined ? { procstep: r.stepname } : {}) });
        routes.set(i, route);
        if (route.tapeplex !== null && plex !== null && route.tapeplex !== plex) {
          results[i] = { ok: false, id: 'SIM1287E', inserts: [route.tapeplex, plex] };
          continue;
        }
        scratch.push(i);
      }
      const got = vtcs.mountScratch(scratch.map((i) => ({ mgmt: routes.get(i)!.mgmtclas, subpool: routes.get(i)!.subpool, media: routes.get(i)!.media, job })));
      scratch.forEach((i, j) => (results[i] = got[j]));
      for (const [i, r] of requests.entries()) if (!r.isNew) results[i] = vtcs.mountSpecific(r.volser!, r.status === 'OLD' || r.status === 'MOD', job);
      const bad = results.findIndex((x) => !x?.ok);
      if (bad >= 0) {
        vtcs.release(results.flatMap((x) => (x?.ok ? [x.volser] : [])));
        const f = failureText(results[bad] as MountFailure);
        return { ok: false, index: bad, ...f, log: logOf([`${f.id} ${f.text}`]) };
      }
      const mounts: TapeMount[] = requests.map((r, i) => {
        const m = results[i] as Extract<MountResult, { ok: true }>;
        const route = routes.get(i);
        const how = r.isNew
          ? `${m.mgmt ? `MGMTCLAS ${m.mgmt}` : 'NO MGMTCLAS'}${route?.tapereq ? ` (TAPEREQ ${route.tapereq.index}${route.policy ? `, POLICY ${route.policy.name}` : ''})` : ' (NO TAPEREQ)'}`
          : m.readOnly
            ? 'READ-ONLY'
            : 'SPECIFIC';
        const log = [
          ...(m.recalledFrom ? [sim.line('SIM1290I', m.volser, m.recalledFrom, m.vtss)] : []),
          jes.line('IEF233A', m.vtd, r.isNew ? 'PRIVAT' : m.volser, r.jobname, r.stepname, r.dsn),
          sim.line('SIM1289I', m.volser, m.vtd, m.vtss, r.ddname, how),
        ];
        const file = r.isNew ? undefined : vtcs.readFile(m.volser);
        const ctx: MountContext = { mgmt: m.mgmt, vtss: m.vtss, job };
        return {
          volser: m.volser,
          device: m.vtd,
          unit: r.unit ?? 'VTAPE',
          readOnly: m.readOnly,
          log: logOf(log),
          ...(file ? { records: file.records } : r.isNew ? {} : { records: [] }),
          context: ctx,
        };
      });
      return { ok: true, mounts };
    });
    if (answer !== undefined) return answer;
    const r = requests[0]!;
    const text = sim.text('SIM1286E', r.ddname);
    return { ok: false, index: 0, id: 'SIM1286E', text, log: logOf([`SIM1286E ${text}`]) };
  };

  const dismount = (items: readonly TapeDismount[], at: Date): string[] => {
    const log: string[] = [];
    withCds((cds) => {
      const vtcs = new Vtcs(cds, system.hardware(), at);
      const results = vtcs.dismount(
        items.map((it) => {
          const ctx = it.mount.context as MountContext;
          return {
            volser: it.mount.volser,
            vtss: ctx.vtss,
            mgmt: ctx.mgmt,
            ...(it.records !== undefined
              ? { file: { dsn: it.request.dsn, recfm: it.request.recfm ?? null, lrecl: it.request.lrecl ?? null, records: it.records } }
              : {}),
          };
        }),
      );
      items.forEach((it, i) => {
        const r = it.request;
        const res = results[i]!;
        if (it.records !== undefined) {
          const bytes = it.records.reduce((n, x) => n + Math.max(x.length, r.lrecl ?? 0), 0);
          log.push(jes.line('IEC205I', r.ddname, r.jobname, r.stepname, r.dsn, it.mount.volser, Math.ceil(bytes / BLOCK)));
        }
        log.push(jes.line('IEF234E', it.mount.device, it.mount.volser, r.jobname, r.stepname));
        if (it.records !== undefined) {
          const ctx = it.mount.context as MountContext;
          log.push(sim.line('SIM1291I', it.mount.volser, res.sizeMb, ctx.mgmt ?? '(NONE)', res.queued.length > 0 ? `QUEUED: ${res.queued.join(', ')}` : 'NOTHING QUEUED'));
        }
      });
    });
    if (items[0]) appendSyslog(system.root, at, items[0].request.jobid, log);
    // The tape management system records each data set written, and each volume read.
    const tms = system.tms();
    if (tms) {
      for (const it of items) {
        const r = it.request;
        if (it.records !== undefined) {
          const expiration = r.retpd !== undefined ? new Date(at.getTime() + r.retpd * 86400000).toISOString().slice(0, 10) : undefined;
          tms.recordDataset({ volser: it.mount.volser, kind: 'VTV', dsn: r.dsn, at, media: 'VIRTUAL', job: r.jobname, step: r.stepname, ddname: r.ddname, ...(expiration !== undefined ? { expiration } : {}) });
        } else {
          tms.reference(it.mount.volser, at);
        }
      }
    }
    return log;
  };

  return { isTapeUnit, mount, dismount };
}

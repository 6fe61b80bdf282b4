/**
 * How SMC routes a tape allocation: the first TAPEREQ (in the order SMC read them) whose masks
 * match the data set, job, step and procedure step gives a POLICY — or, in the old form, MEDIA,
 * MGMTCLAS, SUBPOOL and ESOTERIC directly. The policy's TAPEPLEX, else the local TapePlex (the
 * first TAPEPLEX with LOCSUBsys, else the first defined), is where the volume is allocated.
 * What is not set by a TAPEREQ or policy comes from the JCL (UNIT) or VTCS's defaults.
 */
import { dsnMatches, nameMatches } from './dsnMask.js';
import type { PolicyDef, SmcDefinitions, TapereqDef } from './SmcDefinitions.js';

export interface AllocationRequest {
  dsn: string;
  jobname?: string;
  stepname?: string;
  procstep?: string;
}

export interface Route {
  /** The TAPEREQ that matched (its position in SMC's list, 1-based), if any. */
  tapereq: (TapereqDef & { index: number }) | null;
  policy: PolicyDef | null;
  media: string | null;
  mgmtclas: string | null;
  subpool: string | null;
  esoteric: string | null;
  /** The TapePlex the allocation goes to, and what said so. */
  tapeplex: string | null;
  tapeplexFrom: 'POLICY' | 'LOCAL' | 'NONE';
}

function matches(r: TapereqDef, req: AllocationRequest): boolean {
  if (r.dsn !== null && !dsnMatches(r.dsn, req.dsn)) return false;
  if (r.jobname !== null && (req.jobname === undefined || !nameMatches(r.jobname, req.jobname))) return false;
  if (r.stepname !== null && (req.stepname === undefined || !nameMatches(r.stepname, req.stepname))) return false;
  if (r.procstep !== null && (req.procstep === undefined || !nameMatches(r.procstep, req.procstep))) return false;
  return true;
}

/** The local TapePlex: the one SMC reaches through a local HSC subsystem. */
export function localTapeplex(defs: SmcDefinitions): string | null {
  const active = defs.tapeplexes.filter((t) => t.active);
  return (active.find((t) => t.locsub !== null) ?? active[0])?.name ?? null;
}

export function routeAllocation(defs: SmcDefinitions, req: AllocationRequest): Route {
  const i = defs.tapereqs.findIndex((r) => matches(r, req));
  const tapereq = i >= 0 ? { ...defs.tapereqs[i]!, index: i + 1 } : null;
  const policy = tapereq?.policy ? (defs.policies.find((p) => p.name === tapereq.policy) ?? null) : null;
  const pick = (k: 'media' | 'mgmt' | 'subpool' | 'esoteric'): string | null => (policy ? policy[k] : tapereq ? tapereq[k] : null);
  const local = localTapeplex(defs);
  const tapeplex = policy?.tapeplex ?? local;
  return {
    tapereq,
    policy,
    media: pick('media'),
    mgmtclas: pick('mgmt'),
    subpool: pick('subpool'),
    esoteric: pick('esoteric'),
    tapeplex,
    tapeplexFrom: policy?.tapeplex ? 'POLICY' : local !== null ? 'LOCAL' : 'NONE',
  };
}

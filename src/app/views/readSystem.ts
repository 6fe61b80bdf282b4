/**
 * How the web console's views read a system: open it for one request, read, close. The CDS HSC
 * has open (or the one it opens when HSC comes up) is opened read-only; a CDS an older elsim
 * wrote is first brought up to date, as any command that opens it would.
 */
import { Cds } from '../../cds/Cds.js';
import { System } from '../../jes/System.js';

export interface SystemRead {
  system: System;
  /** The configured CDS's name and the CDS itself; undefined when the system has none. */
  dsn: string | undefined;
  cds: Cds | undefined;
}

function openCds(path: string): Cds {
  const cds = Cds.open(path, { readonly: true });
  if (cds.version() >= Cds.schemaVersion) return cds;
  cds.close();
  Cds.open(path).close();
  return Cds.open(path, { readonly: true });
}

/** Runs `fn` on the system in `dir` (SIM0209E when there is none) and closes everything after. */
export function readSystem<T>(dir: string, fn: (r: SystemRead) => T): T {
  const system = System.open(dir);
  let cds: Cds | undefined;
  try {
    const dsn = system.configuredCds();
    const path = dsn === undefined ? undefined : system.datasetPath(dsn);
    cds = path === undefined ? undefined : openCds(path);
    return fn({ system, dsn, cds });
  } finally {
    cds?.close();
    system.close();
  }
}

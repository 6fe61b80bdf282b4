/** Helpers of the robustness tests: the content of every CDS of a system, as digests. */
import { Cds } from '../../src/cds/Cds.js';
import { System } from '../../src/jes/System.js';
import { cdsDigest } from '../../src/fuzz/cdsDigest.js';

/** DSN → content digest of every CDS data set cataloged in the system (aliases left out). */
export function cdsDigestOf(sysDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const system = System.open(sysDir);
  try {
    for (const e of system.catalog.list()) {
      if (e.dsorg !== 'CDS' || e.aliasOf !== undefined) continue;
      const cds = Cds.open(system.catalog.pathOf(e.dsn), { readonly: true });
      try {
        out[e.dsn] = cdsDigest(cds.db);
      } finally {
        cds.close();
      }
    }
  } finally {
    system.close();
  }
  return out;
}

/**
 * The hardware side of DELSCR: scratched VTVs of a DELSCR(YES) class leave the simulated VTSS
 * buffers and VLEs (src/sim). Copies on read-only VMVCs stay (the VLE is not told to delete
 * them: the DR guide's chapter 8 keeps the production copy on the read-only VMVC intact), and
 * queued replication or migration work for the deleted VTVs is cancelled. Called only once the
 * function has decided to succeed: hardware.db is not part of the CDS transaction.
 */
import type { SimulatedHardware } from '../../sim/types.js';

export interface KeptCopy {
  vtv: string;
  mvc: string;
}

export function deleteFromHardware(hw: SimulatedHardware, vtvs: readonly string[], kept: readonly KeptCopy[], at: Date): void {
  if (vtvs.length === 0) return;
  hw.transaction(() => {
    const keptOn = new Map<string, Set<string>>();
    for (const k of kept) keptOn.set(k.vtv, (keptOn.get(k.vtv) ?? new Set()).add(k.mvc));
    const restore = [...keptOn].flatMap(([vtv, mvcs]) => hw.copiesOf(vtv).filter((c) => mvcs.has(c.mvc)));
    hw.deleteVtvs(vtvs);
    const key = (c: { mvc: string; blockId: string; vtv: string }): string => `${c.mvc} ${c.blockId} ${c.vtv}`;
    for (const c of restore) {
      const left = new Set(hw.copiesOf(c.vtv).map(key));
      if (!left.has(key(c))) hw.writeCopyAt(c.mvc, c.blockId, c.vtv, c.sizeMb, c.written);
    }
    hw.cancelWork(vtvs, at, 'VTV DELETED BY SCRATCH (DELSCR)');
  });
}

/**
 * A CDS with the sample population, a VTSS configuration, storage and management classes, and a
 * Hardware derived from it: enough for src/sim and the DRMON/MIGRATE/AUDIT tests.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPopulation } from '../../src/cds/loadPopulation.js';
import { Hardware } from '../../src/sim/Hardware.js';
import { deriveHardware } from '../../src/sim/seedHardware.js';
import type { Cds } from '../../src/cds/Cds.js';
import { samplePopulation } from './samplePopulation.js';
import { tempCds, type TempCds } from './tempCds.js';

export const T0 = '2024-06-01T10:00:00Z';

/** VTSS0/VTSS1, classes LOCAL (ACS 00), REMOTE (ACS 01), VLE1, EEPA1 (TapePlex TMVSB); PAY and ACCOUNT migrate to LOCAL,REMOTE. */
export function defineClasses(cds: Cds): void {
  cds.db.exec(`
    INSERT INTO cfg_vtss (name, seq) VALUES ('VTSS0', 1), ('VTSS1', 2);
    INSERT INTO stor_class (name, seq, acs, mvcpool) VALUES ('LOCAL', 1, '00', 'MVCP1'), ('REMOTE', 2, '01', 'MVCP1');
    INSERT INTO stor_class (name, seq, stormngr, mvcpool) VALUES ('VLE1', 3, 'VLE1', 'LOCAL');
    INSERT INTO stor_class (name, seq, tapeplex) VALUES ('EEPA1', 4, 'TMVSB');
    INSERT INTO mgmt_class (name, seq) VALUES ('PAY', 1), ('ACCOUNT', 2), ('VLEMGMT', 3), ('NOPOL', 4);
    INSERT INTO mgmt_policy (mgmt, kind, pos, stor) VALUES
      ('PAY', 'MIGPOL', 1, 'LOCAL'), ('PAY', 'MIGPOL', 2, 'REMOTE'),
      ('ACCOUNT', 'MIGPOL', 1, 'LOCAL'), ('ACCOUNT', 'MIGPOL', 2, 'REMOTE'), ('ACCOUNT', 'EEXPOL', 1, 'EEPA1'),
      ('VLEMGMT', 'MIGPOL', 1, 'VLE1');
  `);
}

export interface HardwareFixture extends TempCds {
  hw: Hardware;
  clock: { value: string | undefined };
  hsc: { active: boolean };
}

export function hardwareFixture(): HardwareFixture {
  const t = tempCds();
  loadPopulation(t.cds, samplePopulation);
  defineClasses(t.cds);
  const clock = { value: T0 as string | undefined };
  const hsc = { active: true };
  const hw = new Hardware({
    root: mkdtempSync(join(tmpdir(), 'elsim-hwfix-')),
    pinnedClock: () => clock.value,
    setPinnedClock: (iso) => {
      clock.value = iso;
    },
    activeCdsPath: () => (hsc.active ? t.path : undefined),
    create: true,
  });
  deriveHardware(hw, t.path, new Date(T0));
  const dispose = t.dispose;
  return {
    ...t,
    hw,
    clock,
    hsc,
    dispose() {
      hw.close();
      dispose();
    },
  };
}

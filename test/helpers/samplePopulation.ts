/** A small population in the loadPopulation spec format, shaped like the demo tapeplex. */
import type { PopulationSpec } from '../../src/cds/loadPopulation.js';

export const samplePopulation: PopulationSpec = {
  mvcs: [
    { range: 'M00000-M00019', pool: 'MVCP1', media: 'T10000T1', rectech: 'T1AE', acs: '00', capacityMb: 500000, created: '2024-01-02T00:00:00Z' },
    { range: 'M10000-M10019', pool: 'MVCP1', media: 'T10000T1', rectech: 'T1AE', acs: '01', capacityMb: 500000, created: '2024-01-02T00:00:00Z' },
    { range: 'VLL000-VLL009', pool: 'LOCAL', stormngr: 'VLE1', capacityMb: 250000 },
  ],
  vtvs: [
    {
      range: 'DV0000-DV0099',
      mgmtClass: 'PAY',
      sizeMb: 800,
      compPct: 50,
      created: '2024-03-01T08:00:00Z',
      spreadSeconds: 60,
      copies: [
        { pool: 'MVCP1', acs: '00', perMvc: 10, storClass: 'LOCAL' },
        { pool: 'MVCP1', acs: '01', perMvc: 10, storClass: 'REMOTE' },
      ],
    },
    { range: 'DV0100-DV0119', mgmtClass: 'ACCOUNT', sizeMb: 400, resident: 'VTSS0', created: '2024-03-02T08:00:00Z' },
    { range: 'VL0000-VL0029', mgmtClass: 'VLEMGMT', sizeMb: 2000, compPct: 25, copies: [{ stormngr: 'VLE1', perMvc: 3, storClass: 'VLE1' }] },
    { range: 'V00000-V00049', scratch: true },
  ],
  vaults: [{ name: 'VAULT1', description: 'DR vault', slots: 100 }],
  vaulted: [{ range: 'M10018-M10019', vault: 'VAULT1', firstSlot: 1, assigned: '2024-04-01T00:00:00Z', returnDate: '2024-10-01T00:00:00Z' }],
};

/**
 * MIGrate {VTVid(vol-list) | MGMTclas(mgmt-list)} [DELETE(YES|NO)]
 * MIGrate VTSs(vtss-name) THRESHLD(nn)
 * Demand migration as the ELS reference and the guide code it (ch. 8 `MIGRATE VTSS(DRVTSS)
 * THRESHLD(0)`; ch. 7 "the MIGRATE command with DELETE(YES)"). DELETE defaults to YES (reference,
 * not confirmed). THRESHLD belongs to the VTSS form, DELETE to the VTV/class forms (run checks).
 */
import type { UtilitySchema } from '../../sluadmin/types.js';
import { YES_NO } from '../paramSpecs.js';

export const migrateSchema: UtilitySchema<'active'> = {
  verb: 'MIGrate',
  params: [
    { name: 'VTVid', aliases: ['VTV'], type: 'volList' },
    { name: 'MGMTclas', type: 'nameList', min: 1, max: 8 },
    { name: 'VTSs', type: 'name', min: 1, max: 8 },
    { name: 'THRESHLD', type: 'int', min: 0, max: 95 },
    { name: 'DELETE', type: 'enum', values: YES_NO },
  ],
  oneOf: [['VTVid', 'MGMTclas', 'VTSs']],
  exclusive: [['THRESHLD', 'DELETE']],
  title: 'Migrate Utility',
  needsHsc: true,
  cds: 'active',
};

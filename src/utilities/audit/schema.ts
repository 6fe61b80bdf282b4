/**
 * AUDit VTSs(vtss-list) | AUDit MVCid(vol-list)
 * The VTCS forms (ELS 7.x: "Active HSC/VTCS (AUDit MVC, VTSS, or INVLDMIR)", verified). The
 * library forms (ALL, ACS/LSM/PANel/ROW/COLumn, APPly, CAP, DIAGScan, EMPTYCel, INTRANs) and
 * INVLDMIR are not emulated: elsim keeps no cell map; coded, they are refused as unknown parameters.
 */
import type { UtilitySchema } from '../../sluadmin/types.js';

export const auditSchema: UtilitySchema<'active'> = {
  verb: 'AUDIt',
  params: [
    { name: 'VTSs', type: 'nameList', min: 1, max: 8 },
    { name: 'MVCid', aliases: ['MVC'], type: 'volList' },
  ],
  oneOf: [['VTSs', 'MVCid']],
  title: 'Audit Utility',
  needsHsc: true,
  cds: 'active',
};

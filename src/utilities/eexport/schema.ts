/**
 * EEXPORT {MGMTclas(names) | VTVid(vol-list)} TOPLEX(tapeplex) — electronic export: manual
 * cross-TapePlex replication of VTVs to another TapePlex over the CLINKs whose REMPLEX is that
 * TapePlex. The guide prints `EEXPORT MGMTCLAS(LOCEEX1,LOCEEX2) TOPLEX(TAPEPLXA)` (chapter 4,
 * business resumption); the full syntax (VTVid, the abbreviations) could not be confirmed and
 * follows EXPORT's.
 */
import type { UtilitySchema } from '../../sluadmin/types.js';

export const eexportSchema: UtilitySchema<'active'> = {
  verb: 'EEXPORT',
  params: [
    { name: 'VTVid', aliases: ['VTV'], type: 'volList' },
    { name: 'MGMTclas', aliases: ['MGMT'], type: 'nameList', min: 1, max: 8 },
    { name: 'TOPLEX', type: 'name', min: 1, max: 8, required: true },
  ],
  oneOf: [['VTVid', 'MGMTclas']],
  title: 'EEXPORT Utility',
  needsHsc: true,
  cds: 'active',
};

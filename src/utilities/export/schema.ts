/**
 * EXPort {VTVid(vol-list) | MGMTclas(names) | MVCid(vol-list) | STORclas(names)} [MANIFEST(ddname)]
 * — the syntax of the ELS reference (exactly one selection; MANIFEST defaults to the DD named
 * MANIFEST). `VTV` and `MVC` are accepted as spellings of VTVid and MVCid, as elsewhere.
 */
import type { UtilitySchema } from '../../sluadmin/types.js';

export const DEFAULT_MANIFEST_DD = 'MANIFEST';

export const exportSchema: UtilitySchema<'active'> = {
  verb: 'EXPort',
  params: [
    { name: 'VTVid', type: 'volList' },
    { name: 'MGMTclas', type: 'nameList', min: 1, max: 8 },
    { name: 'MVCid', type: 'volList' },
    { name: 'STORclas', type: 'nameList', min: 1, max: 8 },
    { name: 'MANIFEST', type: 'ddname', default: DEFAULT_MANIFEST_DD },
  ],
  oneOf: [['VTVid', 'MGMTclas', 'MVCid', 'STORclas']],
  title: 'EXPORT Utility',
  needsHsc: true,
  cds: 'active',
};

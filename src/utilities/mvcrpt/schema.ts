/**
 * MVCRPt [SUMMary|DETail] {MVCid(vol-list)|MVCPOOL(pool-name)|ALL} — the selectors of the ELS
 * reference (MANIFEST(ddname) is not emulated yet: coded, it is refused as an unknown parameter).
 */
import type { UtilitySchema } from '../../sluadmin/types.js';

export const mvcrptSchema: UtilitySchema<'active'> = {
  verb: 'MVCRPt',
  params: [
    { name: 'SUMMary', type: 'flag' },
    { name: 'DETail', type: 'flag' },
    { name: 'MVCid', type: 'volList' },
    { name: 'MVCPOOL', type: 'name', min: 1, max: 13 },
    { name: 'ALL', type: 'flag' },
  ],
  exclusive: [['SUMMary', 'DETail']],
  oneOf: [['MVCid', 'MVCPOOL', 'ALL']],
  title: 'MVC Report',
  cds: 'active',
  readOnly: true,
};

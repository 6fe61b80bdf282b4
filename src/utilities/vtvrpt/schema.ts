/**
 * VTVRPt [BASIC|COPIES] {VTVid(vol-list)|ALL} [OPTION(UNAVAIL)] [SUPEMPTY] — the syntax of the
 * ELS 7.2 reference diagram (MANIFEST(ddname) and SINCE(nnnn) are not emulated yet: coded, they
 * are refused as unknown parameters).
 */
import type { UtilitySchema } from '../../sluadmin/types.js';

export const vtvrptSchema: UtilitySchema<'active'> = {
  verb: 'VTVRPt',
  params: [
    { name: 'BASIC', type: 'flag' },
    { name: 'COPIES', type: 'flag' },
    { name: 'VTVid', type: 'volList' },
    { name: 'ALL', type: 'flag' },
    { name: 'OPTION', type: 'enum', values: ['UNAVAIL'] },
    { name: 'SUPEMPTY', type: 'flag' },
  ],
  exclusive: [['BASIC', 'COPIES']],
  oneOf: [['VTVid', 'ALL']],
  title: 'VTV Report',
  cds: 'active',
  readOnly: true,
};

/**
 * IMPort MANIFEST(ddname) [VTVid(vol-list) | MVCid(vol-list)] [REPLACE(NONE|ALL)]
 *        [IMMDRAIN(YES|NO)] [NOUPDATE] [INACTCDS]
 * — the keywords of the ELS reference and the DR guide (REPLACE(NONE) and IMMDRAIN(NO) are the
 * defaults the guide states). IMPORT needs active VTCS unless INACTCDS names a CDS through
 * SLSCNTL; that check is IMPORT's own (the schema cannot say "unless").
 */
import type { UtilitySchema } from '../../sluadmin/types.js';

export const importSchema: UtilitySchema<'active'> = {
  verb: 'IMPort',
  params: [
    { name: 'MANIFEST', type: 'ddname', required: true },
    { name: 'VTVid', type: 'volList' },
    { name: 'MVCid', type: 'volList' },
    { name: 'REPLACE', type: 'enum', values: ['NONE', 'ALL'], default: 'NONE' },
    { name: 'IMMDRAIN', type: 'enum', values: ['YES', 'NO'], default: 'NO' },
    { name: 'NOUPDATE', type: 'flag' },
    { name: 'INACTCDS', type: 'flag' },
  ],
  exclusive: [['VTVid', 'MVCid']],
  title: 'IMPORT Utility',
  cds: 'active',
};

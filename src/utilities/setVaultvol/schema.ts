/**
 * SET VAULTVOL NBRVOLS(nnnn): defines the vaulted-volume area of the CDS, as the DR guide's
 * chapter 3 codes it (`SET VAULTVOL NBRVOLS(40000)`). The exact syntax could not be confirmed from
 * the ELS reference: this is the guide's form; its upper limit (9,999,999) is elsim's choice.
 */
import type { UtilitySchema } from '../../sluadmin/types.js';

export const setVaultvolSchema: UtilitySchema<'active'> = {
  verb: 'SET VAULTVOL',
  params: [{ name: 'NBRVOLS', type: 'int', min: 1, max: 9999999, required: true }],
  title: 'SET VAULTVOL Utility',
  cds: 'active',
};

/**
 * SET VAULT {ADD|MODIFY|DELETE} NAME(vault) [SLOTS(nnnn)] [DESC('text')]: defines the vaults that
 * hold vaulted volumes. The DR guide's chapter 3 shows the ADD form
 * (`SET VAULT ADD NAME(DRVLT1) SLOTS(10000) DESC('DR Vault')`). MODIFY and DELETE, the value
 * ranges (names of 1-13 characters as the CDS's vault table keeps them, descriptions of up to 64)
 * and the absence of abbreviations are elsim's reading: the exact syntax could not be confirmed
 * from the ELS reference.
 */
import type { UtilitySchema } from '../../sluadmin/types.js';

export const setVaultSchema: UtilitySchema<'active'> = {
  verb: 'SET VAULT',
  params: [
    { name: 'ADD', type: 'flag' },
    { name: 'MODIFY', type: 'flag' },
    { name: 'DELETE', type: 'flag' },
    { name: 'NAME', type: 'name', min: 1, max: 13, required: true },
    { name: 'SLOTS', type: 'int', min: 1, max: 9999999 },
    { name: 'DESC', type: 'string', min: 1, max: 64 },
  ],
  oneOf: [['ADD', 'MODIFY', 'DELETE']],
  title: 'SET VAULT Utility',
  cds: 'active',
};

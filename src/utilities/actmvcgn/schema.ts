/**
 * ACTMVCgn [ALL] [ACS(acs-id)] [MVCPool(pool-name)] [STORMNGR(stmgr-name)] — selects the MVCs a DR
 * test reads and writes three SLSIN decks for them: MVCMAINT READONLY(ON) to SLUSMVON,
 * READONLY(OFF) to SLUSMVOF, AUDIT MVC to SLUSMAUD. ALL, MVCPOOL (with its MVCP abbreviation),
 * ACS and STORMNGR as the DR guide's chapters 7 and 8 code them; the selectors combine.
 */
import type { UtilitySchema } from '../../sluadmin/types.js';

export const actmvcgnSchema: UtilitySchema<'active'> = {
  verb: 'ACTMVCgn',
  params: [
    { name: 'ALL', type: 'flag' },
    { name: 'ACS', type: 'hex', min: 2, max: 2 },
    { name: 'MVCPool', type: 'name', min: 1, max: 13 },
    { name: 'STORMNGR', type: 'name', min: 1, max: 8 },
  ],
  title: 'Active MVC Generation',
  cds: 'active',
  readOnly: true,
};

/**
 * SET VOLPARM and the POOLPARM / VOLPARM statements it reads from the SLSPARM DD. Keywords as in
 * the ELS reference and the DR guide's examples (DRTEST marks a DR test subpool, OWNRPLEX the
 * owner of an EXTERNAL pool); the pairing rules (which keywords belong to which pool type) are
 * checked by SET VOLPARM itself.
 */
import type { UtilitySchema } from '../../sluadmin/types.js';

export const setVolparmSchema: UtilitySchema<'active'> = {
  verb: 'SET VOLPARM',
  params: [{ name: 'APPLY', type: 'enum', values: ['YES', 'NO'], default: 'YES' }],
  title: 'SET VOLPARM Utility',
  cds: 'active',
};

export const poolparmSchema: UtilitySchema = {
  verb: 'POOLPARM',
  title: 'POOLPARM',
  cds: 'none',
  params: [
    { name: 'NAME', type: 'name', min: 1, max: 13, required: true },
    { name: 'TYPE', type: 'enum', values: ['SCRATCH', 'MVC', 'EXTERNAL', 'CLEAN', 'SPARE'], required: true },
    { name: 'DRTEST', type: 'flag' },
    { name: 'OWNRPLEX', type: 'name', min: 1, max: 8 },
    { name: 'HOSTID', type: 'nameList', min: 1, max: 8, maxItems: 16 },
    { name: 'LABEL', type: 'enum', values: ['SL', 'AL', 'NL', 'NSL'] },
    { name: 'MVCFREE', type: 'int', min: 0, max: 255 },
    { name: 'MAXMVC', type: 'int', min: 1, max: 98 },
    { name: 'THRESH', type: 'int', min: 4, max: 98 },
    { name: 'START', type: 'int', min: 1, max: 98 },
    { name: 'INITMVC', type: 'enum', values: ['YES', 'NO'] },
    { name: 'MAXclean', type: 'int', min: 1, max: 32767 },
  ],
};

export const volparmSchema: UtilitySchema = {
  verb: 'VOLPARM',
  title: 'VOLPARM',
  cds: 'none',
  params: [
    { name: 'VOLser', type: 'volList', required: true },
    { name: 'MEDia', type: 'string', min: 1, max: 8 },
    { name: 'RECtech', type: 'string', min: 1, max: 8 },
  ],
};

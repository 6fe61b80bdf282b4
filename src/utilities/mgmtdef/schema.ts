/**
 * MGMTDEF DSN(dsname) and the policy statements it loads: MGMTclas (keywords of the ELS 7.3
 * MGMTclas syntax diagram, plus the older IMMEDmig),
 * STORclas, VTSSLST and VTSSSEL.
 */
import type { ParamSpec, UtilitySchema } from '../../sluadmin/types.js';
import { name8, YES_NO } from '../paramSpecs.js';

const classList = (name: string, maxItems: number): ParamSpec => ({ name, type: 'nameList', min: 1, max: 8, maxItems });

export const mgmtdefSchema: UtilitySchema<'active'> = {
  verb: 'MGMTDEF',
  params: [{ name: 'DSN', type: 'dsn', required: true }],
  title: 'MGMTDEF Command',
  cds: 'active',
};

export const mgmtclasSchema: UtilitySchema = {
  verb: 'MGMTclas',
  title: 'MGMTCLAS',
  cds: 'none',
  params: [
    name8('NAME', true),
    { name: 'ACSlist', type: 'nameList', min: 2, max: 2, maxItems: 2 },
    { name: 'ARCHAge', type: 'int', min: 1, max: 999 },
    classList('ARCHPol', 4),
    name8('CONSrc'),
    name8('CONTGT'),
    { name: 'DELSCR', type: 'enum', values: ['NO', 'YES', 'FORCE'] },
    { name: 'DISCARD', type: 'int', min: 1, max: 9999 },
    { name: 'DUPlex', type: 'enum', values: YES_NO },
    classList('MIGpol', 4),
    classList('EEXpol', 2),
    { name: 'IMMDELAY', type: 'int', min: 0, max: 9999 },
    { name: 'IMMEDmig', type: 'enum', values: ['KEEP', 'DELETE', 'NO'] },
    { name: 'MAXVtvsz', type: 'enum', values: ['400', '800', '2000', '4000', '32000'] },
    { name: 'NOMIGRAT', type: 'flag' },
    { name: 'REPlicat', type: 'enum', values: ['NO', 'YES', 'YES_SYNC'] },
    { name: 'RESTIME', type: 'int', min: 1, max: 9999 },
    { name: 'VTVPAGE', type: 'enum', values: ['STANDard', 'LARGE'] },
    { name: 'WRITE', type: 'enum', values: ['MANY', 'ONCE', 'APPEND'] },
    { name: 'EDLTeexp', type: 'flag' },
    name8('PINpol'),
    { name: 'REPDELAY', type: 'int', min: 0, max: 9999 },
  ],
};

export const storclasSchema: UtilitySchema = {
  verb: 'STORclas',
  title: 'STORCLAS',
  cds: 'none',
  params: [
    name8('NAME', true),
    { name: 'ACS', type: 'hex', min: 1, max: 2 },
    { name: 'MEDIA', type: 'nameList', min: 1, max: 8, maxItems: 8 },
    { name: 'MVCPOOL', type: 'name', min: 1, max: 13 },
    name8('TAPEPLEX'),
    name8('STORMNGR'),
    name8('MIGRATE'),
    { name: 'DEDUP', type: 'enum', values: YES_NO },
  ],
};

export const vtsslstSchema: UtilitySchema = {
  verb: 'VTSSLST',
  title: 'VTSSLST',
  cds: 'none',
  params: [name8('NAME', true), { name: 'VTSS', type: 'nameList', min: 1, max: 8, maxItems: 16, required: true }],
};

export const vtssselSchema: UtilitySchema = {
  verb: 'VTSSSEL',
  title: 'VTSSSEL',
  cds: 'none',
  params: [
    { name: 'FUNCTION', type: 'enum', values: ['SCRATCH', 'SPECIFIC'], required: true },
    name8('HOST'),
    name8('MGMTclas'),
    name8('VTSSLST', true),
  ],
};

export const policySchemas: UtilitySchema[] = [mgmtclasSchema, storclasSchema, vtsslstSchema, vtssselSchema];

/**
 * CONFIG: the VTCS configuration deck. `CONFIG [RESET] [CDSLEVEL(level)]` followed by
 * sub-statements in KEYWORD=value form. Keyword lists follow the ELS 7.2/7.3 reference (GLOBAL:
 * verified against the 7.2 syntax diagram) and the decks printed in the DR guide; value ranges
 * marked [E] in the comments are elsim's where the manual's could not be read.
 */
import { CDS_LEVELS } from '../../cds/cdsLevels.js';
import type { ParamSpec, UtilitySchema } from '../../sluadmin/types.js';
import { int, name8, yesNo } from '../paramSpecs.js';

/** Channel interfaces (0C, 1K:2) and Ethernet interfaces (0A:1): checked by CONFIG itself. */
const iface = (name: string): ParamSpec => ({ name, type: 'string', min: 2, max: 4 });

export const globalSchema: UtilitySchema = {
  verb: 'GLOBAL',
  title: 'GLOBAL',
  cds: 'none',
  params: [
    int('MAXVTV', 4, 65000),
    int('MVCFREE', 0, 255),
    { name: 'VTVattr', type: 'enum', values: ['SCRATCH', 'ALLmount'] },
    yesNo('RECALWER'),
    { name: 'LOCKSTR', type: 'string', min: 1, max: 16 },
    { name: 'REPlicat', type: 'enum', values: ['ALWAYS', 'CHANGED'] },
    { name: 'VTVPAGE', type: 'enum', values: ['STANDard', 'LARGE'] },
    yesNo('NLIBDRNR'),
    yesNo('NLIBMIGR'),
    yesNo('NLIBRECL'),
    int('MVCMNTTO', 0, 99),
    yesNo('INITMVC'),
    yesNo('SYNCHREP'),
    { name: 'MAXRTDS', type: 'enum', values: ['16', '32'] },
    { name: 'FASTMIGR', type: 'enum', values: ['NO', 'YES', 'STREAMED', 'STREAM', 'STACKED'] },
    { name: 'LOGPOL', type: 'enum', values: ['OPTional', 'REQuired'] },
    { name: 'MAXVTVSZ', type: 'enum', values: ['400', '800', '2000', '4000', '32000'] },
    int('LOCKTOUT', 0, 999),
    yesNo('FASTRECL'),
    yesNo('VTDGT256'),
    yesNo('VTVCHAIN'),
    { name: 'PINNING', type: 'enum', values: ['NO', 'ALLOC'] },
    int('PROTECT', 0, 9999),
  ],
};

export const reclaimSchema: UtilitySchema = {
  verb: 'RECLAIM',
  title: 'RECLAIM',
  cds: 'none',
  params: [int('THRESHld', 4, 98), int('MAXMVC', 1, 98), int('START', 1, 98), int('CONMVC', 1, 99), int('INPTHRSH', 3, 97)],
};

export const vtssSchema: UtilitySchema = {
  verb: 'VTSS',
  title: 'VTSS',
  cds: 'none',
  params: [name8('NAME', true), int('LOW', 0, 95), int('HIGH', 5, 95), int('MAXMIG', 1, 32), int('MINMIG', 1, 32), int('RETAIN', 1, 60), { name: 'DEFLTACS', type: 'hex', min: 1, max: 2 }],
};

export const rtdSchema: UtilitySchema = {
  verb: 'RTD',
  title: 'RTD',
  cds: 'none',
  params: [name8('NAME', true), { name: 'DEVNO', type: 'string', min: 4, max: 4 }, iface('CHANIF'), iface('IPIF'), name8('STORMNGR')],
};

export const rtdpathSchema: UtilitySchema = {
  verb: 'RTDPATH',
  title: 'RTDPATH',
  cds: 'none',
  params: [name8('NAME', true), name8('STORMNGR', true), { name: 'DEVNO', type: 'string', min: 4, max: 4 }, iface('CHANIF'), iface('IPIF')],
};

export const vtdSchema: UtilitySchema = {
  verb: 'VTD',
  title: 'VTD',
  cds: 'none',
  params: [
    { name: 'LOW', type: 'hex', min: 4, max: 4, required: true },
    { name: 'HIGH', type: 'hex', min: 4, max: 4, required: true },
    { name: 'NOVERIFY', type: 'flag' },
  ],
};

export const vtvvolSchema: UtilitySchema = {
  verb: 'VTVVOL',
  title: 'VTVVOL',
  cds: 'none',
  params: [
    { name: 'LOW', type: 'volser', required: true },
    { name: 'HIGH', type: 'volser', required: true },
    { name: 'SCRATCH', type: 'flag' },
  ],
};

export const mvcvolSchema: UtilitySchema = {
  verb: 'MVCVOL',
  title: 'MVCVOL',
  cds: 'none',
  params: [
    { name: 'LOW', type: 'volser', required: true },
    { name: 'HIGH', type: 'volser', required: true },
  ],
};

export const clusterSchema: UtilitySchema = {
  verb: 'CLUSTER',
  title: 'CLUSTER',
  cds: 'none',
  params: [name8('NAME', true), { name: 'VTSSs', type: 'nameList', min: 1, max: 8, maxItems: 8, required: true }],
};

export const clinkSchema: UtilitySchema = {
  verb: 'CLINK',
  title: 'CLINK',
  cds: 'none',
  params: [name8('VTSS', true), iface('CHANIF'), iface('IPIF'), name8('PARTner'), name8('REMPLEX')],
  exclusive: [['CHANIF', 'IPIF']],
};

export const tapeplexSchema: UtilitySchema = {
  verb: 'TAPEPLEX',
  title: 'TAPEPLEX',
  cds: 'none',
  params: [name8('THISPLEX'), { name: 'RECVPLEX', type: 'nameList', min: 1, max: 8, maxItems: 16 }, { name: 'STORMNGR', type: 'nameList', min: 1, max: 8, maxItems: 16 }],
};

export const stormngrSchema: UtilitySchema = {
  verb: 'STORMNGR',
  title: 'STORMNGR',
  cds: 'none',
  params: [name8('NAME', true)],
};

export const hostSchema: UtilitySchema = {
  verb: 'HOST',
  title: 'HOST',
  cds: 'none',
  params: [name8('NAME', true), { name: 'NOMIGRAT', type: 'flag' }, { name: 'NORECLAM', type: 'flag' }],
};

export const configDeckSchemas: UtilitySchema[] = [
  globalSchema,
  reclaimSchema,
  vtssSchema,
  rtdSchema,
  rtdpathSchema,
  vtdSchema,
  vtvvolSchema,
  mvcvolSchema,
  clusterSchema,
  clinkSchema,
  tapeplexSchema,
  stormngrSchema,
  hostSchema,
];

export const configSchema: UtilitySchema<'slscntl'> = {
  verb: 'CONFIg',
  params: [
    { name: 'RESET', type: 'flag' },
    { name: 'CDSLEVEL', type: 'enum', values: Object.keys(CDS_LEVELS) },
  ],
  deck: configDeckSchemas,
  title: 'VTCS Configuration',
  cds: 'slscntl',
};

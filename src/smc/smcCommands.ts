/**
 * The SMC commands and control statements elsim reads, as data: each verb in the manuals' mixed
 * case (the upper-case beginning is the shortest abbreviation) and its parameters, with their
 * kind. What the forms mean, and what elsim chose where the manuals could not be read:
 *
 *   TAPEPlex NAME(name) [LOCSUBsys(subsys)] [ACTive|INACTive]
 *   SERVer   NAME(name) [TAPEPlex(name)] [HOSTname(host)|IPaddress(ip)] [PORT(n)] [ACTive|INACTive]
 *            (HOST is read as HOSTname, IP as IPaddress: the guide prints all three; a SERVER without
 *            TAPEPLEX names the TapePlex of its own NAME, as in chapter 5's `SERVER NAME(TMVSB)…`)
 *   POLicy   NAME(name) [MEDia(type)] [MGMTclas(class)] [SUBPool(pool)] [ESOTeric(name)]
 *            [RECtech(tech)] [TAPEPlex(name)]          (MGMT and SUBP are the guide's spellings)
 *   TAPEREQ  DSN(mask) [JOBname(mask)] [STEPname(mask)] [PROCstep(mask)]
 *            POLicy(name) | [MEDia(type)] [MGMTclas(class)] [SUBPool(pool)] [ESOTeric(name)]
 *   UNITAttr ADDRess(dev|dev-dev) TAPEPlex(name) MODel(model)
 *   READ     DSN(dsn)      reads SMC commands from a data set (or member)
 *   TREQDEF  DSN(dsn)      reads TAPEREQ statements from a data set, replacing the TAPEREQs
 *   HTTP     START|STOP [PORT(n)]                     accepted; elsim has no HTTP server
 * Other SMC commands (ALLOCDef, MOUNTDef, MSGDef, TRace …) are recognised and ignored with a
 * warning (SIM1252W); anything else is not an SMC command (SIM1251E).
 */

export type SmcParamKind = 'name' | 'mask' | 'dsn' | 'flag' | 'port' | 'host' | 'devices' | 'text';

export interface SmcParam {
  /** Name in the manuals' mixed case (`LOCSUBsys`). */
  name: string;
  aliases?: string[];
  kind: SmcParamKind;
  /** Longest value (names: 8). */
  max?: number;
}

export interface SmcVerb {
  verb: string;
  params: SmcParam[];
  /** Parameters that must be coded. */
  required?: string[];
  /** Groups of which at most one may be coded. */
  exclusive?: string[][];
}

const NAME8 = (name: string, extra: Partial<SmcParam> = {}): SmcParam => ({ name, kind: 'name', max: 8, ...extra });

export const SMC_VERBS: SmcVerb[] = [
  {
    verb: 'TAPEPlex',
    params: [NAME8('NAME'), { name: 'LOCSUBsys', kind: 'name', max: 4 }, { name: 'ACTive', kind: 'flag' }, { name: 'INACTive', kind: 'flag' }],
    required: ['NAME'],
    exclusive: [['ACTIVE', 'INACTIVE']],
  },
  {
    verb: 'SERVer',
    params: [
      NAME8('NAME'),
      NAME8('TAPEPlex'),
      { name: 'HOSTname', aliases: ['HOST'], kind: 'host', max: 64 },
      { name: 'IPaddress', aliases: ['IP'], kind: 'host', max: 39 },
      { name: 'PORT', kind: 'port' },
      { name: 'ACTive', kind: 'flag' },
      { name: 'INACTive', kind: 'flag' },
    ],
    required: ['NAME'],
    exclusive: [['HOSTNAME', 'IPADDRESS'], ['ACTIVE', 'INACTIVE']],
  },
  {
    verb: 'POLicy',
    params: [
      { name: 'NAME', kind: 'name', max: 16 },
      NAME8('MEDia'),
      NAME8('MGMTclas', { aliases: ['MGMT'] }),
      { name: 'SUBPool', aliases: ['SUBP'], kind: 'name', max: 13 },
      NAME8('ESOTeric'),
      NAME8('RECtech'),
      NAME8('TAPEPlex'),
    ],
    required: ['NAME'],
  },
  {
    verb: 'TAPEREQ',
    params: [
      { name: 'DSN', aliases: ['DATASET'], kind: 'mask', max: 44 },
      { name: 'JOBname', kind: 'mask', max: 8 },
      { name: 'STEPname', kind: 'mask', max: 8 },
      { name: 'PROCstep', kind: 'mask', max: 8 },
      { name: 'POLicy', kind: 'name', max: 16 },
      NAME8('MEDia'),
      NAME8('MGMTclas', { aliases: ['MGMT'] }),
      { name: 'SUBPool', aliases: ['SUBP'], kind: 'name', max: 13 },
      NAME8('ESOTeric'),
    ],
    exclusive: [['POLICY', 'MEDIA'], ['POLICY', 'MGMTCLAS'], ['POLICY', 'SUBPOOL'], ['POLICY', 'ESOTERIC']],
  },
  {
    verb: 'UNITAttr',
    params: [{ name: 'ADDRess', aliases: ['ADDR'], kind: 'devices' }, NAME8('TAPEPlex'), NAME8('MODel'), { name: 'NOTAPEplex', kind: 'flag' }],
    required: ['ADDRESS', 'MODEL'],
    exclusive: [['TAPEPLEX', 'NOTAPEPLEX']],
  },
  { verb: 'READ', params: [{ name: 'DSN', kind: 'dsn', max: 54 }], required: ['DSN'] },
  { verb: 'TREQDEF', params: [{ name: 'DSN', kind: 'dsn', max: 54 }], required: ['DSN'] },
  { verb: 'HTTP', params: [{ name: 'START', kind: 'flag' }, { name: 'STOP', kind: 'flag' }, { name: 'PORT', kind: 'port' }], exclusive: [['START', 'STOP']] },
];

/** SMC commands that exist but that elsim ignores (they tune allocation, messages or tracing). */
export const SMC_IGNORED = [
  'ALLOCDef', 'ALLOCJob', 'CMDDef', 'COMMtest', 'DRIVemap', 'IDAX', 'LIBrary', 'LOG', 'METAdata', 'MOUNTDef', 'MSGDef', 'MSGJob',
  'RESYNChronize', 'ROUTe', 'SMSDef', 'TRace', 'TRACELkp', 'UEXit', 'USERMsg', 'SIMulate', 'STORMNGR',
];

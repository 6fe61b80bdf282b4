/**
 * DRMONitr {MGMTclas(mgmt-list) | VTVid(vol-list)} [STORclas(stor-list)] [REPLicat]
 *          [MAXAGE(hours)] [TIMEOUT(minutes)]
 * As the DR guide codes it (ch. 4 `DRMON MGMT(LOCEEX1) STOR(EEPA1) MAXAGE(24) TIMEOUT(120)`, ch. 6
 * `DRMON MGMT(mgmtname) REPL MAXAGE(24) TIMEOUT(120)`, ch. 8 `DRMON MGMT(DR) STOR(REMOTE) MAXAGE(24)
 * TIMEOUT(30)`). VTVid as an alternative selection is from the ELS reference (not confirmed). What
 * DRMON waits for is STORclas (a copy in each storage class: an MVC copy, or for a class with
 * TAPEPLEX a complete copy at that TapePlex) and/or REPLicat (the VTV replicated to its cluster
 * partner); at least one of them must be coded (checked by run). Needs active HSC/VTCS.
 */
import type { UtilitySchema } from '../../sluadmin/types.js';

export const drmonSchema: UtilitySchema<'none'> = {
  verb: 'DRMONitr',
  params: [
    { name: 'MGMTclas', type: 'nameList', min: 1, max: 8 },
    { name: 'VTVid', type: 'volList' },
    { name: 'STORclas', type: 'nameList', min: 1, max: 8 },
    { name: 'REPLicat', type: 'flag' },
    { name: 'MAXAGE', type: 'int', min: 1, max: 9999 },
    { name: 'TIMEOUT', type: 'int', min: 1, max: 9999 },
  ],
  oneOf: [['MGMTclas', 'VTVid']],
  title: 'DR Monitor',
  needsHsc: true,
  // DRMON opens the CDS itself (the SLSCNTL data set, else the active one) and only reads it:
  // the copies it waits for are recorded by the simulated hardware's own transactions as they arrive.
  cds: 'none',
};

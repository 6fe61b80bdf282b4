/**
 * SCRAtch VOLser(vol-list) and UNSCratch VOLser(vol-list): the HSC scratch update utilities
 * (syntax of the HSC System Programmer's Guide, carried into ELS). `VOL` (the DR guide's
 * `SCRATCH VOL(VT0000-VT9999)`) is VOLser's minimum abbreviation. In elsim the volumes are the
 * VTVs of the CDS; real tape volumes are not kept.
 */
import type { UtilitySchema } from '../../sluadmin/types.js';

export const scratchSchema: UtilitySchema<'active'> = {
  verb: 'SCRAtch',
  params: [{ name: 'VOLser', type: 'volList', required: true }],
  title: 'Scratch Update',
  cds: 'active',
};

export const unscratchSchema: UtilitySchema<'active'> = {
  verb: 'UNSCratch',
  params: [{ name: 'VOLser', type: 'volList', required: true }],
  title: 'Unscratch Update',
  cds: 'active',
};

/**
 * VTVMAINT VTVid(vol-list) with one or more repairs of the VTV records:
 *   ULINKMVC(vol-list)  unlink the VTVs from the MVCs named (their copy records on those MVCs go);
 *   MGMTclas(name)      give the VTVs another management class;
 *   DISMOUNT VTSSid(n)  logically dismount VTVs the CDS still shows mounted in VTSS n;
 *   OWNRPLEX(name)      make TapePlex `name` the owner of scratch VTVs received by cross-TapePlex
 *                       replication (non-scratch VTVs are reported and left alone);
 *   ADDEXpot(name)      record that TapePlex `name` holds (references) the VTVs;
 *   DELEXpot(name)      remove TapePlex `name`'s reference to the VTVs.
 *
 * VTVid, ULINKMVC, MGMTclas, DISMOUNT, VTSSid and OWNRPLEX come from the ELS 7.3 syntax diagram;
 * ADDEXpot, DELEXpot and OWNRPLEX from the DR guide's chapter 4 ("Managing VTVs Replicated via
 * Cross-TapePlex Replication"), which gives their meaning but not their value syntax: elsim takes
 * one TapePlex name. The SCRATCH(ON|OFF) option the reference notes recall could not be confirmed
 * and is not emulated (coded, it is SLS0005I). ADDEXpot and DELEXpot are exclusive: a statement
 * adds a reference or removes one.
 */
import type { UtilitySchema } from '../../sluadmin/types.js';

export const vtvmaintSchema: UtilitySchema<'active'> = {
  verb: 'VTVMAINT',
  params: [
    { name: 'VTVid', type: 'volList', required: true },
    { name: 'ULINKMVC', type: 'volList' },
    { name: 'MGMTclas', type: 'name', min: 1, max: 8 },
    { name: 'DISMOUNT', type: 'flag' },
    { name: 'VTSSid', type: 'name', min: 1, max: 8 },
    { name: 'OWNRPLEX', type: 'name', min: 1, max: 8 },
    { name: 'ADDEXpot', type: 'name', min: 1, max: 8 },
    { name: 'DELEXpot', type: 'name', min: 1, max: 8 },
  ],
  exclusive: [['ADDEXpot', 'DELEXpot']],
  title: 'VTV Maintenance',
  cds: 'active',
  needsHsc: true,
};

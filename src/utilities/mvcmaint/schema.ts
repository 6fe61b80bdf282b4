/**
 * MVCMAINT MVCid(vol-list) READONLY(ON|OFF) — the MVC status change the DR guide's procedures use
 * (ACTMVCGN's SLUSMVON/SLUSMVOF decks, chapter 2's import follow-up, chapter 8's VLE DR test).
 *
 * The keyword is `MVCid` (`MVC` is its minimum abbreviation, the form ACTMVCGN decks and the
 * guide's comments code). The other status keywords the ELS reference notes recall (LOST, ERROR,
 * EJECT, RETIRED, WARRANTY, INVLDMIR) could not be confirmed and are not emulated: coded, they are
 * refused as unknown parameters (SLS0005I).
 */
import type { UtilitySchema } from '../../sluadmin/types.js';

export const mvcmaintSchema: UtilitySchema<'active'> = {
  verb: 'MVCMAINT',
  params: [
    { name: 'MVCid', type: 'volList', required: true },
    { name: 'READONLY', type: 'enum', values: ['ON', 'OFF'], required: true },
  ],
  title: 'MVC Maintenance',
  cds: 'active',
  needsHsc: true,
};

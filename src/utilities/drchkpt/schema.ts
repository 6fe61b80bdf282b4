/**
 * DRCHKPT {SET|CLEAR} — sets the recovery point (the guide's `DRCHKPT SET`) or ends it. Only SET is
 * printed in the DR guide; CLEAR is elsim's (unconfirmed against the ELS reference, see
 * /work/notes/readme-D.md).
 */
import type { UtilitySchema } from '../../sluadmin/types.js';

export const drchkptSchema: UtilitySchema<'active'> = {
  verb: 'DRCHKPT',
  params: [
    { name: 'SET', type: 'flag' },
    { name: 'CLEAR', type: 'flag' },
  ],
  oneOf: [['SET', 'CLEAR']],
  title: 'DR Checkpoint',
  cds: 'active',
  needsHsc: true,
};

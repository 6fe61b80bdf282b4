/**
 * BACKup [CDS(Primary|Secondary|STandby)] [OPTion(Copy|Analyze|Restart)] — HSC's CDS backup. Only
 * OPTION(COPY), the default, is emulated: the CDS named by SLSCNTL (SLSCNTL2 for CDS(Secondary),
 * SLSSTBY for CDS(Standby)) is copied to the SLSBKUP data set. Active HSC is not required.
 */
import type { UtilitySchema } from '../../sluadmin/types.js';

export const backupSchema: UtilitySchema<'slscntl'> = {
  verb: 'BACKup',
  params: [
    { name: 'CDS', type: 'enum', values: ['Primary', 'Secondary', 'STandby'] },
    { name: 'OPTion', type: 'enum', values: ['Copy', 'Analyze', 'Restart'], default: 'COPY' },
  ],
  title: 'CDS Backup',
  cds: 'slscntl',
};

/**
 * DRTest {PRIMEprd|CREATE|START|STOP|RESET} [DRACS(acs-id)] [DRVTSS(vtss-list)] [SPARE|SHARE]
 *        [HOST(host-list)] [STORMNGR(stmgr-list)] [NOUPDprd]
 * Keywords as the DR guide (chapter 7) spells them; operand shapes as the reference recalls them
 * (unconfirmed: see /work/notes/readme-D.md). PRIMEPRD, START, STOP and RESET work on the production
 * CDS (SLSCNTL when the step has one, else HSC's); CREATE reads it and writes SLSNEW1-3.
 */
import type { UtilitySchema } from '../../sluadmin/types.js';

export const DRTEST_FUNCTIONS = ['PRIMEPRD', 'CREATE', 'START', 'STOP', 'RESET'] as const;
export type DrtestFunction = (typeof DRTEST_FUNCTIONS)[number];

export const drtestSchema: UtilitySchema<'active'> = {
  verb: 'DRTest',
  params: [
    { name: 'PRIMEprd', type: 'flag' },
    { name: 'CREATE', type: 'flag' },
    { name: 'START', type: 'flag' },
    { name: 'STOP', type: 'flag' },
    { name: 'RESET', type: 'flag' },
    { name: 'DRACS', type: 'hex', min: 2, max: 2 },
    { name: 'DRVTSS', type: 'nameList', min: 1, max: 8, maxItems: 16 },
    { name: 'SPARE', type: 'flag' },
    { name: 'SHARE', type: 'flag' },
    { name: 'HOST', type: 'nameList', min: 1, max: 8, maxItems: 16 },
    { name: 'STORMNGR', type: 'nameList', min: 1, max: 8, maxItems: 16 },
    { name: 'NOUPDprd', type: 'flag' },
  ],
  exclusive: [['SPARE', 'SHARE']],
  oneOf: [['PRIMEPRD', 'CREATE', 'START', 'STOP', 'RESET']],
  title: 'DR Test Utility',
  cds: 'active',
};

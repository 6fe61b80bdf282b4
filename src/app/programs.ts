/** Every program a job step can run: the JES base programs plus SLUADMIN (and its old name). */
import { basePrograms } from '../jes/basePrograms.js';
import type { Program } from '../jes/types.js';
import { sluadminProgram } from '../sluadmin/sluadminProgram.js';

export const programs: Readonly<Record<string, Program>> = Object.freeze({
  ...basePrograms,
  SLUADMIN: sluadminProgram,
  SWSADMIN: sluadminProgram,
});

/** Every program a job step can run: the JES base programs plus SLUADMIN (and its old name). */
import { basePrograms } from '../jes/basePrograms.js';
import type { Program } from '../program/contract.js';

/** SLUADMIN and its utilities are loaded when a step first runs it, not by every job. */
const sluadmin: Program = async (ctx) => {
  const [{ sluadminProgram }, { utilities }] = await Promise.all([
    import('../sluadmin/sluadminProgram.js'),
    import('../utilities/index.js'),
  ]);
  return sluadminProgram(utilities)(ctx);
};

export const programs: Readonly<Record<string, Program>> = Object.freeze({
  ...basePrograms,
  SLUADMIN: sluadmin,
  SWSADMIN: sluadmin,
});

/** Every program a job step can run: the JES base programs, SLUADMIN (and its old name) and ELSIMGEN. */
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

/** elsim's test program that writes generated records (tape workload jobs, the bench). */
const elsimgen: Program = async (ctx) => (await import('../programs/elsimgen/elsimgen.js')).elsimgen(ctx);

export const programs: Readonly<Record<string, Program>> = Object.freeze({
  ...basePrograms,
  SLUADMIN: sluadmin,
  SWSADMIN: sluadmin,
  ELSIMGEN: elsimgen,
});

/**
 * SLUADMIN (and SWSADMIN, its old name) as a program the JES runner calls for EXEC PGM=. The
 * utilities it dispatches to are given by the caller (src/app/programs.ts gives the product's
 * registry), so the shell never imports the utilities it runs.
 */
import type { Program } from '../program/contract.js';
import { runSluadminStep } from './runSluadmin.js';
import type { Utility } from './types.js';

export function sluadminProgram(registry: readonly Utility[]): Program {
  return (ctx) => runSluadminStep(ctx, registry);
}

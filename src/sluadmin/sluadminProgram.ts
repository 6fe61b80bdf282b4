/** SLUADMIN (and SWSADMIN, its old name) as a program the JES runner calls for EXEC PGM=. */
import type { Program } from '../program/contract.js';
import { runSluadmin } from './runSluadmin.js';

export const sluadminProgram: Program = (ctx) => ({ rc: runSluadmin(ctx) });

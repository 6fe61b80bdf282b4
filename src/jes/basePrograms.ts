/**
 * The programs the runner itself provides. The CLI adds SLUADMIN (and SWSADMIN, its old name)
 * from src/sluadmin; any name in neither list abends S806 (module not found).
 */
import { iebgener } from './programs/iebgener.js';
import { iefbr14 } from './programs/iefbr14.js';
import type { Program } from '../program/contract.js';

export const basePrograms: Readonly<Record<string, Program>> = Object.freeze({
  IEFBR14: iefbr14,
  IEBGENER: iebgener,
});

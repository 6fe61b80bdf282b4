/** IEFBR14: does nothing and ends with return code 0 — the step exists for its DD dispositions. */
import type { Program } from '../../program/contract.js';

export const iefbr14: Program = () => ({ rc: 0 });

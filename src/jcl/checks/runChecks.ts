/** Every check pass, in the order their messages should read. */
import type { Diagnostic } from '../../core/Diagnostic.js';
import type { Check, CheckedJob } from './CheckedJob.js';
import { reportDuplicateKeywords } from './reportDuplicateKeywords.js';
import { reportDuplicateNames } from './reportDuplicateNames.js';
import { reportInvalidLabels } from './reportInvalidLabels.js';
import { reportLengths } from './reportLengths.js';
import { reportMisplaced } from './reportMisplaced.js';
import { reportNoSteps } from './reportNoSteps.js';
import { reportSubparameters } from './reportSubparameters.js';
import { reportUnknownKeywords } from './reportUnknownKeywords.js';
import { reportUnknownOperations } from './reportUnknownOperations.js';

export const CHECKS: readonly Check[] = [
  reportInvalidLabels,
  reportUnknownOperations,
  reportMisplaced,
  reportUnknownKeywords,
  reportDuplicateKeywords,
  reportSubparameters,
  reportLengths,
  reportNoSteps,
  reportDuplicateNames,
];

export function runChecks(cj: CheckedJob): Diagnostic[] {
  return CHECKS.flatMap((c) => c(cj));
}

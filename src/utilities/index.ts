/** Every SLUADMIN utility elsim knows, in one registry the dispatcher reads. */
import type { Utility } from '../sluadmin/types.js';

export const utilities: Utility[] = [];

/** Options several commands share. */
import type { Options } from 'yargs';

export const systemOption: Options = {
  type: 'string',
  default: 'elsim-sys',
  describe: 'System directory (catalog, spool, CDS); created with the demo tapeplex if absent',
  requiresArg: true,
};

export const nowOption: Options = {
  type: 'string',
  describe: 'Simulated time for this run (ISO 8601, e.g. 2026-11-21T10:15:00Z)',
  requiresArg: true,
};

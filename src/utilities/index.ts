/** Every SLUADMIN utility elsim knows, one line each, in one registry the dispatcher is given. */
import type { Utility } from '../sluadmin/types.js';
import { configUtility } from './config/run.js';
import { setVolparmUtility } from './setVolparm/run.js';
import { mgmtdefUtility } from './mgmtdef/run.js';
import { vtvrptUtility } from './vtvrpt/run.js';
import { mvcrptUtility } from './mvcrpt/run.js';
import { exportUtility } from './export/run.js';
import { importUtility } from './import/run.js';
import { mvcmaintUtility } from './mvcmaint/run.js';
import { vtvmaintUtility } from './vtvmaint/run.js';
import { scratchUtility, unscratchUtility } from './scratch/run.js';
import { setVaultvolUtility } from './setVaultvol/run.js';
import { setVaultUtility } from './setVault/run.js';
import { drmonUtility } from './drmon/run.js';
import { migrateUtility } from './migrate/run.js';
import { auditUtility } from './audit/run.js';
import { drtestUtility } from './drtest/run.js';
import { actmvcgnUtility } from './actmvcgn/run.js';
import { drchkptUtility } from './drchkpt/run.js';
import { backupUtility } from './backup/run.js';
import { eexportUtility } from './eexport/run.js';

export const utilities: readonly Utility[] = [
  configUtility,
  setVolparmUtility,
  mgmtdefUtility,
  vtvrptUtility,
  mvcrptUtility,
  exportUtility,
  importUtility,
  mvcmaintUtility,
  vtvmaintUtility,
  scratchUtility,
  unscratchUtility,
  setVaultvolUtility,
  setVaultUtility,
  drmonUtility,
  migrateUtility,
  auditUtility,
  drtestUtility,
  actmvcgnUtility,
  drchkptUtility,
  backupUtility,
  eexportUtility,
];

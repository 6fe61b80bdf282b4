/** Every SLUADMIN utility elsim knows, in one registry the dispatcher reads. */
import type { Utility } from '../sluadmin/types.js';
import { configSchema } from './config/schema.js';
import { runConfig } from './config/run.js';
import { setVolparmSchema } from './setVolparm/schema.js';
import { runSetVolparm } from './setVolparm/run.js';
import { mgmtdefSchema } from './mgmtdef/schema.js';
import { runMgmtdef } from './mgmtdef/run.js';
import { vtvrptSchema } from './vtvrpt/schema.js';
import { runVtvrpt } from './vtvrpt/run.js';
import { mvcrptSchema } from './mvcrpt/schema.js';
import { runMvcrpt } from './mvcrpt/run.js';
import { exportSchema } from './export/schema.js';
import { runExport } from './export/run.js';
import { importSchema } from './import/schema.js';
import { runImport } from './import/run.js';
import { drtestSchema } from './drtest/schema.js';
import { runDrtest } from './drtest/run.js';
import { actmvcgnSchema } from './actmvcgn/schema.js';
import { runActmvcgn } from './actmvcgn/run.js';
import { drchkptSchema } from './drchkpt/schema.js';
import { runDrchkpt } from './drchkpt/run.js';
import { backupSchema } from './backup/schema.js';
import { runBackup } from './backup/run.js';
import { mvcmaintSchema } from './mvcmaint/schema.js';
import { runMvcmaint } from './mvcmaint/run.js';
import { vtvmaintSchema } from './vtvmaint/schema.js';
import { runVtvmaint } from './vtvmaint/run.js';
import { scratchSchema, unscratchSchema } from './scratch/schema.js';
import { runScratch, runUnscratch } from './scratch/run.js';
import { setVaultvolSchema } from './setVaultvol/schema.js';
import { runSetVaultvol } from './setVaultvol/run.js';
import { setVaultSchema } from './setVault/schema.js';
import { runSetVault } from './setVault/run.js';
import { drmonSchema } from './drmon/schema.js';
import { runDrmon } from './drmon/run.js';
import { migrateSchema } from './migrate/schema.js';
import { runMigrate } from './migrate/run.js';
import { auditSchema } from './audit/schema.js';
import { runAudit } from './audit/run.js';

export const utilities: Utility[] = [
  { schema: configSchema, run: runConfig },
  { schema: setVolparmSchema, run: runSetVolparm },
  { schema: mgmtdefSchema, run: runMgmtdef },
  { schema: vtvrptSchema, run: runVtvrpt },
  { schema: mvcrptSchema, run: runMvcrpt },
  // EXPORT, IMPORT
  { schema: exportSchema, run: runExport },
  { schema: importSchema, run: runImport },
  // MVCMAINT, VTVMAINT, SCRATCH, UNSCRATCH, SET VAULT, SET VAULTVOL
  { schema: mvcmaintSchema, run: runMvcmaint },
  { schema: vtvmaintSchema, run: runVtvmaint },
  { schema: scratchSchema, run: runScratch },
  { schema: unscratchSchema, run: runUnscratch },
  { schema: setVaultvolSchema, run: runSetVaultvol },
  { schema: setVaultSchema, run: runSetVault },
  // DRMON, MIGRATE, AUDIT
  { schema: drmonSchema, run: runDrmon },
  { schema: migrateSchema, run: runMigrate },
  { schema: auditSchema, run: runAudit },
  // DRTEST, ACTMVCGN, DRCHKPT, BACKUP
  { schema: drtestSchema, run: runDrtest },
  { schema: actmvcgnSchema, run: runActmvcgn },
  { schema: drchkptSchema, run: runDrchkpt },
  { schema: backupSchema, run: runBackup },

];

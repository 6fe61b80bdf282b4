/**
 * SLUADMIN utility functions of ELS 7.x, as the command reference spells them (minimum
 * abbreviation in upper case). The shell uses the list only to tell "a real function elsim does
 * not emulate" (SIM0307I) from "not a command at all" (SLS0001I); what elsim runs is the utility
 * registry its caller gives it (the product's is src/utilities/index.ts).
 */
export const ELS_UTILITY_VERBS: readonly string[] = [
  'ACTIvities', 'ACTMVCgn', 'ARCHive', 'AUDIt', 'BACKup', 'CONFIG', 'DECOMP', 'DIRBLD', 'DRCHKPT',
  'DRMONitr', 'DRTEST', 'EEXPORT', 'EXECParm', 'EXPort', 'IMPort', 'INITialize', 'JOURNAL', 'LIBGEN',
  'MERGEcds', 'MERGMFST', 'MGMTDEF', 'MIGRSEL', 'MIGrate', 'MVCDRain', 'MVCMAINT', 'MVCRPt', 'OFFLoad',
  'RECALL', 'RECLaim', 'RECONcil', 'REPLaceall', 'RESTore', 'RTVMAINT', 'SCRAtch', 'SCRDATA', 'SCREdist',
  'SCRPT', 'SET', 'UNSCratch', 'UNSElect', 'VLEMAINT', 'VOLRpt', 'VTVMAINT', 'VTVRPt',
];

/** Options of the SET utility (`SET VOLPARM`, `SET VAULT` …). */
export const ELS_SET_OPTIONS: readonly string[] = [
  'CLNPRFX', 'COMPRFX', 'DELDISP', 'EJCTAUTO', 'FREEZE', 'HOSTID', 'MAJNAME', 'NEWHOST', 'NNLBDRV',
  'SCRLABL', 'SLIACS', 'SLIDRIVS', 'SLILSM', 'SLISTATN', 'SMF', 'TCHNIQE', 'VAULT', 'VAULTVOL', 'VOLPARM',
];

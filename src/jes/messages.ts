/**
 * The messages of the job runner: MVS initiator/allocation (IEF), JES2 ($HASP), and the few
 * system messages a job log carries beside them (CSV/IEA for a program not found, IEC for OPEN,
 * IGD for a duplicate data set name, IRR for the user id, IEB for IEBGENER). IEFC452I (job not
 * run) belongs to the converter's catalogue in src/jcl/messages.ts. Texts follow the
 * z/OS 2.x forms; inserts that the real system pads to a width are padded by the caller.
 * Dialect: z/OS 2.x+ (IEF032I/IEF033I step and job end, `$HASP395 … RC=`), not MVS 3.8j.
 */
import { catalogue } from '../core/catalogue.js';

export const jes = catalogue({
  // ── JES2 ────────────────────────────────────────────────────────────────
  $HASP373: {
    text: '{0} STARTED - INIT {1} - CLASS {2} - SYS {3}',
    explain: 'JES2 selected the job for execution in an initiator. Printed in JESMSGLG when the job starts running; a job stopped by a JCL error at conversion never gets one.',
  },
  $HASP395: {
    text: '{0} ENDED - {1}',
    explain: 'The job ended. RC=nnnn is the completion code JES2 reports (JOBRC: by default the highest step return code); ABEND=Sxxx or Unnnn when a step abended; JCL ERROR when a step could not be allocated.',
  },
  $HASP396: {
    text: '{0} TERMINATED',
    explain: 'The job ended without running: the converter found JCL errors (see IEFC452I and the messages in JESYSMSG), or TYPRUN=SCAN asked for a check only.',
  },
  // ── IEF: initiator, allocation, step and job end ────────────────────────
  IEF032I: {
    text: 'STEP/{0}/STOP  {1}',
    explain: 'A step ended (or was bypassed); the time is yyyyddd.hhmm. The following line gives the CPU time, which elsim reports as zero.',
  },
  IEF033I: {
    text: ' JOB/{0}/STOP  {1}',
    explain: 'The job ended; the time is yyyyddd.hhmm.',
  },
  IEF142I: {
    text: '{0} - STEP WAS EXECUTED - COND CODE {1}',
    explain: 'The step ran to completion with this return code (decimal, four digits). COND and IF tests of later steps use it.',
  },
  IEF202I: {
    text: '{0} - STEP WAS NOT RUN BECAUSE OF CONDITION CODES',
    explain: 'A COND test on the step\'s EXEC (or on the JOB statement) was satisfied, or COND=ONLY was coded and no step abended, so the step was bypassed. A bypassed step has no return code: COND and IF tests naming it are false.',
  },
  IEF206I: {
    text: '{0} - STEP WAS NOT RUN BECAUSE OF CONDITIONAL EXPRESSION ON STATEMENT {1}',
    explain: 'The step is in the THEN clause of an IF whose expression was false, or in the ELSE clause of one that was true. The number is the IF statement\'s number in JESJCL.',
  },
  IEF212I: {
    text: '{0} {1} - DATA SET NOT FOUND',
    explain: 'A DD with DISP=OLD or SHR (or a GDG generation, or a temporary data set) names a data set that is not cataloged or was not created. The step is not run and no later step runs; the job ends with IEF453I JOB FAILED - JCL ERROR. Check the spelling of the DSN, or catalog the data set first.',
  },
  IEF233A: {
    text: 'M {0},{1},SL,{2},{3},{4}',
    explain: 'A tape volume is to be mounted on the device: PRIVAT for a scratch volume the step will write (the tape management system and VTCS choose it), or the volume serial of the data set to be read. On a virtual tape drive (VTD) VTCS answers the mount at once; elsim writes the message to the job log and the system log.',
  },
  IEF234E: {
    text: 'K {0},{1},PVT,{2},{3}',
    explain: 'At the end of the step the tape volume is dismounted from the device and kept (K): on a VTD, VTCS dismounts the VTV and then does what its management class says (migration, replication, cross-TapePlex copies).',
  },
  IEF236I: {
    text: 'ALLOC. FOR {0}',
    explain: 'Allocation of the step\'s DDs begins; one IEF237I per data set follows.',
  },
  IEF237I: {
    text: '{0} ALLOCATED TO {1}',
    explain: 'A DD was allocated: JES2 for SYSOUT and in-stream data, DMY for DUMMY, a device number for a data set on disk. Data sets after the first of a concatenation show no ddname.',
  },
  IEF272I: {
    text: '{0} - STEP WAS NOT EXECUTED.',
    explain: 'The step did not run: it was bypassed (IEF202I, IEF206I), an earlier step abended and this one codes neither COND=EVEN/ONLY nor sits in an IF that tests ABEND, or its DDs could not be allocated.',
  },
  IEF285I: {
    text: '  {0} {1}',
    explain: 'What happened to a data set when the step ended: KEPT, CATALOGED, UNCATALOGED, DELETED, PASSED (kept for a later step of the job), SYSOUT or SYSIN (spool data sets). On an abend the abnormal disposition (third DISP subparameter) applies.',
  },
  IEF287I: {
    text: ' {0} NOT CATLGD {1}',
    explain: 'The data set could not be cataloged at the end of the step; 2 means a data set of that name was cataloged meanwhile (another job). elsim deletes the uncataloged copy, since nothing could reach it.',
  },
  IEF373I: {
    text: 'STEP/{0}/START {1}',
    explain: 'A step started; the time is yyyyddd.hhmm.',
  },
  IEF375I: {
    text: ' JOB/{0}/START {1}',
    explain: 'The job started; the time is yyyyddd.hhmm.',
  },
  IEF403I: {
    text: '{0} - STARTED - TIME={1}',
    explain: 'The job started running.',
  },
  IEF404I: {
    text: '{0} - ENDED - TIME={1}',
    explain: 'The job ended (normally, or after an abend that IEF450I reports).',
  },
  IEF450I: {
    text: '{0} - ABEND={1} {2} REASON={3}',
    explain: 'A step ended abnormally: S followed by a system completion code (hex) or U followed by a user completion code (decimal). Later steps are bypassed unless they code COND=EVEN or COND=ONLY or sit in an IF that tests ABEND or ABENDCC; data sets get their abnormal disposition.',
  },
  IEF453I: {
    text: '{0} - JOB FAILED - JCL ERROR - TIME={1}',
    explain: 'A step could not be allocated (see IEF212I or IGD17101I in JESYSMSG): it and every later step were not run. Steps before it did run.',
  },
  IEF472I: {
    text: '{0} - COMPLETION CODE - SYSTEM={1} USER={2} REASON={3}',
    explain: 'The completion code of an abended step, in JESYSMSG: SYSTEM= is the system code in hex, USER= the user code in decimal.',
  },
  // ── other system messages that appear in a job log ──────────────────────
  CSV003I: {
    text: 'REQUESTED MODULE {0} NOT FOUND',
    explain: 'EXEC PGM= names a program the system does not have. In elsim the programs are SLUADMIN (and its old name SWSADMIN), IEFBR14 and IEBGENER. The step abends S806 (reason 04).',
  },
  CSV028I: {
    text: 'ABEND{0}-{1}  JOBNAME={2}  STEPNAME={3}',
    explain: 'Contents supervision ended the step: ABEND806-04 means the module was not found.',
  },
  IEA995I: {
    text: 'SYMPTOM DUMP OUTPUT',
    explain: 'A summary of an abend: the completion and reason codes. elsim prints the lines it can know (no PSW or registers).',
  },
  IEB352I: {
    text: 'WARNING: ONE OR MORE OF THE OUTPUT DCB PARMS COPIED FROM INPUT',
    explain: 'IEBGENER: SYSUT2 did not say its record format or length, so the input\'s were used. Return code 0.',
  },
  IEC130I: {
    text: '{0} DD STATEMENT MISSING',
    explain: 'A program opened a DD the step does not have (IEBGENER needs SYSUT1 and SYSUT2).',
  },
  IEC205I: {
    text: '{0},{1},{2},FILESEQ=1, COMPLETE VOLUME LIST,DSN={3},VOLS={4},TOTALBLOCKS={5}',
    explain: 'A tape data set written by the step was closed: the volumes it is on and how many blocks were written (elsim counts blocks of up to 32,760 bytes of the records written).',
  },
  IEC141I: {
    text: '013-{0},IGG0191B,{1},{2},{3},{4}',
    explain: 'OPEN failed with system completion code 013. Reason 18: the PDS member named on the DD does not exist. The step abends S013.',
  },
  IGD17101I: {
    text: 'DATA SET {0} NOT DEFINED BECAUSE DUPLICATE NAME EXISTS IN CATALOG RETURN CODE IS 8 REASON CODE IS 38 IGG0CLEH',
    explain: 'A DD with DISP=NEW (or no DISP) names a data set that is already cataloged. As on an SMS-managed system the step is not run and the job fails with a JCL error (IEF453I). Delete the old data set first (for example with an IEFBR14 step and DISP=(MOD,DELETE)), or use DISP=OLD.',
  },
  IRR010I: {
    text: ' USERID {0} IS ASSIGNED TO THIS JOB.',
    explain: 'The user id the job runs under (the system\'s user, ELSIM unless set); &SYSUID takes this value.',
  },
});

export type JesId = keyof typeof jes.defs;

/**
 * The keyword parameters each statement accepts, as data. Lists are generous (z/OS 2.x+ plus the
 * older MVS keywords still found in sysgen decks) so that valid JCL is never refused; only a word
 * in none of them is an unidentified keyword.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

export const JOB_KEYWORDS = words(`
  ADDRSPC BYTES CARDS CCSID CLASS COND DSENQSHR EMAIL GDGBIAS GROUP JESLOG JOBRC LINES MEMLIMIT
  MSGCLASS MSGLEVEL NOTIFY PAGES PASSWORD PERFORM PRTY RD REGION REGIONX RESTART ROLL SCHENV
  SECLABEL SYSAFF SYSTEM TIME TYPRUN UJOBCORR USER DPRTY OMVS`);

export const EXEC_KEYWORDS = words(`
  PGM PROC ACCT ADDRSPC CCSID COND DPRTY DYNAMNBR MEMLIMIT PARM PARMDD PERFORM RD REGION REGIONX
  ROLL RLSTMOUT TIME TVSMSG TVSAMCOM`);

/** DD keywords, including the DCB subparameters that may be coded on their own. */
export const DD_KEYWORDS = words(`
  ACCODE AMP AVGREC BLKSIZE BLKSZLIM BUFNO BURST CCSID CHARS CHKPT CNTL COPIES DATACLAS DCB DDNAME
  DEST DISP DLM DSID DSKEYLBL DSN DSNAME DSNTYPE DSORG DYNAM EATTR EXPDT FCB FILEDATA FLASH FREE
  FREEVOL GDGORDER HOLD KEYENCD1 KEYENCD2 KEYLABL1 KEYLABL2 KEYLEN KEYOFF LABEL LGSTREAM LIKE LRECL
  MAXGENS MGMTCLAS MODIFY OPTCD OUTLIM OUTPUT PATH PATHDISP PATHMODE PATHOPTS PROTECT QNAME RECFM
  RECORG REFDD RETPD RLS ROACCESS SECMODEL SEGMENT SPACE SPIN STORCLAS SUBSYS SYMBOLS SYMLIST
  SYSOUT TERM UCS UNIT VOL VOLUME SEP AFF SPLIT SUBALLOC
  BFALN BFTEK BUFIN BUFL BUFMAX BUFOFF BUFOUT BUFSIZE CPRI CYLOFL DEN DIAGNS EROPT FUNC GNCP INTVL
  IPLTXID LIMCT MODE NCP NTM PCI PRTSP RESERVE RKP STACK THRESH TRTCH`);

/** The NOTIFY statement (z/OS 2.4): whom to tell, how, and on which condition (`WHEN='RC>4'`). */
export const NOTIFY_KEYWORDS = words('EMAIL USER TYPE WHEN');

/** The XMIT statement: the node, the delimiter of the records, substitute characters (JES3). */
export const XMIT_KEYWORDS = words('DEST DLM SUBCHARS');

/** NULLOVRD: the null override of a procedure DD, in-stream data included (z/OS 2.4). */
export const DD_POSITIONALS = words('* DATA DUMMY DYNAM NULLOVRD');

/** Statements whose keywords are free (symbol names, OUTPUT descriptors …) or absent. */
export const OPERATIONS = words(`
  JOB EXEC DD SET IF ELSE ENDIF PROC PEND JCLLIB INCLUDE OUTPUT CNTL ENDCNTL EXPORT SCHEDULE
  COMMAND XMIT NOTIFY`);

/**
 * The JES2 job-group statements (z/OS 2.2): they make up a job group, JOBGROUP … ENDGROUP, and are
 * misplaced anywhere else (src/jcl/checkJobGroup.ts reads a group).
 */
export const GROUP_OPERATIONS = words('JOBGROUP GJOB JOBSET SJOB ENDSET AFTER BEFORE CONCURRENT ENDGROUP');

/** Keywords that are two spellings of one parameter. */
export function canonicalKey(key: string): string {
  if (key === 'DSNAME') return 'DSN';
  if (key === 'VOLUME') return 'VOL';
  return key;
}

/**
 * Operator commands that may stand in the operation field of a JCL command statement
 * (`// V 149,ONLINE`, `// S INIT`), as MVS 3.8j sysgen decks have them.
 */
export const COMMAND_VERBS = words(`
  V VARY M MOUNT S START D DISPLAY F MODIFY P STOP C CANCEL Z HALT SE SEND R REPLY K CONTROL
  MN MONITOR L LOG E RESET U UNLOAD CD CHNGDUMP CF CONFIG DS DEVSERV DUMP FORCE LI LIBRARY
  LOGOFF MR MSGRT PA PAGEADD PD PAGEDEL QUIESCE RO ROUTE SETDMN SETETR SETGRS SETIOS SETLOAD
  SETLOGR SETOMVS SETPROG SETRRS SETSMF SETSMS SETSSI SETUNI SETXCF SLIP PM STOPMN G SWAP I SWITCH
  TRACE TR TRACK W WRITELOG ACTIVATE`);

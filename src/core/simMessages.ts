/**
 * The SIM family: messages elsim itself issues where no real z/OS or ELS message exists —
 * leniencies (an informational note where a real system may be stricter), emulator limits and
 * system-directory problems. Ranges: SIM01xx JCL converter, SIM02xx JES runner and catalog,
 * SIM03xx SLUADMIN shell, SIM04xx CDS and utilities, SIM05xx CLI, system and demo,
 * SIM060x-064x EXPORT/IMPORT and manifests, SIM065x-069x MVCMAINT/VTVMAINT/SCRATCH/SET VAULT,
 * SIM070x-074x simulated hardware, clock, DRMON/MIGRATE/AUDIT, SIM075x-079x DRTEST/ACTMVCGN/
 * DRCHKPT/BACKUP, SIM080x-081x CDS generator and bench, SIM082x-089x CDS verify and robustness,
 * SIM1000-1199 the tape management catalog (TMS), LCM and the vault cycle,
 * SIM150x-159x faults: damaged and missing files, full, read-only and locked file systems, cancel,
 * recovery after kills, interrupted moves.
 * Add entries in your range's section; keep ids sorted within it.
 */
import { catalogue } from './catalogue.js';

export const sim = catalogue({
  // ── SIM01xx: JCL converter ─────────────────────────────────────────────
  SIM0101I: {
    text: 'NO JOB STATEMENT - JOB {0} SUPPLIED FOR {1}',
    explain: 'The stream has no JOB card (like the examples in the ELS guides). elsim runs it as if it began with `//{0} JOB`. z/OS would reject the stream; run with --strict to get that behaviour.',
  },
  SIM0102W: {
    text: 'TAB CHARACTER ON CARD EXPANDED TO BLANKS',
    explain: 'A card holds a tab character, which is not part of the JCL character set (an editor inserted it). elsim expands tabs to blanks at every 8th column; on z/OS the tab would stay a tab and the statement would probably fail. Replace tabs with blanks.',
  },
  SIM0103W: {
    text: 'CARD LONGER THAN 80 COLUMNS - COLUMNS 81-{0} IGNORED',
    explain: 'Card images have 80 columns. Text beyond column 80 is dropped, as a submit to z/OS would truncate (or reject) it.',
  },
  SIM0104I: {
    text: 'BLANK CARD BETWEEN STATEMENTS IGNORED - {0} IN THIS JOB',
    explain: 'Leniency: examples copied from PDF documents often have an empty line between JCL statements. z/OS would read a blank card as in-stream data and generate a `//SYSIN DD *` for it (and a blank card where a continuation is expected breaks the statement). elsim skips blank cards outside in-stream data instead.',
  },
  SIM0105I: {
    text: 'LOWER-CASE JCL FOLDED TO UPPER CASE - {0} STATEMENTS IN THIS JOB',
    explain: 'Leniency: names, operations and parameters outside apostrophes are folded to upper case (the ELS guides write `DSN=hlq.SEALINK`). z/OS does not accept lower-case JCL; values inside apostrophes keep their case.',
  },
  SIM0106W: {
    text: 'CARD DOES NOT START WITH // IN COLUMNS 1-2 - READ AS IN-STREAM DATA ({0})',
    explain: 'The card looks like a JCL statement but starts with a blank or a single slash, so it is not JCL: JES2 reads it as in-stream data (for the DD named, or for a generated `//SYSIN DD *`). The statement it was meant to be is missing, which usually causes the errors that follow. Start the card with `//` in column 1.',
  },
  SIM0107W: {
    text: 'STATEMENTS AFTER THE NULL STATEMENT IGNORED UNTIL THE NEXT JOB STATEMENT',
    explain: 'A `//` null statement ends the job; the converter ignores what follows it up to the next JOB statement.',
  },
  SIM0108W: {
    text: 'PROCEDURE {0} IS NOT AVAILABLE HERE - STEP {1} NOT EXPANDED',
    explain: 'No procedure library is available to look the procedure up (no system, or the libraries are not in its catalog), so elsim cannot expand or check the procedure. On z/OS it would be read from the JCLLIB or system PROCLIB. The step cannot be run.',
  },
  SIM0109W: {
    text: 'INCLUDE GROUP {0} IS NOT AVAILABLE HERE - NOT EXPANDED',
    explain: 'No library is available to read the INCLUDE member from, so its statements are not checked or run.',
  },
  SIM0110W: {
    text: 'DUPLICATE STEP NAME {0}',
    explain: 'Step names should be unique in a job (procedure steps included): references such as COND=(4,LT,STEP) or IF STEP.RC resolve to the first step of that name.',
  },
  SIM0111W: {
    text: 'DUPLICATE DD NAME {0} IN STEP {1} - THE FIRST ONE IS USED',
    explain: 'The step has two DD statements of the same name (often a generated SYSIN for stray data). The program opens the first one.',
  },
  SIM0112I: {
    text: 'A BLANK MAY BE MISSING: //{0} {1} WAS PROBABLY MEANT',
    explain: 'The name field ends with an operation name and the next word looks like operands, as when a PDF copy lost the blanks between fields.',
  },
  SIM0113W: {
    text: 'IF CONDITION COMPARES {0} - NOT A STEP KEYWORD, THE RESULT MAY NOT BE WHAT IS MEANT',
    explain: 'IF expressions test RC, ABEND, ABENDCC and RUN. A comparison of constants (often substituted symbols, `IF (&X EQ 1)`) is evaluated as written, which is rarely what was meant.',
  },
  SIM0114W: {
    text: 'NO DELIMITER FOR THE IN-STREAM DATA OF {0} - DATA ENDS AT END OF INPUT',
    explain: 'A `DD DATA` or `DLM=` data set was not ended by its delimiter, so every card up to the end of the input became data.',
  },
  SIM0115I: {
    text: 'NO JOB STATEMENT - THE STREAM IS PROCEDURE {0}, READ WITH ITS DEFAULT SYMBOL VALUES',
    explain: 'The file starts with a PROC statement and has no JOB card: it is a procedure library member. elsim checks its statements as a job would see them with the PROC defaults (its PEND, if any, is accepted).',
  },
  SIM0116I: {
    text: '{0} RECORDS ARE TRANSMITTED TO NODE {1} - NOT CONVERTED OR RUN HERE',
    explain: 'The records after a `/*XMIT node` control statement or an `XMIT DEST=node` statement, up to `/*` (or the two DLM= characters), are a job stream for another node of the network: JES2 sends them there without reading them. elsim has no network job entry, so it checks the submitting job\'s own statements, counts the transmitted records without converting them, and runs nothing. To run the transmitted job in elsim, submit it on its own.',
  },
  SIM0117I: {
    text: 'JOB GROUP {0} READ - {1} JOBS, {2} DEPENDENCIES; NOT ENFORCED, JOBS RUN AS SUBMITTED',
    explain: 'A JES2 job group (JOBGROUP … ENDGROUP, z/OS 2.2) names jobs (GJOB, and SJOB inside JOBSET … ENDSET) and the order they may run in (AFTER, BEFORE, CONCURRENT); the jobs follow in the stream, each with `// SCHEDULE JOBGROUP=name`. elsim reads and checks the group\'s statements, lists them, and runs nothing for the group itself. It does not hold jobs for their dependencies: jobs run one after the other in the order they are submitted, so submit them in an order the dependencies allow.',
  },
  SIM0118E: {
    text: '{0} STATEMENT OF A JOB GROUP: {1}',
    explain: 'A job-group statement does not have the form the z/OS MVS JCL Reference gives it: JOBGROUP (a name; accounting and programmer name; EMAIL OWNER GROUP PASSWORD SECLABEL TYPE=SCAN HOLD=NO|YES ERROR=(condition) ONERROR=STOP|SUSPEND|FLUSH SYSAFF SYSTEM SCHENV), GJOB and JOBSET (a name unique in the group; FLUSHTYP=ALLFLUSH|ANYFLUSH), SJOB (a name, only between JOBSET and ENDSET), AFTER and BEFORE (NAME= first, naming jobs or job sets of the group; WHEN=(condition) in the IF statement\'s syntax, ACTION, OTHERWISE), CONCURRENT (NAME= with at most 10 jobs, after a GJOB), ENDSET and ENDGROUP. A group holds no other statements, no JES2 control statements, no in-stream data and no symbols. On z/OS, JES2 reports these with its own $HASP11xx messages, whose ids and texts could not be confirmed; the group is not defined.',
  },
  SIM0119I: {
    text: 'CHARACTER ! IN THE IF CONDITION READ AS THE {0} SIGN',
    explain: 'The IF operators are the EBCDIC characters not sign (X\'5F\'), or sign (X\'4F\') and & (X\'50\'). Copied to a PC, the not sign appears as ¬ or ^ and the or sign as | or, from the international code pages (500, 273, 297 …), as !; elsim reads ¬ and ^ as NOT and | as OR without a note. A ! between two operands is read as OR; a ! before an operand or before =, > or < is read as the not sign, as many decks and the JES2 job-group examples write it. z/OS reads the byte the file holds on the host: a ! that was uploaded as X\'5A\' is no operator there and the statement is a JCL error. Write ¬ (or NOT, NE, NG, NL, OR) to make the deck portable.',
  },
  SIM0120W: {
    text: 'DD {0}: NULLOVRD OVERRIDES NO PROCEDURE DD - NO DATA SET DEFINED',
    explain: 'NULLOVRD (z/OS 2.4) asks for a null override: the procedure DD it overrides stays exactly as the procedure has it, in-stream data included, which lets one member of a concatenation be left alone while the following ones are overridden (`//STEP.DD DD *`, `//  DD NULLOVRD`, `//  DD *`). This DD overrides nothing: it is not after an EXEC that calls a procedure, or the procedure step has no DD of that name or no concatenation member at that place. elsim reads it as DUMMY; what z/OS does with it could not be confirmed.',
  },
  SIM0121E: {
    text: 'STATEMENT LONGER THAN {0} CHARACTERS AFTER SYMBOL SUBSTITUTION',
    explain: 'Substituting the symbols of the statement would make its operand field longer than elsim accepts. z/OS builds each statement\'s converter text in an 8,192-byte buffer; the exact limit the converter applies after substitution is not documented, so elsim stops at 8,192 characters instead of building an ever longer statement. A symbol value itself is at most 255 characters (IEF642I). The job is not run. Usually a symbol was built from itself (`// SET A=&A&A`) or used many times on one statement.',
  },
  // SIM019x: leniencies of the SLSIN reader given to the converter's range (issue 15).
  SIM0190I: {
    text: 'CARD {0}: NO BLANK BEFORE {1} - READ AS THE NEXT OPERAND',
    explain: 'Leniency: SLUADMIN and PARMLIB control statements separate operands with one or more blanks or a comma (ELS syntax conventions). The ELS guides print some statements with two operands run together, `STOR NAME(DRLOC)ACS(00)`, `TAPEPLEX NAME(TMVSA)LOCSUB(HSC0)`, `SERVER NAME(REMB)TAPEPLEX(TAPEPLXB)`, and present them as working; whether SLUADMIN, MGMTDEF or SMC accept them could not be confirmed. In SLSIN decks and PARMLIB members elsim reads a keyword that follows a closing parenthesis or apostrophe directly as the next operand and says so. Put a blank between the operands to make the deck portable.',
  },
  // ── SIM02xx: JES runner, catalog ──────────────────────────────────────
  SIM0201E: {
    text: 'PROGRAM {0} FAILED IN STEP {1}: {2} - STEP ABENDED U4000',
    explain: 'A program elsim runs (SLUADMIN, IEBGENER …) stopped on an internal error instead of ending with a return code. The step is treated as a user abend U4000: later steps are bypassed unless they code COND=EVEN/ONLY or test ABEND, and data sets get their abnormal disposition. This is a bug in elsim; report it with the job.',
  },
  SIM0202I: {
    text: 'TYPRUN={0} IS NOT EMULATED - THE JOB RUNS NOW',
    explain: 'TYPRUN=HOLD, JCLHOLD and COPY hold or copy the job on z/OS until an operator acts. elsim has no operator and no hold queue, so the job runs at once. TYPRUN=SCAN is emulated (conversion only).',
  },
  SIM0203I: {
    text: 'GDG BASE {0} WAS NOT DEFINED - DEFINED NOW WITHOUT A LIMIT',
    explain: 'A relative generation (+1) was requested for a generation data group that has no base entry. On z/OS the base must first be defined with IDCAMS DEFINE GDG; elsim defines it on first use. Old generations are never rolled off.',
  },
  SIM0204E: {
    text: 'DD {0} NAMES PARTITIONED DATA SET {1} WITHOUT A MEMBER - IT CANNOT BE READ OR WRITTEN SEQUENTIALLY',
    explain: 'A program opened a DD that names a whole PDS. Name the member: DSN=LIB(MEMBER). The step abends S013.',
  },
  SIM0205E: {
    text: 'DD {0} IS {1} AND CANNOT BE WRITTEN',
    explain: 'A program wrote to a DD that holds in-stream data (DD *) or that concatenates several data sets. The step abends S013.',
  },
  SIM0206E: {
    text: 'IEBGENER CONTROL STATEMENTS ARE NOT EMULATED - {0}',
    explain: 'elsim\'s IEBGENER copies SYSUT1 to SYSUT2 unchanged. Control statements on SYSIN (GENERATE, RECORD, MEMBER, LABELS) would edit or reblock the copy; they are refused with return code 12 rather than ignored. Use SYSIN DD DUMMY for a plain copy.',
  },
  SIM0207E: {
    text: 'BACKWARD REFERENCE {0} CANNOT BE RESOLVED',
    explain: 'A DSN=*.STEP.DD (or *.DD) names a step or DD the job does not have, or a DD that holds in-stream data, SYSOUT or DUMMY. The step is not run and the job fails with a JCL error.',
  },
  SIM0208E: {
    text: 'INVALID DATA SET NAME {0}: {1}',
    explain: 'A data set name must be 1-44 characters of qualifiers joined by periods; each qualifier is 1-8 characters, starts with A-Z, @, # or $ and continues with those, digits or hyphens. Member names follow the qualifier rules. elsim checks every name before it uses it as a file name in the system directory.',
  },
  SIM0209E: {
    text: '{0} IS NOT AN ELSIM SYSTEM DIRECTORY',
    explain: 'The directory has no system.db with elsim\'s tables. Create a system with `elsim init --system DIR` (the demo tapeplex) or name the right directory with --system.',
  },
  SIM0210E: {
    text: 'A SYSTEM ALREADY EXISTS IN {0}',
    explain: 'elsim will not build a new system over an existing one. Use another directory, or `elsim init --force` to replace it.',
  },
  SIM0211E: {
    text: 'NO JOB NUMBER FREE - ALL OF JOB00001-JOB99999 HOLD OUTPUT',
    explain: 'Job numbers run from JOB00001 to JOB99999 and then start again at JOB00001, skipping numbers whose output is still on the spool (as JES2 does). Every number is in use: purge old job output first.',
  },
  SIM0212E: {
    text: 'DATA SET {0} IS ALREADY CATALOGED',
    explain: 'A data set of this name exists. Delete or rename it first.',
  },
  SIM0213E: {
    text: 'DATA SET {0} IS NOT CATALOGED',
    explain: 'The catalog has no entry of this name (an alias must name an existing data set).',
  },
  SIM0214E: {
    text: 'THE FILE OF DATA SET {0} LIES OUTSIDE THE SYSTEM DIRECTORY',
    explain: 'A file in the catalog directory is a symbolic link that points outside the system directory. elsim never follows it: nothing in a job may touch files outside the system directory. Remove the link.',
  },
  SIM0215E: {
    text: 'GDG {0} HAS REACHED GENERATION 9999',
    explain: 'Absolute generation numbers run from G0001V00 to G9999V00. elsim does not wrap them; delete or rename the group.',
  },
  SIM0216E: {
    text: 'THE SYSTEM IN {0} WAS WRITTEN BY A NEWER ELSIM (FORMAT {1}, THIS ELSIM KNOWS {2})',
    explain: 'The system directory was created or upgraded by a newer version of elsim. Use that version, or build a new system with this one.',
  },
  SIM0217E: {
    text: '{0} IS NOT A DATE AND TIME',
    explain: 'The simulated clock is set with an ISO 8601 date and time, for example 2026-11-21T08:00:00Z.',
  },
  SIM0218E: {
    text: 'DATA SET {0} IS THE CDS HSC HAS OPEN - NOT ALLOCATED FOR EXCLUSIVE USE OR DELETION',
    explain: 'HSC holds its active CDS while it runs. A DD that asks for it with DISP=OLD or MOD, or that would delete it (DISP=(…,DELETE)), cannot have it: on z/OS the job would wait for the data set (IEF099I) until HSC is stopped. elsim fails the step\'s allocation instead, so that no job deletes or overwrites the tapeplex\'s CDS. Use DISP=SHR to read it (BACKUP, reports), and stop HSC first to replace it.',
  },
  // ── SIM03xx: SLUADMIN shell ──────────────────────────────────────────
  SIM0301I: {
    text: 'CARD {0}: TEXT IN COLUMN 1 READ AS PART OF THE STATEMENT',
    explain: 'Leniency: SLUADMIN reads control statements from columns 2-72 only, so a statement that starts in column 1 (as the decks printed in the ELS guides do) would lose its first character on z/OS (`TAPEPLEX` would be read as `APEPLEX`). elsim reads the card from column 1. Indent the statement by one blank to make the deck portable.',
  },
  SIM0302I: {
    text: 'CARD {0}: BLANK BETWEEN {1} AND ITS PARENTHESIS IGNORED',
    explain: 'Leniency: the value list belongs directly after the keyword (`MGMT(PAY,ACCOUNT)`); copies from PDF documents often have a blank in between (`MGMT (PAY,ACCOUNT)`). elsim attaches the list to the keyword; a real parser may read the list as a separate parameter and reject the statement.',
  },
  SIM0303I: {
    text: 'CARD {0}: TYPOGRAPHIC {1} READ AS {2}',
    explain: 'Leniency: text copied from a PDF or a word processor holds typographic quotes (‘ ’ “ ”), dashes (– —) or no-break spaces. The mainframe character set has none of them; elsim reads them as an apostrophe, a hyphen and a blank. Retype them to make the deck portable.',
  },
  SIM0304I: {
    text: 'CARD {0}: TEXT RUNS PAST COLUMN 72 - COLUMNS 73-80 ARE NOT READ',
    explain: 'Control statements end in column 72; columns 73-80 are ignored (they used to hold sequence numbers). This card has text in both column 72 and column 73, so a word was probably cut in two. Continue the statement on the next card instead (a blank and `-` at the end of the card).',
  },
  SIM0305W: {
    text: 'COMMENT BEGUN ON CARD {0} IS NOT CLOSED - THE REST OF SLSIN IS COMMENT',
    explain: 'A `/*` comment has no `*/`, so every card after it was read as part of the comment and not processed. The step ends with at least return code 4. Close the comment on its card.',
  },
  SIM0306I: {
    text: 'PARM {0} NOT RECOGNISED - IGNORED',
    explain: 'elsim\'s SLUADMIN knows the PARM value MIXED (mixed-case listing). Other values are ignored.',
  },
  SIM0307I: {
    text: '{0} IS AN ELS UTILITY THAT ELSIM DOES NOT EMULATE',
    explain: 'The statement names a real SLUADMIN function that elsim does not implement. It is not run; condition code 12 and the rest of SLSIN is not processed, as after any function that cannot start.',
  },
  SIM0308I: {
    text: 'NO UTILITY CONTROL STATEMENTS IN SLSIN',
    explain: 'SLSIN holds only comments and blank cards (or is empty), so no utility function ran. The step ends with return code 0.',
  },
  SIM0309I: {
    text: 'SLSIN DD STATEMENT MISSING - NO UTILITY FUNCTIONS PROCESSED',
    explain: 'SLUADMIN reads its control statements from the SLSIN DD. Add `//SLSIN DD *` with the statements. Return code 12.',
  },
  SIM0310I: {
    text: 'SLUADMIN STEP {0}: SLSPRINT DD STATEMENT MISSING - NO UTILITY FUNCTIONS PROCESSED',
    explain: 'SLUADMIN writes its listing to the SLSPRINT DD and does not start without it. Add `//SLSPRINT DD SYSOUT=*`. Return code 12; this message goes to JESYSMSG.',
  },
  SIM0311I: {
    text: 'HSC/VTCS IS NOT ACTIVE - {0} NEEDS THE SUBSYSTEM',
    explain: 'The function works through the active HSC/VTCS subsystem, and the simulated system has it down. Start it (the system state) or run a function that works on CDS data sets. Condition code 12.',
  },
  SIM0312I: {
    text: 'NO CDS FOR {0} - HSC IS NOT ACTIVE AND THE STEP HAS NO SLSCNTL DD',
    explain: 'The function works on the CDS HSC has open; with HSC down it needs an SLSCNTL DD naming the CDS data set. Condition code 12.',
  },
  SIM0313I: {
    text: '{0} NEEDS AN SLSCNTL DD NAMING THE CDS',
    explain: 'The function works on CDS data sets named by DD statements (SLSCNTL, and SLSCNTL2/SLSSTBY where used), not on the CDS HSC has open. Add `//SLSCNTL DD DSN=...,DISP=SHR`. Condition code 12.',
  },
  SIM0314I: {
    text: 'CDS {0} CANNOT BE OPENED - {1}',
    explain: 'The CDS data set does not exist in the system catalog, or its file is not an elsim CDS. Condition code 12.',
  },
  SIM0315E: {
    text: 'INTERNAL ERROR IN {0} - {1} - FUNCTION ENDED, CDS CHANGES BACKED OUT',
    explain: 'elsim failed while running the function: a bug in elsim. Everything the function changed in the CDS was rolled back, it ended with condition code 12 and the rest of SLSIN was not processed. Please report it with the deck.',
  },
  SIM0316I: {
    text: '{0} - {1}',
    explain: 'Detail line elsim prints after an SLS000xI parameter message: which value was refused and why (not a volser, out of range, not one of the allowed values …). The real messages name only the keyword.',
  },
  SIM0317I: {
    text: 'STATEMENT ON CARD {0}: {1}',
    explain: 'Heads the messages about one statement of a deck utility (CONFIG) that was refused, so that each message can be found in the Control Card Image Listing.',
  },
  // ── SIM04xx: CDS and utilities ───────────────────────────────────────
  SIM0401I: {
    text: 'CARD {0}: {1} CONTINUES THE {2} STATEMENT BEFORE IT (NO CONTINUATION MARK)',
    explain: 'Leniency: the CONFIG decks printed in the ELS guides run the keywords of one statement over two cards without a continuation mark (`GLOBAL MAXVTV=65000 … RECALWER=YES` and then a card `LOCKSTR=STK_VTCS_LOCKS VTVPAGE=LARGE`). A card of a CONFIG deck that starts with KEYWORD=value is read as part of the statement before it. A real SLUADMIN may reject the card; end the first card with a blank and `-` to make the deck portable.',
  },
  SIM0402E: {
    text: '{0} STATEMENT ON CARD {1} DOES NOT FOLLOW A VTSS STATEMENT',
    explain: 'In a CONFIG deck, RTD, RTDPATH and VTD statements describe the VTSS statement before them, so they must come after one. Move the statement under the VTSS it belongs to. Nothing in the CDS was changed.',
  },
  SIM0403E: {
    text: 'DUPLICATE {0} {1} ON CARD {2}',
    explain: 'A name that must be unique in its kind (VTSS, RTD, RTDPATH, CLUSTER, STORMNGR, HOST, POOLPARM, STORCLAS, MGMTCLAS …) is defined twice, or the same definition is coded twice. Remove or rename one. Nothing in the CDS was changed.',
  },
  SIM0404E: {
    text: '{0} ON CARD {1}: {2}',
    explain: 'A value is well formed but not acceptable with the rest of the statement or deck, for example LOW not below HIGH on VTSS, MINMIG above MAXMIG, a VTD range whose LOW is above its HIGH, or a volser range that is not a range. The text says which. Nothing in the CDS was changed.',
  },
  SIM0405E: {
    text: '{0} ON CARD {1} NAMES VTSS {2}, WHICH THE DECK DOES NOT DEFINE',
    explain: 'CLINK VTSS= and CLUSTER VTSSs(…) must name VTSSs defined by VTSS statements of the same CONFIG deck (for CLINK, earlier in the deck). Nothing in the CDS was changed.',
  },
  SIM0406E: {
    text: '{0} STATEMENT ON CARD {1} NEEDS {2}',
    explain: 'A statement lacks a parameter it cannot do without (VTSS NAME=, RTD NAME=, CLINK CHANIF= or IPIF=, RTDPATH STORMNGR= …). Nothing in the CDS was changed.',
  },
  SIM0407E: {
    text: '{0} STATEMENT ON CARD {1} CANNOT HAVE BOTH {2} AND {3}',
    explain: 'Two parameters of one CONFIG statement exclude each other, for example CHANIF and IPIF on a CLINK (a CLINK is either a FICON/ESCON port or an Ethernet port). Nothing in the CDS was changed.',
  },
  SIM0408E: {
    text: 'GLOBAL MAXVTV={0} NEEDS A G-LEVEL CDS - CDSLEVEL({1}) ALLOWS AT MOST 32000',
    explain: 'More than 32000 VTVs per MVC need a CDS at VTCS level G or higher. elsim takes CDSLEVEL V61ABOVE and higher as G level or higher. Raise CDSLEVEL or lower MAXVTV. Nothing in the CDS was changed.',
  },
  SIM0409I: {
    text: '{0} NOT APPLIED - THE CDS IS UNCHANGED',
    explain: 'The function found errors (listed before this message) and changed nothing: definitions are checked as a whole before any is stored.',
  },
  SIM0410I: {
    text: 'DEVNO={0} OF {1} {2} ON CARD {3} IS NOT HEXADECIMAL - ACCEPTED',
    explain: 'Leniency: a device number is four hexadecimal digits. An example in the ELS DR guide codes `DEVNO=1I00`; elsim stores such a value as coded. A real system would reject it.',
  },
  SIM0411W: {
    text: 'CONFIG RESET DECK HAS NO GLOBAL STATEMENT - VTCS DEFAULTS APPLY',
    explain: 'CONFIG RESET rebuilds the VTCS configuration from the deck alone, and GLOBAL is a required statement of a complete deck. Without it every GLOBAL value is its default. Condition code 4.',
  },
  SIM0412I: {
    text: 'CONFIG CARD {0}: {1} STATEMENT CODED ON THE CONFIG STATEMENT',
    explain: 'Leniency: the ELS guides write one-line changes as `CONFIG GLOBAL SYNCHREP=YES`. elsim reads the words after CONFIG as a separate GLOBAL (or RECLAIM, HOST …) statement of the deck. Code the sub-statement on its own card to make the deck portable.',
  },
  SIM0413W: {
    text: '{0} {1} ON CARD {2}: STORMNGR {3} IS NOT DEFINED BY A STORMNGR OR TAPEPLEX STATEMENT',
    explain: 'An RTD or RTDPATH connects to a storage manager (a VLE or a remote library) that the configuration does not define. The statement is stored, but VTCS cannot use the path until the storage manager is defined. Condition code 4.',
  },
  SIM0414E: {
    text: 'CONFIG RESET OF {0} REFUSED: IT IS THE CDS HSC HAS OPEN AND VTCS IS ACTIVE',
    explain: 'CONFIG RESET rebuilds the VTCS configuration, which needs VTCS down on every host that shares the CDS. Run it against a CDS that is not in use (an SLSCNTL DD naming another CDS), or bring HSC down first. Nothing was changed; condition code 8.',
  },
  SIM0420E: {
    text: 'VOLPARM {0} ON CARD {1} OVERLAPS {2} ON CARD {3}',
    explain: 'A volume can belong to one VOLPARM range only. Two ranges of the SLSPARM data set share volsers. Correct one of them. Nothing in the CDS was changed.',
  },
  SIM0421E: {
    text: 'VOLPARM {0} ON CARD {1}: {2}',
    explain: 'The VOLPARM statement is not consistent: an unknown MEDIA or RECTECH value, a recording technique that does not belong to the media, virtual media in an MVC pool, or a volser range that is not a range. The text says which. Nothing in the CDS was changed.',
  },
  SIM0422E: {
    text: 'POOLPARM {0} ON CARD {1}: {2}',
    explain: 'The POOLPARM statement is not consistent: a parameter that belongs to another pool type (MVCFREE, MAXMVC, THRESH, START and INITMVC to MVC pools, OWNRPLEX to EXTERNAL pools, MAXCLEAN to CLEAN pools), or DRTEST on a pool type that has no DR test subpools. Nothing in the CDS was changed.',
  },
  SIM0423W: {
    text: 'POOLPARM {0} ON CARD {1} HAS NO VOLPARM STATEMENTS',
    explain: 'A pool without volumes is defined. It is stored, but nothing can be selected from it. Condition code 4.',
  },
  SIM0424W: {
    text: 'VOLPARM {0} ON CARD {1} FOLLOWS NO POOLPARM - ITS VOLUMES ARE IN NO POOL',
    explain: 'A VOLPARM statement belongs to the POOLPARM statement before it. This one comes first, so its volumes are defined but belong to no pool. Condition code 4.',
  },
  SIM0425E: {
    text: '{0} STATEMENT ON CARD {1} IS NOT VALID IN {2}',
    explain: 'The data set read by the function holds a statement of another kind: SLSPARM for SET VOLPARM holds POOLPARM and VOLPARM statements, the MGMTDEF data set MGMTclas, STORclas, VTSSLST and VTSSSEL statements. Nothing in the CDS was changed.',
  },
  SIM0426I: {
    text: 'SET VOLPARM APPLY(NO) - DEFINITIONS CHECKED, THE CDS IS UNCHANGED',
    explain: 'APPLY(NO) validates the POOLPARM and VOLPARM statements and prints the report without storing them.',
  },
  SIM0427E: {
    text: 'DD {0} IS MISSING OR EMPTY',
    explain: 'The function reads its definitions from this DD (SET VOLPARM reads SLSPARM), and the step has no such DD or it holds no statements. Add the DD. Condition code 8.',
  },
  SIM0428I: {
    text: '{0} POOLS AND {1} VOLPARM RANGES ({2} VOLUMES) STORED',
    explain: 'SET VOLPARM replaced the pool and volume definitions of the CDS with the ones listed.',
  },
  SIM0429E: {
    text: 'SET VOLPARM IS NOT VALID FOR A DR TEST CDS',
    explain: 'The CDS the function works on is a DR test copy (made by DRTEST CREATE). POOLPARM/VOLPARM definitions are made on the production CDS, which must define both the production and the DR test pools; DRTEST CREATE copies them. Condition code 8.',
  },
  SIM0440E: {
    text: 'DATA SET {0} IS NOT CATALOGED',
    explain: 'MGMTDEF reads its definitions from the cataloged data set named by DSN(…) (a PDS member as DSN(HLQ.PARMLIB(MEMBER))). No such data set or member is in the catalog of the system. Condition code 8.',
  },
  SIM0441E: {
    text: 'MGMTCLAS {0} ON CARD {1}: {2} NAMES STORAGE CLASS {3}, WHICH IS NOT DEFINED',
    explain: 'MIGPOL, ARCHPOL and EEXPOL (and CONSRC, CONTGT) of a management class must name storage classes defined in the same MGMTDEF data set. Define the storage class or correct the name. Nothing in the CDS was changed.',
  },
  SIM0442W: {
    text: 'STORCLAS {0} ON CARD {1}: MVCPOOL({2}) IS NOT AN MVC POOL OF THIS CDS',
    explain: 'The storage class names an MVC pool that SET VOLPARM has not defined in this CDS (or a pool that is not of TYPE(MVC)). The class is stored, but VTCS cannot migrate to it until the pool exists. Condition code 4.',
  },
  SIM0443W: {
    text: 'STORCLAS {0} ON CARD {1}: ACS({2}) IS NOT AN ACS OF THIS CDS',
    explain: 'The storage class names an ACS the CDS does not hold. The class is stored, but migration to it cannot be satisfied. Condition code 4.',
  },
  SIM0444I: {
    text: 'CARD {0}: {1} READ AS {2}',
    explain: 'Leniency: examples in the ELS DR guide code keywords the MGMTclas/STORclas syntax does not have: a misspelling (`MIRATE(RECEIVER)` for `MIGRATE(RECEIVER)`) and `IMMWAIT(0)` where the parameter is `IMMDELAY`. elsim reads them as the keyword meant. A real system would reject the statement; correct the keyword to make it portable.',
  },
  SIM0445I: {
    text: '{0} STORAGE CLASSES, {1} MANAGEMENT CLASSES, {2} VTSS LISTS AND {3} VTSS SELECTIONS LOADED FROM {4}',
    explain: 'MGMTDEF replaced the policy definitions of the CDS with the ones listed.',
  },
  SIM0446E: {
    text: 'MGMTCLAS {0} ON CARD {1}: {2}',
    explain: 'The management class is not consistent: ARCHAGE without ARCHPOL, or a policy naming the same storage class twice. Nothing in the CDS was changed.',
  },
  SIM0447E: {
    text: '{0} ON CARD {1} NAMES VTSS LIST {2}, WHICH IS NOT DEFINED',
    explain: 'VTSSSEL VTSSLST(…) must name a list defined by a VTSSLST statement of the same MGMTDEF data set. Nothing in the CDS was changed.',
  },
  SIM0448E: {
    text: 'DATA SET {0} HOLDS NO MGMTCLAS, STORCLAS, VTSSLST OR VTSSSEL STATEMENTS',
    explain: 'MGMTDEF replaces every policy definition of the CDS with the ones it reads. A data set without any (empty, or only comments) would remove them all, so MGMTDEF refuses it. Check the DSN. Condition code 8.',
  },
  SIM0460W: {
    text: 'NO {0} MATCHES THE SELECTION',
    explain: 'The report selected nothing: none of the volsers named is in the CDS, the pool holds no MVCs, or OPTION(UNAVAIL) / SUPEMPTY left nothing. Condition code 4.',
  },
  SIM0461W: {
    text: '{0} {1} IS NOT IN THE CDS',
    explain: 'A volser named on the report statement has no record in the CDS. It is left out of the report. Condition code 4.',
  },
  SIM0462E: {
    text: 'MVC POOL {0} IS NOT DEFINED',
    explain: 'MVCPOOL(…) names a pool that is not defined as TYPE(MVC) by SET VOLPARM in this CDS. Condition code 8.',
  },
  SIM0490E: {
    text: 'POPULATION NOT LOADED - {0}',
    explain: 'The volume population spec (elsim init --demo and test systems) could not be loaded: a range is not a range, a volser is already in the CDS, or a copy names MVCs that do not exist. Nothing was loaded.',
  },
  // ── SIM05xx: CLI, system directory, demo ─────────────────────────────
  SIM0501I: {
    text: 'NO SYSTEM IN {0} - THE DEMO TAPEPLEX WAS BUILT THERE',
    explain: 'A command that needs a system found none in the system directory, so it built the embedded demo tapeplex there first (`elsim init --demo`).',
  },
  SIM0502E: {
    text: 'CANNOT READ {0}: {1}',
    explain: 'A file named on the command line could not be read (it does not exist, is a directory, or is not readable).',
  },
  SIM0503E: {
    text: 'DEMO SITE {0} DID NOT BUILD: JOB {1} ENDED {2}',
    explain: 'The job that builds the demo tapeplex from fixtures/demo did not end with RC 0. Its job log is in the spool of the new system; this is a bug in elsim or in a changed fixture.',
  },
  SIM0504I: {
    text: 'SYSTEM {0} BUILT: DEMO SITE {1}, TAPEPLEX {2}, ACTIVE CDS {3}, CLOCK {4}',
    explain: '`elsim init` built a system directory. The clock is pinned to the time shown: every job runs at that simulated time until --now says otherwise.',
  },
  SIM0505I: {
    text: 'SYSTEM {0} BUILT: EMPTY, ACTIVE CDS {1} (FORMATTED, NO CONFIGURATION)',
    explain: '`elsim init --empty` built a system with a formatted CDS and no VTCS configuration, pools, classes or volumes: run CONFIG, SET VOLPARM and MGMTDEF jobs to define them.',
  },
  SIM0506E: {
    text: '{0} IS NOT EMPTY AND HOLDS NO SYSTEM',
    explain: 'elsim will not build a system in a directory that already holds other files. Name a new directory with --system, or empty this one.',
  },
  SIM0507E: {
    text: 'NO CDS {0} IN THE CATALOG',
    explain: 'The CDS named (or the active CDS of the system) is not cataloged. `elsim cds dump --dsn NAME` takes the name of a cataloged CDS data set.',
  },
  SIM0508E: {
    text: 'GOLDEN CASE {0}: {1}',
    explain: 'A golden case folder is not usable as it stands (its case.json names a data set or file wrongly). The message says what to fix.',
  },
  SIM0509E: {
    text: 'DATA SET {0} IS NOT CATALOGED IN {1}',
    explain: '`elsim dataset copy` names a data set the source system (--system) does not have. `elsim dataset list --system DIR` shows its catalog.',
  },
  SIM0510E: {
    text: '{0} IS A GDG BASE - COPY ITS GENERATIONS BY NAME',
    explain: 'A generation data group base holds no data. Name the generation to carry (HLQ.BASE.G0001V00).',
  },
  SIM0511E: {
    text: 'DATA SET {0} IS ALREADY CATALOGED IN {1}',
    explain: 'The target system already has a data set of that name. Give --as NEWNAME, or --replace to replace it.',
  },
  SIM0512I: {
    text: 'DATA SET {0} OF {1} COPIED TO {2} IN {3}',
    explain: 'The data set was copied and cataloged at the target system, with its organisation and record format: a job there can read it (an IMPORT MANIFEST DD, for instance).',
  },
  // ── SIM060x-064x: EXPORT, IMPORT, manifests ────────────────────────────
  SIM0600E: {
    text: 'MANIFEST DD {0} IS NOT IN THE STEP',
    explain: 'EXPORT writes and IMPORT reads the manifest through the DD named by MANIFEST(ddname) (default MANIFEST), and the step has no DD of that name. The guide\'s IMPORT examples name MANIFEST(MOVE1) while the step defines //REMOTE1: a real system fails them the same way. Nothing was exported or imported and the CDS is unchanged; condition code 8.',
  },
  SIM0601E: {
    text: 'MANIFEST DD {0} CANNOT BE USED - {1}',
    explain: 'The manifest DD is not a data set the function can use: EXPORT cannot write a manifest to in-stream data or to a data set whose DCB is not RECFM=FB,LRECL=80; IMPORT cannot read one from SYSOUT. Point the DD at a sequential data set. The CDS is unchanged; condition code 8.',
  },
  SIM0602E: {
    text: 'MANIFEST {0} IS EMPTY',
    explain: 'The manifest data set holds no records: it was allocated but never written (an EXPORT that failed with condition code 8 leaves its new data set empty), or the wrong data set is named. Nothing was imported; condition code 8.',
  },
  SIM0603E: {
    text: 'MANIFEST {0} RECORD {1} IS {2} BYTES LONG - MANIFEST RECORDS ARE 80 BYTES',
    explain: 'A manifest is a data set of 80-byte fixed records (RECFM=FB,LRECL=80). A record of another length means the data set was edited or copied with another record format. Nothing was imported; condition code 8.',
  },
  SIM0604E: {
    text: 'MANIFEST {0} IS NOT AN ELSIM MANIFEST - RECORD {1}: {2}',
    explain: 'The first record of a manifest is a header with format id ELSIMMFT (see the manifest format in the README). This data set starts with something else: the DD names another data set. Nothing was imported; condition code 8.',
  },
  SIM0605E: {
    text: 'MANIFEST {0} IS FORMAT VERSION {1} - THIS ELSIM READS VERSION {2} AND BELOW',
    explain: 'The manifest was written by a later elsim (or its version field is damaged). An older reader does not guess at records it does not know: nothing was imported; condition code 8. Import it with the elsim that wrote it.',
  },
  SIM0606E: {
    text: 'MANIFEST {0} IS TRUNCATED - {1}',
    explain: 'A manifest ends with a trailer that counts its records. The trailer is missing, or its counts differ from the records read: the data set was cut short (a copy that did not finish, a tape that was not read to its end) or records were removed. Nothing was imported; condition code 8.',
  },
  SIM0607E: {
    text: 'MANIFEST {0} CHECKSUM {1} DOES NOT MATCH ITS RECORDS ({2}) - IT WAS CHANGED OR DAMAGED',
    explain: 'The trailer holds a CRC-32 of every record before it. The records read give another value: a record was edited, damaged or replaced after EXPORT wrote it. Nothing was imported; condition code 8. Use the manifest as EXPORT wrote it.',
  },
  SIM0608E: {
    text: 'MANIFEST {0} RECORD {1} IS NOT VALID - {2}',
    explain: 'A record of the manifest is out of place (an MVC record after the VTV records, a VTV copy on an MVC no MVC record lists, a record after the trailer that is not a new header) or one of its fields is not what the format allows. Nothing was imported; condition code 8.',
  },
  SIM0610I: {
    text: 'MANIFEST {0} WRITTEN: {1} MVC AND {2} VTV COPY RECORDS, CHECKSUM {3}',
    explain: 'EXPORT wrote the manifest data set (header, MVC records, one record per VTV copy, trailer). It was written under a temporary name and put in place at the end, so the data set never holds half a manifest.',
  },
  SIM0611W: {
    text: 'VTV {0} NOT EXPORTED - {1}',
    explain: 'A VTV selected by EXPORT VTVid or MGMTclas could not be exported: it is not in the CDS, is scratch, holds no data, or has no current copy on an MVC in the library to consolidate from (it was never migrated, or its MVCs are unavailable). The other VTVs are exported; condition code 4.',
  },
  SIM0612W: {
    text: 'MVC {0} NOT EXPORTED - {1}',
    explain: 'An MVC selected by EXPORT MVCid or STORclas is left out of the manifest: it is not in the CDS, holds no current VTV copies, is a VLE VMVC (it cannot be carried to another site), or is not in the library. The other MVCs are exported; condition code 4.',
  },
  SIM0613E: {
    text: 'NOTHING TO EXPORT - {0}',
    explain: 'The selection holds no VTV or MVC that can be exported. No manifest records are written and the CDS is unchanged; condition code 8, as the ELS reference gives for an export that exports nothing. A new manifest data set stays cataloged and empty.',
  },
  SIM0614E: {
    text: 'NOT ENOUGH FREE MVCS IN POOL {0} FOR {1}: ALL {2} FREE MVCS FILLED, {3} VTVS ({4} MB) LEFT',
    explain: 'Export by VTVid or MGMTclas consolidates the VTVs onto free MVCs: in the library, writable, not exported, holding nothing, of the storage class\'s ACS and media. The pool has too few of them. Add MVCs to the pool (SET VOLPARM) or export fewer VTVs. Nothing was exported and the CDS is unchanged; condition code 8.',
  },
  SIM0615I: {
    text: '{0} VTVS OF MANAGEMENT CLASS {1} CONSOLIDATED ONTO {2} MVCS OF POOL {3} ({4})',
    explain: 'Export by VTVid or MGMTclas writes the selected VTVs onto free MVCs of the pool named by the storage class the management class gives as CONTGT, or else by its first MIGPOL storage class. These export copies are not recorded as VTV copies in the CDS: the VTVs and their copies stay as they were.',
  },
  SIM0616W: {
    text: '{0} {1} IS NOT DEFINED IN THIS CDS',
    explain: 'EXPORT MGMTclas or STORclas names a class that MGMTDEF has not defined. It selects nothing; the other classes are exported. Condition code 4.',
  },
  SIM0617I: {
    text: '{0} MVCS OF THE SELECTION HOLD NO CURRENT VTV COPIES - NOT EXPORTED',
    explain: 'Export by MVCid range or STORclas describes the MVCs that hold data. The empty ones of the selection carry nothing to import and are left out of the manifest and not marked; an empty MVC named on its own gets SIM0612W.',
  },
  SIM0620E: {
    text: 'MANIFEST {0} COMES FROM TAPEPLEX {1}, WHICH THIS CDS DOES NOT NAME',
    explain: 'elsim imports a manifest only from a TapePlex the target CDS names: in CONFIG TAPEPLEX (THISPLEX, RECVPLEX), as the owner of an EXTERNAL pool (POOLPARM OWNRPLEX), as a CLINK REMPLEX or as a storage class TAPEPLEX. The guide only requires the volsers to be defined; elsim adds this check so that a manifest from the wrong site is not imported by mistake. Define the source TapePlex (for example POOLPARM TYPE(EXTERNAL) OWNRPLEX(name) for its VTVs) and rerun. Nothing was imported; condition code 8.',
  },
  SIM0621E: {
    text: 'MANIFEST {0} WAS WRITTEN BY THIS TAPEPLEX ({1}) - EXPORTED MVCS COME BACK WITHOUT IMPORT',
    explain: 'The guide: to bring exported MVCs back to the source system no VTCS processing is needed, just enter them into an LSM. Importing the manifest into its own CDS would add or replace records the CDS already holds. Nothing was imported; condition code 8.',
  },
  SIM0622E: {
    text: 'IMPORT NEEDS FEATURES VSM(ADVMGMT) - THIS CDS HAS {0}',
    explain: 'The guide: IMPORT is valid only if FEATures VSM(ADVMGMT) is specified. The target CDS does not have that feature. Nothing was imported; condition code 8.',
  },
  SIM0623E: {
    text: 'MANIFEST {0} HOLDS LARGE VTVS - THIS CDS DOES NOT SUPPORT THEM ({1})',
    explain: 'The guide: the target CDS must have the same features as the source; if the source has large VTV pages enabled and 2/4 GB VTVs were created, a target without them fails the import. The manifest holds VTVs with large pages or of more than 800 MB, and the target CDS has neither CONFIG GLOBAL VTVPAGE=LARGE nor a CDS level of V62ABOVE or higher. Nothing was imported; condition code 8.',
  },
  SIM0624W: {
    text: 'MVC {0} NOT IMPORTED - {1}',
    explain: 'An MVC of the manifest is rejected: its record is not one the target can hold (more used space than its capacity, a MEDIA/RECTECH pair HSC does not know — a manifest from a damaged source, even when its checksum is right), its volser is in no MVC pool of the target (POOLPARM/VOLPARM, or CONFIG MVCVOL), or the target already has an MVC of that volser holding VTV copies. Its VTV copies are not created. Define the volsers (the guide: redo POOLPARM/VOLPARM to add them) and import it again; condition code 4.',
  },
  SIM0625W: {
    text: 'VTV {0} NOT IMPORTED - {1}',
    explain: 'A VTV of the manifest is not imported: it is larger than its maximum (its own, the MAXVTVSZ of its management class in the target, else of CONFIG GLOBAL, never above 32,000 MB), its volser is in no VTV pool of the target (a SCRATCH or EXTERNAL pool of VOLPARM, or CONFIG VTVVOL), it exists in the target and REPLACE(NONE) keeps the existing record, it is mounted, or none of its copies is on an MVC this statement imports. Condition code 4.',
  },
  SIM0626I: {
    text: 'VTV {0}: COPY ON MVC {1} NOT CREATED - {2}',
    explain: 'The guide: an imported VTV gets copies only on MVCs exported and imported by the same statements; a duplexed VTV has both copies after import only if both MVCs are in the same manifest and imported by the same IMPORT statement. This copy\'s MVC is not imported by this statement (left out by MVCid, or rejected), so the VTV is imported with its other copies.',
  },
  SIM0627I: {
    text: 'MVC {0} IS NOT IN THIS TAPEPLEX\'S LIBRARY - RECORDED AS OUTSIDE, ENTER IT',
    explain: 'The guide has the MVCs entered into the target library before IMPORT. This one has no record in the target CDS yet, so IMPORT records it as outside the library; enter it (elsim\'s MVC move command carries it from the source system) before its VTVs are recalled.',
  },
  SIM0628I: {
    text: 'MANAGEMENT CLASS {0} ({1} IMPORTED VTVS) IS NOT DEFINED IN THIS CDS',
    explain: 'Imported VTVs keep the management class the manifest gives them. This class is not defined at the target, so no policy applies to them until it is (MGMTDEF). The guide: adjust your VTV definitions as needed.',
  },
  SIM0629I: {
    text: 'NOUPDATE - VALIDATION RUN, THE CDS IS UNCHANGED',
    explain: 'IMPORT NOUPDATE checks the manifest and prints the full import report, then backs out every change: the CDS is exactly as before.',
  },
  SIM0630E: {
    text: 'INACTCDS NEEDS AN SLSCNTL DD NAMING THE CDS TO UPDATE',
    explain: 'IMPORT INACTCDS updates a CDS that no HSC is using, named by the SLSCNTL DD (with SLSCNTL2 and SLSSTBY for its copies). The step has none. Condition code 12.',
  },
  SIM0631E: {
    text: 'INACTCDS: {0} IS THE CDS HSC HAS OPEN',
    explain: 'INACTCDS is for a CDS that is not in use. The SLSCNTL DD names the active CDS: import into it through HSC (leave out INACTCDS and the SLSCNTL DD), or name an inactive CDS. Condition code 8.',
  },
  SIM0632E: {
    text: 'SLSCNTL NAMES {0}, NOT THE ACTIVE CDS {1} - CODE INACTCDS TO IMPORT INTO IT',
    explain: 'Without INACTCDS, IMPORT updates the CDS the active HSC/VTCS uses. The step\'s SLSCNTL DD names another CDS; elsim does not guess which one is meant. Remove the DD, or code INACTCDS to update the CDS it names. Condition code 8.',
  },
  SIM0633E: {
    text: 'IMMDRAIN(YES) NEEDS ACTIVE VTCS - NOT VALID WITH INACTCDS',
    explain: 'IMMDRAIN(YES) recalls the imported VTVs into a VTSS, which only an active VTCS can do; an INACTCDS import updates a CDS no VTCS is using. Import with INACTCDS first, or drain later. Condition code 8.',
  },
  SIM0634E: {
    text: 'IMMDRAIN(YES): THIS CDS HAS NO VTSS TO RECALL THE VTVS INTO',
    explain: 'IMMDRAIN(YES) recalls the imported VTVs into a VTSS of the target, and its VTCS configuration defines none. Condition code 8.',
  },
  SIM0635I: {
    text: '{0} VTVS RECALLED INTO VTSS {1} - THE IMPORTED MVCS ARE DRAINED',
    explain: 'IMMDRAIN(YES): the imported VTVs whose MVCs are in this library are resident in the VTSS named (the first VTSS of the target\'s configuration) and no longer have copies on those MVCs, which are empty and can be returned to the source site. They reach the target\'s own MVCs by the target\'s migration (MIGRATE, or migration by their management class); elsim queues no migration for them. VTVs on MVCs that are not in the library yet are not recalled (SIM0639W).',
  },
  SIM0636I: {
    text: 'MANIFEST {0} NAMES NO SOURCE TAPEPLEX - ITS ORIGIN IS NOT CHECKED',
    explain: 'The source CDS had no TapePlex name when EXPORT wrote the manifest, so IMPORT cannot check that it comes from a TapePlex this CDS knows.',
  },
  SIM0637W: {
    text: 'NOTHING IMPORTED - {0}',
    explain: 'No MVC or VTV of the manifest was imported: the VTVid/MVCid selection matches none, or every item was rejected (see the messages before). Condition code 4.',
  },
  SIM0639W: {
    text: 'IMMDRAIN(YES): {0} VTVS NOT RECALLED - THEIR MVCS ARE NOT IN THE LIBRARY',
    explain: 'The imported MVCs that hold these VTVs are recorded outside the library (they were not entered before the import, `elsim mvc move`), so nothing can read them: the VTVs are imported with their copies on those MVCs and stay non-resident. Enter the MVCs and recall the VTVs, or import again with the MVCs in the library. Condition code 4.',
  },
  SIM0638I: {
    text: 'MANIFEST {0}: WRITTEN BY TAPEPLEX {1} ON {2} BY JOB {3} ({4}), EXPORT BY {5}{6}',
    explain: 'Where the manifest IMPORT reads comes from, from its header.',
  },
  // ── SIM065x-069x: MVCMAINT, VTVMAINT, SCRATCH, SET VAULT/VAULTVOL ──────
  SIM0650E: {
    text: '{0} IS IN {1} POOL {2} - ITS VOLUMES ARE NOT SCRATCH VOLUMES, {3} REFUSED',
    explain: 'SCRATCH and UNSCRATCH update the scratch status of volumes of scratch subpools (POOLPARM TYPE(SCRATCH)) or of no pool. A TYPE(EXTERNAL) pool holds volumes another system owns or that belong to no scratch subpool (the DR guide\'s chapter 4 and 8 examples): they are never scratched here. MVC, CLEAN and SPARE pools hold cartridges, not scratch volumes. The whole statement is refused, condition code 8, and the CDS is unchanged.',
  },
  SIM0651E: {
    text: '{0} IS NOT IN A DR TEST SCRATCH SUBPOOL - THIS IS A DR TEST CDS',
    explain: 'The CDS is a DR test copy made by DRTEST CREATE. During a DR test, scratch updates on the test system are allowed only for volumes that POOLPARM/VOLPARM define as DR test scratch subpool volumes (POOLPARM ... DRTEST), so that the test cannot change the status of production volumes (DR guide, chapter 7, "DR Test ACS Restrictions"). The whole statement is refused, condition code 8, and the CDS is unchanged. Name only DR test subpool ranges.',
  },
  SIM0652E: {
    text: '{0} IS IN DR TEST SUBPOOL {1} - A DR TEST IS ACTIVE ON THIS CDS',
    explain: 'DRTEST START made a DR test active on this production CDS. While it runs, the DR test subpool volumes belong to the test: their scratch status is kept by the DR test system, and production refuses scratch updates on the DR side (DR guide, chapter 7). The whole statement is refused, condition code 8, and the CDS is unchanged. Run the update on the DR test system, or after DRTEST STOP.',
  },
  SIM0653W: {
    text: 'VTV {0} IS NOT IN THE CDS - NOT {1}',
    explain: 'A volser named on its own is not a VTV of this CDS (it may be a real tape volume, which elsim does not keep, or a mistyped volser). It is skipped and the others are processed; condition code 4. Volsers of a range that have no VTV are only counted: a range usually spans more volsers than are in use.',
  },
  SIM0654W: {
    text: 'VTV {0} IS ALREADY {1}',
    explain: 'A volser named on its own is already in the state the statement asks for (scratch for SCRATCH, not scratch for UNSCRATCH). It is left as it is; condition code 4. VTVs of a range that are already in that state are only counted.',
  },
  SIM0655W: {
    text: 'NO VTV IN THE VOLSERS NAMED - NOTHING {0}',
    explain: 'None of the volsers and ranges named holds a VTV of this CDS. Nothing was changed; condition code 4.',
  },
  SIM0656I: {
    text: '{0} VTVS {1}, {2} WERE ALREADY {3}, {4} VOLSERS NAMED HAVE NO VTV',
    explain: 'The totals of a SCRATCH or UNSCRATCH statement.',
  },
  SIM0657I: {
    text: '{0} SCRATCHED VTVS DELETED (MANAGEMENT CLASS DELSCR): {1} FROM VTSS BUFFERS, {2} MVC COPIES, {3} VLE COPIES',
    explain: 'The management class of these VTVs says DELSCR(YES) (or FORCE): when a VTV is scratched VTCS deletes it, which frees VTSS buffer space and MVC space. elsim clears the VTV\'s residency and size and removes its current copies: the space they held on a real MVC becomes fragmented space (reclaim frees it), on a VLE VMVC it is freed. Copies on read-only MVCs are not touched (the MVC is not written): they stay as superseded copies, as on the VLE read-only VMVCs of the guide\'s chapter 8.',
  },
  SIM0658I: {
    text: '{0} SCRATCHED VTVS ARE RESIDENT IN DR TEST VTSS {1} - THEIR DELETION WAITS FOR THE END OF THE TEST',
    explain: 'A DR test is active on this production CDS and the VTSS belongs to the test (offline to production): production cannot delete the VTV from its buffer. The VTVs are scratched; their buffer copies stay until the test ends (DR guide, chapter 7: scratch on production during the test does not affect the DR test VTSS).',
  },
  SIM0660W: {
    text: 'MVC {0} IS NOT IN THE CDS',
    explain: 'A volser named on the MVCMAINT statement has no MVC record. It is skipped and the other MVCs are processed; condition code 4.',
  },
  SIM0661I: {
    text: 'MVC {0} IS ALREADY {1}',
    explain: 'The MVC already has the status the statement asks for. It is left as it is (condition code 0): decks generated by ACTMVCGN can be run twice.',
  },
  SIM0662W: {
    text: '{0} OF THE {1} VOLSERS OF {2} HAVE NO MVC RECORD',
    explain: 'Part of a range named on the MVCMAINT statement is not in the CDS. The MVCs of the range that exist are processed; condition code 4.',
  },
  SIM0663I: {
    text: '{0} MVCS SELECTED, {1} MADE {2}, {3} WERE ALREADY {2}',
    explain: 'The totals of an MVCMAINT statement. A read-only MVC can be recalled from, but VTCS does not migrate to it, reclaim it or drain it.',
  },
  SIM0670E: {
    text: 'THE VAULTVOL AREA IS ALREADY DEFINED FOR {0} VOLUMES - IT IS CHANGED WITH MERGECDS',
    explain: 'SET VAULTVOL defines the vaulted-volume area of the CDS once. To make room for more vaulted volumes later, the CDS is rebuilt with MERGEcds (DR guide, chapter 3), which elsim does not emulate. Nothing was changed; condition code 8.',
  },
  SIM0671I: {
    text: 'VAULTVOL AREA DEFINED FOR {0} VAULTED VOLUMES',
    explain: 'The CDS can now record up to this many volumes held in vaults; SET VAULT defines the vaults, whose slots together may not exceed it.',
  },
  SIM0672E: {
    text: 'NO VAULTVOL AREA IN THIS CDS - RUN SET VAULTVOL NBRVOLS(nnnn) FIRST',
    explain: 'Vaults hold vaulted volumes, which live in the vaulted-volume area of the CDS. Define it with SET VAULTVOL before SET VAULT ADD. Nothing was changed; condition code 8.',
  },
  SIM0673E: {
    text: 'VAULT {0} IS ALREADY DEFINED',
    explain: 'SET VAULT ADD names a vault the CDS already holds. Use SET VAULT MODIFY to change it. Nothing was changed; condition code 8.',
  },
  SIM0674E: {
    text: 'VAULT {0} IS NOT DEFINED',
    explain: 'SET VAULT MODIFY or DELETE names a vault the CDS does not hold. Nothing was changed; condition code 8.',
  },
  SIM0675E: {
    text: 'THE VAULTS WOULD HAVE {0} SLOTS - THE VAULTVOL AREA HOLDS {1} VOLUMES',
    explain: 'The slots of all vaults together cannot exceed the number of volumes given on SET VAULTVOL (DR guide, chapter 3). Give the vault fewer slots, or make the other vaults smaller. Nothing was changed; condition code 8.',
  },
  SIM0676E: {
    text: 'VAULT {0} HOLDS {1} VOLUMES - IT CANNOT BE DELETED',
    explain: 'A vault can be deleted only when no volume is assigned to it (LCM returns vaulted volumes and removes them from the vault records). Nothing was changed; condition code 8.',
  },
  SIM0677E: {
    text: 'VAULT {0} HAS A VOLUME IN SLOT {1} - SLOTS({2}) WOULD LEAVE IT OUTSIDE THE VAULT',
    explain: 'SET VAULT MODIFY cannot give a vault fewer slots than the highest slot in use. Nothing was changed; condition code 8.',
  },
  SIM0678I: {
    text: 'VAULT {0} {1}',
    explain: 'SET VAULT added, modified or deleted the vault named; the vault list that follows shows every vault of the CDS.',
  },
  SIM0679E: {
    text: 'SET VAULT {0} NEEDS {1}',
    explain: 'SET VAULT ADD needs SLOTS(n) (a vault without slots can hold nothing); SET VAULT MODIFY needs SLOTS or DESC (something to change); DELETE takes NAME only. Nothing was changed; condition code 8.',
  },
  SIM0680E: {
    text: 'VTVMAINT NEEDS ULINKMVC, MGMTCLAS, DISMOUNT, OWNRPLEX, ADDEXPOT OR DELEXPOT',
    explain: 'A VTVMAINT statement names the VTVs (VTVid) and at least one repair to make to their records. A statement with VTVid alone would change nothing; it is refused, condition code 8.',
  },
  SIM0681E: {
    text: 'MANAGEMENT CLASS {0} IS NOT DEFINED',
    explain: 'MGMTclas names a management class the CDS does not hold (MGMTDEF defines them). VTVs of an unknown class would have no migration or replication policy. Nothing was changed; condition code 8.',
  },
  SIM0682E: {
    text: 'TAPEPLEX {0} OF {1} IS NOT KNOWN TO THIS CDS',
    explain: 'OWNRPLEX, ADDEXpot and DELEXpot name a TapePlex that the VTCS configuration of this CDS knows: this TapePlex or its RECVPLEX partner (CONFIG TAPEPLEX), or the REMPLEX of a CLINK. elsim refuses other names so that a mistyped TapePlex cannot become a VTV\'s owner or export target; a real system may be less strict. Nothing was changed; condition code 8.',
  },
  SIM0683E: {
    text: 'TAPEPLEX {0} OF {1} IS THIS TAPEPLEX',
    explain: 'ADDEXpot and DELEXpot add and remove the name of another TapePlex that holds a copy of the VTV (cross-TapePlex replication, electronic export). This TapePlex holds the VTV itself and is never its export target. Nothing was changed; condition code 8.',
  },
  SIM0684E: {
    text: '{0} IS CODED WITHOUT {1}',
    explain: 'DISMOUNT and VTSSid go together: DISMOUNT VTSSid(name) dismounts the VTVs from VTSS name. Nothing was changed; condition code 8.',
  },
  SIM0685E: {
    text: 'VTSS {0} IS NOT DEFINED',
    explain: 'VTSSid names a VTSS that the VTCS configuration of this CDS (CONFIG VTSS) does not define. Nothing was changed; condition code 8.',
  },
  SIM0686E: {
    text: '{0} VTVS SELECTED ARE NOT IN A DR TEST SCRATCH SUBPOOL ({1}) - THIS IS A DR TEST CDS',
    explain: 'The CDS is a DR test copy made by DRTEST CREATE. The DR test may change only the volumes of its DR test scratch subpools (POOLPARM ... DRTEST); production VTVs stay as they are (DR guide, chapter 7: the test may not overwrite or change any production VTV). The whole statement is refused, condition code 8, and the CDS is unchanged.',
  },
  SIM0687E: {
    text: '{0} MVCS OF ULINKMVC ARE NOT DR TEST MVCS ({1}) - THIS IS A DR TEST CDS',
    explain: 'The CDS is a DR test copy made by DRTEST CREATE. The test reads production MVCs but does not change them or their contents (DR guide, chapter 7); only its own DR test MVCs (DR test MVC pools) may lose copy records. The whole statement is refused, condition code 8, and the CDS is unchanged.',
  },
  SIM0688E: {
    text: '{0} VTVS SELECTED ARE IN DR TEST SUBPOOLS ({1}) - A DR TEST IS ACTIVE ON THIS CDS',
    explain: 'DRTEST START made a DR test active on this production CDS. While it runs, the VTVs of the DR test subpools (and the VTVs the test created) are the test\'s: production leaves them alone (DR guide, chapter 7). The whole statement is refused, condition code 8, and the CDS is unchanged. Run it on the DR test system, or after DRTEST STOP.',
  },
  SIM0689W: {
    text: '{0} VTVS ARE NOT SCRATCH - OWNER NOT CHANGED: {1}',
    explain: 'OWNRPLEX changes the owner only of VTVs in scratch status (DR guide, chapter 4: a VTV received by cross-TapePlex replication stays read-only and owned by the sending TapePlex until it is scratched). The VTVs listed keep their owner; the others are processed; condition code 4.',
  },
  SIM0690I: {
    text: 'MGMTCLAS {0}: {1} VTVS CHANGED, {2} HAD IT ALREADY',
    explain: 'The VTVs now have this management class; its policies (migration, replication, DELSCR) apply to what VTCS does with them from now on. Copies already made are not moved.',
  },
  SIM0691I: {
    text: 'OWNRPLEX {0}: {1} VTVS CHANGED, {2} OWNED BY IT ALREADY',
    explain: 'The scratch VTVs are now owned by this TapePlex. Owned by this TapePlex, a VTV is writable here; owned by another TapePlex it is read-only here (a TapePlex does not modify a VTV it does not own).',
  },
  SIM0692I: {
    text: 'ULINKMVC: {0} COPY RECORDS OF {1} VTVS REMOVED ({2} CURRENT), {3} VTVS HAD NO COPY ON THE MVCS NAMED',
    explain: 'The CDS no longer links the VTVs to those MVCs. The space a current copy took counts as fragmented space on a real MVC (reclaim frees it) and is freed on a VLE VMVC. The data itself stays on the cartridge: an MVC audit would find it again.',
  },
  SIM0693W: {
    text: '{0} VTVS NOW HAVE NO CURRENT MVC COPY AND ARE NOT RESIDENT: {1}',
    explain: 'After ULINKMVC these VTVs are not scratch, hold data, are in no VTSS buffer and have no current copy on any MVC the CDS records: their data cannot be recalled (VTVRPT OPTION(UNAVAIL) lists them). The change is made as asked; condition code 4.',
  },
  SIM0694I: {
    text: 'ADDEXPOT {0}: ADDED TO {1} VTVS, {2} HAD IT ALREADY',
    explain: 'The CDS now records that TapePlex holds a copy of the VTVs (VTVRPT shows E, and COPIES a line per TapePlex).',
  },
  SIM0695I: {
    text: 'DELEXPOT {0}: REMOVED FROM {1} VTVS, {2} DID NOT HAVE IT',
    explain: 'The CDS no longer records that TapePlex as holding a copy of the VTVs, as after its copy was deleted there (DR guide, chapter 4). Replication work still in flight may record it again when it completes.',
  },
  SIM0696I: {
    text: 'DISMOUNT {0}: {1} VTVS DISMOUNTED, {2} WERE NOT MOUNTED IN IT',
    explain: 'The CDS no longer shows the VTVs mounted in that VTSS (a mount whose end VTCS never saw, after a host or VTSS failure). A VTV mounted in another VTSS, or not mounted at all, is left as it is.',
  },
  SIM0697W: {
    text: 'MVC {0} OF ULINKMVC IS NOT IN THE CDS',
    explain: 'A volser named on ULINKMVC has no MVC record, so no VTV can be linked to it. The other MVCs are processed; condition code 4.',
  },
  SIM0698W: {
    text: '{0} OF THE {1} VOLSERS OF {2} ON ULINKMVC HAVE NO MVC RECORD',
    explain: 'Part of a range named on ULINKMVC is not in the CDS. The MVCs of the range that exist are processed; condition code 4.',
  },
  SIM0699I: {
    text: '{0} VTVS SELECTED, {1} VOLSERS NAMED HAVE NO VTV',
    explain: 'The totals of a VTVMAINT statement: the VTVs of the CDS the VTVid list and ranges select. Volsers of a range without a VTV are only counted.',
  },
  // ── SIM070x-074x: simulated hardware, clock, DRMON, MIGRATE, AUDIT ─────
  SIM0700E: {
    text: '{0} has hardware schema version {1}, newer than this elsim ({2})',
    explain: 'The simulated hardware of the system (DIR/hardware.db) was written by a newer elsim, whose tables this one does not know, so it is not used. Use that version of elsim, or rebuild the system with `elsim init --force`.',
  },
  SIM0701E: {
    text: 'HARDWARE SEED NOT LOADED - {0}',
    explain: 'The demo site\'s work-in-flight file (fixtures/demo/hardware.json) names a range that is not a range. Nothing was queued.',
  },
  SIM0702I: {
    text: 'CLOCK {0} ({1}) - HSC/VTCS {2}',
    explain: '`elsim clock show`: the system\'s simulated time. PINNED: every run uses it unless --now says otherwise; REAL: the system follows the computer\'s clock until a clock command pins it. Queued replication, migration and CTR work completes only while HSC/VTCS is active.',
  },
  SIM0703I: {
    text: 'CLOCK MOVED FROM {0} TO {1} - {2} WORK ITEMS COMPLETED, {3} FAILED, {4} STILL PENDING',
    explain: 'The simulated clock moved forward (`elsim clock set|advance`, a job started later than the clock, or DRMON waited). Every queued work item due by the new time was completed on the simulated hardware and recorded in the active CDS, in due order.',
  },
  SIM0704I: {
    text: '{0} {1} {2} {3} -> {4} {5} {6}',
    explain: 'One work item of the simulated hardware: the time it is due (PENDING) or was done (DONE, FAILED: later than its due time when a VARY VTSS, VARY CLINK or an unreachable partner held it back), kind (MIGRATE to a storage class, REPLICATE to a VTSS over a CLINK, CTR to another TapePlex), VTV, source VTSS, target, state (PENDING, DONE, FAILED) and what happened (the MVC and block a migration wrote, or why it failed).',
  },
  SIM0705W: {
    text: 'HSC/VTCS IS NOT ACTIVE - {0} QUEUED WORK ITEMS DO NOT PROGRESS',
    explain: 'Replication, migration and cross-TapePlex copies are driven by VTCS. While the system\'s HSC/VTCS is down the clock still moves, but queued work waits; it completes at the first clock move after VTCS is back.',
  },
  SIM0706E: {
    text: 'THE CLOCK CANNOT MOVE BACK FROM {0} TO {1}',
    explain: 'The simulated clock only moves forward: work already completed cannot be undone. To rehearse from an earlier time, build a new system with `elsim init --now TIME`.',
  },
  SIM0707I: {
    text: 'BUFFER OF {0} HOLDS {1} VTVS, {2} MB',
    explain: '`elsim clock show`: the VTV images physically in a VTSS buffer of the simulated hardware (resident VTVs and replicas).',
  },
  SIM0708I: {
    text: '{0} MVCS AND VMVCS IN THE LIBRARIES AND VLES HOLD {1} VTV COPIES',
    explain: '`elsim clock show`: the cartridges and VLE virtual MVCs physically in the system, and the VTV copies written on them (current and superseded).',
  },
  SIM0710I: {
    text: 'DRMON MONITORED {0} VTVS, {1} COPIES: {2} ALREADY AT THEIR DESTINATION, {3} ARRIVED WHILE WAITING',
    explain: 'DRMON\'s totals: the VTVs it selected (class or volsers, not scratch, updated within MAXAGE), the copies it watched (one per VTV and destination), those that were there when it started and those the simulated hardware delivered while it waited.',
  },
  SIM0711I: {
    text: 'ALL MONITORED COPIES ARE AT THEIR DESTINATION AT {0} - DRMON WAITED {1} MINUTES',
    explain: 'Every copy DRMON watched has reached its destination: the DR data is secured, and the job can go on (DRCHKPT, BACKUP). The simulated clock moved forward by the time waited.',
  },
  SIM0712E: {
    text: 'TIMEOUT({0}) EXPIRED AT {1} - {2} COPIES NOT AT THEIR DESTINATION',
    explain: 'DRMON waited TIMEOUT minutes of simulated time and some copies did not arrive (the work that would bring them is due later, failed, or was never queued). The lines that follow name them. Check the queue with `elsim clock show`; run DRMON again or raise TIMEOUT.',
  },
  SIM0713E: {
    text: 'MANAGEMENT CLASS {0} IS NOT DEFINED',
    explain: 'A management class named on the statement is not in the CDS (MGMTDEF loads them). The guide\'s `mgmtname` is a placeholder for a class of your own; the demo defines one called MGMTNAME.',
  },
  SIM0714E: {
    text: 'STORAGE CLASS {0} IS NOT DEFINED',
    explain: 'A storage class named on the statement is not in the CDS (MGMTDEF loads them). DRMON cannot tell where the copies should go.',
  },
  SIM0715W: {
    text: 'NO VTV MATCHES THE SELECTION - NOTHING TO MONITOR',
    explain: 'No VTV of the classes or volsers named was updated within MAXAGE hours (scratch VTVs are not monitored). DRMON ends at once with condition code 4.',
  },
  SIM0716E: {
    text: '{0} COPIES NOT AT THEIR DESTINATION AND NOTHING QUEUED WOULD BRING THEM',
    explain: 'Without TIMEOUT a real DRMON waits until the copies arrive or the job is cancelled. elsim knows the hardware queue: nothing in it would deliver these copies, so it stops instead of waiting forever. Code TIMEOUT to bound the wait.',
  },
  SIM0717E: {
    text: 'CODE STORCLAS OR REPLICAT - DRMON HAS NOTHING TO WAIT FOR',
    explain: 'DRMON waits for copies in storage classes (STORclas) and/or for replicas in the cluster (REPLicat); the statement names neither.',
  },
  SIM0718I: {
    text: 'DRMON {0} - {1} OF {2} COPIES AT THEIR DESTINATION',
    explain: 'Progress while DRMON waits (on a terminal only): the simulated time and how many of the monitored copies have arrived.',
  },
  SIM0719W: {
    text: 'STORAGE CLASS {0} IS NOT IN THE MIGRATION OR EXPORT POLICY OF {1}',
    explain: 'None of the management classes named sends copies to this storage class (MIGPOL or EEXPOL), so its copies will only be there if something else put them there; DRMON probably names the wrong class.',
  },
  SIM0720E: {
    text: 'VTSS {0} IS NOT DEFINED',
    explain: 'The VTSS named is not in the VTCS configuration of the CDS (CONFIG defines VTSSs). Nothing was done.',
  },
  SIM0721E: {
    text: '{0} NEEDS {1}',
    explain: 'MIGRATE VTSS(name) needs THRESHLD(nn), the buffer occupancy in percent to migrate down to; THRESHLD belongs to the VTSS form only (the VTV and class forms take DELETE). Nothing was done.',
  },
  SIM0722I: {
    text: 'VTSS {0} BUFFER: {1} MB ({2}%) BEFORE, {3} MB ({4}%) AFTER - THRESHLD {5}%',
    explain: 'MIGRATE VTSS: how full the simulated VTSS buffer was before and after the demand migration, against its capacity (1,000,000 MB unless the system sized it).',
  },
  SIM0723I: {
    text: '{0} VTVS MIGRATED, {1} COPIES WRITTEN TO MVCS, {2} REMOVED FROM VTSS BUFFERS, {3} NOT MIGRATED',
    explain: 'MIGRATE totals: VTVs whose policy copies all exist now (written now or earlier), the MVC copies written, the VTV images that left their buffer, and the VTVs that could not be migrated (each listed with its reason).',
  },
  SIM0724W: {
    text: 'VTSS {0} STILL ABOVE THRESHLD {1}% - {2} VTVS COULD NOT BE MIGRATED',
    explain: 'Some VTVs in the buffer cannot be migrated (no migration policy, NOMIGRAT, no MVC with room in a storage class, or unknown to the CDS); they stay resident. Their lines give the reason.',
  },
  SIM0725W: {
    text: 'NO RESIDENT VTV MATCHES THE SELECTION - NOTHING TO MIGRATE',
    explain: 'None of the VTVs selected is resident in a VTSS (according to the CDS): there is nothing to migrate.',
  },
  SIM0726W: {
    text: 'VTV {0} IS NOT RESIDENT - NOTHING TO MIGRATE',
    explain: 'A VTV named on MIGRATE is not in the CDS, or not resident in a VTSS: it is already migrated or was never written.',
  },
  SIM0730E: {
    text: 'VTSS {0} IS NOT DEFINED - NOTHING AUDITED',
    explain: 'AUDIT VTSS names a VTSS that is not in the VTCS configuration of the CDS (CONFIG defines VTSSs). The statement is refused and the CDS is unchanged.',
  },
  SIM0731I: {
    text: 'AUDIT OF VTSS {0} COMPLETE - {1} DISCREPANCIES CORRECTED IN THE CDS',
    explain: 'The CDS now records exactly the VTVs the VTSS buffer holds (resident VTVs and replicas). Each discrepancy is listed above with what was done.',
  },
  SIM0732I: {
    text: 'VTSS {0} IS EMPTY',
    explain: 'The VTSS buffer holds no VTV and the CDS records none there: after a DR test, the DR VTSS is clean (the check step of the VLE DR test clean-up).',
  },
  SIM0733W: {
    text: 'NO MVC OF {0} IS IN THE CDS OR IN THE LIBRARIES AND VLES',
    explain: 'AUDIT MVC found none of the volsers named, neither as MVC records nor as cartridges or VMVCs of this system. Nothing was audited.',
  },
  SIM0734I: {
    text: 'AUDIT OF {0} MVCS COMPLETE - {1} DISCREPANCIES',
    explain: 'Each MVC named was read back on the simulated hardware and the CDS rebuilt from its contents: copy records added for copies found, stale copy records removed, VTV and MVC records added where the CDS had none.',
  },
  SIM0735E: {
    text: 'DR TEST ACTIVE - AUDIT OF {0} AT THE DR SITE REFUSED',
    explain: 'During a DR test (DRTEST START to STOP) production must not audit the DR site\'s hardware: the DR ACS, its VLEs and the DR VTSSs belong to the test. Run the audit on the DR test system, or after DRTEST STOP. Nothing was changed.',
  },
  SIM0740E: {
    text: 'NO MVC {0} IN THE LIBRARIES OR VLES OF {1}',
    explain: '`elsim mvc move` moves MVCs that are physically in the source system (its simulated libraries and VLEs). The volser or range names none: it was never there, or was moved away already. Nothing was moved.',
  },
  SIM0741E: {
    text: 'HSC IS NOT ACTIVE ON {0} - NO EJECT POSSIBLE',
    explain: 'Ejecting cartridges needs HSC on the source system: the eject is recorded in the CDS HSC has open. Nothing was moved.',
  },
  SIM0742I: {
    text: 'MVC {0} ({1} VTV COPIES) EJECTED FROM {2}, ENTERED INTO {3} OF {4}',
    explain: '`elsim mvc move`: the MVC left the source system (its CDS records it ejected, outside the library) and is now physically in the target system with everything written on it. The target CDS does not know it yet: run IMPORT with the manifest, or AUDIT MVC.',
  },
  SIM0743E: {
    text: 'DR TEST ACTIVE - MVCS AT THE DR SITE CANNOT BE EJECTED: {0}',
    explain: 'During a DR test (DRTEST START to STOP) production does not eject volumes from the DR ACS or its VLEs. Nothing was moved.',
  },
  // ── SIM075x-079x: DRTEST, ACTMVCGN, DRCHKPT, BACKUP ───────────────────
  SIM0750I: {
    text: 'DR TEST STATE {0} -> {1} AT {2}',
    explain: 'DRTEST changed the DR test state recorded in the production CDS: NONE (no DR test defined), PRIMED (PRIMEPRD recorded the DR resources), CREATED (a DR test CDS was made), ACTIVE (between START and STOP production keeps away from the DR ACS, DR VTSSs and DR storage managers), STOPPED (the definition stays, without effect).',
  },
  SIM0751E: {
    text: 'DRTEST {0} REFUSED - THE DR TEST STATE IS {1}: {2}',
    explain: 'The DRTEST function does not fit the state of the DR test: CREATE or START before PRIMEPRD, STOP when no test is active, RESET or PRIMEPRD while a test is active, START of a test already active. The text says what to run first. Condition code 8; the CDS is unchanged.',
  },
  SIM0752E: {
    text: 'DRTEST {0} REFUSED - {1} IS A DR TEST CDS; RUN DRTEST AGAINST THE PRODUCTION CDS',
    explain: 'PRIMEPRD, CREATE, START, STOP and RESET work on the production CDS (SLSCNTL, or the CDS HSC has open). The CDS named is one DRTEST CREATE made for a DR test. Condition code 8; nothing changed.',
  },
  SIM0753E: {
    text: 'SHARE CANNOT BE CODED WITH {0} - NO DATA MAY BE MIGRATED FROM A SHARED DR VTSS',
    explain: 'Chapter 7 of the DR guide: a DR VTSS shared with production (SHARE) allows no DR ACS and no DR storage manager, because nothing the test writes may be migrated. Code SHARE alone with DRVTSS and HOST, or use a spare or dedicated VTSS. Condition code 8; the CDS is unchanged.',
  },
  SIM0754E: {
    text: '{0} NEEDS {1}',
    explain: 'A DR test definition lacks something it cannot do without: at least one DR resource (DRACS, DRVTSS or STORMNGR), a DRVTSS for SPARE or SHARE, or DRTEST scratch subpools (SET VOLPARM with POOLPARM ... DRTEST) for a shared VTSS. Condition code 8; the CDS is unchanged.',
  },
  SIM0755E: {
    text: '{0}({1}): NO {2} {1} IS DEFINED IN THE CDS',
    explain: 'DRACS must name an ACS of the library, DRVTSS a VTSS of the VTCS configuration, STORMNGR a storage manager (VLE) and HOST a host id of the CDS. Check the spelling against MVCRPT/VTVRPT or `elsim cds dump`. Condition code 8; the CDS is unchanged.',
  },
  SIM0756E: {
    text: 'DRTEST CREATE: {0} IS {2} BUT PRIMEPRD RECORDED {1} - RERUN PRIMEPRD WITH THE NEW DEFINITION',
    explain: 'The DR resources coded on CREATE must be those DRTEST PRIMEPRD recorded in the production CDS (the guide: if the DR test configuration changes in any way, rerun PRIMEPRD). CREATE without resources takes the recorded ones. Condition code 8; no DR test CDS is written.',
  },
  SIM0757E: {
    text: 'DD {0} {1}',
    explain: 'DRTEST CREATE writes the new DR test CDS to the data set of DD SLSNEW1 (and copies of it to SLSNEW2 and SLSNEW3 when coded). The DD is missing, is not a data set, or names a data set that already holds data: code a new data set, DISP=(NEW,CATLG,DELETE). Condition code 8; nothing is written.',
  },
  SIM0758I: {
    text: 'DR TEST CDS WRITTEN TO {0} ({1}): {2} VTVS, {3} MVCS, {4} DR TEST MVCS',
    explain: 'DRTEST CREATE wrote a complete CDS, at the same schema level as production, marked as a DR test CDS: its role is DRTEST, its DR test state CREATED with the definition, MVCs of DRTEST MVC pools flagged as DR test MVCs, VTSSs that are not DR VTSSs offline. Open it as the active CDS of a DR test system with `elsim drsystem`.',

  },
  SIM0759W: {
    text: '{0} VTVS ARE RESIDENT IN SPARE VTSS {1} - THE DR TEST VTSS DOES NOT HOLD THEM (SLS6680E AT MOUNT)',
    explain: 'A SPARE DR VTSS has the name of a production VTSS but is another device. The CDS copied for the test shows VTVs resident in the production one; the test cannot mount them from its VTSS (a real system issues SLS6680E). The guide: migrate the production instance of the spare VTSS to 0 before DRTEST CREATE, and check with VTVRPT OPTION(UNAVAIL). Condition code 4.',
  },
  SIM0760E: {
    text: 'DRTEST START REFUSED - DR VTSS {0} IS {1} TO PRODUCTION; VARY IT OFFLINE FIRST',
    explain: 'A DR VTSS (not SPARE) belongs to the test while it runs, so it must be offline to production before DRTEST START (quiesce it, let replication drain, then vary it offline: `elsim oper "VARY VTSS1 OFFLINE"`). Condition code 8; the CDS is unchanged.',
  },
  SIM0761E: {
    text: 'DRTEST START REFUSED - CAP {0} OF DR ACS {1} IS IN AUTOMATIC MODE; SET IT TO MANUAL (CAPPREF) FIRST',
    explain: 'Every CAP of the DR ACS must be in manual mode for the whole test (the guide: issue CAPPREF before DRTEST CREATE). Set it with `elsim oper "CAPPREF 0 01:00:00 MANUAL"`. Condition code 8; the CDS is unchanged.',
  },
  SIM0762I: {
    text: 'NOUPDPRD: PRODUCTION CDS {0} NOT UPDATED - ITS DR TEST STATE STAYS {1}',
    explain: 'DRTEST CREATE NOUPDPRD read the production CDS (or the backup or mirror SLSCNTL names) without writing it, as when CREATE runs at the DR site on a copy. The state recorded by PRIMEPRD stays; DRTEST START still works from it.',
  },
  SIM0763W: {
    text: 'NO DR TEST IS DEFINED - NOTHING TO RESET',
    explain: 'DRTEST RESET removes the DR test definition PRIMEPRD recorded; there is none. Condition code 4; the CDS is unchanged.',
  },
  SIM0764I: {
    text: 'NOUPDPRD HAS NO EFFECT ON DRTEST {0} - IGNORED',
    explain: 'NOUPDPRD only keeps DRTEST CREATE from updating the production CDS. On the other functions it changes nothing.',
  },
  SIM0765I: {
    text: 'ACTMVCGN SELECTED {0} MVCS ({1})',
    explain: 'The MVCs chosen: by default those holding at least one current VTV copy, with ALL every MVC that holds any copy (current or superseded); limited by ACS, MVCPOOL and STORMNGR when coded. The decks that follow list them in volser order.',
  },
  SIM0766E: {
    text: 'ACTMVCGN HAS NO OUTPUT DD - CODE SLUSMVON AND SLUSMVOF (AND SLUSMAUD FOR AUDIT STATEMENTS)',
    explain: 'ACTMVCGN writes its MVCMAINT READONLY(ON) statements to DD SLUSMVON, READONLY(OFF) to SLUSMVOF and AUDIT MVC statements to SLUSMAUD. The step has none of them, so it would produce nothing. Condition code 8.',
  },
  SIM0767W: {
    text: 'DD {0} IS MISSING - NO {1} STATEMENTS WRITTEN',
    explain: 'One of ACTMVCGN\'s decks has no DD: SLUSMVON (MVCMAINT READONLY(ON), run before the test) or SLUSMVOF (READONLY(OFF), run after it). The other decks were written. Condition code 4.',
  },
  SIM0768I: {
    text: '{0} STATEMENTS WRITTEN TO {1} ({2})',
    explain: 'The deck written: one statement per MVC, an 80-column card image that SLUADMIN reads as SLSIN (`//SLSIN DD DSN=hlq.SLUSMVON,DISP=SHR`).',
  },
  SIM0769W: {
    text: 'NO MVC MATCHES THE SELECTION - THE DECKS ARE EMPTY',
    explain: 'No MVC holds a current VTV copy (or, with ALL, any copy) within the ACS, pool or storage manager coded. The decks are written empty. Condition code 4.',
  },
  SIM0770E: {
    text: '{0}({1}): NO {2} OF THAT NAME IS DEFINED IN THE CDS',
    explain: 'ACTMVCGN\'s ACS must name an ACS of the library, MVCPOOL an MVC pool defined by SET VOLPARM, STORMNGR a storage manager (VLE) of the configuration. Condition code 8; no deck is written.',
  },
  SIM0775I: {
    text: 'RECOVERY POINT SET AT {0}{1}',
    explain: 'DRCHKPT SET stamped the recovery point in the CDS. From it on, the MVC content a CDS backup taken after it describes (VTV copies on MVCs at that time) is protected: reclaim and drain leave it in place until the next DRCHKPT SET. Take a CDS backup now (BACKUP OPTION(COPY)).',
  },
  SIM0776I: {
    text: '{0} MVCS HOLD {1} VTV COPIES WRITTEN UP TO THE RECOVERY POINT - NOT RECLAIMED OR OVERWRITTEN UNTIL THE NEXT DRCHKPT SET',
    explain: 'What the recovery point protects now: every MVC holding VTV copies (current or superseded) written at or before it. A copy superseded later still occupies its MVC space, so a CDS backup of the recovery point can recall it.',
  },
  SIM0777I: {
    text: 'CONFIG GLOBAL PROTECT={0}: MVC SPACE FREED BY DRAIN OR RECLAIM IS NOT REUSED FOR {0} HOURS AFTER EACH CDS BACKUP',
    explain: 'With CONFIG GLOBAL PROTECT=hours, every CDS backup is a recovery point for that many hours, DRCHKPT or not (the guide\'s example 2 backs up daily with PROTECT=28).',
  },
  SIM0778I: {
    text: 'CONFIG GLOBAL PROTECT IS NOT SET - ONLY THE RECOVERY POINT PROTECTS MVC CONTENT',
    explain: 'No PROTECT hours are configured: a CDS backup stays valid only through a DRCHKPT recovery point.',
  },
  SIM0779I: {
    text: 'RECOVERY POINT OF {0} CLEARED - DRCHKPT NO LONGER PROTECTS MVC CONTENT',
    explain: 'DRCHKPT CLEAR ended the recovery point: reclaim and drain may reuse the MVC space it protected (CONFIG GLOBAL PROTECT still applies after each backup). The checkpoint stays in the CDS history, inactive.',
  },
  SIM0780W: {
    text: 'NO RECOVERY POINT IS SET - NOTHING TO CLEAR',
    explain: 'DRCHKPT CLEAR found no active recovery point. Condition code 4; the CDS is unchanged.',
  },
  SIM0781I: {
    text: 'CDS BACKUP {0} OF {1} FOLLOWS THE RECOVERY POINT OF {2} - IT IS A VALID DR BASELINE',

    explain: 'A backup taken after the recovery point describes MVC content that stays in place until the next DRCHKPT SET: restoring that backup brings the tape environment back to the recovery point.',
  },
  SIM0782I: {
    text: 'NO CDS BACKUP FOLLOWS THE RECOVERY POINT YET - TAKE ONE NOW (BACKUP OPTION(COPY))',
    explain: 'The recovery point protects MVC content; the baseline to restore is the CDS backup taken right after it. Until one is taken, a disaster would have to use an older backup.',
  },
  SIM0783I: {
    text: 'THE RECOVERY POINT TAKES THE TIME {0} OF THE NEWEST ACTIVITY IN THE CDS - THE JOB CLOCK SAYS {1}',
    explain: 'The CDS already records copies written (or VTVs updated) after the time the job started, typically by a DRMON step earlier in the job that waited for copies to arrive. A recovery point must cover them, so it takes the time of the newest one.',
  },
  SIM0785I: {
    text: 'CDS {0} COPIED TO {1}: {2} VTVS, {3} MVCS, SCHEMA LEVEL {4}',
    explain: 'BACKUP OPTION(COPY) wrote a complete copy of the CDS to the SLSBKUP data set: a CDS that SLSCNTL or `elsim --system` can open as it is (elsim\'s backup is the CDS itself, not HSC\'s backup format that RESTORE reads).',
  },
  SIM0786E: {
    text: 'DD {0} {1}',
    explain: 'BACKUP copies the CDS of DD SLSCNTL (SLSCNTL2 for CDS(SECONDARY), SLSSTBY for CDS(STANDBY)) to the data set of DD SLSBKUP. The DD named is missing or is not a data set on disk. Condition code 8; nothing is written.',
  },
  SIM0787E: {
    text: 'BACKUP OPTION({0}) IS NOT EMULATED - ELSIM KEEPS THE CDS COPIES IDENTICAL, SO ONLY OPTION(COPY) APPLIES',
    explain: 'OPTION(ANALYZE) compares diverging CDS copies block by block and OPTION(RESTART) resumes one; elsim\'s primary, secondary and standby copies never diverge. Use OPTION(COPY), the default. Condition code 8.',
  },
  SIM0788I: {
    text: 'NO RECOVERY POINT AND NO CONFIG GLOBAL PROTECT - DRAIN OR RECLAIM MAY INVALIDATE THIS BACKUP',
    explain: 'The backup describes VTV copies on MVCs; without a recovery point (DRCHKPT SET before the backup) or PROTECT hours, reclaim and drain may move those copies and reuse the space, and the backup would point at data that is gone. Chapter 8 of the DR guide runs DRMON, DRCHKPT SET and BACKUP in that order for a DR baseline. The backup itself is complete.',
  },
  SIM0789I: {
    text: 'PROTECT={0}: MVC SPACE FREED AFTER THIS BACKUP IS NOT REUSED BEFORE {1}',
    explain: 'CONFIG GLOBAL PROTECT hours count from each backup: until the time shown, drained or reclaimed MVC space that this backup describes is not overwritten.',
  },
  SIM0790E: {
    text: 'SHARED HARDWARE {0} IS GONE - SYSTEM {1} HAS NO HARDWARE',
    explain: 'A DR test system built by `elsim drsystem` has no simulated hardware of its own: it uses the hardware.db of the production system it was built from, because the DR test site drives the same VTSSs, ACS and VLEs as production. That file no longer exists (the production directory was moved or removed). elsim does not make an empty one in its place. Build the DR test system again with `elsim drsystem` naming the production directory where it is now.',
  },
  SIM0795I: {
    text: '{0} {1} NOW {2}',
    explain: 'The operator command changed the state the CDS records: a VTSS varied ONLINE, QUIESCED or OFFLINE, or a CAP set to AUTOMATIC or MANUAL mode (CAPPREF).',
  },
  SIM0796E: {
    text: 'OPERATOR COMMAND NOT EMULATED: {0}',
    explain: 'elsim\'s console (`elsim oper`) emulates the HSC/VTCS commands the DR procedures use: Display (or Query) VTSS, VTD, RTD, CLINK, REPLicat, CLUster, MVC volser, VTV volser, CDS, DRtest and SCRatch; VARY VTSS name ONLINE|QUIESCED|OFFLINE (also `V`); VARY CLINK(n) VTSS(name) ONLINE|OFFLINE; CAPPREF prefvalue cap-id [AUTO|MANUAL]. Other commands are not emulated.',
  },
  SIM0797E: {
    text: '{0} {1} IS NOT DEFINED IN THE CDS',
    explain: 'The VTSS (VTCS configuration) or the ACS and LSM of the CAP id (library) named by the operator command does not exist in the active CDS.',
  },
  SIM0798E: {
    text: '{0} IS NOT A DR TEST CDS - RUN DRTEST CREATE FIRST',
    explain: '`elsim drsystem` opens a DR test system on the CDS DRTEST CREATE wrote (SLSNEW1; the guide names it hlq.DRTEST.SLSCNTL). The data set named is a production CDS, or not a CDS made by CREATE.',
  },
  SIM0799I: {
    text: 'DR TEST SYSTEM {0} BUILT: ACTIVE CDS {1}, CATALOG COPIED FROM {2}, HARDWARE OF {3}',
    explain: 'The DR test system is ready: submit the DR test jobs with `--system` naming it. Its HSC runs on the DR test CDS, so the CDRT restrictions of the test side apply; production keeps its own system directory. The DR test system has no hardware of its own: it uses production\'s simulated hardware (the production directory\'s hardware.db), as the DR test site drives production\'s VTSSs, ACS and VLEs. Each system keeps its own clock; work completes against the CDS of the system that moves its clock.',
  },
  // ── SIM080x-081x: CDS generator, bench ────────────────────────────────
  SIM0800E: {
    text: 'CDS NOT GENERATED - {0}',
    explain: '`elsim cds generate` was asked for something it cannot build (a count out of range, VTV copies but no MVCs, a data set that already holds a populated CDS without --replace). Nothing was written.',
  },
  SIM0801I: {
    text: 'CDS {0} GENERATED: {1} VTVS, {2} MVCS, {3} COPIES, SEED {4}',
    explain: '`elsim cds generate` built a synthetic CDS: a VTCS configuration, pools and classes stored by the code of CONFIG, SET VOLPARM and MGMTDEF, and the volumes. The same counts, seed and --now give the same CDS.',
  },
  // ── SIM082x-089x: CDS verify, robustness ──────────────────────────────
  SIM0820I: {
    text: 'CDS {0} VERIFY - {1} CHECKS',
    explain: '`elsim cds verify` checked the CDS data set named: SQLite\'s own integrity and reference checks, then the invariants of a CDS (copies on existing MVCs, one current copy per copy index, no volser in two pools or both a VTV and an MVC, vault slots within their vault and the VAULTVOL area, resident VTVs and cluster members in configured VTSSs, policies naming defined storage classes, DR test state). Each finding follows with its first items.',
  },
  SIM0821I: {
    text: 'CDS {0} VERIFIED - {1} VIOLATIONS, {2} WARNINGS - RC={3}',
    explain: 'The end of a CDS verification. RC 0: every check passed. RC 4: warnings only (a CDS a site can have, but probably not what was meant). RC 8: a violation, a CDS that no utility should leave behind: restore it from a backup, and report the job that produced it.',
  },
  SIM0830E: {
    text: 'SQLITE INTEGRITY CHECK FAILED - {0} PROBLEMS',
    explain: 'PRAGMA integrity_check did not answer ok, or the file cannot be read as a database at all: the CDS file itself is damaged (a copy cut short, a disk error, a file written by something else). No utility should run on it; restore the CDS from a backup.',
  },
  SIM0831E: {
    text: '{0} TABLES HOLD ROWS THAT REFER TO MISSING ROWS',
    explain: 'PRAGMA foreign_key_check found rows whose reference names nothing (a VTV copy of a VTV that is gone, a vaulted volume in a vault that is not defined …). Each line names the table, the table it refers to and the number of rows.',
  },
  SIM0832E: {
    text: 'VTV COPIES ON {0} MVCS THAT ARE NOT IN THE CDS',
    explain: 'Every VTV copy must be on an MVC the CDS holds. A copy on an MVC without a record cannot be recalled, reported or audited; the MVC was removed while it held copies.',
  },
  SIM0833E: {
    text: '{0} VTV COPY INDEXES HAVE MORE THAN ONE CURRENT COPY',
    explain: 'A VTV has at most one current copy per copy index (1-4); older copies of the same index are superseded (current = 0). Two current copies of one index make the VTV\'s location ambiguous.',
  },
  SIM0834E: {
    text: '{0} VOLSERS ARE BOTH A VTV AND AN MVC',
    explain: 'A volser names either a virtual volume or a real cartridge, never both: the CDS holds a VTV record and an MVC record of the same volser.',
  },
  SIM0835E: {
    text: '{0} PAIRS OF VOLPARM RANGES OVERLAP - A VOLSER IS IN TWO POOLS',
    explain: 'SET VOLPARM refuses overlapping ranges (SIM0420E): each volser belongs to at most one pool, production and DR test pools included. The CDS holds two ranges that share volsers.',
  },
  SIM0836E: {
    text: '{0} PAIRS OF CONFIG VTVVOL/MVCVOL RANGES OVERLAP',
    explain: 'CONFIG refuses overlapping VTVVOL and MVCVOL ranges; the CDS holds two that share volsers.',
  },
  SIM0837E: {
    text: '{0} VAULTS HOLD MORE VOLUMES THAN THEY HAVE SLOTS',
    explain: 'A vault defined by SET VAULT with SLOTS(n) holds at most n volumes. The line gives the vault, its volumes and its slots.',
  },
  SIM0838E: {
    text: '{0} VAULTED VOLUMES ARE IN A SLOT OUTSIDE THEIR VAULT',
    explain: 'A vaulted volume\'s slot number lies between 1 and the vault\'s SLOTS. A higher slot does not exist.',
  },
  SIM0839E: {
    text: 'THE VAULTS HAVE MORE SLOTS THAN THE VAULTVOL AREA HOLDS',
    explain: 'The slots of all vaults are records in the VAULTVOL area formatted by SET VAULTVOL; together they cannot exceed its capacity (a CDS with vaults and no VAULTVOL area counts as capacity 0).',
  },
  SIM0840E: {
    text: 'RESIDENT VTVS NAME {0} VTSSS THAT ARE NOT CONFIGURED',
    explain: 'A VTV resident in a VTSS buffer names that VTSS. The VTSS is not defined by CONFIG in this CDS, so the VTV cannot be recalled or migrated from it.',
  },
  SIM0841E: {
    text: '{0} CLUSTER MEMBERS ARE NOT CONFIGURED VTSSS',
    explain: 'A CONFIG CLUSTER names VTSSs defined in the same configuration; these members are not.',
  },
  SIM0842E: {
    text: '{0} MANAGEMENT CLASS POLICIES NAME UNDEFINED STORAGE CLASSES',
    explain: 'MIGPOL, ARCHPOL and EEXPOL name storage classes defined by the same MGMTDEF (SIM0441E). These entries name a storage class the CDS does not hold.',
  },
  SIM0843E: {
    text: 'THE CDS ROLE AND ITS DR TEST RECORD DISAGREE',
    explain: 'A DR test CDS (made by DRTEST CREATE) has the role DRTEST in its identity and a DR test record marked as a test CDS; a production CDS has neither. This CDS has one without the other, so utilities would apply the wrong CDRT restrictions.',
  },
  SIM0850W: {
    text: 'MVCS ARE IN {0} POOLS THAT SET VOLPARM DOES NOT DEFINE',
    explain: 'MVC records name a pool that no POOLPARM of the CDS defines (the pools were redefined without them). VTCS cannot select these MVCs by pool until the pool is defined again.',
  },
  SIM0851W: {
    text: 'VTVS HAVE {0} MANAGEMENT CLASSES THAT MGMTDEF DOES NOT DEFINE',
    explain: 'VTV records name a management class the CDS does not define (MGMTDEF was loaded without it). Their policies are unknown until the class is defined again.',
  },
  SIM0852W: {
    text: '{0} MVCS HOLD MORE DATA THAN THEIR CAPACITY',
    explain: 'The space an MVC records as used is larger than its capacity (a capacity of 0 included): the counts are out of step, or the record came from a damaged source. IMPORT refuses such an MVC (SIM0624W).',
  },
  SIM0853W: {
    text: '{0} DR TEST RESOURCES ARE RECORDED WITHOUT A DR TEST',
    explain: 'DRTEST PRIMEPRD records the DR ACS, VTSSs, hosts and storage managers; RESET removes them. The CDS has no DR test (state NONE, not a test CDS) but still lists resources.',
  },
  SIM0855W: {
    text: 'THE DR TEST STATE LACKS THE DATE OF A STEP IT HAS PASSED',
    explain: 'The DR test record says PRIMED, CREATED, ACTIVE or STOPPED but has no date for PRIMEPRD, START or STOP, which every state after them implies.',
  },
  SIM0856W: {
    text: '{0} PRODUCTION MVCS WITH CURRENT VTV COPIES ARE NOT READ-ONLY DURING THE DR TEST',
    explain: 'While a DR test runs (production between DRTEST START and STOP, or on the DR test CDS), the production MVCs that hold the test\'s input should be READONLY (ACTMVCGN writes the MVCMAINT READONLY(ON) deck SLUSMVON for them) so that production reclaim or drain cannot change them under the test. These are not.',
  },
  SIM0857W: {
    text: '{0} EXPORTED MVCS ARE NOT READ-ONLY',
    explain: 'EXPORT marks the MVCs it exports read-only and exported in the source CDS. These MVCs are exported but writable (MVCMAINT READONLY(OFF) was run on them), so new data may go to cartridges that are offsite.',
  },
  SIM0858W: {
    text: '{0} VTVS ARE LARGER THAN THEIR MAXIMUM SIZE',
    explain: 'A VTV is at most as large as its own maximum (set from its management class when it was created), the MAXVTVSZ its management class has in this CDS (MGMTDEF), else the TapePlex default (CONFIG GLOBAL MAXVTVSZ), and never above 32,000 MB. These VTVs are larger: a record from a damaged source. IMPORT refuses such a VTV (SIM0625W). Each line gives the VTV, its size and its maximum.',
  },
  SIM0870E: {
    text: 'DD {0} NAMES CDS {1} - A CDS IS NOT READ OR WRITTEN AS RECORDS',
    explain: 'elsim keeps a CDS as a database. A program that reads or writes records (IEBGENER, a SLUADMIN report DD) was given a CDS data set, which would give nonsense records or destroy the CDS. The step abends S013 and the CDS is untouched. Copy a CDS with the BACKUP utility, or name a sequential data set.',
  },
  SIM0871W: {
    text: 'NO JOB IN {0} - NOTHING WAS RUN',
    explain: 'The file submitted holds no JCL statement (it is empty, or holds only comments or control statements without a // card), so no job was read and nothing ran. Check that the right file was named; a bare SLSIN deck runs with `elsim sluadmin`.',
  },
  SIM0872E: {
    text: '{0} NOT RUN - THE CDS RESERVE WAS NOT OBTAINED IN {1} SECONDS',
    explain: 'Another job (another `elsim submit` or `elsim sluadmin` on the same system) held the CDS for update longer than this job waits, like a CDS reserve that is not released. The function changed nothing; condition code 12 and the rest of SLSIN is not processed. Run the job again when the other one has ended; ELSIM_CDS_WAIT sets the wait in seconds (default 10).',
  },
  SIM0873E: {
    text: '{0} IS NOT A DIRECTORY',
    explain: 'The system (--system) must be a directory: an existing elsim system, an empty directory, or a path that does not exist yet (the demo is built there). The path names a file.',
  },
  // ── SIM1000-1199: TMS (SIM100x-101x), LCM and the vault cycle ─────────
  SIM1000E: {
    text: 'TMS {0} WAS WRITTEN BY A NEWER ELSIM (SCHEMA VERSION {1}, THIS ONE KNOWS {2})',
    explain: 'The tape management catalog was last changed by a newer version of elsim, whose tables this one does not know. Use that version, or a new system.',
  },
  SIM1001E: {
    text: 'TMS FILE {0} CANNOT BE OPENED: {1}',
    explain: 'The file of the tape management catalog is not a database SQLite can read (damaged, or replaced by another file). A real TMS would be restored from its backup; in elsim, rebuild the system (`elsim init`) or create a new TMS with `elsim tms create`.',
  },
  SIM1002E: {
    text: 'DATA SET {0} IS NOT A TAPE MANAGEMENT CATALOG',
    explain: 'The data set named as the TMS (by the system, or by the DD a TMS statement names) is not elsim\'s tape management catalog: it is empty, a CDS or another kind of data set. Nothing was changed in it. Name the TMS data set (`elsim tms show` tells which it is).',
  },
  SIM1003E: {
    text: 'THE TMS DATA SET {0} IS NO LONGER CATALOGED',
    explain: 'The system records a tape management catalog in a data set that is no longer in the catalog (it was deleted). Create a new one with `elsim tms create`.',
  },
  SIM1004E: {
    text: 'THIS SYSTEM HAS NO TAPE MANAGEMENT CATALOG',
    explain: 'The system directory was built without a TMS (an empty system, or one built by an older elsim). `elsim tms create [--dsn NAME]` creates an empty one; the demo (`elsim init`) has one, HLQ.TMSDB, with the demo\'s tapes in it.',
  },
  SIM1005E: {
    text: 'VOLUME {0} IS NOT IN THE TMS',
    explain: 'The tape management catalog has no record of this volser. `elsim tms list` shows the volumes it knows; `elsim tms set VOLSER --dsn NAME` records a data set on a new volume.',
  },
  SIM1006E: {
    text: 'INVALID {0} {1}: {2}',
    explain: 'A value given to `elsim tms` is not valid: a volser is 1-6 characters A-Z 0-9 # @ $; a day is YYYY-MM-DD, `+N` (N days after today), or `never`; a time is ISO-8601.',
  },
  SIM1007I: {
    text: 'TMS {0}: VOLUME {1} {2}',
    explain: 'What `elsim tms set` or `elsim tms scratch` changed in the tape management catalog.',
  },
  SIM1008I: {
    text: 'TMS {0} CREATED FOR SYSTEM {1}',
    explain: 'An empty tape management catalog was cataloged (dsorg TMS) and made the system\'s TMS. Programs that write tape data sets record them in it; LCM reads it through the DD a TMS statement names.',
  },
  // ── SIM120x-139x: operator console, SMC, tape workload, cross-TapePlex replication ──
  SIM1201E: {
    text: 'NO OPERATOR COMMAND WAS GIVEN',
    explain: 'The console was given an empty command. Type a command such as `D REPL` or `VARY VTSS1 OFFLINE`.',
  },
  SIM1202E: {
    text: 'INVALID OPERAND IN COMMAND {0} AT COLUMN {1}',
    explain: 'The operator command is one elsim emulates, but the operand at that column is not one it takes, is missing a value or has one too many (see `elsim explain SIM0796E` for the commands and their operands). Nothing was changed.',
  },
  SIM1205E: {
    text: 'VTSS {0} IS A DR TEST VTSS - IT STAYS OFFLINE TO PRODUCTION WHILE THE DR TEST IS ACTIVE',
    explain: 'Between DRTEST START and DRTEST STOP the DR VTSSs belong to the DR test (chapter 7: the DR test VTSS is varied offline to production before the test). VARY ONLINE or QUIESCED of a DR VTSS on production is refused until DRTEST STOP. A SPARE DR VTSS is a different device of the same name, so it is not restricted. The real HSC message could not be confirmed; this is elsim\'s.',
  },
  SIM1206E: {
    text: 'CAP {0} IS IN DR TEST ACS {1} - IT STAYS IN MANUAL MODE WHILE THE DR TEST IS ACTIVE',
    explain: 'Chapter 7, "DR Test ACS Restrictions": the CAPs of the DR ACS are set to manual before DRTEST CREATE, and "the software insures that they remain in that state as long as the test is in effect". CAPPREF … AUTO for a CAP of the DR ACS is refused on production between DRTEST START and DRTEST STOP. The real HSC message could not be confirmed; this is elsim\'s.',
  },
  SIM1207E: {
    text: 'VTSS {0} IS NOT A DR TEST VTSS - IT CANNOT BE VARIED ONLINE ON THE DR TEST SYSTEM',
    explain: 'On the DR test hosts (a system whose active CDS is a DR test CDS made by DRTEST CREATE) only the DR test\'s own resources can be used: the guide says non-DR test ACSs cannot be varied online there, and elsim holds the VTSSs the test does not own to the same rule.',
  },
  SIM1208E: {
    text: 'CAP {0} STAYS IN MANUAL MODE ON THE DR TEST SYSTEM',
    explain: 'Chapter 7: "On the DR test hosts during a DR test … CAPs must remain in manual mode". CAPPREF … AUTO is refused on a system whose active CDS is a DR test CDS.',
  },
  SIM1210I: {
    text: 'VTSS STATUS - {0} VTSSS',
    explain: 'The answer to Display VTSS: one line per VTSS with its state as varied (ONLINE, QUIESCED, OFFLINE), its buffer capacity and what the simulated hardware holds in it (MB, DBU %, VTVs), the HIGH/LOW auto-migration thresholds and MAXMIG/MINMIG of its CONFIG, and how many VTDs and RTDs it has. The real layout could not be read; the columns are elsim\'s.',
  },
  SIM1211I: {
    text: 'VTD STATUS - {0} VTDS',
    explain: 'The answer to Display VTD: the VTD address ranges of each VTSS (CONFIG VTD), their state (the VTSS\'s) and the VTVs mounted on them now, each with the job that mounted it. A VTV stays mounted only while a job step uses its DD; a mount left by a killed job stays until the VTV is mounted again. The real layout could not be read; the columns are elsim\'s.',
  },
  SIM1212I: {
    text: 'RTD STATUS - {0} RTDS',
    explain: 'The answer to Display RTD: the RTDs and RTD paths of each VTSS (CONFIG RTD, RTDPATH) with their device number, channel or IP interface, storage manager (VLE or remote library) and state (OFFLINE when their VTSS is offline). elsim does not model RTD contention, so an RTD is never shown busy.',
  },
  SIM1213I: {
    text: 'CLINK STATUS - {0} CLINKS',
    explain: 'The answer to Display CLINK, in the guide\'s columns (chapter 7): VTSS, CLINK, STATUS, USAGE, HOST, then elsim\'s TO column (the partner VTSS, or TapePlex/VTSS of a cross-TapePlex CLINK). CLINKs are numbered within their VTSS in CONFIG order. USAGE is REPLICATING while the VTSS has queued replication (or CTR copies to the CLINK\'s REMPLEX) that the VTSS and CLINK states let through, FREE otherwise; HOST is shown while it replicates.',
  },
  SIM1214I: {
    text: 'REPLICATION QUEUE - {0} VTVS AWAITING REPLICATION OR ELECTRONIC EXPORT',
    explain: 'The answer to Display REPLicat, in the guide\'s columns (chapter 7): each VTSS that sends (has CLINKs), the host, and QDEPTH, the number of VTVs queued on it for replication to its cluster partner or for cross-TapePlex replication (CTR, EEXPORT). QDEPTH drains to 0 as the clock completes the copies; copies held back by an offline or quiesced partner or an offline CLINK stay counted.',
  },
  SIM1215I: {
    text: 'NO VTSS OF THIS CONFIGURATION REPLICATES',
    explain: 'Display REPLicat found no VTSS with CLINKs and no queued replication.',
  },
  SIM1216I: {
    text: 'MVC {0}',
    explain: 'The answer to Display MVC: the MVC\'s record in MVCRPT\'s layout (VTVs on it, space used, available and fragmented, mounts, ACS or VLE, storage class, pool, media and status letters), then SIM1217I.',
  },
  SIM1217I: {
    text: 'PHYSICALLY {0} - {1} COPIES WRITTEN ON IT',
    explain: 'Where the simulated hardware has the cartridge (the ACS it is in, or the VLE of a VMVC; NOT IN THIS SYSTEM when it was ejected or moved) and how many VTV copies, current or superseded, are written on it.',
  },
  SIM1218I: {
    text: 'VTV {0}',
    explain: 'The answer to Display VTV: the VTV in VTVRPT\'s BASIC layout, then a line per copy in VTVRPT COPIES\' layout (resident VTSS, replica, MVC and VLE copies, copies held by other TapePlexes), then SIM1219I.',
  },
  SIM1219I: {
    text: 'OWNER {0}, {1}, {2}',
    explain: 'The TapePlex that owns the VTV (a VTV received by cross-TapePlex replication or imported is owned by its sender), whether it is read-only here, and the VTD it is mounted on.',
  },
  SIM1220I: {
    text: 'CLUSTER STATUS - {0} CLUSTERS',
    explain: 'The answer to Display CLUster (Query Cluster): each cluster of the CONFIG with its VTSSs, their role (PRIMARY and SECONDARY in a uni-directional cluster, PEER in a bi-directional one, decided by which members have CLINKs), their state and the cluster\'s mode: FULL FUNCTION when every member is online, DEGRADED when one is not.',
  },
  SIM1221I: {
    text: 'SCRATCH VTVS - {0} IN THE SCRATCH SUBPOOLS',
    explain: 'The answer to Display SCRatch: per scratch subpool (SET VOLPARM POOLPARM TYPE(SCRATCH), DR test subpools marked), the volsers of its ranges, how many are scratch (scratched VTVs and volsers never used) and how many hold data.',
  },
  SIM1222I: {
    text: 'CDS {0} {1}',
    explain: 'The answer to Display CDS: the CDS HSC has open, the other catalog names of the same CDS (elsim keeps one physical CDS for primary, secondary and standby), its TapePlex, CDS level, role (PRODUCTION, or DRTEST for a DR test CDS), elsim schema version, VTVs and MVCs, and its size in blocks (SQLite pages) with the free blocks.',
  },
  SIM1223I: {
    text: 'DR TEST STATE {0} ON THE {1}',
    explain: 'The answer to Display DRtest: the DR test state of the active CDS (NONE, PRIMED, CREATED, ACTIVE, STOPPED; a DR test CDS is the test\'s own copy), the resources DRTEST PRIMEPRD recorded and the time of each step, then SIM1224I or SIM1225I.',
  },
  SIM1224I: {
    text: 'CDRT RESTRICTIONS ARE IN FORCE',
    explain: 'The DR test is active on this CDS (production between DRTEST START and STOP, or a DR test CDS): the DR ACS\'s CAPs stay manual, its volumes cannot be ejected, moved, audited or scratched from production, and the DR VTSSs stay offline to production.',
  },
  SIM1225I: {
    text: 'NO CDRT RESTRICTION IS IN FORCE',
    explain: 'No DR test is active on this CDS.',
  },
  SIM1230W: {
    text: '{0} QUEUED WORK ITEMS ARE DUE BUT HELD BACK - {1}',
    explain: 'Work the simulated hardware has queued is due but cannot be done in the state the operator left the tapeplex in: a VTSS varied OFFLINE sends nothing and receives no replication, a QUIESCED VTSS takes only the replication queued before it was quiesced, a VTSS whose CLINKs are all varied offline cannot replicate over them. The work stays queued (Display REPLicat counts it) and completes at the first clock move after the obstacle is gone (VARY … ONLINE).',
  },
  SIM1250E: {
    text: 'SMC STATEMENT SYNTAX ERROR NEAR {0}',
    explain: 'An SMC command or control statement (in an SMCPARMS/SMCCMDS member, a READ or TREQDEF data set, or typed at the console) is not `VERB KEYWORD(value,…) …`: a parenthesis or apostrophe is not closed, a character is not allowed there, or an operand has no keyword. The position is where reading stopped. Nothing the data set defines is applied (SIM1261E).',
  },
  SIM1251E: {
    text: '{0} IS NOT AN SMC COMMAND',
    explain: 'The statement starts with a word that is neither an SMC command elsim reads (TAPEPLEX, SERVER, POLICY, TAPEREQ, UNITATTR, READ, TREQDEF, HTTP) nor one it knows and ignores. A statement split over two lines without a continuation mark (`-` or `+` at the end of the first) starts a new statement with its second line, which then is not a command: the guide prints `SERVER … HOSTNAME(MVSX)` and `PORT(999)` on two lines that way.',
  },
  SIM1252W: {
    text: 'SMC COMMAND {0} IS NOT EMULATED - IGNORED',
    explain: 'An SMC command that tunes allocation, mount or message handling (ALLOCDEF, MOUNTDEF, MSGDEF, TRACE …). elsim does not model what it changes, so it is skipped; the other statements are applied.',
  },
  SIM1253E: {
    text: 'KEYWORD {0} IS NOT VALID FOR {1}',
    explain: 'The keyword is not a parameter of that SMC command (or an abbreviation shorter than its minimum, or coded twice). See `elsim explain SIM1260I` for the forms elsim reads.',
  },
  SIM1254E: {
    text: '{0} REQUIRES {1}',
    explain: 'A parameter the SMC command needs is missing: TAPEPLEX, SERVER and POLICY need NAME; a SERVER needs its TAPEPLEX (or a NAME that is a defined TapePlex); TAPEREQ needs POLICY or at least one of MEDIA, MGMTCLAS, SUBPOOL, ESOTERIC; UNITATTR needs ADDRESS and MODEL; READ and TREQDEF need DSN.',
  },
  SIM1255E: {
    text: 'VALUE {0} OF {1} IS NOT VALID - {2}',
    explain: 'The value of the keyword does not have the form it needs: a name of 1-8 characters (16 for a policy, 13 for a subpool), a data set name mask (qualifiers of up to 8 characters, `*` and `%` inside a qualifier, `**` for any number of qualifiers), a one-qualifier mask for JOBNAME/STEPNAME/PROCSTEP, a port 1-65535, a device address or range XXXX-XXXX.',
  },
  SIM1256E: {
    text: '{0} AND {1} ARE MUTUALLY EXCLUSIVE ON {2}',
    explain: 'The two parameters cannot be coded together: a TAPEREQ names a POLICY or gives MEDIA, MGMTCLAS, SUBPOOL and ESOTERIC itself (the old form), not both; a SERVER has a HOSTNAME or an IPADDRESS; ACTIVE or INACTIVE.',
  },
  SIM1257E: {
    text: '{0} {1} NAMED BY {2} IS NOT DEFINED',
    explain: 'SMC processes its commands in order, and a definition can only name what is defined before it: a POLICY, SERVER or UNITATTR naming a TAPEPLEX needs that TAPEPLEX command first, a TAPEREQ naming a POLICY needs that POLICY command first (the SMC manual: POLicy commands before TREQDEF). Nothing the data set defines is applied.',
  },
  SIM1258I: {
    text: 'NO BLANK BEFORE {0} - READ AS A SEPARATE OPERAND',
    explain: 'Leniency: the operand follows a closing parenthesis without a blank, as the guide prints `SERVER NAME(REMB)TAPEPLEX(TAPEPLXB)` and `TAPEPLEX NAME(TMVSA)LOCSUB(HSC0)`. elsim reads it as the next operand; whether SMC itself accepts it could not be confirmed.',
  },
  SIM1259I: {
    text: 'CONTINUATION MARK INSIDE THE LINE BEFORE {0} - READ AS A CONTINUATION',
    explain: 'Leniency: a `+` or `-` standing alone between two operands, as in the guide\'s chapter 8 `POLICY NAME(VLEPOL) MEDIA(VIRTUAL) MGMT(VLEMGMT) + SUBP(VIRTSCR)` (a continued statement whose line break the print lost). It is read as the continuation it was.',
  },
  SIM1260I: {
    text: 'SMC DEFINITIONS FROM {0}: {1} TAPEPLEX, {2} SERVER, {3} POLICY, {4} TAPEREQ, {5} UNITATTR',
    explain: 'SMC read its commands: at system start the SMCPARMS and SMCCMDS members of the system\'s PARMLIB (HLQ.PARMLIB), later `READ DSN(...)`, `TREQDEF DSN(...)` or a single command at the console. The counts are SMC\'s definitions after the read. Forms elsim reads: TAPEPLEX NAME() [LOCSUB()]; SERVER NAME() [TAPEPLEX()] [HOSTNAME()|HOST()|IP()] [PORT()]; POLICY NAME() [MEDIA()] [MGMT()] [SUBP()] [ESOTERIC()] [RECTECH()] [TAPEPLEX()]; TAPEREQ DSN() [JOBNAME()] [STEPNAME()] [PROCSTEP()] POLICY() | MEDIA() MGMT() SUBP() ESOTERIC(); UNITATTR ADDR() TAPEPLEX() MODEL(); READ DSN(); TREQDEF DSN(); HTTP START|STOP PORT(). The syntax diagrams of the SMC manual could not be read; these follow the guide\'s examples and the SMC configuration guide\'s text.',
  },
  SIM1261E: {
    text: 'SMC DEFINITIONS NOT CHANGED - {0} ERRORS',
    explain: 'A read of SMC commands is all or nothing in elsim: because of the errors listed before this message, none of the statements was applied and SMC keeps the definitions it had. Correct the statements and read the data set again (`elsim oper "READ DSN(\'HLQ.PARMLIB(SMCCMDS)\')"`).',
  },
  SIM1262E: {
    text: 'DATA SET {0} NOT FOUND',
    explain: 'READ or TREQDEF names a data set (or member) that is not in the system\'s catalog.',
  },
  SIM1263I: {
    text: 'SERVER NAMES NO TAPEPLEX - TAPEPLEX({0}) OF ITS NAME IS USED',
    explain: 'Leniency: chapter 5 of the guide codes `SERVER NAME(TMVSB)IP(192.168.1.10)PORT(60000)` without TAPEPLEX, the server named like its TapePlex. elsim connects the server to the TapePlex of that name.',
  },
  SIM1264E: {
    text: 'READ OF {0} NESTED DEEPER THAN {1} LEVELS',
    explain: 'A READ names a data set that READs another, and so on: more than 8 levels, most likely a data set that READs itself.',
  },
  SIM1265E: {
    text: '{0} IN A TAPEREQ DEFINITION DATA SET',
    explain: 'A data set read by TREQDEF holds TAPEREQ statements only; other SMC commands belong in SMCCMDS or a READ data set.',
  },
  SIM1266E: {
    text: 'SMC IS NOT ACTIVE ON THIS SYSTEM',
    explain: 'The command is an SMC command, and this console has no SMC (the system could not start it).',
  },
  SIM1267I: {
    text: 'SMC TAPEPLEXES - {0} DEFINED',
    explain: 'The answer to Display TAPEPlex (SMC): each TapePlex SMC knows, its local HSC subsystem (LOCSUB) or the servers that reach it, and whether it is active.',
  },
  SIM1268I: {
    text: 'SMC SERVERS - {0} DEFINED',
    explain: 'The answer to Display SERVer (SMC): each server SMC reaches a remote TapePlex through, with its host name or IP address and port.',
  },
  SIM1269I: {
    text: 'SMC POLICIES - {0} SHOWN',
    explain: 'The answer to Display POLicy (SMC): each policy with the media, management class, subpool, esoteric and TapePlex it gives an allocation.',
  },
  SIM1270I: {
    text: 'SMC TAPEREQ STATEMENTS - {0}, SEARCHED IN THIS ORDER',
    explain: 'The answer to Display TAPEREQ: SMC\'s TAPEREQ statements in the order SMC searches them (the first that matches an allocation is used), each with the data set and line it came from. `elsim smc route DSN` shows which one a data set matches.',
  },
  SIM1271I: {
    text: '{0}: TAPEREQ {1} OF {2} MATCHES - {3} {4}',
    explain: '`elsim smc route`: SMC searches its TAPEREQ statements in order and uses the first whose masks (DSN, JOBNAME, STEPNAME, PROCSTEP) all match the allocation. This one did; its data set and line and the statement follow.',
  },
  SIM1272W: {
    text: '{0}: NONE OF THE {1} TAPEREQ STATEMENTS MATCHES',
    explain: '`elsim smc route`: no TAPEREQ matches the data set (and job, step) given, so SMC assigns no policy: the allocation gets the media and device of the JCL\'s UNIT, no management class (the VTV is not migrated, replicated or exported by policy) and a scratch volume of VTCS\'s default choice. When CTR "does not replicate", this is the first thing to look at: check the DSN mask against the data set name (`*` is one qualifier, `**` any number).',
  },
  SIM1273I: {
    text: '{0}: MEDIA {1}, MGMTCLAS {2}, SUBPOOL {3}, ESOTERIC {4}, TAPEPLEX {5}',
    explain: 'What SMC gives the allocation: from the POLICY the TAPEREQ names (or from the TAPEREQ itself in the old MEDIA/MGMT form). The TapePlex is the POLICY\'s TAPEPLEX, else the local one (the TAPEPLEX with LOCSUB).',
  },
  SIM1274W: {
    text: 'MANAGEMENT CLASS {0} IS NOT DEFINED IN {1}',
    explain: 'The policy names a management class that the CDS of the TapePlex does not define (MGMTDEF). A tape mount with it fails; define the class or correct the policy.',
  },
  SIM1275I: {
    text: 'MANAGEMENT CLASS {0} IN {1}: MIGPOL {2}, {3}, REPLICAT {4}, EEXPOL {5}',
    explain: 'What VTCS does with a VTV of that management class when it is dismounted: migration to the storage classes of MIGPOL (immediately, or IMMDELAY minutes later, or only by MIGRATE when IMMDELAY is not coded), replication to the cluster partner, and a copy to each TapePlex an EEXPOL storage class names (cross-TapePlex replication).',
  },
  SIM1276W: {
    text: 'EEXPOL STORAGE CLASS {0} OF {1} WILL NOT REPLICATE - {2}',
    explain: 'The management class asks for a cross-TapePlex copy that this configuration cannot make: the storage class names no TAPEPLEX, or no CLINK of the CONFIG has REMPLEX= that TapePlex, or every such CLINK is varied offline. The copies stay queued (or are never queued).',
  },
  SIM1277I: {
    text: 'CROSS-TAPEPLEX COPIES TO {0} GO OVER CLINKS {1} - {2} OF {3} ONLINE',
    explain: 'The CLINKs of the CONFIG whose REMPLEX is the target TapePlex (VTSS->partner VTSS), and how many are online.',
  },
  SIM1280E: {
    text: 'NO SCRATCH VTV - SUBPOOL {0} {1}',
    explain: 'A scratch mount for a new tape data set found no VTV: the subpool SMC\'s policy names has no scratch volser left that is not mounted (or is not a scratch subpool, or is not defined); without a subpool, no production scratch pool of the media (VIRTUAL) has one. Scratch VTVs of the subpool (SCRATCH utility), add a range (SET VOLPARM) or correct the policy. The step is not run.',
  },
  SIM1281E: {
    text: 'MANAGEMENT CLASS {0} IS NOT DEFINED - NO SCRATCH MOUNT',
    explain: 'SMC\'s policy (or TAPEREQ) gives the allocation a management class the active CDS does not define (MGMTDEF). VTCS refuses the mount; the step is not run. `elsim smc route DSN` shows where the class comes from.',
  },
  SIM1282E: {
    text: 'NO VTSS FOR THE MOUNT - {0}',
    explain: 'No online VTSS can take the new VTV: every VTSS is offline or quiesced, or none can do what its management class asks (a CLINK to the TapePlex of an EEXPOL storage class, an RTD to the VLE of a MIGPOL storage class). Vary a VTSS online or correct the class. The step is not run.',
  },
  SIM1283E: {
    text: 'NO FREE VTD IN {0}',
    explain: 'Every VTD of the VTSSs that could take the mount holds a VTV already (one tape DD takes one VTD for the whole step). On z/OS the job would wait for a drive; elsim does not run the step.',
  },
  SIM1284E: {
    text: 'VTV {0} {1} - NO SPECIFIC MOUNT',
    explain: 'The data set to read (DISP=OLD, SHR or MOD) is on a VTV this CDS does not know, or that is scratch, or that is mounted by another step. The step is not run.',
  },
  SIM1285E: {
    text: 'VTV {0} CANNOT BE MOUNTED - {1}',
    explain: 'The VTV holds data but no online VTSS has it and no MVC or VMVC of this system holds a current copy to recall it from (its VTSS is offline, its MVCs are ejected or lost). The guide names SLS6680E for such failed VTV mounts (a spare VTSS in a DR test); its text could not be confirmed, so elsim says it in its own words. The step is not run.',
  },
  SIM1286E: {
    text: 'HSC/VTCS IS NOT ACTIVE - NO TAPE MOUNT FOR {0}',
    explain: 'The step has a tape DD, and the system\'s HSC/VTCS is down: nothing can mount a VTV. The step is not run.',
  },
  SIM1287E: {
    text: 'THE ALLOCATION GOES TO TAPEPLEX {0} - NOT THIS SYSTEM\'S ({1})',
    explain: 'SMC\'s policy sends the tape allocation to another TapePlex (POLICY TAPEPLEX, or no TAPEPLEX of this system\'s name). elsim mounts VTVs only in the TapePlex whose CDS the system has active. The step is not run.',
  },
  SIM1288E: {
    text: 'DD {0}: VTV {1} IS READ-ONLY - IT CANNOT BE WRITTEN',
    explain: 'The program opened a tape data set for output on a VTV that is read-only here (received from another TapePlex, owned by it). The step abends S413. Write to a new data set instead (a scratch VTV of this TapePlex).',
  },
  SIM1289I: {
    text: 'VTV {0} MOUNTED ON {1} IN {2} FOR {3} - {4}',
    explain: 'VTCS mounted the VTV for the DD: a scratch VTV of the subpool for a new data set (with the management class SMC\'s routing gave it, and the TAPEREQ and POLICY that did), or the VTV of the data set to read.',
  },
  SIM1290I: {
    text: 'VTV {0} RECALLED FROM {1} INTO {2}',
    explain: 'The VTV to read was not in any online VTSS: VTCS recalled it from a current copy on an MVC or VMVC into a VTSS before the mount.',
  },
  SIM1291I: {
    text: 'VTV {0} DISMOUNTED: {1} MB, MGMTCLAS {2} - {3}',
    explain: 'The step wrote the VTV and it was dismounted: its image in the VTSS is the new version (older copies on MVCs are superseded), and the work its management class asks for is queued on the simulated hardware: MIGRATE to its storage classes, REPLICATE to the cluster partner, CTR to another TapePlex. `elsim clock advance` or a DRMON job lets it complete.',
  },
  SIM1292E: {
    text: 'ELSIMGEN: {0} - NOTHING WRITTEN',
    explain: 'ELSIMGEN (elsim\'s test program) writes generated records to the DDs named SYSUT2 or OUTnnnn. Its PARM is RECORDS=n (1-10,000,000) or MB=n (1-64), one of them, with LRECL=n (1-32760) if the DD codes none. The step ends with return code 12.',
  },
  SIM1293I: {
    text: 'ELSIMGEN WROTE {0} RECORDS ({1} BYTES) TO DD {2}, {3}',
    explain: 'What ELSIMGEN wrote: each record is the job, step and DD names and the record number, filled to LRECL, so that a job that reads the data set back can compare it.',
  },
  SIM1300I: {
    text: 'PARTNER TAPEPLEX {0} IS SYSTEM {1} - {2}',
    explain: '`elsim partner`: cross-TapePlex copies (CTR from an EEXPOL management class, EEXPORT) to this TapePlex are delivered to that system directory: its active CDS gets the VTV and its VTSS the image when the transfer completes on the sending system\'s clock. The status says whether the partner can be reached now (ACTIVE), or why not (MISSING, NOT A SYSTEM, HSC/VTCS NOT ACTIVE, RUNS another TapePlex); copies to an unreachable partner wait, queued, as the guide says they remain in the VTSS buffer while there is no active copy of the receiving TapePlex. A TapePlex with no partner system named is outside elsim: its copies are recorded as made.',
  },
  SIM1301I: {
    text: 'PARTNER TAPEPLEX {0} FORGOTTEN',
    explain: 'The TapePlex has no partner system any more: its cross-TapePlex copies are recorded as made, and nothing is sent.',
  },
  SIM1302W: {
    text: 'PARTNER TAPEPLEX {0} {1}',
    explain: '`elsim partner` did what it was asked, with a warning: the partner named is not a system that runs this TapePlex now (its copies wait until it is), or the TapePlex to forget had no partner.',
  },
  SIM1303I: {
    text: 'THIS SYSTEM NAMES NO PARTNER TAPEPLEX',
    explain: '`elsim partner list`: no partner system is named; every cross-TapePlex copy is recorded as made without being sent. `elsim partner set TAPEPLEX DIR` names one.',
  },
  SIM1310E: {
    text: 'NO CLINK OF THIS CONFIGURATION HAS REMPLEX={0} - NOTHING EXPORTED',
    explain: 'EEXPORT sends VTVs to another TapePlex over the CLINKs whose REMPLEX is that TapePlex (chapter 4: the receiving TapePlex needs no CLINK of its own to receive; the sender does). This configuration has none for TOPLEX, so nothing can be sent: add the CLINK to the CONFIG deck (business resumption, step 1: "Set up your CONFIG deck for the remote site so it can send data to the local site"). Condition code 8; nothing was queued.',
  },
  SIM1311E: {
    text: 'TOPLEX({0}) IS THIS TAPEPLEX - NOTHING EXPORTED',
    explain: 'EEXPORT sends VTVs to another TapePlex; TOPLEX names the TapePlex of this CDS. Condition code 8.',
  },
  SIM1312E: {
    text: 'MANAGEMENT CLASS {0} IS NOT DEFINED - NOTHING EXPORTED',
    explain: 'EEXPORT MGMTCLAS names a class the CDS does not define (MGMTDEF). Condition code 8; nothing was queued.',
  },
  SIM1313I: {
    text: '{0} VTVS QUEUED FOR ELECTRONIC EXPORT TO {1} FROM {2}',
    explain: 'EEXPORT queued a cross-TapePlex copy of each VTV: it is sent over a CLINK to the TapePlex and recorded as PENDING until the transfer completes on the simulated clock (`elsim clock advance`, or a DRMON job waiting for a storage class with TAPEPLEX set to it). With a partner system named for that TapePlex (`elsim partner`) the VTV then arrives in its CDS, read-only and owned by this TapePlex (or writable again when it returns to its owner).',
  },
  SIM1314W: {
    text: '{0} VTVS SKIPPED',
    explain: 'EEXPORT did not queue these VTVs: scratch, holding no data, or already queued for (or complete at) the TapePlex. The report line of each says why.',
  },
  SIM1315W: {
    text: 'NO VTV SELECTED',
    explain: 'No VTV of the classes or volsers given exists in the CDS. Condition code 4.',
  },
  // ── SIM14xx: the operator's terminal (input files, jobs, check, JSON) ──
  SIM1401E: {
    text: '{0} LOOKS LIKE EBCDIC, NOT ASCII OR UTF-8 - NOT READ',
    explain: 'The file holds EBCDIC bytes (blanks X\'40\', letters X\'C1\'-X\'E9\'): it was probably transferred from z/OS in binary mode. elsim reads JCL and SLSIN as ASCII or UTF-8 text and does not guess the code page. Transfer the member again in text (ASCII) mode, or convert it, e.g. `iconv -f IBM-1047 -t UTF-8 FILE` (for fixed 80-byte records without line ends, `dd if=FILE cbs=80 conv=unblock,ascii`).',
  },
  SIM1402I: {
    text: '{0} IS {1} TEXT - READ AS UTF-8',
    explain: 'Leniency: the file begins with a UTF-16 byte-order mark (Windows editors save "Unicode" text this way). elsim decoded it and read it as it reads UTF-8; on z/OS the member would be EBCDIC. Save it as UTF-8 or ASCII to silence this note.',
  },
  SIM1403I: {
    text: '{0} BEGINS WITH A UTF-8 BYTE-ORDER MARK - IGNORED',
    explain: 'Leniency: the file begins with the invisible character U+FEFF (a byte-order mark, written by many Windows editors). It is not part of the first card, so elsim drops it; without that the JOB card would not start in column 1. Save the file as UTF-8 without BOM to silence this note.',
  },
  SIM1404I: {
    text: '{0} HAS {1} LINE ENDS - EACH READ AS THE END OF A CARD',
    explain: 'Leniency: the file\'s lines end with a carriage return (CRLF, as Windows writes them, or a lone CR). elsim reads each line end as the end of a card and drops the carriage returns, which are not part of any card image.',
  },
  SIM1405I: {
    text: 'SLUADMIN STOPS AFTER THIS STATEMENT (CODE {0}) - THE STATEMENTS AFTER IT ARE CHECKED BUT WOULD NOT BE PROCESSED',
    explain: '`elsim check` found a statement that ends SLUADMIN with condition code 12 (a statement that is not a command, cannot be read, or names a utility elsim does not emulate). SLUADMIN processes no statement after it; check goes on reading the deck so that every mistake is found at once.',
  },
  SIM1406E: {
    text: 'NO JOB {0} ON THE SPOOL OF {1}',
    explain: 'The job named (by its id, JOB00042, or its name) is not in the system\'s job table: it was never run on this system, or its output was purged. `elsim jobs --system DIR` lists the jobs there are.',
  },
  SIM1407I: {
    text: 'JOB {0} {1} PURGED',
    explain: '`elsim job purge` removed the job\'s spool output and its change record, and freed its job number.',
  },
  SIM1408E: {
    text: 'BAD {0} FILTER {1}',
    explain: 'A filter of `elsim jobs` could not be read. --since and --until take an ISO date (2026-11-21) or time (2026-11-21T08:00:00Z) on the simulated clock; --rc takes a return code with an optional comparison: 8, >=4, >0, <8, !=0.',
  },
  SIM1409E: {
    text: 'NO TABLE {0} IN A CDS DUMP - THE TABLES ARE {1}',
    explain: '`elsim cds dump --table` names the parts of the dump to print: vtvs, mvcs, vaults, pools, classes, config, drtest, checkpoints (several with commas or repeated options).',
  },
  SIM1410E: {
    text: 'BAD VOLSER OR RANGE {0}: {1}',
    explain: '`elsim cds dump --volser` takes volsers (AV1000) and ranges (AV1000-AV1069: the same prefix, an increasing numeric part of the same width), several with commas. The VTVs and MVCs whose volser is in them are printed.',
  },
  SIM1411E: {
    text: 'BAD --where CONDITION: {0}',
    explain: '`elsim cds dump --where` takes an SQL condition on the columns of the table named by --table vtvs or --table mvcs (for example `scratch = 1`, `mgmt_class = \'PAY\'`, `pool = \'AIMPORT\' AND read_only = 1`); the README lists the columns. It is run read-only; one condition, no semicolon.',
  },
  // ── SIM15xx: faults — damaged and missing files, full and read-only disks, locks, kills ──
  SIM1501E: {
    text: 'CDS {0} IS NOT A CDS - {1}',
    explain: 'The CDS data set\'s file is empty (0 bytes), is not a SQLite database, or is a database without the tables of a CDS: a copy cut short, a file overwritten by something else, a data set allocated but never formatted. elsim never formats a CDS by opening it — only `elsim init` and `elsim cds generate` format one (and DRTEST CREATE and BACKUP write complete copies) — so jobs refuse it (SIM0314I, condition code 12), `elsim cds verify` reports it as its gravest finding (SIM0830E, RC 8) and `elsim cds dump` stops with this message; the file is left exactly as it was. Restore the CDS from a backup (a BACKUP data set is a CDS: copy it over the damaged one with `elsim dataset copy`, or name it with SLSCNTL), or rebuild the system with `elsim init --force`.',
  },
  SIM1502E: {
    text: 'SYSTEM DATABASE {0} IS NOT USABLE - {1}',
    explain: 'The system directory holds a system.db, so it is a system, but the file is empty, not a SQLite database or lacks elsim\'s tables: the job numbers, clock and catalog of the system are lost. elsim does not make a new one over it. Rebuild the system with `elsim init --force --system DIR` (its data set files are replaced too), or restore the directory from a copy.',
  },
  SIM1503E: {
    text: 'HARDWARE DATABASE {0} IS MISSING - REBUILD IT FROM THE CDS WITH `elsim hardware rebuild --system {1}`',
    explain: 'The system\'s simulated hardware (DIR/hardware.db: what each VTSS buffer and each MVC really holds, and the work in flight) is gone. elsim does not make an empty one in its place: every cartridge would seem empty. `elsim hardware rebuild` makes it again from what the active CDS records (buffers, MVCs and the copies on them); work that was queued (replication, migration, CTR) is not restored.',
  },
  SIM1504E: {
    text: 'HARDWARE DATABASE {0} IS NOT USABLE - {1} - REBUILD IT WITH `elsim hardware rebuild --replace --system {2}`',
    explain: 'DIR/hardware.db is empty, not a SQLite database or lacks the hardware tables. elsim leaves it as it is. `elsim hardware rebuild --replace` replaces it with the hardware the active CDS records; queued work is not restored.',
  },
  SIM1505I: {
    text: 'HARDWARE OF {0} REBUILT FROM CDS {1}: {2} MVCS AND VMVCS, {3} VTV COPIES, {4} BUFFER IMAGES - NO QUEUED WORK',
    explain: '`elsim hardware rebuild` made DIR/hardware.db hold what the active CDS records: each resident VTV in its VTSS buffer, each MVC in its ACS or VLE, each VTV copy on its MVC. Replication, migration and CTR work that was in flight is not known to the CDS and is not restored.',
  },
  SIM1506E: {
    text: 'HARDWARE DATABASE {0} EXISTS - GIVE --replace TO REBUILD IT',
    explain: '`elsim hardware rebuild` replaces the simulated hardware with what the CDS records, losing the work in flight and anything the CDS does not know. It does so over an existing hardware.db only with --replace.',
  },
  SIM1510E: {
    text: '{0} CANNOT BE WRITTEN - NO SPACE LEFT ON ITS FILE SYSTEM ({1} KB FREE): {2}',
    explain: 'The file system holding the system directory is full (or a file size limit was reached). The command stopped before changing anything it could not finish: a CDS function was rolled back, no half-written data set or spool directory is left. Free space and run it again. A job step that runs out of space abends SB37 instead (SIM1521E).',
  },
  SIM1511E: {
    text: '{0} CANNOT BE WRITTEN - THE FILE SYSTEM IS READ-ONLY OR ELSIM MAY NOT WRITE THERE: {1}',
    explain: 'elsim needs to write in the system directory even to read it: its databases keep write-ahead logs (-wal and -shm files) beside them. The directory is on a read-only file system, or the user has no write permission on it. Nothing was changed. Run elsim where it can write (copy the system directory), or fix the permissions.',
  },
  SIM1512E: {
    text: '{0} IS LOCKED BY ANOTHER PROCESS - GAVE UP AFTER {1} SECONDS',
    explain: 'Another process held the database (a system.db or hardware.db) in a write transaction for longer than elsim waits (ELSIM_CDS_WAIT, default 10 seconds): another elsim command still running, or a program that opened the file. Nothing was changed. Run the command again when the other process has ended.',
  },
  SIM1513E: {
    text: '{0} - I/O ERROR: {1}',
    explain: 'The operating system failed a read or write of the file with an I/O error that is not a full or read-only file system. Nothing the command could not finish was changed. Check the disk.',
  },
  SIM1520E: {
    text: '{0} ENDED - THE FILE SYSTEM FAILED: {1} - CDS CHANGES BACKED OUT',
    explain: 'A SLUADMIN function could not write what it needed (its CDS, a report or manifest data set, a CDS copy): the file system is full, read-only, or failed with an I/O error. Everything the function changed in the CDS was rolled back and the step abends (SB37 for a full file system, S913 for a read-only one, S001 for an I/O error, SIM1521E), so a new data set of the step is deleted by its abnormal disposition. Free space (or fix the file system) and run the job again.',
  },
  SIM1521E: {
    text: 'PROGRAM {0} IN STEP {1} STOPPED: {2} - STEP ABENDED {3}',
    explain: 'The program of the step met a fault of the machine, not of the job: no space left on the file system (abend SB37, as a data set that cannot extend on z/OS), a read-only file system (S913), another I/O error (S001), or a database locked by another process for too long (U4000). The step ends abnormally: what it had changed in a CDS was rolled back, its new data sets get their abnormal disposition (DELETE), later steps are bypassed unless they code COND=EVEN/ONLY, and the job log is still written (the job keeps room for it from its start).',
  },
  SIM1522E: {
    text: 'JOB {0} {1} NOT RUN - ITS SPOOL CANNOT BE STARTED: {2}',
    explain: 'A job keeps room for its job log in its spool staging directory before its first step, so that a disk that fills up while it runs still takes its output. That room could not be had (the file system is full or read-only), so the job was not run, its number was given back, and no later job of the stream was read. Free space and submit again (exit code 74).',
  },
  SIM1523E: {
    text: 'JOB {0} {1} ENDED WITHOUT ITS OUTPUT - {2}',
    explain: 'The job ran, but its output could not be kept (the file system failed while the spool was written, beyond the room the job kept for it). Its spool staging directory was removed and the job is recorded LOST in `elsim jobs`; what its steps committed to a CDS stays committed, as their job log would have said. No later job of the stream was run (exit code 74, 75 for a lock).',
  },
  SIM1531I: {
    text: 'JOB {0} CANCELED BY {1} - {2} AND THE STEPS AFTER IT NOT RUN',
    explain: 'elsim received SIGINT (Ctrl-C) or SIGTERM while the job ran. Like an operator CANCEL it ends the job with system completion code 222 ($HASP395 ENDED - ABEND=S222): the step that was running finishes first (each SLUADMIN function is one CDS transaction, so none is cut in half), the steps after it are not run, and the job log and SYSOUT written so far are kept in the spool. The job is recorded CANCELED. A second signal ends elsim at once (the next command that opens the system cleans up after it).',
  },
  SIM1532I: {
    text: 'JOB {0} {1} CANCELED BY {2} - NO LATER JOB WAS RUN',
    explain: 'The job stream stopped at the cancelled job: no later job of it (and no later file) was read or run. `elsim submit` ends with exit code 130 (SIGINT) or 143 (SIGTERM).',
  },
  SIM1535I: {
    text: 'RECOVERED {0}: REMOVED {1}',
    explain: 'A command opening the system found what a killed run (SIGKILL, a crash, a power loss) left behind and removed it: spool staging directories, data sets\' temporary files, job work directories and staging directories of `dataset copy` or `hardware rebuild` whose process has ended (its pid is gone, or was reused by a process that started later). A leftover of a process still running is never touched. Data sets and spool directories themselves are never half-written (they are renamed into place whole), so nothing of value is removed.',
  },
  SIM1536I: {
    text: 'JOB {0} {1} MARKED LOST - THE PROCESS RUNNING IT ENDED BEFORE THE JOB DID',
    explain: 'The job was still recorded as running (INPUT) but the elsim process running it has ended without finishing it (it was killed, or failed). Its status is now LOST; its spool staging and work directory were removed. What its steps had committed to a CDS stays committed (each SLUADMIN function is one transaction, so a CDS holds each function done or not done); check the CDS with `elsim cds verify` and run the job again if needed.',
  },
  SIM1540I: {
    text: 'MVC MOVE OF {0} FROM {1} TO {2} {3} AFTER AN INTERRUPTION',
    explain: 'An `elsim mvc move` was killed part way; it had recorded its intent on both systems, and this command finished it: the MVCs are in the target system with their contents, and the source CDS records them ejected. A move is finished by any command that opens either system and uses its hardware (submit, sluadmin, clock, mvc move).',
  },
  SIM1541I: {
    text: 'MVC MOVE OF {0} FROM {1} TO {2} UNDONE AFTER AN INTERRUPTION - {3}',
    explain: 'An `elsim mvc move` was killed part way and could not be finished: the source never gave the MVCs up, or the target system is gone or no longer expects them. The move was undone: the MVCs are back in the source system with their contents, and the source CDS records them as before the move. Run the move again.',
  },
  // ── SIM16xx: web console and labs ──────────────────────────────────────
  SIM1600I: {
    text: 'ELSIM CONSOLE OF {0} LISTENING ON {1} - CTRL-C ENDS IT',
    explain: '`elsim serve` serves the web console of the systems named (ST, job output, Tapeplex, VTVs, MVCs, data sets, console, submit) on this address. Open it in a browser on this machine. Ctrl-C (or SIGTERM) stops the console; the systems stay as they are.',
  },
  SIM1601W: {
    text: 'THE CONSOLE LISTENS ON {0}, NOT ONLY ON THIS MACHINE - IT HAS NO LOGIN',
    explain: 'The web console has no users or passwords: anyone who can reach this address can read the systems served, submit jobs and enter operator commands on them. elsim binds to 127.0.0.1 unless --host names another address; do that only on a network you trust (a classroom), never on a public one.',
  },
  SIM1602E: {
    text: 'THE CONSOLE CANNOT LISTEN ON PORT {0} OF {1}: {2}',
    explain: 'The port is in use (another `elsim serve`, another program) or the address is not one of this machine. Choose another port with --port (0 picks a free one) or another --host.',
  },
  SIM1603I: {
    text: 'ELSIM CONSOLE STOPPED',
    explain: 'The web console was stopped (Ctrl-C or SIGTERM). Writes it had started (a job, an operator command) were finished first.',
  },
  SIM1604E: {
    text: 'JOB {0} HAS NO SPOOL DATA SET WITH DSID {1}',
    explain: 'The web console names a job\'s spool data sets by their data set id (DSID, as SDSF\'s JDS panel lists them: 2 JESMSGLG, 3 JESJCL, 4 JESYSMSG, 101 on for SYSOUT). The job has none with this id; its job page lists those it has.',
  },
  SIM1610E: {
    text: 'NO LAB NAMED {0} - THE LABS ARE: {1}',
    explain: 'A lab is a folder of fixtures/labs with a lab.json. `elsim lab list` lists them with their titles.',
  },
  SIM1611E: {
    text: 'LAB {0} IS NOT VALID: {1}',
    explain: 'The lab\'s definition (fixtures/labs/NAME/lab.json) is malformed: a system, goal or check is missing something, names a system the lab does not define, or a check\'s SQL does not run as a read-only query. This is a fault of the lab, not of the trainee\'s work; fix lab.json (its tests play the solution).',
  },
  SIM1612E: {
    text: '{0} IS NOT A LAB DIRECTORY',
    explain: 'A lab directory holds elsim-lab.json, written by `elsim lab start`. `elsim lab check`, `hint` and `reset` look for it in the directory --system names, else in the current directory, else in ./elsim-lab. Start a lab first, or name its directory.',
  },
  SIM1613E: {
    text: '{0} IS NOT EMPTY - A LAB IS STARTED IN A NEW OR EMPTY DIRECTORY',
    explain: 'elsim builds a lab\'s systems in a directory of their own and will not mix them with other files. Name another directory with --system, or use `elsim lab reset` to rebuild the lab already there.',
  },
  SIM1614E: {
    text: 'THE SET-UP OF LAB {0} FAILED AT {1} ({2})',
    explain: 'A step that builds the lab\'s starting point (a job, an operator command, a move of MVCs or data sets) did not end as the lab expects. This is a fault of the lab or of elsim, not of the trainee; what was built is removed again. The lab\'s test plays the same set-up.',
  },
  SIM1615I: {
    text: 'LAB {0} READY IN {1} - SYSTEMS {2}',
    explain: 'The lab\'s systems are built (one directory each inside the lab directory), the decks it hands out are in its jobs/ folder and its task in TASK.md. Work with the usual elsim commands (`--system DIR/NAME`) or the web console; `elsim lab check` says which goals are met.',
  },
  SIM1616I: {
    text: 'ALL GOALS MET - SCORE {0}/{1}{2}',
    explain: 'Every goal of the lab holds on its systems now. The score counts the goals\' points; the hints shown are counted beside it.',
  },
  SIM1617I: {
    text: '{0} OF {1} GOALS MET - SCORE {2}/{3}{4}',
    explain: 'Some goals of the lab do not hold yet; each is listed with what the systems show. `elsim lab hint` gives the next hint for the first goal not met.',
  },
  SIM1618I: {
    text: 'LAB {0} REBUILT IN {1}',
    explain: '`elsim lab reset` removed the lab\'s systems, jobs/ and TASK.md and built them again as `lab start` does; other files in the lab directory stay. The hints shown are forgotten.',
  },
});

export type SimId = keyof typeof sim.defs;

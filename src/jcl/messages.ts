/**
 * The converter's messages: the IEFC family (z/OS converter) and the IEF6xxI syntax messages the
 * interpreter gives for bad subparameters. Both stop the job before any step runs, so they live
 * with the converter rather than with the JES runner's allocation and step messages.
 * Ids and texts follow z/OS MVS System Messages where known; the explanations are elsim's.
 */
import { catalogue } from '../core/catalogue.js';

export const iefc = catalogue({
  IEFC001I: {
    text: 'PROCEDURE {0} WAS EXPANDED USING {1}',
    explain: 'Informational: the EXEC called a procedure, found in-stream or in the library named, and its statements were added to the job.',
  },
  IEFC002I: {
    text: 'INCLUDE GROUP {0} WAS EXPANDED USING {1}',
    explain: 'Informational: an INCLUDE statement was replaced by the statements of the member named.',
  },
  IEFC019I: {
    text: 'MISPLACED {0} STATEMENT',
    explain: 'The statement is not allowed where it stands: a DD before the first EXEC (other than JOBLIB, JOBCAT and SYSCHK), a JCLLIB after an EXEC, a second JCLLIB, a PEND with no PROC, an ELSE or ENDIF with no IF, an XMIT that does not follow the JOB statement directly, a job-group statement (GJOB, JOBSET, SJOB, AFTER …) inside a job rather than between JOBGROUP and ENDGROUP. Without a JOB statement (and with --strict) the first statement is reported this way. The job is not run.',
  },
  IEFC452I: {
    text: '{0} - JOB NOT RUN - JCL ERROR',
    explain: 'The converter found errors (listed in JESYSMSG by statement number); no step of the job was run.',
  },
  IEFC605I: {
    text: 'UNIDENTIFIED OPERATION FIELD',
    explain: 'The word after the name is not a JCL operation (JOB, EXEC, DD, SET, IF …). Usual causes: a misspelled operation, a blank lost between the name and the operation (`//STEPLIBDD DSN=…`), or a missing comma on the previous card so that a continuation (`//  DISP=SHR`) was read as a statement of its own.',
  },
  IEFC607I: {
    text: 'JOB HAS NO STEPS',
    explain: 'The job contains no EXEC statement (or every EXEC was in error), so there is nothing to run.',
  },
  IEFC611I: {
    text: 'OVERRIDDEN STEP {0} NOT FOUND IN PROCEDURE {1}',
    explain: 'A `pstep.ddname` DD or a `keyword.pstep=` EXEC override names a step the procedure does not have.',
  },
  IEFC612I: {
    text: 'PROCEDURE {0} WAS NOT FOUND',
    explain: 'The EXEC names a procedure that is neither in-stream nor a member of a JCLLIB ORDER library or of the system procedure libraries.',
  },
  IEFC614I: {
    text: 'INCLUDE GROUP {0} WAS NOT FOUND',
    explain: 'The INCLUDE names a member that is in none of the JCLLIB ORDER or system procedure libraries.',
  },
  IEFC620I: {
    text: 'UNIDENTIFIABLE CHARACTER {0} ON THE {1} STATEMENT',
    explain: 'A character outside the JCL character set appears outside apostrophes. Enclose the value in apostrophes or remove the character. In an IF condition the operators ¬ (also written ^ or !), |, &, <, > and = are allowed as well.',
  },
  IEFC621I: {
    text: 'EXPECTED CONTINUATION NOT RECEIVED',
    explain: 'The previous card ended with a comma (or inside apostrophes), so the next card had to be a continuation: `//` in columns 1-2, a blank in column 3 and the text resuming in columns 4-16. The card shown is what came instead. A quoted value that runs to column 71 must go on in column 16 exactly, as the z/OS MVS JCL Reference gives it ("continue the parameter in column 16 of the following statement"); what z/OS does with one that goes on earlier (column 4-15) could not be confirmed, so elsim keeps the stricter reading: it reports this message at the first character and reads the value from there.',
  },
  IEFC622I: {
    text: 'UNBALANCED PARENTHESIS IN THE {0} FIELD',
    explain: 'A left parenthesis has no matching right parenthesis, or the other way round.',
  },
  IEFC627I: {
    text: 'INCORRECT USE OF APOSTROPHE IN THE {0} FIELD',
    explain: 'An apostrophe is not where a quoted value may start or end. Code an apostrophe inside a quoted value as two apostrophes.',
  },
  IEFC630I: {
    text: 'UNIDENTIFIED KEYWORD {0} ON THE {1} STATEMENT',
    explain: 'The keyword is not a parameter of this statement (misspelled, or belongs to another statement), or a positional parameter was coded after a keyword parameter.',
  },
  IEFC631I: {
    text: 'DUPLICATE KEYWORD {0} ON THE {1} STATEMENT',
    explain: 'The same keyword parameter (or two spellings of it, such as DSN and DSNAME) is coded twice on one statement.',
  },
  IEFC653I: {
    text: 'SUBSTITUTION JCL - {0}',
    explain: 'Informational, in the JESJCL listing: the statement as it reads after its symbols were replaced.',
  },
  IEFC657I: {
    text: 'THE SYMBOL {0} WAS NOT USED',
    explain: 'The EXEC that called a procedure assigns a symbol the procedure never refers to (often a misspelled symbol name).',
  },
  IEFC662I: {
    text: 'INVALID LABEL',
    explain: 'The name field is not 1-8 characters from A-Z, 0-9, @ # $ starting with a non-digit. A name longer than 8 characters usually means the blank between the name and the operation was lost (`//CREATECFGEXEC PGM=…`).',
  },
  IEF642I: {
    text: 'EXCESSIVE PARAMETER LENGTH IN THE {0} FIELD',
    explain: 'A value is longer than the parameter allows: programmer name 20, accounting 143, PARM 100, DSNAME 44 (qualifiers 8), a name 8 characters, and the value given to a JCL symbol (on SET, PROC or a procedure call) 255 characters after its apostrophes are removed — the field named is then the symbol, and the symbol keeps its previous value. The limit of 255 is documented by IBM; that z/OS reports it with this message id could not be confirmed.',
  },
  IEF643I: {
    text: 'UNIDENTIFIED POSITIONAL PARAMETER IN THE {0} FIELD',
    explain: 'A subparameter is not one of the values allowed in that position, e.g. DISP=(SHARE) or COND=(4,LESS).',
  },
  IEF644I: {
    text: 'INVALID NUMERIC IN THE {0} FIELD',
    explain: 'A subparameter that must be a number is not one, e.g. SPACE=(CYL,x) or COND=(A,LT).',
  },
});

export type IefcId = keyof typeof iefc.defs;

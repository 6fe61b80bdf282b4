/**
 * The SIM family: messages elsim itself issues where no real z/OS or ELS message exists —
 * leniencies (an informational note where a real system may be stricter), emulator limits and
 * system-directory problems. Ranges: SIM01xx JCL converter, SIM02xx JES runner and catalog,
 * SIM03xx SLUADMIN shell, SIM04xx CDS and utilities, SIM05xx CLI, system and demo.
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
  // ── SIM02xx: JES runner, catalog ──────────────────────────────────────
  // ── SIM03xx: SLUADMIN shell ──────────────────────────────────────────
  // ── SIM04xx: CDS and utilities ───────────────────────────────────────
  // ── SIM05xx: CLI, system directory, demo ─────────────────────────────
  SIM0501I: {
    text: 'NO SYSTEM IN {0} - THE DEMO TAPEPLEX WAS BUILT THERE',
    explain: 'A command that needs a system found none in the system directory, so it built the embedded demo tapeplex there first (`elsim init --demo`).',
  },
});

export type SimId = keyof typeof sim.defs;

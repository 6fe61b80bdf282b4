/**
 * The SLS family: every message SLUADMIN and its utilities print on SLSPRINT. Ids and texts
 * follow the ELS message manual where it is known; the explanation is elsim's.
 * Sections: the shell (parser, listing, condition codes) first, then one section per utility.
 * Add entries in your section; keep ids sorted within it.
 */
import { catalogue } from '../core/catalogue.js';

export const sls = catalogue({
  // ── shell: statement parsing and condition codes ──────────────────────
  SLS0001I: { text: 'Invalid Command {0}', explain: 'The verb is not a SLUADMIN utility function. The statement is not run; condition code 12 and the rest of SLSIN is not processed. Inside a CONFIG deck, a statement that is not a CONFIG statement makes CONFIG refuse its deck instead (condition code 8). A real function elsim does not emulate gets SIM0307I.' },
  SLS0002I: { text: 'Keyword {0} must have a value for {1} command', explain: 'A keyword that takes a value was coded without one, or its value could not be read as that keyword\'s kind of value (not a volser or volser range, out of range, not one of the allowed values, too long, too many values); also a required keyword (or every one of a group of which one is required, shown as A|B) is missing. elsim adds a SIM0316I line saying which value and why. The function is not run; condition code 8 and the next statement is processed.' },
  SLS0003I: { text: 'No value allowed for keyword {0} on {1} command', explain: 'A keyword that takes no value was given one. The function is not run; condition code 8.' },
  SLS0004I: { text: '{0} mutually exclusive with {1} for {2} command', explain: 'Two parameters that cannot be coded together were both coded. The function is not run; condition code 8.' },
  SLS0005I: { text: 'Parameter error on {0} for {1} command', explain: 'The command has no parameter of this name: a misspelling, an abbreviation shorter than the minimum (the upper-case part of the name in the manual, VOL for VOLser), an abbreviation that fits two parameters, a parameter coded twice, or (for SET) an option SET does not have. The function is not run; condition code 8.' },
  SLS0006I: { text: 'Syntax error at parm offset {0} for {1} command -----{2}', explain: 'The statement could not be read: unbalanced parentheses or apostrophes, a blank missing between parameters, a character outside the statement alphabet. The offset counts from the first character after the verb; the text shown is where reading stopped (the end of the statement when the error is there). The function is not run; condition code 8.' },
  SLS0155I: { text: 'Condition code for utility function is {0}', explain: 'Ends every function\'s section on SLSPRINT. The step return code is the highest of these: 0 normal, 4 warning, 8 the function failed (later statements still processed), 12 nothing more was processed.' },
  SLS0241I: { text: 'Invalid utility control statement {0}', explain: 'The statement could not be recognised as a control statement: it does not start with a command name, or it is longer than 32,767 characters. Condition code 12; the rest of SLSIN is not processed.' },
  // ── utilities: one section per utility below ──────────────────────────
  // ── EXPORT, IMPORT ─────────────────────────────────────────────────────
  // ── MVCMAINT, VTVMAINT, SCRATCH, SET VAULT/VAULTVOL ────────────────────
  // ── DRMON, MIGRATE, AUDIT ──────────────────────────────────────────────
  // ── DRTEST, ACTMVCGN, DRCHKPT, BACKUP ──────────────────────────────────
});

export type SlsId = keyof typeof sls.defs;

/**
 * The SLS family: every message SLUADMIN and its utilities print on SLSPRINT. Ids and texts
 * follow the ELS message manual where it is known; the explanation is elsim's.
 * Sections: the shell (parser, listing, condition codes) first, then one section per utility.
 * Add entries in your section; keep ids sorted within it.
 */
import { catalogue } from '../core/catalogue.js';

export const sls = catalogue({
  // ── shell: statement parsing and condition codes ──────────────────────
  SLS0001I: { text: 'Invalid Command {0}', explain: 'The verb is not a SLUADMIN utility (or not one elsim emulates). The statement is not run; condition code 12 and the rest of SLSIN is not processed.' },
  SLS0002I: { text: 'Keyword {0} must have a value for {1} command', explain: 'A keyword that takes a value was coded without one, or its value could not be read. Condition code 8; the next statement is processed.' },
  SLS0003I: { text: 'No value allowed for keyword {0} on {1} command', explain: 'A keyword that takes no value was given one. Condition code 8.' },
  SLS0004I: { text: '{0} mutually exclusive with {1} for {2} command', explain: 'Two parameters that cannot be coded together were both coded. Condition code 8.' },
  SLS0005I: { text: 'Parameter error on {0} for {1} command', explain: 'A parameter is unknown to the command, or its value has the wrong form (not a volser, out of range, not one of the allowed values). Condition code 8.' },
  SLS0006I: { text: 'Syntax error at parm offset {0} for {1} command -----{2}', explain: 'The statement could not be read: unbalanced parentheses or quotes, a stray character. The offset counts from the first operand. Condition code 8.' },
  SLS0155I: { text: 'Condition code for utility function is {0}', explain: 'Ends every function\'s section on SLSPRINT. The step return code is the highest of these.' },
  SLS0241I: { text: 'Invalid utility control statement {0}', explain: 'The statement could not be recognised as a control statement (or is longer than 32,767 characters). Condition code 12; the rest of SLSIN is not processed.' },
  // ── utilities: one section per utility below ──────────────────────────
});

export type SlsId = keyof typeof sls.defs;

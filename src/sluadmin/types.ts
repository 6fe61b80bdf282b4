/**
 * The contract between the SLUADMIN shell (src/sluadmin: reader, grammar, schema validation,
 * dispatcher, SLSPRINT) and the utilities (src/utilities/<name>/).
 */
import type { VolRange } from '../cds/volserRange.js';
import type { CardPos } from '../core/Diagnostic.js';
import type { StepContext } from '../program/contract.js';

/** A value as coded on a control statement, after the generic grammar. */
export type SlsValue = string | SlsValue[];

/** One operand of a statement: `VOLSER(A00000-A00099)`, `MAXVTV=65000`, `NOUPDATE`, `ADD`. */
export interface SlsOperand {
  /** Keyword as coded (upper-cased); for a bare word, the word itself. */
  keyword: string;
  /** Values in parentheses or after `=`; undefined for a bare word. */
  values?: SlsValue[];
  form: 'paren' | 'equals' | 'bare';
  pos: CardPos;
}

/** One logical control statement: its cards joined (continuations resolved). */
export interface SlsStatement {
  /** The verb as coded (upper-cased). */
  verb: string;
  operands: SlsOperand[];
  /** The joined text, for messages. */
  text: string;
  /** First card of the statement. */
  pos: CardPos;
  /** Every card that made it up, for the listing. */
  cards: CardPos[];
}

export type ParamType =
  | 'flag' // bare keyword, no value
  | 'name' // one name (class, pool, vtss, host …)
  | 'nameList' // one or more names
  | 'volser' // one volser
  | 'volList' // volsers and ranges
  | 'int' // integer within min..max
  | 'enum' // one of values
  | 'hex' // hex digits (ACS ids, device numbers)
  | 'string' // free text, quoted or not (DESC('DR Vault'))
  | 'ddname' // a DD name (MANIFEST(MOVE1))
  | 'dsn'; // a data set name, with an optional (member): DSN(HLQ.PARMS(MGMT))

export interface ParamSpec {
  /** Name in the manual's mixed case: the upper-case prefix is the shortest abbreviation (`VOLser`). */
  name: string;
  /** Other accepted spellings (full or mixed case): `VTV` for `VTVid`. */
  aliases?: string[];
  type: ParamType;
  /** For enum: the allowed values, in the manual's mixed case (abbreviations as for names). */
  values?: string[];
  /** For int: the value range. For name, nameList items, string and hex: the length range. */
  min?: number;
  max?: number;
  /** For nameList/volList: how many items at most. */
  maxItems?: number;
  required?: boolean;
  /** Default applied when absent. */
  default?: string | number | boolean;
}

/** Which CDS a function works on. 'active': HSC's (or SLSCNTL); 'slscntl': only an SLSCNTL DD; 'none': opens no CDS. */
export type CdsUse = 'active' | 'slscntl' | 'none';

export interface UtilitySchema<C extends CdsUse = CdsUse> {
  /** Verb in mixed case (`SCRAtch`); for a SET option, `SET` + option (`SET VOLPARM`). */
  verb: string;
  aliases?: string[];
  params: ParamSpec[];
  /** Groups of parameter names of which at most one may be coded (SLS0004I). */
  exclusive?: string[][];
  /** Groups of which exactly one must be coded (SLS0002I-style message when none). */
  oneOf?: string[][];
  /**
   * For a deck utility (CONFIG): statements that follow it in SLSIN and belong to it, each with
   * its own schema. The deck ends at the first statement that is not one of these.
   */
  deck?: UtilitySchema[];
  /** Title of the function's SLSPRINT section. */
  title: string;
  /** Needs active HSC/VTCS (without SLSCNTL): refuse with RC 12 when the system says it is down. */
  needsHsc?: boolean;
  /** Which CDS the utility works on (CdsUse). */
  cds: C;
  /** Reads but never writes the CDS (reports): run in a read transaction. */
  readOnly?: boolean;
}

/** Validated operand values, keyed by the ParamSpec.name upper-cased (`VOLSER`). */
export type ParamValue = true | string | number | string[] | VolRange[];

export interface ValidatedStatement {
  schema: UtilitySchema;
  statement: SlsStatement;
  values: Map<string, ParamValue>;
  /** For a deck utility, its sub-statements in order. */
  deck: ValidatedStatement[];
}

/** Where a utility writes its part of SLSPRINT. */
export interface Report {
  /** A report line (no carriage control; the writer pages it). */
  line(text?: string): void;
  /**
   * A message from the SLS catalogue (or elsim's SIM catalogue), with inserts: printed as
   * `SLS0155I Condition code …`. An id in neither catalogue is a bug (the function ends with
   * SIM0315E).
   */
  message(id: string, ...inserts: (string | number)[]): void;
  /** Starts a new page with these column headings repeated on later pages of the section. */
  headings(lines: string[]): void;
}

export interface UtilityContext {
  step: StepContext;
  report: Report;
  /** The open CDS, in the function's transaction. Typed in src/cds. */
  cds: import('../cds/Cds.js').Cds;
  now: Date;
  /** PARM=MIXED given: message and report text may be mixed case. */
  mixed: boolean;
}

/**
 * What a function ended with. The dispatcher commits the CDS transaction when rc < 8 and
 * `rollback` is not set, and rolls it back otherwise: a refused or validate-only run leaves the
 * CDS as it was.
 */
export interface UtilityOutcome {
  rc: number;
  rollback?: boolean;
}

/** What a function that opens no CDS (schema cds: 'none', DRMON) is given. */
export type BareUtilityContext = Omit<UtilityContext, 'cds'>;

/** A function on a CDS: the dispatcher opens it before the run, so `ctx.cds` is always there. */
export interface CdsUtility {
  schema: UtilitySchema<'active' | 'slscntl'>;
  run: (ctx: UtilityContext, stmt: ValidatedStatement) => UtilityOutcome;
}

/** A function that opens no CDS. */
export interface BareUtility {
  schema: UtilitySchema<'none'>;
  run: (ctx: BareUtilityContext, stmt: ValidatedStatement) => UtilityOutcome;
}

export type Utility = CdsUtility | BareUtility;

export function isBareUtility(u: Utility): u is BareUtility {
  return u.schema.cds === 'none';
}

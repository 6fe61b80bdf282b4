/**
 * The converter's output: a job as JES2 would run it, after card reading, continuation,
 * symbol substitution, PROC/INCLUDE expansion and overrides. No ohm types leak past here.
 * This file is the contract between src/jcl (producer) and src/jes (consumer).
 */
import type { CardPos, Diagnostic } from '../core/Diagnostic.js';

/** A raw operand value as coded: a string, or a parenthesised list of values (sub-parameters). */
export type JclValue = string | JclValue[];

/** One keyword operand: `DISP=(NEW,CATLG)` → {key:'DISP', value:['NEW','CATLG']}. */
export interface JclKeyword {
  key: string;
  value: JclValue;
  /** Position of the keyword on its card. */
  pos: CardPos;
}

/** One line of the JESJCL listing. */
export interface ListingLine {
  /** Statement number for numbered statements; undefined for continuation, comment and IEFC653I lines. */
  stmt?: number;
  /** `//`, `XX`, `X/`, `++`, `+/`, or '' for message lines (IEFC653I …). */
  prefix: string;
  /** The card text after the prefix (columns 3-72 of a `//` card), or the message line. */
  text: string;
}

export type DispStatus = 'NEW' | 'OLD' | 'SHR' | 'MOD';
export type DispAction = 'DELETE' | 'KEEP' | 'PASS' | 'CATLG' | 'UNCATLG';

/** DISP as coded; undefined parts were not coded (the runner applies the defaults). */
export interface Disp {
  status?: DispStatus;
  normal?: DispAction;
  abnormal?: DispAction;
}

/** One data set of a DD (a concatenation has several). */
export type DdSpec =
  | {
      kind: 'dataset';
      /** Upper-cased DSN without member or generation, e.g. `HLQ.SEALINK`. `&&T` temporaries keep their `&&`. */
      dsn: string;
      member?: string;
      /** Relative generation of a GDG, `(+1)` → 1, `(0)` → 0. */
      generation?: number;
      temporary: boolean;
      disp: Disp;
    }
  | { kind: 'backref'; step: string; procStep?: string; dd: string; disp: Disp }
  | { kind: 'sysout'; class: string /* '*' means MSGCLASS */ }
  | { kind: 'dummy' }
  /** In-stream data (`DD *` / `DD DATA`): records keep all 80 columns, trailing blanks trimmed. */
  | { kind: 'instream'; records: string[]; dlm?: string; data: boolean; /** Where the first record is in the JCL (record n on line first.line + n - 1). */ first?: CardPos };

export interface JclDd {
  /** DD name (upper case). For a concatenation, the name of the first DD. */
  ddname: string;
  stmt: number;
  pos: CardPos;
  specs: DdSpec[];
  /** All keywords as coded (after overrides), for parameters the runner does not interpret (DCB, SPACE, UNIT …). */
  keywords: JclKeyword[];
}

/** One COND test on EXEC: bypass if `code op RC` holds for the step (or any step). */
export interface CondTest {
  code: number;
  op: 'GT' | 'GE' | 'EQ' | 'LT' | 'LE' | 'NE';
  step?: string;
  procStep?: string;
}

export interface ExecCond {
  tests: CondTest[];
  even: boolean;
  only: boolean;
}

/** IF/THEN expression tree (relational-expression keywords of the IF statement). */
export type IfExpr =
  | { op: 'and' | 'or'; left: IfExpr; right: IfExpr }
  | { op: 'not'; expr: IfExpr }
  | { op: 'cmp'; left: IfOperand; rel: 'GT' | 'GE' | 'EQ' | 'LT' | 'LE' | 'NE'; right: IfOperand }
  /** A bare keyword used as a condition: ABEND, step.ABEND, step.RUN, ¬ABEND … */
  | { op: 'test'; operand: IfOperand };

export type IfOperand =
  | { kind: 'number'; value: number }
  | { kind: 'RC'; step?: string; procStep?: string }
  | { kind: 'ABEND'; step?: string; procStep?: string }
  | { kind: 'RUN'; step: string; procStep?: string }
  | { kind: 'ABENDCC'; step?: string; procStep?: string }
  /** The code compared with ABENDCC: S806, U0100. */
  | { kind: 'abendcode'; value: string };

/** The IF clauses a step sits in, outermost first: the step runs only if each holds (negated in ELSE). */
export interface IfContext {
  expr: IfExpr;
  /** true when the step is in the ELSE clause. */
  negate: boolean;
  /** Statement number of the IF, for IEF206I. */
  stmt: number;
}

export interface JclStep {
  /** Step name as JES2 reports it: the job step name (the calling EXEC's name for PROC steps). */
  name: string;
  /** Procedure step name when the step came from a PROC. */
  procStep?: string;
  /** Name of the procedure this step came from. */
  procName?: string;
  program: string;
  /** PARM as the program receives it: enclosing apostrophes or parentheses removed (the converter's job). */
  parm: string;
  cond?: ExecCond;
  ifs: IfContext[];
  dds: JclDd[];
  stmt: number;
  pos: CardPos;
  keywords: JclKeyword[];
}

export interface JobParams {
  /** Accounting field and programmer name, as coded. */
  accounting?: JclValue;
  programmer?: string;
  class: string;
  msgclass: string;
  msglevel: [number, number];
  notify?: string;
  typrun?: string;
  cond?: CondTest[];
  /** Every keyword as coded. */
  keywords: JclKeyword[];
}

export interface JclJob {
  name: string;
  /** false when the stream had no JOB card and elsim supplied one (ELS message says so). */
  jobCard: boolean;
  params: JobParams;
  steps: JclStep[];
  /** The JESJCL listing. */
  listing: ListingLine[];
  /** Everything the converter said: IEFC errors (severity error) mean the job is not run. */
  diagnostics: Diagnostic[];
  /** Cards read for this job (for the JES2 statistics). */
  cardsRead: number;
  pos: CardPos;
  /**
   * The job sends records to another node (`/*XMIT`, or the XMIT statement): they are counted, not
   * converted, and nothing runs here (elsim has no network job entry).
   */
  transmit?: { dest: string; records: number };
  /** Not a job: a JES2 job group (JOBGROUP … ENDGROUP), read and checked; nothing runs. */
  group?: JobGroup;
}

/** A JES2 job group: the jobs it names and the dependencies between them. */
export interface JobGroup {
  name: string;
  /** GJOB and SJOB names, in order. */
  jobs: string[];
  /** JOBSET names. */
  sets: string[];
  dependencies: { job: string; kind: 'AFTER' | 'BEFORE' | 'CONCURRENT'; names: string[] }[];
}

export interface ConvertOptions {
  /** File name used in positions and to name a job that has no JOB card. */
  file: string;
  /** Submitting user for &SYSUID (default ELSIM). */
  userid?: string;
  /** Without a JOB card: refuse (strict) instead of supplying one. */
  strict?: boolean;
  /** Resolves JCLLIB libraries and the system PROCLIB: returns the member's text or undefined. */
  readMember?: (library: string, member: string) => string | undefined;
  /** Libraries searched after JCLLIB ORDER (the system PROCLIB concatenation). */
  procLibs?: string[];
}

export interface ConvertResult {
  jobs: JclJob[];
  /** Problems not tied to one job (empty input, cards before the first JOB …). */
  diagnostics: Diagnostic[];
}

/** A job step while its job is expanded: the step so far and its DD statements, not yet resolved into DD specs. */
import type { Param } from './parseOperands.js';
import type { ParsedStatement } from './parseStatement.js';
import type { InstreamData } from './readStatements.js';
import type { JclStep } from './types.js';

export interface DdEntry {
  ps: ParsedStatement;
  params: Param[];
  data?: InstreamData;
  /** Symbols for `DD *,SYMBOLS=`: the exported JCL symbols at that point. */
  dataSymbols?: ReadonlyMap<string, string>;
}

export interface DdNode {
  name: string;
  entries: DdEntry[];
}

export interface StepBuild {
  step: JclStep;
  nodes: DdNode[];
}

/**
 * The operator console as data: a command's words in, the lines a console shows (and the same
 * answer as data for --json) out. The console sees the system through a ConsoleContext: the CDS
 * HSC has active, the simulated hardware, the simulated time and a few facts of the system it
 * runs on. It never touches argv, stdout or the wall clock.
 */
import type { Cds } from '../cds/Cds.js';
import type { SimulatedHardware } from '../sim/types.js';
import type { DatasetReader, SmcDefinitions } from '../smc/SmcDefinitions.js';
import type { CommandWord } from './parseCommand.js';

export interface ConsoleContext {
  /** The CDS HSC has open (the system's active CDS). */
  cds: Cds;
  /** Its data set name, and the other catalog names that stand for the same CDS (copies). */
  cdsDsn: string;
  cdsAliases: string[];
  hardware: SimulatedHardware;
  /** The simulated time of the command. */
  now: Date;
  /** The host id this system stands for (the first host of the CDS), for the HOST columns. */
  host: string;
  /** Whether HSC/VTCS is active on the system. */
  hscActive: boolean;
  /** SMC on this system: its definitions, and where its commands and READ data sets come from. */
  smc?: SmcConsole;
}

export interface SmcConsole {
  definitions(): SmcDefinitions;
  save(d: SmcDefinitions): void;
  readDataset: DatasetReader;
}

export interface ConsoleResponse {
  /** 0 done (or shown), 4 done with a warning, 8 refused or in error. */
  rc: number;
  /** The lines the console shows, the first one a message with its id. */
  lines: string[];
  /** The answer as data (the --json form). */
  data: Record<string, unknown>;
  /** The command changed the state of the tapeplex (the caller lets due work complete). */
  changed?: boolean;
  /** Who answered, for the system log: HSC (the default) or SMC. */
  issuer?: 'HSC' | 'SMC';
}

/** One console command: the words after the verb (and object, for Display/VARY) are its operands. */
export type CommandHandler = (ctx: ConsoleContext, operands: CommandWord[], text: string) => ConsoleResponse;

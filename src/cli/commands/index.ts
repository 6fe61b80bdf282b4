/** Every elsim command, as yargs command modules. */
import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import type { SetExit } from './SetExit.js';
import { initCommand } from './initCommand.js';
import { submitCommand } from './submitCommand.js';
import { checkCommand } from './checkCommand.js';
import { sluadminCommand } from './sluadminCommand.js';
import { cdsCommand } from './cdsCommand.js';
import { testCommand } from './testCommand.js';
import { explainCommand } from './explainCommand.js';
import { clockCommand } from './clockCommand.js';
import { mvcCommand } from './mvcCommand.js';
import { operCommand } from './operCommand.js';
import { drsystemCommand } from './drsystemCommand.js';
import { datasetCommand } from './datasetCommand.js';
import { jobsCommand } from './jobsCommand.js';
import { jobCommand } from './jobCommand.js';
import { serveCommand } from './serveCommand.js';
import { labCommand } from './labCommand.js';
import { smcCommand } from './smcCommand.js';
import { partnerCommand } from './partnerCommand.js';
import { tmsCommand } from './tmsCommand.js';
import { hardwareCommand } from './hardwareCommand.js';

// yargs' CommandModule generics do not compose across commands with different options.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function commands(io: Io, setExit: SetExit): CommandModule<any, any>[] {
  return [
    initCommand(io, setExit),
    submitCommand(io, setExit),
    checkCommand(io, setExit),
    sluadminCommand(io, setExit),
    cdsCommand(io, setExit),
    testCommand(io, setExit),
    explainCommand(io, setExit),
    clockCommand(io, setExit),
    mvcCommand(io, setExit),
    datasetCommand(io, setExit),
    operCommand(io, setExit),
    drsystemCommand(io, setExit),
    jobsCommand(io, setExit),
    jobCommand(io, setExit),
    serveCommand(io, setExit),
    labCommand(io, setExit),
    smcCommand(io, setExit),
    partnerCommand(io, setExit),
    tmsCommand(io, setExit),
    hardwareCommand(io, setExit),
  ];
}

/**
 * The command line: yargs wiring only. Each command calls one application function from
 * src/app with an Io; this file maps what comes back (or is thrown) to an exit code.
 */
import yargs from 'yargs';
import type { Argv } from 'yargs';
import { ElsimError, InternalError, UsageError } from '../core/errors.js';
import { EXIT_INTERNAL, EXIT_USAGE, exitCodeForError } from '../core/exitCodes.js';
import type { Io } from '../core/Io.js';
import { setBusyTimeout } from '../core/openDatabase.js';
import { commands } from './commands/index.js';
import type { SetExit } from './commands/SetExit.js';
import { processIo } from './processIo.js';

/** Builds the parser; exported so tests can drive the CLI in-process. */
export function buildParser(argv: string[], io: Io, setExit: SetExit): Argv {
  const parser = yargs(argv)
    .scriptName('elsim')
    .usage('$0 <command> [options]\n\nRun StorageTek ELS SLUADMIN jobs and JCL on a simulated tapeplex.')
    .command(commands(io, setExit))
    .demandCommand(1, 'Name a command (see --help).')
    .strict()
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version(false)
    .wrap(Math.min(100, process.stdout.columns || 100))
    .showHelpOnFail(false)
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      throw new UsageError(msg);
    });
  skipHelpCache(parser);
  return parser;
}

/**
 * yargs renders a command's whole help text after running its handler, to show it should the
 * command fail later; elsim never shows help on a failure (showHelpOnFail(false)), so that work,
 * a good part of a short command's time, is skipped. `--help` renders help as before.
 */
function skipHelpCache(parser: Argv): void {
  const internal = parser as unknown as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } };
  const usage = internal.getInternalMethods?.().getUsageInstance?.();
  if (usage?.cacheHelpMessage) usage.cacheHelpMessage = () => undefined;
}

/** Runs one command line; returns the exit code (also set on process.exitCode by bin/elsim). */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let code = 0;
  try {
    // With a parse callback yargs hands over what it would print (help, usage) instead of printing it.
    let output = '';
    await buildParser(argv, io, (c) => { code = c; }).parseAsync(argv, {}, (_err, _args, out) => { output = out; });
    if (output) io.out(output);
    return code;
  } catch (e) {
    return reportError(e, io);
  }
}

function reportError(e: unknown, io: Io): number {
  if (e instanceof UsageError) {
    io.err(`elsim: ${e.message}`);
    io.err('Run `elsim --help` for the commands and `elsim <command> --help` for their options.');
    return EXIT_USAGE;
  }
  if (e instanceof ElsimError) {
    io.err(`elsim: ${e.id} ${e.message}`);
    return exitCodeForError(e);
  }
  const err = e instanceof Error ? e : new InternalError(String(e));
  io.err(`elsim: internal error: ${err.message}`);
  io.err('This is a bug in elsim. Re-run with ELSIM_DEBUG=1 for the stack trace and report it with the input that caused it.');
  if (process.env['ELSIM_DEBUG']) io.err(err.stack ?? '');
  return EXIT_INTERNAL;
}

/** Entry point used by bin/elsim. */
export async function main(argv: string[]): Promise<void> {
  // A reader that goes away (`elsim … | head`) is not an error: stop quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  // ELSIM_CDS_WAIT: seconds a job waits for the CDS reserve held by another job (default 10).
  const wait = Number(process.env['ELSIM_CDS_WAIT']);
  if (process.env['ELSIM_CDS_WAIT'] !== undefined && Number.isFinite(wait) && wait >= 0) setBusyTimeout(Math.round(wait * 1000));
  process.exitCode = await runCli(argv, processIo());
}

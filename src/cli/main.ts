/**
 * The command line: yargs wiring only. Each command calls one application function from
 * src/app with an Io; this file maps what comes back (or is thrown) to an exit code, and says
 * what was wrong with a command line: an unknown option by name (before any other complaint), an
 * unknown command with only the close ones suggested.
 */
import { createRequire } from 'node:module';
import yargs from 'yargs';
import type { Argv } from 'yargs';
import { ElsimError, InternalError, UsageError } from '../core/errors.js';
import { EXIT_INTERNAL, EXIT_USAGE, exitCodeForError } from '../core/exitCodes.js';
import type { Io } from '../core/Io.js';
import { errorJson } from '../core/jsonOutput.js';
import { busyTimeout, setBusyTimeout } from '../core/openDatabase.js';
import { environmentError } from '../core/environmentFault.js';
import { commands } from './commands/index.js';
import type { SetExit } from './commands/SetExit.js';
import { processIo } from './processIo.js';
import { closeNames } from './suggest.js';

/** The version in package.json (dist/src/cli → the package root). */
export function elsimVersion(): string {
  const pkg = createRequire(import.meta.url)('../../../package.json') as { version: string };
  return pkg.version;
}

/** What runCli learns while parsing: the command being run (for --json error documents). */
interface RunState {
  command?: string;
}

/** Builds the parser; exported so tests can drive the CLI in-process. */
export function buildParser(argv: string[], io: Io, setExit: SetExit, state: RunState = {}): Argv {
  const parser: Argv = yargs(argv)
    .scriptName('elsim')
    .usage('$0 <command> [options]\n\nRun StorageTek ELS SLUADMIN jobs and JCL on a simulated tapeplex.')
    .command(commands(io, setExit))
    .middleware((a) => {
      state.command = a._.map(String).join(' ');
    })
    .demandCommand(1, 'Name a command (see --help).')
    .strict()
    .help()
    .alias('h', 'help')
    .version(elsimVersion())
    .wrap(Math.min(100, process.stdout.columns || 100))
    .showHelpOnFail(false)
    .exitProcess(false)
    .fail((msg, err) => {
      if (err && !msg) throw err;
      throw usageProblem(parser, argv, msg ?? err?.message ?? 'bad command line', state);
    });
  skipHelpCache(parser);
  return parser;
}

interface YargsInternals {
  getInternalMethods(): {
    getContext(): { commands: string[]; fullCommands: string[] };
    getCommandInstance(): { getCommands(): string[] };
  };
  getOptions(): { key: Record<string, unknown>; alias: Record<string, string[]>; boolean: string[] };
}

const camel = (s: string): string => s.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

/**
 * A clearer account of a failed command line than yargs gives. yargs stops at the first rule
 * broken, in its own order: `submit --bogus job.jcl` reads job.jcl as the value of --bogus and
 * then complains of a missing file. Here unknown options come first, then an unknown command
 * (with the close names only), then yargs' own message.
 */
function usageProblem(parser: Argv, argv: string[], msg: string, state: RunState): UsageError {
  const y = parser as unknown as YargsInternals;
  const context = y.getInternalMethods().getContext();
  const path = context.commands;
  const level = y.getInternalMethods().getCommandInstance().getCommands();
  const opts = y.getOptions();
  const known = new Set<string>();
  for (const k of Object.keys(opts.key)) known.add(k).add(camel(k));
  for (const [k, as] of Object.entries(opts.alias)) for (const a of [k, ...as]) known.add(a).add(camel(a));
  const booleans = new Set(opts.boolean);
  const unknown: string[] = [];
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const t = argv[i]!;
    if (t === '--') break;
    if (t.startsWith('-') && t.length > 1) {
      const name = t.replace(/^--?/, '').split('=')[0]!;
      const plain = name.startsWith('no-') && known.has(name.slice(3)) ? name.slice(3) : name;
      if (!known.has(plain) && !known.has(camel(plain))) unknown.push(t.split('=')[0]!);
      else if (!t.includes('=') && !booleans.has(plain)) i++;
      continue;
    }
    words.push(t);
  }
  const where = ['elsim', ...path].join(' ');
  state.command ??= path.join(' ');
  if (unknown.length > 0) return new UsageError(`unknown option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} for \`${where}\``);
  const word = words[path.length];
  if (level.length > 0 && word !== undefined && !level.includes(word)) {
    const close = closeNames(word, level);
    const hint = close.length > 0 ? `: did you mean ${close.map((c) => `\`${where} ${c}\``).join(' or ')}?` : `: the commands are ${level.join(', ')}`;
    return new UsageError(`unknown command \`${where} ${word}\`${hint}`);
  }
  if (level.length > 0 && word === undefined) return new UsageError(`name a command: ${level.map((c) => `\`${where} ${c}\``).join(', ')}`);
  if (msg.startsWith('Not enough non-option arguments')) {
    const usage = context.fullCommands.at(-1);
    if (usage !== undefined) return new UsageError(`\`${where}\` needs its arguments: elsim ${[...path.slice(0, -1), usage].join(' ')}`);
  }
  return new UsageError(msg);
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

/** True when the command line asks for JSON (`--json`, `--json=true`) before any `--`. */
export function wantsJson(argv: readonly string[]): boolean {
  for (const t of argv) {
    if (t === '--') return false;
    if (t === '--json' || t === '--json=true') return true;
  }
  return false;
}

/** Runs one command line; returns the exit code (also set on process.exitCode by bin/elsim). */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const state: RunState = {};
  try {
    // With a parse callback yargs hands over what it would print (help, usage) instead of printing it.
    let output = '';
    await buildParser(argv, io, (c) => { code = c; }, state).parseAsync(argv, {}, (_err, _args, out) => { output = out; });
    if (output) io.out(output);
    return code;
  } catch (e) {
    return reportError(e, io, wantsJson(argv) ? (state.command ?? '') : undefined);
  }
}

/** Reports what stopped a command: on standard error, or with --json (`json` = the command) as one document. */
function reportError(e: unknown, io: Io, json: string | undefined): number {
  const fail = (id: string, text: string, code: number, more: string[] = []): number => {
    if (json !== undefined) io.out(JSON.stringify(errorJson(json, { id, text }, code), null, 2));
    else for (const l of more) io.err(l);
    return code;
  };
  if (e instanceof UsageError) {
    return fail('USAGE', e.message, EXIT_USAGE, [`elsim: ${e.message}`, 'Run `elsim --help` for the commands and `elsim <command> --help` for their options.']);
  }
  if (e instanceof ElsimError) return fail(e.id, e.message, exitCodeForError(e), [`elsim: ${e.id} ${e.message}`]);
  // A full, read-only or locked file system that a command did not name itself is still not a bug.
  const fault = environmentError(e, (e as { path?: unknown } | null)?.path?.toString() ?? 'A FILE OF THE SYSTEM', busyTimeout());
  if (fault) return fail(fault.id, fault.message, exitCodeForError(fault), [`elsim: ${fault.id} ${fault.message}`]);
  const err = e instanceof Error ? e : new InternalError(String(e));
  const more = [
    `elsim: internal error: ${err.message}`,
    'This is a bug in elsim. Re-run with ELSIM_DEBUG=1 for the stack trace and report it with the input that caused it.',
  ];
  if (json !== undefined) for (const l of more) io.err(l);
  if (process.env['ELSIM_DEBUG']) io.err(err.stack ?? '');
  return fail('INTERNAL', err.message, EXIT_INTERNAL, more);
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
  const io = processIo({ json: wantsJson(argv) });
  process.exitCode = await runCli(argv, io);
  io.endProgress();
}

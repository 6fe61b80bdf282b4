/**
 * One operator command, from its text to the console's answer. The commands are data: a table of
 * verbs and, for Display/Query and VARY, of the objects they take, each name in the manuals' mixed
 * case (the upper-case beginning is the shortest abbreviation: `Display` D, `REPLicat` REPL).
 *
 *   Display|Query  VTSS [name] | VTD [VTSS(name)] | RTD [VTSS(name)] | CLINK [VTSS(name)] |
 *                  REPLicat | CLUster | MVC volser | VTV volser | CDS | DRtest | SCRatch [SUBpool(p)]
 *   VARY           VTSS name ONline|QUIESCED|OFFline | name state | CLINK(n) VTSS(name) ONline|OFFline
 *   CAPPref        prefvalue cap-id [AUTO|MANUAL]
 *   SMC: READ DSN(…), TREQDEF DSN(…), TAPEPLEX/SERVER/POLICY/TAPEREQ/UNITATTR/HTTP …, and
 *        Display TAPEPlex | SERVer | POLicy [name] | TAPEREQ (src/console/smcCommands.ts)
 *
 * A leading `VT` (the old VTCS command prefix) is accepted and ignored.
 */
import { matchesName } from '../sluadmin/matchName.js';
import { displayClinks, displayClusters, displayReplication } from './replicationDisplays.js';
import { displayRtds, displayVtds, displayVtss } from './deviceDisplays.js';
import { parseCommand, type CommandWord } from './parseCommand.js';
import { cappref, notEmulated, refused, vary } from './stateCommands.js';
import { displayCds, displayDrtest } from './systemDisplays.js';
import { SMC_IGNORED } from '../smc/smcCommands.js';
import { displayPolicies, displayServers, displayTapeplexes, displayTapereqs, smcCommand } from './smcCommands.js';
import type { CommandHandler, ConsoleContext, ConsoleResponse } from './types.js';
import { displayMvc, displayScratch, displayVtv } from './volumeDisplays.js';

/** What Display (and Query) can show, by object name in the manuals' mixed case. */
const DISPLAYS: [string, CommandHandler][] = [
  ['VTSS', displayVtss],
  ['VTD', displayVtds],
  ['RTD', displayRtds],
  ['CLink', displayClinks],
  ['REPLicat', displayReplication],
  ['CLUster', displayClusters],
  ['MVC', displayMvc],
  ['VTV', displayVtv],
  ['CDS', displayCds],
  ['DRtest', displayDrtest],
  ['SCRatch', displayScratch],
  ['TAPEPlex', displayTapeplexes],
  ['SERVer', displayServers],
  ['POLicy', displayPolicies],
  ['TAPEREQ', displayTapereqs],
];

function display(ctx: ConsoleContext, operands: CommandWord[], text: string): ConsoleResponse {
  const [object, ...rest] = operands;
  if (!object) return refused('SIM1202E', text, text.length + 1);
  const found = DISPLAYS.find(([name]) => object.word === name.toUpperCase() || matchesName(object.word, name));
  if (!found) return notEmulated(text);
  // `D VTSS(VTSS0)`: the object word itself carries the value.
  const operandsOf = object.values ? [{ word: 'NAME', values: object.values, col: object.col }, ...rest] : rest;
  return found[1](ctx, operandsOf, text);
}

/** The verbs, by name in the manuals' mixed case; `V` is VARY's abbreviation. */
const VERBS: [string, CommandHandler][] = [
  ['Display', display],
  ['Query', display],
  ['VARY', vary],
  ['V', vary],
  ['CAPPref', cappref],
  // SMC commands
  ['READ', smcCommand],
  ['TREQDEF', smcCommand],
  ['TAPEPlex', smcCommand],
  ['SERVer', smcCommand],
  ['POLicy', smcCommand],
  ['TAPEREQ', smcCommand],
  ['UNITAttr', smcCommand],
  ['HTTP', smcCommand],
];

/** The verb of a command (the word the table knows it by), or undefined. */
export function commandVerb(text: string): string | undefined {
  const p = parseCommand(text);
  if (!p.ok) return undefined;
  const words = p.words[0]?.word === 'VT' ? p.words.slice(1) : p.words;
  const verb = words[0];
  return verb ? VERBS.find(([name]) => verb.word === name.toUpperCase() || matchesName(verb.word, name))?.[0] : undefined;
}

export function runConsoleCommand(ctx: ConsoleContext, text: string): ConsoleResponse {
  const p = parseCommand(text);
  if (!p.ok) return refused('SIM1202E', p.text, p.col);
  const words = p.words[0]?.word === 'VT' ? p.words.slice(1) : p.words;
  const verb = words[0];
  if (!verb) return refused('SIM1201E');
  const found = VERBS.find(([name]) => !verb.values && (verb.word === name.toUpperCase() || matchesName(verb.word, name)));
  if (!found) {
    // SMC commands elsim knows but ignores answer as SMC does (SIM1252W).
    if (SMC_IGNORED.some((v) => verb.word === v.toUpperCase() || matchesName(verb.word, v))) return smcCommand(ctx, words.slice(1), p.text);
    return notEmulated(p.text);
  }
  return found[1](ctx, words.slice(1), p.text);
}


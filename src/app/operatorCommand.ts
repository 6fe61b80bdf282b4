/**
 * `elsim oper COMMAND…`: one operator command entered at the system's console. The command runs
 * against the CDS HSC has open and the simulated hardware at the run's time (src/console); the
 * command and its answer go to the system log (syslog.txt). A command that changes the state of
 * the tapeplex (VARY, CAPPREF) lets the hardware finish, right away, the queued work the change
 * lets through (a partner VTSS varied back online takes its overdue replication).
 */
import { Cds } from '../cds/Cds.js';
import { runConsoleCommand } from '../console/runConsoleCommand.js';
import { appendSyslog } from '../console/syslog.js';
import type { ConsoleResponse } from '../console/types.js';
import { ElsimError } from '../core/errors.js';
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { describeWork } from '../sim/describeWork.js';
import { isoOf } from '../sim/isoOf.js';
import { openSystem } from './openSystem.js';
import { resolveNow } from './resolveNow.js';
import type { SmcDefinitions } from '../smc/SmcDefinitions.js';
import { datasetReader, saveSmcDefinitions, smcDefinitions } from './smcState.js';

export interface OperatorOptions {
  dir: string;
  command: string;
  now?: string;
  /** Write the answer as one JSON object instead of console lines. */
  json?: boolean;
}

/** Runs one command and shows its answer; returns its return code (0, 4, or 8 when refused). */
export function operatorCommand(opts: OperatorOptions, io: Io): number {
  const system = openSystem(opts.dir, io);
  try {
    const dsn = system.configuredCds();
    const path = dsn ? system.datasetPath(dsn) : undefined;
    if (!dsn || path === undefined) throw new ElsimError(sim.text('SIM0507E', dsn ?? '(none)'), 'SIM0507E');
    const now = resolveNow(opts.now, system, io);
    const hardware = system.hardware();
    // The command is entered at `now`: the work due by then has completed.
    hardware.advanceTo(now);
    const cds = Cds.open(path);
    let response: ConsoleResponse;
    try {
      const host = (cds.db.prepare('SELECT host_id FROM host ORDER BY seq, host_id LIMIT 1').pluck().get() as string | undefined) ?? 'SYS1';
      const real = system.catalog.resolve(dsn)?.dsn ?? dsn;
      const aliases = [real, ...system.catalog.aliasesOf(real)].filter((n) => n !== dsn);
      const smc = { definitions: () => smcDefinitions(system), save: (d: SmcDefinitions) => saveSmcDefinitions(system, d), readDataset: datasetReader(system) };
      response = runConsoleCommand({ cds, cdsDsn: dsn, cdsAliases: aliases, hardware, now, host, hscActive: system.hscActive(), smc }, opts.command);
    } finally {
      cds.close();
    }
    if (response.changed) {
      for (const c of hardware.advanceTo(now)) response.lines.push(describeWork(c.work));
    }
    appendSyslog(system.root, now, 'OPER', [opts.command.trim().toUpperCase()]);
    appendSyslog(system.root, now, response.issuer ?? 'HSC', response.lines);
    if (opts.json) {
      io.out(JSON.stringify({ command: 'oper', input: opts.command.trim(), time: isoOf(now), rc: response.rc, lines: response.lines, ...response.data }, null, 2));
    } else {
      for (const l of response.lines) (response.rc < 8 ? io.out : io.err)(l);
    }
    return response.rc;
  } finally {
    system.close();
  }
}

/** `elsim oper "VARY VTSS1 OFFLINE"`: an operator command against the system's active CDS. */
import { Cds } from '../cds/Cds.js';
import { applyOperatorCommand } from '../cds/operatorCommand.js';
import { ElsimError } from '../core/errors.js';
import type { Io } from '../core/Io.js';
import { sim } from '../core/simMessages.js';
import { openSystem } from './openSystem.js';
import { resolveNow } from './resolveNow.js';

/** Runs one command; returns 0 when it was applied, 8 when refused (the message says why). */
export function operatorCommand(opts: { dir: string; command: string; now?: string }, io: Io): number {
  const system = openSystem(opts.dir, io);
  try {
    const dsn = system.configuredCds();
    const path = dsn ? system.datasetPath(dsn) : undefined;
    if (!dsn || path === undefined) throw new ElsimError(sim.text('SIM0507E', dsn ?? '(none)'), 'SIM0507E');
    const now = resolveNow(opts.now, system, io);
    const cds = Cds.open(path);
    try {
      const answer = applyOperatorCommand(cds, opts.command, now);
      const [id, ...inserts] = answer.message;
      (answer.ok ? io.out : io.err)(sim.line(id, ...inserts));
      return answer.ok ? 0 : 8;
    } finally {
      cds.close();
    }
  } finally {
    system.close();
  }
}

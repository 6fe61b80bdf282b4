import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { printJson } from '../../core/jsonOutput.js';
import { systemOption } from './options.js';
import type { SetExit } from './SetExit.js';

interface ClockArgs { system: string; action: string; value?: string; json?: boolean }

export function clockCommand(io: Io, setExit: SetExit): CommandModule<object, ClockArgs> {
  return {
    command: 'clock <action> [value]',
    describe: 'Show, set or advance the simulated clock; moving it completes the hardware work due by then',
    builder: (y) =>
      y
        .positional('action', { type: 'string', choices: ['show', 'set', 'advance'], describe: 'show | set TIME | advance DURATION' })
        .positional('value', { type: 'string', describe: 'set: ISO 8601 time; advance: 10m, 2h, 1h30m, PT45M' })
        .option('system', systemOption)
        .option('json', { type: 'boolean', describe: 'One JSON document (schema/elsim.schema.json)' })
        .example('$0 clock show', 'the clock, the VTSS buffers and the queued replication/migration/CTR work')
        .example('$0 clock advance 10m', 'ten simulated minutes later: due work completes')
        .example('$0 clock set 2026-11-21T09:00:00Z', 'move the clock to a time (never back)') as never,
    handler: async (a) => {
      const { runClock } = await import('../../app/runClock.js');
      const quiet: Io = { ...io, out: () => undefined };
      const report = runClock({ dir: a.system, action: a.action as 'show' | 'set' | 'advance', ...(a.value !== undefined ? { value: a.value } : {}) }, a.json ? quiet : io);
      if (a.json) printJson(io, 'clock', report);
      setExit(0);
    },
  };
}

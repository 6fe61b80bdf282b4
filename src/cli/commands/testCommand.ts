import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { printJson } from '../../core/jsonOutput.js';
import { UsageError } from '../../core/errors.js';
import type { SetExit } from './SetExit.js';

interface TestArgs { dir: string; update?: boolean; filter?: string; json?: boolean }

export function testCommand(io: Io, setExit: SetExit): CommandModule<object, TestArgs> {
  return {
    command: 'test <dir>',
    describe: 'Run golden cases: each case folder\'s *.jcl on a fresh demo system, compared with its expected/ folder',
    builder: (y) =>
      y
        .positional('dir', { type: 'string', describe: 'A case folder, or a folder of case folders' })
        .option('update', { type: 'boolean', describe: 'Write what the jobs produced into expected/ (read it before you commit it)' })
        .option('filter', { type: 'string', describe: 'Only cases whose folder name contains this text', requiresArg: true })
        .option('json', { type: 'boolean', describe: 'One JSON document (schema/elsim.schema.json): each case with its differences' })
        .example('$0 test test/golden', 'run every golden case') as never,
    handler: async (a) => {
      const { findCases, runGolden } = await import('../../golden/runGolden.js');
      if (findCases(a.dir).length === 0) throw new UsageError(`no golden cases in ${a.dir}: a case is a folder holding *.jcl files and an expected/ folder`);
      const quiet: Io = { ...io, out: () => undefined, err: () => undefined };
      const r = await runGolden({ dir: a.dir, update: Boolean(a.update), ...(a.filter ? { filter: a.filter } : {}) }, a.json ? quiet : io);
      if (a.json) {
        printJson(io, 'test', {
          passed: r.passed,
          failed: r.failed,
          cases: r.results.map((c) => ({ name: c.name, ok: c.ok, differences: c.differences.map((d) => ({ path: d.path, kind: d.kind, ...(d.diff !== undefined ? { diff: d.diff } : {}) })) })),
          exitCode: r.failed > 0 ? 1 : 0,
        });
      }
      setExit(r.failed > 0 ? 1 : 0);
    },
  };
}

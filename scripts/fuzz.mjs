// `npm run fuzz -- --count N --seed S [--case N] [--out DIR]`: the fuzzer (src/fuzz/runFuzz.ts).
// Exit 0 when no case had a problem, 1 otherwise.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { runFuzz } from '../dist/src/fuzz/runFuzz.js';
import { processIo } from '../dist/src/cli/processIo.js';

const argv = yargs(hideBin(process.argv))
  .scriptName('npm run fuzz --')
  .option('count', { type: 'number', default: 200, describe: 'Number of cases' })
  .option('seed', { type: 'number', default: 1, describe: 'Seed of the run (a case replays from seed and number)' })
  .option('case', { type: 'number', describe: 'Replay this case only; with --out its systems are kept' })
  .option('out', { type: 'string', default: 'fuzz-out', describe: 'Where problem cases (mutant, problems, replay command) are written' })
  .strict()
  .parseSync();

const summary = await runFuzz(
  { count: argv.count, seed: argv.seed, out: argv.out, ...(argv.case !== undefined ? { only: argv.case } : {}) },
  processIo(),
);
process.exitCode = summary.problemCases.length === 0 ? 0 : 1;

import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { EXIT_JCL_ERROR } from '../../core/exitCodes.js';
import type { SetExit } from './SetExit.js';

interface CheckArgs { files: string[]; strict?: boolean; quiet?: boolean }

export function checkCommand(io: Io, setExit: SetExit): CommandModule<object, CheckArgs> {
  return {
    command: 'check <files..>',
    describe: 'Convert JCL without running it (like TYPRUN=SCAN): print every JCL error with its card',
    builder: (y) =>
      y
        .positional('files', { type: 'string', array: true })
        .option('strict', { type: 'boolean', describe: 'A stream without a JOB card is a JCL error' })
        .option('quiet', { type: 'boolean', describe: 'Print errors only, not informational messages' })
        .example('$0 check myjob.jcl', 'list the JCL errors in myjob.jcl') as never,
    handler: async (a) => {
      const { checkFiles } = await import('../../app/checkFiles.js');
      const errors = checkFiles({ files: a.files, strict: Boolean(a.strict), quiet: Boolean(a.quiet) }, io);
      setExit(errors > 0 ? EXIT_JCL_ERROR : 0);
    },
  };
}

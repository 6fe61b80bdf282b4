import type { CommandModule } from 'yargs';
import { formatDiagnostic } from '../../core/Diagnostic.js';
import type { Io } from '../../core/Io.js';
import { EXIT_JCL_ERROR } from '../../core/exitCodes.js';
import { messageJson, printJson } from '../../core/jsonOutput.js';
import type { SetExit } from './SetExit.js';

interface CheckArgs { files: string[]; strict?: boolean; quiet?: boolean; json?: boolean }

const plural = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

export function checkCommand(io: Io, setExit: SetExit): CommandModule<object, CheckArgs> {
  return {
    command: 'check <files..>',
    describe: 'Check JCL without running it (like TYPRUN=SCAN) and the SLSIN decks of its SLUADMIN steps: every error with its card',
    builder: (y) =>
      y
        .positional('files', { type: 'string', array: true })
        .option('strict', { type: 'boolean', describe: 'A stream without a JOB card is a JCL error' })
        .option('quiet', { type: 'boolean', describe: 'Print errors only, not informational messages or warnings' })
        .option('json', { type: 'boolean', describe: 'One JSON document (schema/elsim.schema.json)' })
        .example('$0 check myjob.jcl', 'list the JCL and control statement errors in myjob.jcl') as never,
    handler: async (a) => {
      const { checkFiles } = await import('../../app/checkFiles.js');
      const files = checkFiles({ files: a.files, strict: Boolean(a.strict) });
      const jclFailed = files.some((f) => f.jclErrors > 0);
      const code = jclFailed ? EXIT_JCL_ERROR : Math.max(0, ...files.map((f) => f.statementCode));
      if (a.json) {
        printJson(io, 'check', {
          files: files.map((f) => ({
            file: f.file,
            jobs: f.jobs,
            jclErrors: f.jclErrors,
            statementErrors: f.statementErrors,
            statementCode: f.statementCode,
            messages: f.diagnostics.map(messageJson),
          })),
          exitCode: code,
        });
      } else {
        for (const f of files) {
          for (const d of f.diagnostics) if (!a.quiet || d.severity === 'error') io.out(formatDiagnostic(d));
          const jcl = f.jclErrors === 0 ? 'no JCL errors' : plural(f.jclErrors, 'JCL error');
          const stmts = f.statementErrors === 0 ? '' : `, ${plural(f.statementErrors, 'control statement error')} (the step would end with CC ${String(f.statementCode).padStart(4, '0')})`;
          io.out(`${f.file}: ${plural(f.jobs, 'job')}, ${jcl}${stmts}`);
        }
      }
      setExit(code);
    },
  };
}

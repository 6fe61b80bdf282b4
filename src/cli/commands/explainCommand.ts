import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { EXIT_USAGE } from '../../core/exitCodes.js';
import type { SetExit } from './SetExit.js';

interface ExplainArgs { id: string }

export function explainCommand(io: Io, setExit: SetExit): CommandModule<object, ExplainArgs> {
  return {
    command: 'explain <id>',
    describe: 'Explain a message id elsim prints (IEFC605I, IEF212I, SLS0155I, SIM0101I …)',
    builder: (y) => y.positional('id', { type: 'string' }).example('$0 explain IEF212I', 'what DATA SET NOT FOUND means') as never,
    handler: async (a) => {
      const { explainMessage } = await import('../../app/explainMessage.js');
      const text = explainMessage(a.id);
      if (text === undefined) {
        io.err(`elsim: no message ${a.id.toUpperCase()} in elsim's catalogues`);
        setExit(EXIT_USAGE);
      } else {
        io.out(text);
        setExit(0);
      }
    },
  };
}

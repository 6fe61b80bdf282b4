import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { sim } from '../../core/simMessages.js';
import type { SetExit } from './SetExit.js';

interface LabArgs { name?: string; system?: string; serve?: boolean; port?: number; host?: string }

const labDirOption = { type: 'string', requiresArg: true, describe: 'The lab directory (its systems are inside it); default: the current directory when it is one, else ./elsim-lab' } as const;

export function labCommand(io: Io, setExit: SetExit): CommandModule<object, object> {
  const list: CommandModule<object, LabArgs> = {
    command: 'list',
    describe: 'The labs, with what part of the guide each follows',
    handler: async () => {
      const { listLabs } = await import('../../app/lab/listLabs.js');
      const { labListLines } = await import('../../app/lab/labText.js');
      for (const l of labListLines(listLabs())) io.out(l);
      setExit(0);
    },
  };
  const start: CommandModule<object, LabArgs> = {
    command: 'start <name>',
    describe: 'Build a lab in a new directory, print its task, and serve its web console',
    builder: (y) =>
      y
        .positional('name', { type: 'string', describe: 'The lab (see elsim lab list)' })
        .option('system', { ...labDirOption, describe: 'The new lab directory (default ./elsim-lab)' })
        .option('serve', { type: 'boolean', default: true, describe: 'Serve the console after building (--no-serve: only build)' })
        .option('port', { type: 'number', default: 3270, requiresArg: true, describe: 'Console port (0: any free port)' })
        .option('host', { type: 'string', default: '127.0.0.1', requiresArg: true, describe: 'Console address' })
        .example('$0 lab start export-import', 'build ./elsim-lab with site-a and site-b, then open the printed URL') as never,
    handler: async (a) => {
      const { startLab } = await import('../../app/lab/startLab.js');
      const { labStartedLines } = await import('../../app/lab/labText.js');
      if (a.serve) (await import('../../serve/serveConsole.js')).checkPort(a.port ?? 3270);
      const started = await startLab(a.name!, a.system, io);
      for (const l of labStartedLines(started, false)) io.out(l);
      if (a.serve) await serveUntilStopped(started.home, a.port ?? 3270, a.host ?? '127.0.0.1', io);
      setExit(0);
    },
  };
  const check: CommandModule<object, LabArgs> = {
    command: 'check',
    describe: 'Which goals of the lab are met, and why the others are not (exit 0 when all are met, 4 otherwise)',
    builder: (y) => y.option('system', labDirOption) as never,
    handler: async (a) => {
      const { labHome } = await import('../../app/lab/labHome.js');
      const { checkLab } = await import('../../app/lab/checkLab.js');
      const { labReportLines } = await import('../../app/lab/labText.js');
      const report = checkLab(labHome(a.system));
      for (const l of labReportLines(report)) io.out(l);
      setExit(report.allMet ? 0 : 4);
    },
  };
  const hint: CommandModule<object, LabArgs> = {
    command: 'hint',
    describe: 'The next hint for the first goal not yet met',
    builder: (y) => y.option('system', labDirOption) as never,
    handler: async (a) => {
      const { labHome } = await import('../../app/lab/labHome.js');
      const { hintLab } = await import('../../app/lab/hintLab.js');
      const { hintLines } = await import('../../app/lab/labText.js');
      for (const l of hintLines(hintLab(labHome(a.system)))) io.out(l);
      setExit(0);
    },
  };
  const reset: CommandModule<object, LabArgs> = {
    command: 'reset',
    describe: 'Rebuild the lab from its starting point (the systems, jobs/ and TASK.md; hints forgotten)',
    builder: (y) => y.option('system', labDirOption) as never,
    handler: async (a) => {
      const { labHome } = await import('../../app/lab/labHome.js');
      const { resetLab } = await import('../../app/lab/startLab.js');
      const { labStartedLines } = await import('../../app/lab/labText.js');
      for (const l of labStartedLines(await resetLab(labHome(a.system), io), true)) io.out(l);
      setExit(0);
    },
  };
  return {
    command: 'lab <command>',
    describe: 'Graded labs built from the guide: list, start NAME, check, hint, reset',
    builder: (y) => y.command(list).command(start).command(check).command(hint).command(reset).demandCommand(1, 'Name a lab command (list, start, check, hint, reset).') as never,
    handler: () => undefined,
  };
}

async function serveUntilStopped(dir: string, port: number, host: string, io: Io): Promise<void> {
  const { serveConsole } = await import('../../serve/serveConsole.js');
  const { waitForStop } = await import('./waitForStop.js');
  const running = await serveConsole({ dirs: [dir], port, host }, io);
  await waitForStop();
  await running.close();
  io.err(sim.line('SIM1603I'));
}

/**
 * `elsim lab start NAME` and `elsim lab reset`: build a lab's starting point in a lab directory.
 * Each system the lab names with a demo site is built like `elsim init` (at the lab's time);
 * then the set-up steps run in order through the same application functions as the commands a
 * trainee types — jobs, operator commands, clock moves, MVCs and data sets carried between
 * systems, partner TapePlexes, a site lost — which is how a lab injects its fault (a VTSS varied offline, an MVC at the wrong
 * site, a backlog of replication). The trainee's decks are copied to jobs/, the task to TASK.md.
 * A set-up step that does not end as the lab expects is the lab's bug (SIM1614E), and whatever
 * was built is removed again.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ElsimError } from '../../core/errors.js';
import { memoryIo, type Io } from '../../core/Io.js';
import { sim } from '../../core/simMessages.js';
import { copyDataset } from '../copyDataset.js';
import { initSystem } from '../initSystem.js';
import { moveMvcs } from '../moveMvcs.js';
import { openForRun } from '../openForRun.js';
import { operatorCommand } from '../operatorCommand.js';
import { managePartners } from '../partners.js';
import { readInput } from '../readInput.js';
import { runClock } from '../runClock.js';
import { submitText } from '../submitText.js';
import { readLabDefinition, type LabDefinition, type SetupStep } from './labDefinition.js';
import { DEFAULT_LAB_DIR, LAB_STATE, readLabState, writeLabState } from './labHome.js';

export interface StartedLab {
  home: string;
  lab: LabDefinition;
}

/** What the lab puts in its directory (reset removes these and nothing else). */
function labEntries(lab: LabDefinition): string[] {
  return [...lab.systems.map((s) => s.name), 'jobs', 'TASK.md', LAB_STATE, `.${LAB_STATE}.tmp`];
}

async function runStep(step: SetupStep, home: string, lab: LabDefinition, io: Io): Promise<void> {
  const dir = join(home, step.system);
  const quiet = memoryIo(io.clock);
  const fail = (what: string): never => {
    throw new ElsimError(sim.text('SIM1614E', lab.name, what, [...quiet.stdout, ...quiet.stderr].slice(-3).join(' / ') || 'no message'), 'SIM1614E');
  };
  if ('submit' in step) {
    const file = resolve(lab.folder, step.submit);
    const { system, now } = await openForRun(dir, undefined, quiet);
    try {
      const jobs = await submitText(system, readInput(file).text, { file: step.submit, now, strict: false, absolute: file }, quiet);
      const want = step.maxcc ?? 0;
      for (const j of jobs) if (j.status !== 'CC' || j.maxcc !== want) fail(`${step.submit} on ${step.system}: ${j.jobid} ${j.jobname} ended ${j.status} ${j.maxcc}, not CC ${want}`);
      if (jobs.length === 0) fail(`${step.submit} holds no job`);
    } finally {
      system.close();
    }
  } else if ('oper' in step) {
    if (operatorCommand({ dir, command: step.oper }, quiet) !== 0) fail(`${step.oper} on ${step.system}`);
  } else if ('clock' in step) {
    runClock({ dir, action: 'advance', value: step.clock }, quiet);
  } else if ('moveMvcs' in step) {
    moveMvcs({ dir, to: join(home, step.to), volsers: step.moveMvcs }, quiet);
  } else if ('copyDataset' in step) {
    copyDataset({ dir, to: join(home, step.to), dsn: step.copyDataset, ...(step.as ? { as: step.as } : {}) }, quiet);
  } else if ('partner' in step) {
    if (managePartners({ dir, action: 'set', tapeplex: step.partner, partnerDir: join(home, step.to) }, quiet) !== 0) fail(`partner ${step.partner} of ${step.system}`);
  } else if ('lose' in step) {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function build(home: string, lab: LabDefinition, io: Io): Promise<void> {
  mkdirSync(home, { recursive: true });
  const quiet = memoryIo(io.clock);
  for (const s of lab.systems) {
    if (!s.site) continue;
    (await initSystem({ dir: join(home, s.name), demo: true, site: s.site, ...(lab.now ? { now: lab.now } : {}), quiet: true }, quiet)).close();
  }
  for (const step of lab.setup ?? []) await runStep(step, home, lab, io);
  const files = join(lab.folder, 'files');
  mkdirSync(join(home, 'jobs'), { recursive: true });
  if (existsSync(files)) cpSync(files, join(home, 'jobs'), { recursive: true });
  for (const f of lab.handout ?? []) copyFileSync(resolve(lab.folder, f), join(home, 'jobs', basename(f)));
  writeFileSync(join(home, 'TASK.md'), lab.task);
  writeLabState(home, { lab: lab.name, started: lab.now ?? io.clock.now().toISOString(), hints: {} });
}

function clear(home: string, lab: LabDefinition): void {
  for (const e of labEntries(lab)) rmSync(join(home, e), { recursive: true, force: true });
}

/** Builds lab `name` in `dir` (default ./elsim-lab), which must be absent or empty (SIM1613E). */
export async function startLab(name: string, dirOpt: string | undefined, io: Io): Promise<StartedLab> {
  const lab = readLabDefinition(name);
  const home = resolve(dirOpt ?? DEFAULT_LAB_DIR);
  if (existsSync(home) && readdirSync(home).length > 0) throw new ElsimError(sim.text('SIM1613E', home), 'SIM1613E');
  try {
    await build(home, lab, io);
  } catch (e) {
    clear(home, lab);
    throw e;
  }
  return { home, lab };
}

/** Rebuilds the lab of lab directory `home` from scratch; the trainee's other files stay. */
export async function resetLab(home: string, io: Io): Promise<StartedLab> {
  const lab = readLabDefinition(readLabState(home).lab);
  clear(home, lab);
  try {
    await build(home, lab, io);
  } catch (e) {
    clear(home, lab);
    throw e;
  }
  return { home, lab };
}

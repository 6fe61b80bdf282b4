/**
 * A lab is data, in `fixtures/labs/NAME/`:
 *   lab.json   the definition (below): its systems, the set-up that builds its starting point
 *              (jobs, operator commands, clock moves, carried MVCs and data sets: the injected
 *              fault is part of it), its goals with their ordered checks and hints;
 *   task.md    the task in the trainee's words (shown by `lab start`, copied to TASK.md, shown
 *              on the console's Lab page);
 *   files/     decks handed to the trainee, copied into the lab directory's jobs/ (with the
 *              files `handout` names elsewhere in the repository, the guide's examples);
 *   setup/     the set-up's own jobs;
 *   solution.txt, attempt.txt  a correct solution and a wrong or partial attempt as the elsim
 *              command lines a trainee types (the lab's tests play both).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ElsimError } from '../../core/errors.js';
import { sim } from '../../core/simMessages.js';

/** fixtures/labs, found from this module's place in the package (dist/src/app/lab/labDefinition.js). */
export const labsRoot = fileURLToPath(new URL('../../../../fixtures/labs/', import.meta.url));

export interface LabSystem {
  /** Its directory's name inside the lab directory, and its name in checks and set-up steps. */
  name: string;
  /** The demo site it starts from; absent: the system is not built by the set-up (a DR test system the trainee makes). */
  site?: 'A' | 'B';
}

/** One set-up step; `system` names a lab system. */
export type SetupStep =
  | { submit: string; system: string; maxcc?: number }
  | { oper: string; system: string }
  | { clock: string; system: string }
  | { moveMvcs: string[]; system: string; to: string }
  | { copyDataset: string; as?: string; system: string; to: string }
  /** `system` names the system `to` as the one running TapePlex `partner` (CTR is delivered there). */
  | { partner: string; system: string; to: string }
  /** The system is lost (a disaster): its directory is removed. */
  | { lose: true; system: string };

/** What a check compares its value with. */
export type Expect = number | string | { min?: number; max?: number; not?: number | string };

/** One check: a query over a system's CDS, hardware or system database, or a data set / spool test. Its value is compared with `expect`. */
export interface LabCheck {
  system: string;
  /** SQL whose first column of the first row is the value (a read-only statement). */
  cds?: string;
  /** Another CDS than the system's active one (a DR test CDS, a backup). */
  dsn?: string;
  hardware?: string;
  /** SQL over the system's system.db (catalog, jobs). */
  systemDb?: string;
  /** The value: 1 when the data set is cataloged (and holds `contains`, when given), else 0. */
  dataset?: string;
  contains?: string;
  /** The value: how many jobs (of this name, when given) have a spool file `dd` (STEP.DD, or `*.DD` for any step) holding `contains`. */
  spool?: { jobname?: string; dd: string; contains: string };
  /** The value: 1 when the system exists. */
  exists?: boolean;
  expect: Expect;
  /** Why the goal is not met, in the trainee's words; `{value}` is the value found. */
  unmet: string;
}

export interface LabGoal {
  id: string;
  text: string;
  points?: number;
  checks: LabCheck[];
  hints?: string[];
}

export interface LabDefinition {
  name: string;
  title: string;
  /** Where in the guide the procedure is. */
  guide: string;
  /** The simulated time the lab starts at (the demo's clock by default). */
  now?: string;
  systems: LabSystem[];
  setup?: SetupStep[];
  /** Files copied into jobs/ as they are (paths relative to the lab's folder: the guide's examples). */
  handout?: string[];
  goals: LabGoal[];
  /** The lab's folder (absolute), set when read. */
  folder: string;
  /** task.md. */
  task: string;
}

const NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function labNames(): string[] {
  if (!existsSync(labsRoot)) return [];
  return readdirSync(labsRoot, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(labsRoot, e.name, 'lab.json')))
    .map((e) => e.name)
    .sort();
}

function invalid(name: string, why: string): ElsimError {
  return new ElsimError(sim.text('SIM1611E', name, why), 'SIM1611E');
}

/** Reads and checks a lab's definition; SIM1610E when there is no lab of that name. */
export function readLabDefinition(name: string): LabDefinition {
  const folder = join(labsRoot, name);
  if (!NAME.test(name) || !existsSync(join(folder, 'lab.json'))) throw new ElsimError(sim.text('SIM1610E', name, labNames().join(', ')), 'SIM1610E');
  let raw: Omit<LabDefinition, 'name' | 'folder' | 'task'>;
  try {
    raw = JSON.parse(readFileSync(join(folder, 'lab.json'), 'utf8')) as typeof raw;
  } catch (e) {
    throw invalid(name, `lab.json: ${(e as Error).message}`);
  }
  const def: LabDefinition = { ...raw, name, folder, task: existsSync(join(folder, 'task.md')) ? readFileSync(join(folder, 'task.md'), 'utf8') : '' };
  checkDefinition(def);
  return def;
}

function checkDefinition(d: LabDefinition): void {
  if (!d.title || !Array.isArray(d.systems) || d.systems.length === 0 || !Array.isArray(d.goals) || d.goals.length === 0) throw invalid(d.name, 'it needs a title, systems and goals');
  const systems = new Set<string>();
  for (const s of d.systems) {
    if (!NAME.test(s.name) || systems.has(s.name)) throw invalid(d.name, `system name ${s.name} is not a unique lower-case name`);
    systems.add(s.name);
  }
  const known = (s: string, where: string): void => {
    if (!systems.has(s)) throw invalid(d.name, `${where} names system ${s}, which the lab does not define`);
  };
  for (const [i, step] of (d.setup ?? []).entries()) {
    known(step.system, `set-up step ${i + 1}`);
    if ('to' in step) known(step.to, `set-up step ${i + 1}`);
  }
  const ids = new Set<string>();
  for (const g of d.goals) {
    if (!g.id || ids.has(g.id) || !g.text || !Array.isArray(g.checks) || g.checks.length === 0) throw invalid(d.name, `goal ${g.id ?? '?'} needs a unique id, a text and checks`);
    ids.add(g.id);
    for (const c of g.checks) {
      known(c.system, `goal ${g.id}`);
      const kinds = ['cds', 'hardware', 'systemDb', 'dataset', 'spool', 'exists'].filter((k) => (c as unknown as Record<string, unknown>)[k] !== undefined);
      if (kinds.length !== 1) throw invalid(d.name, `a check of goal ${g.id} must be exactly one of cds, hardware, systemDb, dataset, spool, exists`);
      if (c.expect === undefined || typeof c.unmet !== 'string') throw invalid(d.name, `a check of goal ${g.id} needs expect and unmet`);
    }
  }
}

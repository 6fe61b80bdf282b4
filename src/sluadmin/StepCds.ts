/**
 * The CDS a utility function works on, opened once per data set for the whole step:
 *  - schema.cds 'active': the SLSCNTL DD's data set when the step has one, else the CDS the
 *    simulated HSC has open;
 *  - schema.cds 'slscntl': the SLSCNTL DD's data set, which the step must have.
 * When there is none, or it cannot be opened, the answer is the SIM03xx message to print.
 * A CDS found is kept for the rest of the step, as is whether HSC is active: SLUADMIN looks
 * them up once, not for each statement of a deck (a deck of 100,000 MVCMAINT statements).
 */
import { existsSync } from 'node:fs';
import { Cds, isBusy } from '../cds/Cds.js';
import { ElsimError } from '../core/errors.js';
import { busyTimeout } from '../core/openDatabase.js';
import type { StepContext } from '../program/contract.js';
import type { UtilitySchema } from './types.js';

export type CdsAnswer = { cds: Cds } | { message: ['SIM0312I' | 'SIM0313I' | 'SIM0314I' | 'SIM0872E', ...string[]] };

export class StepCds {
  private readonly open = new Map<string, Cds>();
  /** The CDS found for each kind of schema.cds, once found. */
  private readonly found = new Map<UtilitySchema['cds'], Cds>();
  private hsc: boolean | undefined;

  constructor(private readonly step: StepContext) {}

  /** Whether the simulated HSC is active, as the step first saw it. */
  hscActive(): boolean {
    this.hsc ??= this.step.system.hscActive();
    return this.hsc;
  }

  forSchema(schema: UtilitySchema, command: string): CdsAnswer {
    const known = this.found.get(schema.cds);
    if (known) return { cds: known };
    const answer = this.lookUp(schema, command);
    if ('cds' in answer) this.found.set(schema.cds, answer.cds);
    return answer;
  }

  private lookUp(schema: UtilitySchema, command: string): CdsAnswer {
    const slscntl = this.step.dd('SLSCNTL');
    let path: string | undefined;
    let name: string;
    if (slscntl) {
      name = slscntl.dsn ?? 'SLSCNTL';
      path = slscntl.filePath;
      if (!path) return { message: ['SIM0314I', name, 'THE SLSCNTL DD IS NOT A CATALOGED DATA SET'] };
    } else if (schema.cds === 'slscntl') {
      return { message: ['SIM0313I', command] };
    } else {
      const dsn = this.step.system.activeCds();
      if (!dsn) return { message: ['SIM0312I', command] };
      name = dsn;
      path = this.step.system.datasetPath(dsn);
      if (!path) return { message: ['SIM0314I', dsn, 'NOT IN THE CATALOG'] };
    }
    const known = this.open.get(path);
    if (known) return { cds: known };
    if (!existsSync(path)) return { message: ['SIM0314I', name, 'ITS FILE DOES NOT EXIST'] };
    try {
      const cds = Cds.open(path);
      this.open.set(path, cds);
      return { cds };
    } catch (e) {
      if (isBusy(e) || (e instanceof ElsimError && e.id === 'SIM1512E')) return { message: ['SIM0872E', command, String(Math.round(busyTimeout() / 1000))] };
      // A file that is not a CDS (SIM1501E) or a full or read-only disk (SIM151x): its reason and id.
      if (e instanceof ElsimError) return { message: ['SIM0314I', name, e.id === 'SIM1501E' ? `NOT A CDS: ${e.detail ?? e.message} (${e.id})` : `${e.id} ${e.message}`] };
      return { message: ['SIM0314I', name, firstLine(e)] };
    }
  }

  closeAll(): void {
    for (const cds of this.open.values()) cds.close();
    this.open.clear();
    this.found.clear();
  }
}

export function firstLine(e: unknown): string {
  const text = e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);
  const line = text.split('\n')[0] ?? '';
  return line.length > 100 ? `${line.slice(0, 97)}...` : line;
}

/**
 * Runs a step's program and says how it ended: its return code (above 4095 truncated, as register
 * 15 is), or an abend — S806 when the registry has no such program, S013 on an OPEN failure,
 * U4000 (SIM0201E) when the program throws, or the abend the program asked for.
 */
import type { Diagnostic } from '../core/Diagnostic.js';
import { faultKindOf, type FaultKind } from '../core/environmentFault.js';
import { sim } from '../core/simMessages.js';
import type { JclStep } from '../jcl/types.js';
import { jes } from './messages.js';
import { normalizeAbend } from './stepHistory.js';
import type { Program, ProgramOutcome, StepContext } from '../program/contract.js';
import { isOpenFailure } from '../program/OpenAbend.js';

/** The user abend of a program that failed inside elsim. */
export const INTERNAL_ERROR_ABEND = 'U4000';

export interface Abend {
  code: string;
  reason: string;
  /** Messages before IEF450I (JESMSGLG) and IEF472I (JESYSMSG); lines starting with a blank continue the one before. */
  lines: string[];
  /** The message for the user's diagnostics. */
  diag?: { id: string; text: string };
}

export type Ended = { rc: number; reason?: Diagnostic } | Abend;

/**
 * The abend of a step whose program met a fault of the machine: out of space is SB37 (as a data
 * set that cannot extend), a read-only file system S913 (not allowed to write), another I/O error
 * S001, a lock held too long U4000. Data sets get their abnormal disposition: a new one is deleted.
 */
const FAULT_ABEND: Record<FaultKind, string> = { space: 'SB37', readonly: 'S913', io: 'S001', busy: INTERNAL_ERROR_ABEND };
const FAULT_WHAT: Record<FaultKind, string> = { space: 'NO SPACE LEFT', readonly: 'READ-ONLY FILE SYSTEM', io: 'I/O ERROR', busy: 'LOCKED BY ANOTHER PROCESS' };

function faultAbend(kind: FaultKind, e: unknown, step: JclStep): Abend {
  const code = FAULT_ABEND[kind];
  const why = `${FAULT_WHAT[kind]} (${(e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').toUpperCase()})`;
  const inserts = [step.program, step.name || '(UNNAMED)', why, code] as const;
  return { code, reason: '00000004', lines: [sim.line('SIM1521E', ...inserts)], diag: { id: 'SIM1521E', text: sim.text('SIM1521E', ...inserts) } };
}

export async function runProgram(programs: Readonly<Record<string, Program>>, step: JclStep, ctx: StepContext, jobname: string): Promise<Ended> {
  const program = Object.prototype.hasOwnProperty.call(programs, step.program) ? programs[step.program] : undefined;
  if (program === undefined) {
    return {
      code: 'S806',
      reason: '00000004',
      lines: [
        jes.line('CSV003I', step.program.padEnd(8)),
        jes.line('CSV028I', '806', '04', jobname.padEnd(8), step.name),
        jes.line('IEA995I'),
        '  SYSTEM COMPLETION CODE=806  REASON CODE=00000004',
      ],
      diag: { id: 'CSV003I', text: jes.text('CSV003I', step.program) },
    };
  }
  let outcome: ProgramOutcome;
  try {
    outcome = await program(ctx);
  } catch (e) {
    const fault = faultKindOf(e, ctx.system.root);
    if (fault !== undefined) return faultAbend(fault, e, step);
    if (isOpenFailure(e)) {
      const [first = ''] = e.lines;
      return { code: e.abend, reason: e.reason, lines: e.lines, diag: { id: first.split(' ')[0]!, text: first.slice(first.indexOf(' ') + 1) } };
    }
    const why = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').toUpperCase();
    const inserts = [step.program, step.name || '(UNNAMED)', why] as const;
    return { code: INTERNAL_ERROR_ABEND, reason: '00000000', lines: [sim.line('SIM0201E', ...inserts)], diag: { id: 'SIM0201E', text: sim.text('SIM0201E', ...inserts) } };
  }
  if ('rc' in outcome) {
    // A return code above 4095 is truncated, as register 15 is by the system.
    const rc = Number.isInteger(outcome.rc) && outcome.rc >= 0 ? outcome.rc % 4096 : 0;
    return rc > 0 && outcome.reason !== undefined ? { rc, reason: outcome.reason } : { rc };
  }
  const reason = (outcome.reason ?? '0').replace(/^0x/i, '').toUpperCase().padStart(8, '0').slice(-8);
  return { code: normalizeAbend(outcome.abend), reason, lines: [] };
}

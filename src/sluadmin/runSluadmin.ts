/**
 * The SLUADMIN dispatcher: SLSIN → Control Card Image Listing → one titled SLSPRINT section per
 * utility function, each ending with SLS0155I → the step return code (the highest condition code).
 *
 * SLSIN is read twice, as a stream (memory does not grow with the deck): first for the listing,
 * then to run each function as soon as it is planned (planStream: which utility, which deck
 * statements). Each function runs: its statement (and deck) is validated against
 * the schema, the CDS is opened, and the utility runs inside ONE immediate transaction, rolled
 * back when its code is 8 or more, when it asks for it, when it throws, and always for a
 * read-only utility.
 *
 * Condition codes (ELS SLUADMIN return codes): a syntax or parameter error refuses the function
 * with 8 (for a deck utility, also a statement in its deck that is not one of its statements)
 * and SLUADMIN goes on; a statement that is not a command (SLS0001I), cannot be read as one
 * (SLS0241I, also when longer than 32,767 characters) or names a function elsim does not
 * emulate, a function that cannot start (no CDS, subsystem down) or fails inside elsim gets 12,
 * and no later statement is processed.
 */
import { isBusy, type Cds } from '../cds/Cds.js';
import { faultKindOf } from '../core/environmentFault.js';
import { killPoint } from '../core/killPoint.js';
import { busyTimeout } from '../core/openDatabase.js';
import type { Diagnostic } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';
import type { AllocatedDd, RecordWriter, StepContext } from '../program/contract.js';
import { sls } from './messages.js';
import { parseSluadminParm, type SluadminParm } from './parseSluadminParm.js';
import { placeOnCard, type SlsinPlace } from './placeOnCard.js';
import { planStream, type Planned, type Unit } from './planFunctions.js';
import { SlsPrint, type SectionNotes } from './SlsPrint.js';
import { firstLine, StepCds } from './StepCds.js';
import { IGNORE, unitsOf, type UnitSink } from './unitsOf.js';
import { validateFunction } from './validateFunction.js';
import { isBareUtility, type BareUtilityContext, type Utility, type UtilityContext, type UtilityOutcome, type ValidatedStatement } from './types.js';
import { commandName } from './validateStatement.js';

export const LISTING_TITLE = 'Control Card Image Listing';
export const INVALID_TITLE = 'Invalid Utility Control Statement';

const RULER = ' CARD   ' + '----+----1----+----2----+----3----+----4----+----5----+----6----+----7----+----8';
const NOTE_INDENT = ' '.repeat(8);

/** Runs SLUADMIN for one step with the utilities of `registry`. Returns the step return code. */
export function runSluadmin(ctx: StepContext, registry: readonly Utility[]): number {
  return runSluadminStep(ctx, registry).rc;
}

/**
 * Runs SLUADMIN for one step; with the return code, the reason it is not 0: the first error (or,
 * for RC 4, warning) of the first function that ended with the step's code, placed on its SLSIN
 * card — in the submitted JCL when SLSIN is in-stream data.
 */
export function runSluadminStep(ctx: StepContext, registry: readonly Utility[]): { rc: number; reason?: Diagnostic } {
  const printDd = ctx.dd('SLSPRINT');
  if (!printDd) {
    ctx.sysmsg(sim.line('SIM0310I', ctx.stepName));
    return { rc: 12, reason: sim.diag('SIM0310I', 'error', [ctx.stepName]) };
  }
  const parm = parseSluadminParm(ctx.parm);
  // SLSPRINT is opened first (a DD that cannot be written abends the step before anything runs)
  // and the listing goes to it page by page as it is printed.
  const out = openListing(printDd);
  const print = new SlsPrint({ mixed: parm.mixed, now: ctx.io.clock.now(), sink: (rs) => out.write(rs) });
  const cds = new StepCds(ctx);
  let rc: number;
  let reason: Diagnostic | undefined;
  /** A full, read-only or failing file system: the step abends once SLSPRINT has said what happened. */
  let fault: unknown;
  const session = new Session(ctx, registry, print, parm, cds);
  try {
    rc = session.run();
    reason = session.reason;
  } catch (e) {
    rc = 12;
    if (isStepFault(e, ctx)) fault = e;
    else {
      // A failure of the shell itself: still a listing and a code, never a stack trace.
      print.message('SIM0315E', 'SLUADMIN', firstLine(e));
      reason = sim.diag('SIM0315E', 'error', ['SLUADMIN', firstLine(e)]);
    }
  } finally {
    cds.closeAll();
  }
  try {
    print.flush();
  } catch (e) {
    if (fault === undefined) throw e;
  } finally {
    try {
      out.close();
    } catch (e) {
      if (fault === undefined) throw e;
    }
  }
  if (fault !== undefined) throw fault;
  return rc > 0 && reason !== undefined ? { rc, reason } : { rc };
}

/** A fault of the machine (not a lock: that is SIM0872E), which abends the step (jes/runProgram). */
function isStepFault(e: unknown, ctx: StepContext): boolean {
  const kind = faultKindOf(e, ctx.system.root);
  return kind !== undefined && kind !== 'busy';
}

/** SLSPRINT open for output; a DD that cannot stream takes the whole listing in one write at the end. */
function openListing(dd: AllocatedDd): RecordWriter {
  if (dd.openWriter) return dd.openWriter();
  const held: string[] = [];
  return {
    write: (rs) => {
      for (const r of rs) held.push(r);
    },
    close: () => dd.writeRecords(held),
  };
}

class Abort extends Error {}

class Session {
  /** Why the step's code is not 0 (set by run). */
  reason: Diagnostic | undefined;

  constructor(
    private readonly ctx: StepContext,
    private readonly registry: readonly Utility[],
    private readonly print: SlsPrint,
    private readonly parm: SluadminParm,
    private readonly cds: StepCds,
  ) {}

  run(): number {
    const { print } = this;
    print.section(LISTING_TITLE);
    print.headings([RULER]);
    for (const n of this.parm.notes) print.diagnostic(n);

    const slsin = this.ctx.dd('SLSIN');
    if (!slsin) {
      print.message('SIM0309I');
      this.reason = sim.diag('SIM0309I', 'error', []);
      return 12;
    }
    const records = slsin.readRecords();
    const file = slsin.dsn ?? 'SLSIN';
    const place = placer(slsin, file, records);
    // Two readings of SLSIN, each holding one function at a time: the first prints the listing
    // (every card with the notes about it), the second runs the functions.
    const listing = this.list(records, file);
    // A reader warning (an unclosed comment swallowed cards) makes the step end with at least 4.
    let rc = listing.warned ? 4 : 0;
    if (listing.warning) this.reason = place(listing.warning);
    if (listing.functions === 0) {
      print.message('SIM0308I');
      return rc;
    }

    for (const f of planStream(unitsOf(records, file, IGNORE), this.registry, () => {})) {
      const code = this.runFunction(f);
      if (code > rc) this.reason = place(reasonOf(print.sectionNotes(), code, f));
      print.message('SLS0155I', code);
      rc = Math.max(rc, code);
      if (code >= 12) break;
    }
    return rc;
  }

  /**
   * The Control Card Image Listing: every card, numbered, followed by the notes about it — the
   * reader's, then the planning's, then the parser's (each once). A card is printed once no
   * later statement can add a note to it: when the function after it has been planned.
   */
  private list(records: readonly string[], file: string): { functions: number; warned: boolean; warning?: Diagnostic } {
    const { print } = this;
    let warned = false;
    let warning: Diagnostic | undefined;
    /** Cards read and not yet printed, with their notes and each note's kind (printing order). */
    const held: { n: number; image: string; notes: [number, Diagnostic][] }[] = [];
    let first = 0;
    const noteOf = (kind: number) => (d: Diagnostic): void => {
      const line = d.card?.line ?? 0;
      const card = held[line - first];
      if (card !== undefined && card.n === line) card.notes.push([kind, d]);
    };
    const printUpTo = (line: number): void => {
      let k = 0;
      for (; k < held.length && held[k]!.n < line; k++) {
        const card = held[k]!;
        print.line(`${String(card.n).padStart(5)}   ${card.image}`);
        // Notes by kind, in the order found; a note said twice about a card is printed once.
        const notes = card.notes.length > 1 ? [...card.notes].sort((x, y) => x[0] - y[0]) : card.notes;
        const printed: Diagnostic[] = [];
        for (const [, d] of notes) {
          if (printed.some((x) => x.id === d.id && x.text === d.text)) continue;
          printed.push(d);
          print.line(`${NOTE_INDENT}${d.id} ${d.text}`);
        }
      }
      held.splice(0, k);
      first = held[0]?.n ?? first + k;
    };
    const readerNote = noteOf(0);
    const sink: UnitSink = {
      card: (c) => {
        if (held.length === 0) first = c.n;
        held.push({ n: c.n, image: c.image, notes: [] });
      },
      note: (d) => {
        if (d.severity === 'warning') {
          warned = true;
          warning ??= d;
        }
        readerNote(d);
      },
      unit: (u) => {
        if (u.parsed?.ok) for (const d of u.parsed.notes) parseNote(d);
        read.add(u);
      },
    };
    const planNote = noteOf(1);
    const parseNote = noteOf(2);
    const derivedNote = noteOf(3);
    /** The statements as read (a joined or split statement is new: its parse notes come last). */
    const read = new WeakSet<Unit>();
    let functions = 0;
    for (const f of planStream(unitsOf(records, file, sink), this.registry, planNote)) {
      functions++;
      printUpTo(firstLineOf(f));
      if (f.kind !== 'utility') continue;
      for (const u of [f.head, ...f.subs]) if (u.parsed?.ok && !read.has(u)) for (const d of u.parsed.notes) derivedNote(d);
    }
    printUpTo(Infinity);
    return warning === undefined ? { functions, warned } : { functions, warned, warning };
  }

  /** Runs one planned function and returns its condition code. */
  private runFunction(f: Planned): number {
    const { print } = this;
    switch (f.kind) {
      case 'invalid':
        print.section(INVALID_TITLE);
        print.message(f.id, f.insert);
        return 12;
      case 'badOption':
        print.section(`${f.verb.charAt(0)}${f.verb.slice(1).toLowerCase()} Utility`);
        if (f.option === undefined) print.message('SLS0006I', 1, f.verb, '');
        else print.message('SLS0005I', f.option, f.verb);
        return 8;
      case 'utility':
        break;
    }
    print.section(f.utility.schema.title);
    const v = validateFunction(f);
    if (v.statement === undefined) {
      for (const d of v.errors) print.diagnostic(d);
      return v.code;
    }
    return this.execute(f.utility, v.statement);
  }

  /** Environment checks, the CDS, and the run in one transaction. Returns the condition code. */
  private execute(utility: Utility, stmt: ValidatedStatement): number {
    const { print, ctx } = this;
    const schema = utility.schema;
    const cmd = commandName(schema);
    if (schema.needsHsc && !this.cds.hscActive()) {
      print.message('SIM0311I', cmd);
      return 12;
    }
    const bare: BareUtilityContext = { step: ctx, report: print, now: ctx.io.clock.now(), mixed: this.parm.mixed };
    const u = utility;
    let cds: Cds | undefined;
    let run: () => UtilityOutcome;
    if (isBareUtility(u)) {
      run = () => u.run(bare, stmt);
    } else {
      const answer = this.cds.forSchema(schema, cmd);
      if ('message' in answer) {
        const [id, ...inserts] = answer.message;
        print.message(id, ...inserts);
        return 12;
      }
      const uctx: UtilityContext = { ...bare, cds: answer.cds };
      cds = answer.cds;
      run = () => u.run(uctx, stmt);
    }

    let outcome: UtilityOutcome | undefined;
    let failure: unknown;
    const body = (): void => {
      try {
        outcome = run();
      } catch (e) {
        failure = e;
        throw new Abort();
      }
      if (schema.readOnly || outcome.rc >= 8 || outcome.rollback) throw new Abort();
      // The function's work is done inside its transaction: a kill here must leave the CDS as before.
      if (cds) killPoint('function.commit', cmd);
    };
    try {
      if (!cds) body();
      else if (schema.readOnly) cds.deferred(body);
      else {
        cds.immediate(body);
        if (failure === undefined) killPoint('function.committed', cmd);
      }
    } catch (e) {
      if (!(e instanceof Abort)) failure ??= e;
    }
    if (failure !== undefined && isBusy(failure)) {
      // Another job held the CDS reserve for longer than the wait: nothing was changed.
      print.message('SIM0872E', cmd, Math.round(busyTimeout() / 1000));
      return 12;
    }
    if (failure !== undefined && isStepFault(failure, ctx)) {
      // Rolled back; the step abends (SB37 for a full disk) after this line is printed.
      print.message('SIM1520E', cmd, firstLine(failure));
      throw failure;
    }
    if (failure !== undefined || outcome === undefined) {
      print.message('SIM0315E', cmd, firstLine(failure));
      return 12;
    }
    return outcome.rc;
  }
}

/** The first SLSIN line of a planned function. */
/**
 * The message that explains a function's condition code: its first error (code 8 or more) or
 * warning (code 4), else its first message, else SLS0155I itself; on the function's statement when
 * the message names no card.
 */
function reasonOf(notes: SectionNotes, code: number, f: Planned): Diagnostic {
  const u = f.kind === 'utility' ? f.head : f.unit;
  const d = (code >= 8 ? (notes.error ?? notes.warning) : (notes.warning ?? notes.error)) ?? notes.first ?? sls.diag('SLS0155I', 'info', [code]);
  return d.card === undefined ? { ...d, card: u.ls.pos } : d;
}

/** placeOnCard for this step's SLSIN DD. */
function placer(slsin: AllocatedDd, file: string, records: readonly string[]): (d: Diagnostic) => Diagnostic {
  const where: SlsinPlace = slsin.origin ? { origin: slsin.origin } : { label: slsin.member !== undefined ? `${file}(${slsin.member})` : file };
  return (d) => placeOnCard(d, file, records, where);
}

function firstLineOf(f: Planned): number {
  const u = f.kind === 'utility' ? f.head : f.unit;
  return u.ls.cards[0]?.line ?? u.ls.pos.line;
}

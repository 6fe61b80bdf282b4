/**
 * The SLUADMIN dispatcher: SLSIN → Control Card Image Listing → one titled SLSPRINT section per
 * utility function, each ending with SLS0155I → the step return code (the highest condition code).
 *
 * The statements are planned first (planFunctions: which utility, which deck statements), then
 * the listing is printed, then each function runs: its statement (and deck) is validated against
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
import { Cds, isBusy } from '../cds/Cds.js';
import type { Diagnostic } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';
import type { AllocatedDd, RecordWriter, StepContext } from '../jes/types.js';
import { utilities as productUtilities } from '../utilities/index.js';
import { sls } from './messages.js';
import { parseSluadminParm, type SluadminParm } from './parseSluadminParm.js';
import { deckSchemaOf, excerpt, planFunctions, unitOf, verbOf, type Planned, type Unit } from './planFunctions.js';
import { readStatements } from './readStatements.js';
import { SlsPrint } from './SlsPrint.js';
import { firstLine, StepCds } from './StepCds.js';
import type { Utility, UtilityContext, UtilityOutcome, UtilitySchema, ValidatedStatement } from './types.js';
import { commandName, validateStatement } from './validateStatement.js';

export const LISTING_TITLE = 'Control Card Image Listing';
export const INVALID_TITLE = 'Invalid Utility Control Statement';

const RULER = ' CARD   ' + '----+----1----+----2----+----3----+----4----+----5----+----6----+----7----+----8';
const NOTE_INDENT = ' '.repeat(8);

/** Runs SLUADMIN for one step. Returns the step return code. `registry` is for tests. */
export function runSluadmin(ctx: StepContext, registry: readonly Utility[] = productUtilities): number {
  const printDd = ctx.dd('SLSPRINT');
  if (!printDd) {
    ctx.sysmsg(sim.line('SIM0310I', ctx.stepName));
    return 12;
  }
  const parm = parseSluadminParm(ctx.parm);
  // SLSPRINT is opened first (a DD that cannot be written abends the step before anything runs)
  // and the listing goes to it page by page as it is printed.
  const out = openListing(printDd);
  const print = new SlsPrint({ mixed: parm.mixed, now: ctx.io.clock.now(), sink: (rs) => out.write(rs) });
  const cds = new StepCds(ctx);
  let rc: number;
  try {
    rc = new Session(ctx, registry, print, parm, cds).run();
  } catch (e) {
    // A failure of the shell itself: still a listing and a code, never a stack trace.
    print.message('SIM0315E', 'SLUADMIN', firstLine(e));
    rc = 12;
  } finally {
    cds.closeAll();
  }
  try {
    print.flush();
  } finally {
    out.close();
  }
  return rc;
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
      return 12;
    }
    const reading = readStatements(slsin.readRecords(), slsin.dsn ?? 'SLSIN');
    const units = reading.statements.map(unitOf);
    const plan = planFunctions(units, this.registry);

    // The listing: every card, numbered, with the notes about it.
    const notes = [...reading.notes, ...plan.notes];
    for (const u of units) if (u.parsed?.ok) notes.push(...u.parsed.notes);
    const listed = new Set(units);
    for (const f of plan.functions) {
      if (f.kind !== 'utility') continue;
      for (const u of [f.head, ...f.subs]) if (u.parsed?.ok && !listed.has(u)) notes.push(...u.parsed.notes);
    }
    const byLine = new Map<number, Diagnostic[]>();
    for (const d of notes) {
      const line = d.card?.line ?? 0;
      if (!byLine.get(line)?.some((x) => x.id === d.id && x.text === d.text)) byLine.set(line, [...(byLine.get(line) ?? []), d]);
    }
    for (const card of reading.cards) {
      print.line(`${String(card.n).padStart(5)}   ${card.image}`);
      for (const d of byLine.get(card.n) ?? []) print.line(`${NOTE_INDENT}${d.id} ${d.text}`);
    }
    // A reader warning (an unclosed comment swallowed cards) makes the step end with at least 4.
    let rc = reading.notes.some((d) => d.severity === 'warning') ? 4 : 0;
    if (plan.functions.length === 0) {
      print.message('SIM0308I');
      return rc;
    }

    for (const f of plan.functions) {
      const code = this.runFunction(f);
      print.message('SLS0155I', code);
      rc = Math.max(rc, code);
      if (code >= 12) break;
    }
    return rc;
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
    const schema = f.utility.schema;
    print.section(schema.title);

    let code = 0;
    const errors: Diagnostic[] = [];
    // In a deck, each refused statement's messages are headed by its card (SIM0317I).
    const isDeck = schema.deck !== undefined;
    const about = (u: Unit): Diagnostic[] => (isDeck ? [sim.diag('SIM0317I', 'info', [u.ls.pos.line, excerpt(u.ls.text)], { card: u.ls.pos })] : []);
    const head = this.check(f.head, schema);
    if ('errors' in head) {
      errors.push(...about(f.head), ...head.errors);
      code = head.code;
    }
    const deck: ValidatedStatement[] = [];
    for (const sub of f.subs) {
      const subSchema = deckSchemaOf(sub, schema);
      if (!subSchema) {
        // Not a statement of this deck: the deck utility refuses its deck (8), as for any
        // parameter error; only an over-long statement stops SLUADMIN.
        const subVerb = verbOf(sub);
        errors.push(
          ...about(sub),
          subVerb === undefined
            ? sls.diag('SLS0241I', 'error', [excerpt(sub.ls.text)], { card: sub.ls.pos })
            : sls.diag('SLS0001I', 'error', [subVerb], { card: sub.ls.pos }),
        );
        code = Math.max(code, sub.ls.tooLong ? 12 : 8);
        continue;
      }
      const r = this.check(sub, subSchema);
      if ('errors' in r) {
        errors.push(...about(sub), ...r.errors);
        code = Math.max(code, r.code);
      } else {
        deck.push(r.statement);
      }
    }
    if ('errors' in head || code > 0) {
      for (const d of errors) print.diagnostic(d);
      return code;
    }
    head.statement.deck = deck;
    return this.execute(f.utility, head.statement);
  }

  /** Parse and validate one statement against a schema. */
  private check(u: Unit, schema: UtilitySchema): { statement: ValidatedStatement } | { errors: Diagnostic[]; code: number } {
    if (u.parsed === undefined) {
      return { errors: [sls.diag('SLS0241I', 'error', [excerpt(u.ls.text)], { card: u.ls.pos })], code: 12 };
    }
    if (!u.parsed.ok) {
      const p = u.parsed;
      return { errors: [sls.diag('SLS0006I', 'error', [p.parmOffset, commandName(schema), p.near], { card: p.pos })], code: 8 };
    }
    const v = validateStatement(u.parsed.statement, schema);
    return v.ok ? { statement: v.statement } : { errors: v.errors, code: 8 };
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
    let cds: UtilityContext['cds'];
    if (schema.cds !== 'none') {
      const answer = this.cds.forSchema(schema, cmd);
      if ('message' in answer) {
        const [id, ...inserts] = answer.message;
        print.message(id, ...inserts);
        return 12;
      }
      cds = answer.cds;
    }
    const uctx: UtilityContext = { step: ctx, report: print, cds, now: ctx.io.clock.now(), mixed: this.parm.mixed };

    let outcome: UtilityOutcome | undefined;
    let failure: unknown;
    const body = (): void => {
      try {
        outcome = utility.run(uctx, stmt);
      } catch (e) {
        failure = e;
        throw new Abort();
      }
      if (schema.readOnly || outcome.rc >= 8 || outcome.rollback) throw new Abort();
    };
    try {
      if (!cds) body();
      else if (schema.readOnly) cds.deferred(body);
      else cds.immediate(body);
    } catch (e) {
      if (!(e instanceof Abort)) failure ??= e;
    }
    if (failure !== undefined && isBusy(failure)) {
      // Another job held the CDS reserve for longer than the wait: nothing was changed.
      print.message('SIM0872E', cmd, Math.round(Cds.busyTimeoutMs / 1000));
      return 12;
    }
    if (failure !== undefined || outcome === undefined) {
      print.message('SIM0315E', cmd, firstLine(failure));
      return 12;
    }
    return outcome.rc;
  }
}

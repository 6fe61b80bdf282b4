/**
 * ACTMVCGN: reads the CDS only. The MVCs selected — by default those holding a current VTV copy
 * (the copies a DR test recalls), with ALL every non-empty MVC (any copy, current or superseded,
 * or space in use) — within the ACS, pool and storage manager coded, in volser order from one
 * query over the mvc table and the copy index (vtv_copy(mvc, current, vtv)). Each deck is written
 * once, atomically, when the selection is complete: SLUSMVON and SLUSMVOF are expected (a missing
 * one is a warning), SLUSMAUD is optional (chapter 7's examples do not code it); none of the three
 * is an error.
 */
import type { AllocatedDd, RecordWriter } from '../../program/contract.js';
import type { CdsUtility, UtilityContext, UtilityOutcome, ValidatedStatement } from '../../sluadmin/types.js';
import { headingLines } from '../reportColumns.js';
import { flag, text } from '../paramValues.js';
import { ACTMVCGN_COLUMNS, card, DECKS, mvcLine, type ActiveMvcRow } from './report.js';
import { actmvcgnSchema } from './schema.js';

export function runActmvcgn(ctx: UtilityContext, stmt: ValidatedStatement): UtilityOutcome {
  const db = ctx.cds.db;
  const report = ctx.report;
  const v = stmt.values;
  const all = flag(v, 'ALL');
  const acs = text(v, 'ACS');
  const pool = text(v, 'MVCPOOL');
  const stormngr = text(v, 'STORMNGR');

  const dds = DECKS.map((d) => ({ ...d, alloc: ctx.step.dd(d.dd) }));
  if (dds.every((d) => !d.alloc)) {
    report.message('SIM0766E');
    return { rc: 8 };
  }

  // Names coded must exist: a misspelt pool would silently select nothing.
  let bad = false;
  if (acs !== undefined && db.prepare('SELECT 1 FROM acs WHERE acs_id = ?').get(acs) === undefined) {
    report.message('SIM0770E', 'ACS', acs, 'ACS');
    bad = true;
  }
  if (pool !== undefined && db.prepare("SELECT 1 FROM pool WHERE name = ? AND type = 'MVC'").get(pool) === undefined) {
    report.message('SIM0770E', 'MVCPOOL', pool, 'MVC POOL');
    bad = true;
  }
  if (stormngr !== undefined && db.prepare('SELECT 1 FROM cfg_stormngr WHERE name = ?').get(stormngr) === undefined) {
    report.message('SIM0770E', 'STORMNGR', stormngr, 'STORAGE MANAGER');
    bad = true;
  }
  if (bad) return { rc: 8 };

  // The copy counts come from one pass over each MVC's copies (the vtv_copy_mvc index), grouped
  // per MVC in volser order; the selection of non-empty MVCs is a condition on those counts.
  const where: string[] = [];
  const having = all ? 'count(c.mvc) > 0 OR m.used_mb > 0' : 'coalesce(sum(c.current), 0) > 0';
  const params: string[] = [];
  if (acs !== undefined) {
    where.push('m.acs = ?');
    params.push(acs);
  }
  if (pool !== undefined) {
    where.push('m.pool = ?');
    params.push(pool);
  }
  if (stormngr !== undefined) {
    where.push('m.stormngr = ?');
    params.push(stormngr);
  }
  const selection = [all ? 'ALL NON-EMPTY' : 'WITH CURRENT VTV COPIES', acs && `ACS ${acs}`, pool && `MVCPOOL ${pool}`, stormngr && `STORMNGR ${stormngr}`]
    .filter(Boolean)
    .join(', ');

  report.headings(headingLines(ACTMVCGN_COLUMNS));
  const rows = db
    .prepare(
      `SELECT m.volser, m.pool, coalesce(m.stormngr, 'ACS ' || m.acs),
              coalesce(sum(c.current), 0), count(c.mvc),
              m.used_mb, m.read_only, m.drtest
         FROM mvc m LEFT JOIN vtv_copy c ON c.mvc = m.volser
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        GROUP BY m.volser HAVING ${having} ORDER BY m.volser`,
    )
    .raw(true)
    .iterate(...params) as IterableIterator<ActiveMvcRow>;
  // The decks are streamed: each coded deck DD is opened for output now (in DECKS order, up to
  // the first that cannot be), its cards written a block at a time, and it becomes the data set
  // when closed after the selection. A DD that cannot be opened fails where writing it would
  // have failed: after the listing and the decks before it.
  const decks = dds.map((d) => ({ ...d, writer: undefined as RecordWriter | undefined, cards: [] as string[], written: 0 }));
  let openFailure: { deck: number; error: unknown } | undefined;
  for (const [i, d] of decks.entries()) {
    if (!d.alloc) continue;
    try {
      // Two deck DDs naming one data set are written one after the other, as whole decks.
      const shared = decks.some((o, j) => j < i && o.alloc?.filePath !== undefined && o.alloc.filePath === d.alloc!.filePath);
      d.writer = d.alloc.openWriter && !shared ? d.alloc.openWriter() : heldWriter(d.alloc);
    } catch (e) {
      openFailure = { deck: i, error: e };
      break;
    }
  }
  const flush = (d: (typeof decks)[number]): void => {
    d.writer!.write(d.cards);
    d.written += d.cards.length;
    d.cards = [];
  };
  let count = 0;
  for (const r of rows) {
    report.line(mvcLine(r));
    for (const d of decks) {
      if (d.writer === undefined) continue;
      d.cards.push(card(d.statement(r[0])));
      if (d.cards.length === CARD_BLOCK) flush(d);
    }
    count++;
  }
  report.line();
  report.message('SIM0765I', count, selection);
  let rc = 0;
  if (count === 0) {
    report.message('SIM0769W');
    rc = 4;
  }
  decks.forEach((d, i) => {
    if (!d.alloc) {
      if (d.dd !== 'SLUSMAUD') {
        report.message('SIM0767W', d.dd, d.what);
        rc = Math.max(rc, 4);
      }
      return;
    }
    if (openFailure !== undefined && i >= openFailure.deck) throw openFailure.error;
    flush(d);
    d.writer!.close();
    report.message('SIM0768I', d.written, `${d.dd} ${d.alloc.dsn ?? ''}`.trimEnd(), d.what);
  });
  return { rc };
}

/** Cards per write to a deck. */
const CARD_BLOCK = 4096;

/** A DD that cannot stream: its cards held and written with one writeRecords call on close. */
function heldWriter(dd: AllocatedDd): RecordWriter {
  const held: string[] = [];
  return {
    write: (rs) => {
      for (const r of rs) held.push(r);
    },
    close: () => dd.writeRecords(held),
  };
}

/** ACTMVCGN for the SLUADMIN registry: its parameters as data and its run. */
export const actmvcgnUtility: CdsUtility = { schema: actmvcgnSchema, run: runActmvcgn };

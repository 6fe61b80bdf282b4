/** SLSIN records → parsed statements (Units), one at a time as the cards are read. */
import type { Diagnostic } from '../core/Diagnostic.js';
import { unitOf, type Unit } from './planFunctions.js';
import { slsinReader, type LogicalStatement, type SlsCard } from './readStatements.js';

/** What a reading of SLSIN is told: each card, each reader note, each statement parsed. */
export interface UnitSink {
  card(c: SlsCard): void;
  note(d: Diagnostic): void;
  unit(u: Unit): void;
}

export const IGNORE: UnitSink = { card: () => {}, note: () => {}, unit: () => {} };

/** SLSIN's statements, parsed, one at a time as the cards are read. */
export function* unitsOf(records: Iterable<string>, file: string, sink: UnitSink): Generator<Unit> {
  const ready: LogicalStatement[] = [];
  const reader = slsinReader(file, {}, { card: sink.card, note: sink.note, statement: (ls) => ready.push(ls) });
  const drain = function* (): Generator<Unit> {
    for (const ls of ready) {
      const u = unitOf(ls);
      sink.unit(u);
      yield u;
    }
    ready.length = 0;
  };
  for (const r of records) {
    reader.read(r);
    if (ready.length > 0) yield* drain();
  }
  reader.end();
  yield* drain();
}

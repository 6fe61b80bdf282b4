import test from 'ava';
import { planStream, unitOf, type Unit } from '../../../src/sluadmin/planFunctions.js';
import { readStatements } from '../../../src/sluadmin/readStatements.js';
import { fakeRegistry } from './fakeUtilities.js';

const unitsFor = (cards: string[]): Unit[] => readStatements(cards, 'T').statements.map(unitOf);

/** The units one at a time, counting how many the planner has taken. */
function counted(units: Unit[]): { it: Iterable<Unit>; taken: () => number } {
  let taken = 0;
  return {
    it: (function* () {
      for (const u of units) {
        taken++;
        yield u;
      }
    })(),
    taken: () => taken,
  };
}

test('a function is given as soon as its last statement is known, not after the whole deck', (t) => {
  const deck = [' FAKEUPD VOL(A00000)', ' FAKECFG', ' ALPHA NAME=A', ' ALPHA NAME=B', ' FAKERPT', ' FAKEUPD VOL(A00001)'];
  const c = counted(unitsFor(deck));
  const plan = planStream(c.it, fakeRegistry, () => {});
  const taken: number[] = [];
  const kinds: string[] = [];
  for (const f of plan) {
    taken.push(c.taken());
    kinds.push(f.kind === 'utility' ? `${f.utility.schema.verb}+${f.subs.length}` : f.kind);
  }
  // FAKECFG's deck ends when FAKERPT (the 5th statement) has been read.
  t.deepEqual(taken, [1, 5, 5, 6]);
  t.deepEqual(kinds, ['FAKEupd+0', 'FAKECFG+2', 'FAKERpt+0', 'FAKEupd+0']);
});

test('a deck is closed by the statement after it; its notes are given before the function', (t) => {
  const deck = [' FAKECFG ALPHA NAME=A', 'LOW=5', ' ALPHA NAME=C', ' FAKERPT'];
  const c = counted(unitsFor(deck));
  const notes: string[] = [];
  const seen: string[] = [];
  for (const f of planStream(c.it, fakeRegistry, (d) => notes.push(`${d.id}@${d.card?.line}`))) {
    seen.push(`${f.kind === 'utility' ? f.utility.schema.verb : f.kind} after ${notes.join(',')}`);
    if (f.kind === 'utility' && f.utility.schema.verb === 'FAKECFG') {
      t.deepEqual([f.head.ls.text, ...f.subs.map((u) => u.ls.text)], ['FAKECFG', 'ALPHA NAME=A LOW=5', 'ALPHA NAME=C']);
    }
  }
  t.deepEqual(seen, ['FAKECFG after SIM0412I@1,SIM0401I@2', 'FAKERpt after SIM0412I@1,SIM0401I@2']);
});

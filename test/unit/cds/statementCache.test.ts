// Cds.statement prepares a statement once per open CDS (per SQL text and mode) and keeps the most
// recently used ones; Cds.immediate/deferred run a function in a transaction and roll it back on
// a throw, with one transaction function for every call.
import test from 'ava';
import { Cds } from '../../../src/cds/Cds.js';
import { tempCds } from '../../helpers/tempCds.js';

test('the same SQL gives the same prepared statement; pluck is a separate statement', (t) => {
  const c = tempCds(false);
  try {
    const a = c.cds.statement('SELECT 1 AS one, 2 AS two');
    t.is(c.cds.statement('SELECT 1 AS one, 2 AS two'), a);
    t.deepEqual(a.get(), { one: 1, two: 2 });
    const p = c.cds.statement('SELECT 1 AS one, 2 AS two', { pluck: true });
    t.not(p, a);
    t.is(p.get(), 1);
    t.deepEqual(c.cds.statement('SELECT 1 AS one, 2 AS two').get(), { one: 1, two: 2 });
  } finally {
    c.dispose();
  }
});

test('the least recently used statement is dropped beyond the cache size', (t) => {
  const c = tempCds(false);
  try {
    const first = c.cds.statement('SELECT 0');
    const kept = c.cds.statement('SELECT -1');
    for (let i = 1; i < Cds.statementCacheSize - 1; i++) c.cds.statement(`SELECT ${i}`);
    t.is(c.cds.statement('SELECT 0'), first); // used again: now the most recent
    c.cds.statement('SELECT 1000');
    c.cds.statement('SELECT 1001');
    t.not(c.cds.statement('SELECT -1'), kept);
    t.is(c.cds.statement('SELECT 0'), first);
  } finally {
    c.dispose();
  }
});

test('immediate and deferred commit, or roll back on a throw', (t) => {
  const c = tempCds(false);
  try {
    c.cds.db.exec('CREATE TABLE t (x INTEGER)');
    t.is(c.cds.immediate(() => c.cds.db.prepare('INSERT INTO t VALUES (1)').run().changes), 1);
    t.throws(() =>
      c.cds.immediate(() => {
        c.cds.db.prepare('INSERT INTO t VALUES (2)').run();
        throw new Error('no');
      }),
    );
    t.throws(() =>
      c.cds.deferred(() => {
        c.cds.db.prepare('INSERT INTO t VALUES (3)').run();
        throw new Error('no');
      }),
    );
    t.is(c.cds.deferred(() => c.cds.db.prepare('SELECT group_concat(x) FROM t').pluck().get()), '1');
  } finally {
    c.dispose();
  }
});

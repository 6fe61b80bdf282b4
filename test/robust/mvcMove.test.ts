/**
 * `elsim mvc move` is recoverable (issue 14, failure 7). Killed at each named point inside its
 * window (ELSIM_STOP_AT, not a timed kill), the move is finished or undone by the next command
 * that opens either system: every cartridge ends in exactly one system with all its contents, the
 * source CDS records it ejected exactly when it is in the target, and no intent is left.
 */
import test, { type ExecutionContext } from 'ava';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { demoTemplate } from '../helpers/demoSystem.js';
import { runElsim } from './elsimChild.js';

const VOLSERS = ['AO1000', 'AO1001', 'AO1002', 'AO1003', 'AO1004'];
const RANGE = 'AO1000-AO1004';


async function twoSites(t: ExecutionContext): Promise<{ a: string; b: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-move-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const a = join(dir, 'site-a');
  const b = join(dir, 'site-b');
  cpSync(await demoTemplate(), a, { recursive: true });
  cpSync(await demoTemplate('B'), b, { recursive: true });
  return { a, b };
}

interface Where {
  /** volser → the system holding it ('a', 'b', 'both', 'none') */
  place: Record<string, string>;
  /** volser → its contents, as lines */
  contents: Record<string, string>;
  ejected: Record<string, number>;
  intents: number;
}

function read(sys: string, sql: string, ...params: unknown[]): unknown[] {
  const db = new Database(join(sys, sql.includes('FROM mvc ') ? 'catalog/HLQ.DBASEPRM' : 'hardware.db'), { readonly: true });
  try {
    return db.prepare(sql).all(...params);
  } finally {
    db.close();
  }
}

function where(a: string, b: string): Where {
  const w: Where = { place: {}, contents: {}, ejected: {}, intents: 0 };
  for (const v of VOLSERS) {
    const inA = read(a, 'SELECT volser FROM hw_mvc WHERE volser = ?', v).length > 0;
    const inB = read(b, 'SELECT volser FROM hw_mvc WHERE volser = ?', v).length > 0;
    w.place[v] = inA && inB ? 'both' : inA ? 'a' : inB ? 'b' : 'none';
    const holder = inB ? b : a;
    w.contents[v] = (read(holder, 'SELECT block, vtv, size_mb, written FROM hw_mvc_vtv WHERE mvc = ? ORDER BY block', v) as object[]).map((r) => JSON.stringify(r)).join('\n');
    w.ejected[v] = (read(a, 'SELECT ejected FROM mvc WHERE volser = ?', v) as { ejected: number }[])[0]!.ejected;
  }
  for (const s of [a, b]) w.intents += (read(s, 'SELECT move_id FROM hw_move_out UNION ALL SELECT move_id FROM hw_move_in') as unknown[]).length;
  return w;
}

for (const [point, outcome] of [
  ['move.intent', 'undone'],
  ['move.ejected', 'finished'],
  ['move.cds', 'finished'],
  ['move.entered', 'finished'],
] as const) {
  for (const side of ['source', 'target'] as const) {
    test(`mvc move killed at ${point}, recovered from the ${side}: ${outcome}, every MVC in one system with its contents`, async (t) => {
      const { a, b } = await twoSites(t);
      const before = where(a, b);
      t.deepEqual(Object.values(before.place), VOLSERS.map(() => 'a'));
      t.true(Object.values(before.contents).some((c) => c.length > 0), 'the MVCs hold copies');
      const r = await runElsim(['mvc', 'move', '--system', a, '--to', b, RANGE], { env: { ELSIM_STOP_AT: point } });
      t.is(r.signal, 'SIGKILL', r.stderr);
      const killed = where(a, b);
      t.false(Object.values(killed.place).includes('both'), 'an MVC in both systems');
      t.true(killed.intents > 0, 'the intent is recorded');
      // Any command that uses the hardware of either system finishes or undoes the move. (Killed
      // before the source gave anything up, the source has nothing to do; killed after the target
      // took the cartridges, the target has nothing to do: the other side closes its intent.)
      const rec = await runElsim(['clock', 'show', '--system', side === 'source' ? a : b]);
      t.is(rec.code, 0, rec.stderr);
      const nothingHere = (point === 'move.intent' && side === 'source') || (point === 'move.entered' && side === 'target');
      if (nothingHere) t.notRegex(rec.stderr, /SIM154[01]I/);
      else t.regex(rec.stderr, outcome === 'finished' ? /SIM1540I MVC MOVE OF AO1000 .* FINISHED/ : /SIM1541I MVC MOVE OF AO1000 .* UNDONE/);
      const now = where(a, b);
      t.deepEqual(Object.values(now.place), VOLSERS.map(() => (outcome === 'finished' ? 'b' : 'a')));
      t.deepEqual(now.contents, before.contents, 'contents kept');
      t.deepEqual(now.ejected, outcome === 'finished' ? Object.fromEntries(VOLSERS.map((v) => [v, 1])) : before.ejected);
      const other = await runElsim(['clock', 'show', '--system', side === 'source' ? b : a]);
      t.is(other.code, 0, other.stderr);
      const after = where(a, b);
      t.deepEqual(after, { ...now, intents: 0 });
      if (outcome === 'undone') {
        const again = await runElsim(['mvc', 'move', '--system', a, '--to', b, RANGE]);
        t.is(again.code, 0, again.stderr);
        t.deepEqual(Object.values(where(a, b).place), VOLSERS.map(() => 'b'));
      }
    });
  }
}

test('a move whose target system is gone is undone by the source: the MVCs come back as they were', async (t) => {
  const { a, b } = await twoSites(t);
  const before = where(a, b);
  const r = await runElsim(['mvc', 'move', '--system', a, '--to', b, RANGE], { env: { ELSIM_STOP_AT: 'move.cds' } });
  t.is(r.signal, 'SIGKILL');
  const b2 = `${b}-gone`;
  cpSync(b, b2, { recursive: true });
  rmSync(b, { recursive: true, force: true });
  const rec = await runElsim(['clock', 'show', '--system', a]);
  t.is(rec.code, 0, rec.stderr);
  t.regex(rec.stderr, /SIM1541I .* UNDONE .* THE TARGET SYSTEM IS GONE/);
  // Put the target back: it no longer expects them, and nothing is in two places.
  cpSync(b2, b, { recursive: true });
  const recB = await runElsim(['clock', 'show', '--system', b]);
  t.is(recB.code, 0, recB.stderr);
  const after = where(a, b);
  t.deepEqual(Object.values(after.place), VOLSERS.map(() => 'a'));
  t.deepEqual(after.contents, before.contents);
  t.deepEqual(after.ejected, before.ejected);
  t.is(after.intents, 0);
});

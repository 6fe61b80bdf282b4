/**
 * The fixed-seed fuzz run of `npm test` (`npm run fuzz -- --count 150 --seed 20261121`): 150
 * mutants of the seed, golden and demo decks through check, submit and sluadmin. None may crash,
 * end without a message id or with an exit code outside the documented set, change a CDS when
 * every function was refused, or leave a CDS that fails `elsim cds verify`.
 */
import test from 'ava';
import { fixedClock, memoryIo } from '../../src/core/Io.js';
import { runFuzz } from '../../src/fuzz/runFuzz.js';
import { fuzzMutant } from '../../src/fuzz/runFuzzCase.js';
import { loadCorpus } from '../../src/fuzz/fuzzCorpus.js';
import { mutators } from '../../src/fuzz/mutators.js';
import { prng } from '../../src/fuzz/prng.js';

test('150 fuzz cases: no crash, no unexplained exit, no refused run changing a CDS, no unsound CDS', async (t) => {
  const io = memoryIo(fixedClock('2026-11-21T08:00:00Z'));
  const s = await runFuzz({ count: 150, seed: 20261121 }, io);
  t.is(s.cases, 150);
  t.is(s.runs, 450);
  t.deepEqual(s.problemCases.length, 0, io.stdout.join('\n'));
});

test('a case is replayed from its seed and number alone', (t) => {
  const corpus = loadCorpus();
  const a = fuzzMutant(corpus, 5, 17);
  const b = fuzzMutant(corpus, 5, 17);
  t.is(a.text, b.text);
  t.deepEqual(a.applied, b.applied);
  t.not(fuzzMutant(corpus, 5, 18).caseSeed, a.caseSeed);
});

test('the corpus holds JCL, SLSIN decks and parameter library members; every mutator changes something', (t) => {
  const corpus = loadCorpus();
  for (const kind of ['jcl', 'deck', 'parmlib'] as const) t.true(corpus.some((c) => c.kind === kind), kind);
  const deck = '//J JOB (A),X\n//S EXEC PGM=SLUADMIN\n//SLSIN DD *\n VTVRPT VTV(A00000-A00009)\n/*\n';
  let seed = 1;
  for (const m of mutators) {
    let changed = false;
    for (let i = 0; i < 20 && !changed; i++) {
      changed = m.apply(deck, prng(seed++), () => 'X') !== deck;
    }
    t.true(changed, m.name);
  }
});

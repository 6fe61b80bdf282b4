import test from 'ava';
import { readFileSync, readdirSync } from 'node:fs';
import { MAX_STATEMENT_LENGTH, readStatements } from '../../../src/sluadmin/readStatements.js';

const texts = (records: string[]): string[] => readStatements(records, 'T').statements.map((s) => s.text);
const ids = (records: string[]): string[] => readStatements(records, 'T').notes.map((n) => n.id);

test('one statement per card, text from column 2, leading blanks dropped', (t) => {
  t.deepEqual(texts([' SCRATCH VOL(A00000)', '   VTVRPT ALL']), ['SCRATCH VOL(A00000)', 'VTVRPT ALL']);
  t.deepEqual(ids([' SCRATCH VOL(A00000)']), []);
});

test('columns 73-80 are ignored (sequence numbers)', (t) => {
  const card = ' VTVRPT ALL'.padEnd(72) + '00010000';
  t.deepEqual(texts([card]), ['VTVRPT ALL']);
  t.deepEqual(ids([card]), []);
});

test('text crossing column 72 is cut there and noted (SIM0304I)', (t) => {
  const card = ' VTVRPT VTVID(A00000-A00099) '.padEnd(70, 'X') + 'ABCDEF';
  const r = readStatements([card], 'T');
  t.is(r.statements[0]!.text.length, 71);
  t.deepEqual(r.notes.map((n) => n.id), ['SIM0304I']);
  t.is(r.notes[0]!.card!.line, 1);
});

test('an asterisk in column 1 makes a comment card, also between continued cards', (t) => {
  t.deepEqual(texts(['* a comment', ' SCRATCH -', '* inside', '   VOL(A00000)']), ['SCRATCH VOL(A00000)']);
});

test('/* */ comments are removed, inline and across cards, but not inside apostrophes', (t) => {
  t.deepEqual(texts([' SCRATCH /* why */ VOL(A00000)']), ['SCRATCH   VOL(A00000)']);
  t.deepEqual(texts([' /* starts here', '    and ends here */ VTVRPT ALL']), ['VTVRPT ALL']);
  t.deepEqual(texts([" SET VAULT DESC('A /* B')"]), ["SET VAULT DESC('A /* B')"]);
  t.deepEqual(texts(['/* column-1 comment */', ' VTVRPT ALL']), ['VTVRPT ALL']);
  t.deepEqual(ids(['/* column-1 comment */']), []);
});

test('a comment before a continuation mark, and a comment card inside a continued statement', (t) => {
  t.deepEqual(texts([' SCRATCH VOL(A00000) /* first */ -', ' /* a note */', '   UNIT(X)']), ['SCRATCH VOL(A00000) UNIT(X)']);
});

test('blank then - continues with one blank; the next card resumes at its first non-blank', (t) => {
  t.deepEqual(texts([' POOLPARM TYPE(MVC) NAME(P1) -', '            MAXMVC(98) THRESH(85)']), ['POOLPARM TYPE(MVC) NAME(P1) MAXMVC(98) THRESH(85)']);
  t.deepEqual(texts([' A B   -', ' C']), ['A B C']);
});

test('a - that ends a value is not a continuation', (t) => {
  t.deepEqual(texts([' SCRATCH VOL(A00000-', ' A00099)']), ['SCRATCH VOL(A00000-', 'A00099)']);
});

test('after a comma or an open parenthesis, - continues', (t) => {
  t.deepEqual(texts([' X VOL(A,-', ' B)']), ['X VOL(A, B)']);
  t.deepEqual(texts([' X VOL(-', ' B)']), ['X VOL( B)']);
});

test('+ continues with no blank, keeping blanks before it (the seed DRTEST deck)', (t) => {
  t.deepEqual(texts(['DRTEST CREATE NOUPDPRD +', 'DRACS(01) DRVTSS(VTSS0) SPARE HOST(MVS1,MVS2)']), [
    'DRTEST CREATE NOUPDPRD DRACS(01) DRVTSS(VTSS0) SPARE HOST(MVS1,MVS2)',
  ]);
  t.deepEqual(texts([' SCRATCH VOL(A000+', '      00)']), ['SCRATCH VOL(A00000)']);
  t.deepEqual(texts([" SET VAULT DESC('DR VA+", "   ult')"]), ["SET VAULT DESC('DR VAult')"]);
});

test('blank cards neither end nor continue anything', (t) => {
  t.deepEqual(texts(['', ' A -', '', '    ', ' B', '', ' C']), ['A B', 'C']);
});

test('a continuation that never comes ends the statement at the end of SLSIN', (t) => {
  t.deepEqual(texts([' A B -']), ['A B']);
});

test('a card holding only a continuation mark adds nothing; alone it is no statement', (t) => {
  t.deepEqual(texts([' A -', ' -', ' B']), ['A B']);
  t.deepEqual(texts([' -']), []);
  t.deepEqual(texts([' +', ' +']), []);
});

test('lower case is folded outside apostrophes', (t) => {
  t.deepEqual(texts([" set vault add name(drvlt1) desc('DR Vault')"]), ["SET VAULT ADD NAME(DRVLT1) DESC('DR Vault')"]);
});

test('leniency: a statement in column 1 is read whole, with SIM0301I naming the card', (t) => {
  const r = readStatements([' VTVRPT ALL', 'TAPEPLEX THISPLEX=TAPEPLXA'], 'T');
  t.deepEqual(r.statements.map((s) => s.text), ['VTVRPT ALL', 'TAPEPLEX THISPLEX=TAPEPLXA']);
  t.deepEqual(r.notes.map((n) => [n.id, n.card!.line, n.text]), [['SIM0301I', 2, 'CARD 2: TEXT IN COLUMN 1 READ AS PART OF THE STATEMENT']]);
  t.is(r.statements[1]!.pos.column, 1);
});

test('leniency: typographic quotes, dashes and no-break spaces are read as ASCII, noted once per kind and card', (t) => {
  const r = readStatements([' SET VAULT ADD NAME(DRVLT1) DESC(\u2018DR Vault\u2019)', ' SCRATCH VOL(A00000\u2013A00099)\u00A0X(\u201CQ\u201D)'], 'T');
  t.deepEqual(r.statements.map((s) => s.text), ["SET VAULT ADD NAME(DRVLT1) DESC('DR Vault')", "SCRATCH VOL(A00000-A00099) X('Q')"]);
  t.deepEqual(
    r.notes.map((n) => n.text),
    [
      'CARD 1: TYPOGRAPHIC QUOTATION MARK READ AS AN APOSTROPHE',
      'CARD 2: TYPOGRAPHIC DASH READ AS A HYPHEN',
      'CARD 2: TYPOGRAPHIC NO-BREAK SPACE READ AS A BLANK',
      'CARD 2: TYPOGRAPHIC QUOTATION MARK READ AS AN APOSTROPHE',
    ],
  );
});

test('PARMLIB statements may begin in column 1: read without a note', (t) => {
  const r = readStatements(['POOLPARM TYPE(MVC) NAME(MVCPLA) -', ' MAXMVC(98)', 'VOLPARM VOLSER(AM1000-AM1299)'], 'P', { parmlib: true });
  t.deepEqual(r.statements.map((s) => s.text), ['POOLPARM TYPE(MVC) NAME(MVCPLA) MAXMVC(98)', 'VOLPARM VOLSER(AM1000-AM1299)']);
  t.deepEqual(r.notes, []);
});

test('an unclosed comment swallows the rest of SLSIN and is a warning naming its card', (t) => {
  const r = readStatements([' VTVRPT ALL /* oops', ' SCRATCH VOL(A00000)'], 'T');
  t.deepEqual(r.statements.map((s) => s.text), ['VTVRPT ALL']);
  t.deepEqual(r.notes.map((n) => [n.id, n.severity, n.card!.line]), [['SIM0305W', 'warning', 1]]);
});

test('statement length: 32,767 characters are fine, one more is marked too long', (t) => {
  const words = (n: number): string[] => {
    // cards of 70 characters of text continued with '+' (no blank), to exactly n characters
    const text = 'X'.repeat(n);
    const cards: string[] = [];
    for (let i = 0; i < text.length; i += 69) cards.push(' ' + text.slice(i, i + 69) + (i + 69 < text.length ? '+' : ''));
    return cards;
  };
  const ok = readStatements(words(MAX_STATEMENT_LENGTH), 'T').statements;
  t.is(ok.length, 1);
  t.is(ok[0]!.text.length, MAX_STATEMENT_LENGTH);
  t.false(ok[0]!.tooLong);
  const long = readStatements(words(MAX_STATEMENT_LENGTH + 1), 'T').statements;
  t.true(long[0]!.tooLong);
});

test('posAt maps statement offsets back to card and column, across continuations', (t) => {
  const r = readStatements(['* c', '  POOLPARM TYPE(MVC) -', '       NAME(P1)'], 'F');
  const s = r.statements[0]!;
  t.deepEqual(s.pos, { file: 'F', line: 2, column: 3 });
  t.deepEqual(s.posAt(0), { file: 'F', line: 2, column: 3 });
  t.deepEqual(s.posAt(s.text.indexOf('TYPE')), { file: 'F', line: 2, column: 12 });
  t.deepEqual(s.posAt(s.text.indexOf('NAME')), { file: 'F', line: 3, column: 8 });
  t.deepEqual(s.cards.map((c) => c.line), [2, 3]);
});

test('cards are kept as read, numbered from 1, carriage returns removed', (t) => {
  const r = readStatements([' A\r', '* B'], 'F');
  t.deepEqual(r.cards.map((c) => [c.n, c.image]), [[1, ' A'], [2, '* B']]);
});

// Every SLSIN deck of the seed guide is read into statements (fixtures/seed, byte-exact).
const seedDir = new URL('../../../../fixtures/seed/', import.meta.url);

interface SeedDeck {
  name: string;
  cards: string[];
  parmlib: boolean;
}

function seedDecks(): SeedDeck[] {
  const decks: SeedDeck[] = [];
  for (const name of readdirSync(seedDir).sort()) {
    const lines = readFileSync(new URL(name, seedDir), 'utf8').replace(/\n$/, '').split('\n');
    if (name.endsWith('.slsin')) decks.push({ name, cards: lines, parmlib: false });
    if (name.endsWith('.parmlib')) decks.push({ name, cards: lines, parmlib: true });
    if (name.endsWith('.jcl')) {
      const at = lines.findIndex((l) => /^\/\/SLSIN\s*DD\s+\*/.test(l));
      if (at < 0) continue;
      const end = lines.findIndex((l, i) => i > at && (l.startsWith('//') || l.startsWith('/*')));
      decks.push({ name, cards: lines.slice(at + 1, end < 0 ? undefined : end), parmlib: false });
    }
  }
  return decks;
}

test('the seed guide decks read without warnings', (t) => {
  const decks = seedDecks();
  t.true(decks.length >= 20);
  for (const d of decks) {
    const r = readStatements(d.cards, d.name, { parmlib: d.parmlib });
    t.true(r.statements.length > 0, d.name);
    t.deepEqual(r.notes.filter((n) => n.severity !== 'info'), [], d.name);
  }
});

export { seedDecks };

/**
 * Mutators: each turns a deck (JCL or SLSIN card images) into a damaged one, the way people and
 * tools damage decks — cards lost, doubled or swapped, lines cut, characters changed, columns
 * shifted, quotes and parentheses broken, absurd values, characters no card punch has, empty
 * files, endless lines. Pure functions of the text and the PRNG.
 */
import type { Prng } from './prng.js';

export interface Mutator {
  name: string;
  apply(text: string, r: Prng, other: () => string): string;
}

const lines = (text: string): string[] => text.split('\n');
const join = (cards: string[]): string => cards.join('\n');

/** Applies fn to one random card (an empty deck gets one empty card first). */
function atCard(text: string, r: Prng, fn: (card: string, cards: string[], i: number) => void): string {
  const cards = lines(text);
  if (cards.length === 0) cards.push('');
  const i = r.int(cards.length);
  fn(cards[i]!, cards, i);
  return join(cards);
}

const NOISE = ["'", '"', '(', ')', ',', ' ', '&', '&&', '/', '//', '/*', '*/', '*', '=', '.', '-', '+', '\t', '\u00AC', '|', 'x', 'DD ', 'EXEC ', 'PROC ', 'PEND', 'IF ', 'ENDIF', 'SET ', 'DSN=', 'DISP=(OLD,DELETE)', 'ALL', 'NOUPDATE'];
const WEIRD = ['\u00E9', '\u00FF', '\u20AC', '\u2018', '\u2019', '\u201C', '\u201D', '\u2013', '\u2014', '\u00A0', '\u0000', '\u0007', '\r', '\uFEFF', '\uFFFD', '\u202E', '\uD83D\uDCBE', '\uD800', '\u0301', '\u3042'];
const HUGE = ['99999999999999999999999', '-1', '0', '4294967296', '1e308', 'NaN', 'X'.repeat(300), '9'.repeat(60), 'A00000-Z99999', '000000-999999', "'" + 'Q'.repeat(200) + "'", '(' + 'A,'.repeat(500) + 'A)', '((((((((((((((((((((', '&'.repeat(50) + 'SYM'];
/** SLSIN verbs and JCL words spliced in, so that mutants reach every utility's parameter checks. */
const WORDS = ['SCRATCH', 'UNSCRATCH', 'EXPORT', 'IMPORT', 'MVCMAINT', 'VTVMAINT', 'DRTEST', 'ACTMVCGN', 'DRCHKPT', 'BACKUP', 'AUDIT', 'DRMON', 'MIGRATE', 'CONFIG', 'SET VOLPARM', 'SET VAULT', 'SET VAULTVOL', 'MGMTDEF', 'VTVRPT', 'MVCRPT', 'VOLSER(', 'VTV(', 'MVC(', 'MANIFEST(', 'READONLY(ON)', 'RESET', 'PRIMEPRD', 'CREATE', 'START', 'STOP', 'NOUPDPRD', 'INACTCDS', 'REPLACE(ALL)', 'PGM=IEBGENER', 'PGM=SLUADMIN', 'DISP=(NEW,CATLG)', 'DSN=HLQ.DBASEPRM', 'SLSCNTL', 'SLSNEW1'];

export const mutators: readonly Mutator[] = [
  { name: 'drop-card', apply: (t, r) => atCard(t, r, (_c, cards, i) => void cards.splice(i, 1)) },
  { name: 'duplicate-card', apply: (t, r) => atCard(t, r, (c, cards, i) => void cards.splice(i, 0, c)) },
  {
    name: 'swap-cards',
    apply: (t, r) =>
      atCard(t, r, (c, cards, i) => {
        const j = r.int(cards.length);
        cards[i] = cards[j]!;
        cards[j] = c;
      }),
  },
  { name: 'cut-line', apply: (t, r) => atCard(t, r, (c, cards, i) => void (cards[i] = c.slice(0, r.int(c.length + 1)))) },
  {
    name: 'cut-file',
    apply: (t, r) => t.slice(0, r.int(t.length + 1)),
  },
  {
    name: 'flip-char',
    apply: (t, r) =>
      atCard(t, r, (c, cards, i) => {
        const at = r.int(c.length + 1);
        cards[i] = c.slice(0, at) + r.pick(NOISE) + c.slice(at + 1);
      }),
  },
  {
    name: 'move-columns',
    apply: (t, r) =>
      atCard(t, r, (c, cards, i) => {
        const n = 1 + r.int(12);
        cards[i] = r.chance(0.5) ? ' '.repeat(n) + c : c.slice(n);
      }),
  },
  {
    name: 'pad-past-72',
    apply: (t, r) => atCard(t, r, (c, cards, i) => void (cards[i] = c.padEnd(66 + r.int(20), r.chance(0.5) ? ' ' : 'X') + (r.chance(0.5) ? 'X' : ''))),
  },
  {
    name: 'break-quote',
    apply: (t, r) =>
      atCard(t, r, (c, cards, i) => {
        const q = c.indexOf("'");
        cards[i] = q >= 0 && r.chance(0.5) ? c.slice(0, q) + c.slice(q + 1) : c.slice(0, r.int(c.length + 1)) + "'" + c.slice(r.int(c.length + 1));
      }),
  },
  {
    name: 'break-paren',
    apply: (t, r) =>
      atCard(t, r, (c, cards, i) => {
        const p = c.search(/[()]/);
        const at = r.int(c.length + 1);
        cards[i] = p >= 0 && r.chance(0.5) ? c.slice(0, p) + c.slice(p + 1) : c.slice(0, at) + r.pick(['(', ')', '((', '))']) + c.slice(at);
      }),
  },
  {
    name: 'huge-value',
    apply: (t, r) =>
      atCard(t, r, (c, cards, i) => {
        const m = [...c.matchAll(/[A-Z0-9$#@]+/g)];
        if (m.length === 0) {
          cards[i] = c + r.pick(HUGE);
          return;
        }
        const w = r.pick(m);
        cards[i] = c.slice(0, w.index) + r.pick(HUGE) + c.slice(w.index + w[0].length);
      }),
  },
  {
    name: 'non-ascii',
    apply: (t, r) =>
      atCard(t, r, (c, cards, i) => {
        const at = r.int(c.length + 1);
        cards[i] = c.slice(0, at) + r.pick(WEIRD) + c.slice(at);
      }),
  },
  {
    name: 'splice-word',
    apply: (t, r) =>
      atCard(t, r, (c, cards, i) => {
        const at = r.int(c.length + 1);
        cards[i] = c.slice(0, at) + r.pick(WORDS) + c.slice(at);
      }),
  },
  {
    name: 'splice-other-deck',
    apply: (t, r, other) => {
      const from = lines(other());
      const n = 1 + r.int(Math.min(8, from.length));
      const start = r.int(from.length);
      const cards = lines(t);
      cards.splice(r.int(cards.length + 1), 0, ...from.slice(start, start + n));
      return join(cards);
    },
  },
  { name: 'crlf', apply: (t) => t.replace(/\n/g, '\r\n') },
  { name: 'empty-file', apply: (_t, r) => (r.chance(0.5) ? '' : r.pick(['\n', '   \n\n', '\u0000', '//', '/*', ' ', '-'])) },
  {
    name: 'long-line',
    apply: (t, r) =>
      atCard(t, r, (c, cards, i) => {
        const unit = r.pick(['X', ' ', "'", '(', 'A,', '&A', '-', '//']);
        cards.splice(i, 0, c.slice(0, 16) + unit.repeat(Math.ceil(100000 / unit.length)));
      }),
  },
];

const byName = new Map(mutators.map((m) => [m.name, m]));

export function mutatorNamed(name: string): Mutator | undefined {
  return byName.get(name);
}

/**
 * One to four mutations chosen by the PRNG; `empty-file` and `long-line` are rare (they make
 * every deck fail the same way). Returns the mutant and the names of the mutators applied.
 */
export function mutate(text: string, r: Prng, other: () => string): { text: string; applied: string[] } {
  const n = 1 + r.int(4);
  const applied: string[] = [];
  let out = text;
  for (let k = 0; k < n; k++) {
    let m = r.pick(mutators);
    if ((m.name === 'empty-file' || m.name === 'long-line') && !r.chance(0.25)) m = r.pick(mutators.slice(0, 12));
    out = m.apply(out, r, other);
    applied.push(m.name);
  }
  return { text: out, applied };
}

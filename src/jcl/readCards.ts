/**
 * Physical cards: splits a job stream into 80-column card images and classifies each one by
 * columns 1-3, the way JES2 sees them before any statement is assembled. A generator, so a
 * stream is read card by card and memory does not grow with the input.
 */
import type { Diagnostic } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';

export type CardKind =
  /** `//x…` or `// …`: a JCL statement or a continuation record. */
  | 'statement'
  /** `//*`: comment statement. */
  | 'comment'
  /** `//` followed by blanks only: the null statement. */
  | 'null'
  /** `/*` that is not a JES2 control statement: a delimiter. */
  | 'delimiter'
  /** `/*JOBPARM`, `/*ROUTE` …: a JES2 control statement. */
  | 'jes2'
  /** Anything else: in-stream data (or a blank card). */
  | 'data';

export interface Card {
  /** 1-based line in the file. */
  line: number;
  /** The card image: at most 80 columns, tabs expanded, trailing blanks removed. */
  image: string;
  kind: CardKind;
  /**
   * True when columns 1-72 are blank: an empty card, or one that holds only a sequence number in
   * columns 73-80 (a numbered deck's blank line). In-stream data keeps such a card whole.
   */
  blank: boolean;
  /** For `jes2` cards: the verb after `/*` (JOBPARM, ROUTE …). */
  jes2Verb?: string;
  /** Warnings about the card itself (tabs, over-long records). */
  diags?: Diagnostic[];
}

export const JES2_VERBS = new Set([
  'JOBPARM', 'ROUTE', 'OUTPUT', 'XEQ', 'XMIT', 'PRIORITY', 'MESSAGE', 'NOTIFY', 'SETUP',
  'SIGNON', 'SIGNOFF', 'NETACCT', 'SCAN',
]);

function expandTabs(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === '\t') out += ' '.repeat(8 - (out.length % 8));
    else out += ch;
  }
  return out;
}

export function classifyImage(image: string): { kind: CardKind; jes2Verb?: string } {
  if (image.startsWith('//')) {
    if (image[2] === '*') return { kind: 'comment' };
    if (image.slice(2, 71).trim() === '') return { kind: 'null' };
    return { kind: 'statement' };
  }
  if (image.startsWith('/*')) {
    const m = /^\/\*([A-Z]+)/.exec(image);
    const verb = m?.[1];
    if (verb !== undefined && JES2_VERBS.has(verb)) return { kind: 'jes2', jes2Verb: verb };
    return { kind: 'delimiter' };
  }
  return { kind: 'data' };
}

/** Reads the cards of `text` one by one. */
export function* readCards(text: string, file: string): Generator<Card> {
  let start = 0;
  let line = 0;
  const n = text.length;
  while (start < n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let raw = text.slice(start, end);
    start = end + 1;
    line++;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    let diags: Diagnostic[] | undefined;
    if (raw.includes('\t')) {
      raw = expandTabs(raw);
      (diags ??= []).push(sim.diag('SIM0102W', 'warning', [], { card: { file, line, column: 1 }, image: raw.slice(0, 80) }));
    }
    let image = raw.trimEnd();
    if (image.length > 80) {
      (diags ??= []).push(sim.diag('SIM0103W', 'warning', [image.length], { card: { file, line, column: 81 }, image: image.slice(0, 80) }));
      image = image.slice(0, 80).trimEnd();
    }
    const { kind, jes2Verb } = classifyImage(image);
    const card: Card = { line, image, kind, blank: image.length <= 72 ? image.length === 0 : image.slice(0, 72).trim() === '' };
    if (jes2Verb !== undefined) card.jes2Verb = jes2Verb;
    if (diags) card.diags = diags;
    yield card;
  }
}

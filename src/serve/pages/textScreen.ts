/**
 * Text as a browse screen: fixed pitch, line numbers, FIND hits marked, message ids linked to
 * their explanation, and chosen lines (a JCL card with an error) highlighted.
 */
import { explainMessage } from '../../app/explainMessage.js';
import { escapeHtml, html, raw, type Html } from '../html.js';

/** z/OS, JES2, ELS and elsim message ids as they appear in listings. */
const MESSAGE_ID = /(?<![\w$])(?:IEFC\d{3}I|IEF\d{3}I|IGD\d{5}I|IRR\d{3}I|\$HASP\d{3}|SLS\d{4}[IWEA]?|SIM\d{4}[IWE]|ELS\d{4}[IWE])\b/g;

/** Escaped text, with [from, to) wrapped in <mark> when it falls inside. */
function markedText(text: string, offset: number, hit: [number, number] | undefined): string {
  if (!hit || hit[1] <= offset || hit[0] >= offset + text.length) return escapeHtml(text);
  const a = Math.max(0, hit[0] - offset);
  const b = Math.min(text.length, hit[1] - offset);
  return `${escapeHtml(text.slice(0, a))}<mark>${escapeHtml(text.slice(a, b))}</mark>${escapeHtml(text.slice(b))}`;
}

/**
 * Escaped text with every message id elsim can explain made a link to /explain/ID, and the
 * first occurrence of `find` (case-insensitive) marked — inside a link too.
 */
export function linkIds(text: string, find?: string): Html {
  const at = find ? text.toUpperCase().indexOf(find.toUpperCase()) : -1;
  const hit: [number, number] | undefined = at >= 0 ? [at, at + find!.length] : undefined;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(MESSAGE_ID)) {
    const id = m[0];
    const start = m.index!;
    out += markedText(text.slice(last, start), last, hit);
    const inner = markedText(id, start, hit);
    out += explainMessage(id) !== undefined ? `<a href="/explain/${encodeURIComponent(id)}" title="What ${escapeHtml(id)} means">${inner}</a>` : inner;
    last = start + id.length;
  }
  return raw(out + markedText(text.slice(last), last, hit));
}

export interface ScreenOptions {
  first: number;
  find?: string | undefined;
  /** Line numbers to highlight, with the note shown after them. */
  errors?: ReadonlyMap<number, string[]>;
  /** Show line numbers (default true). */
  numbers?: boolean;
}

export function textScreen(lines: readonly string[], o: ScreenOptions): Html {
  const width = String(o.first + lines.length).length;
  const numbers = o.numbers ?? true;
  const rows = lines.map((l, i) => {
    const n = o.first + i;
    const lno = numbers ? html`<span class="lno">${String(n).padStart(width, '0')} </span>` : '';
    const notes = o.errors?.get(n);
    if (notes) return html`<span class="jclerr" id="L${n}">${lno}${linkIds(l, o.find)}${notes.map((t) => html`\n${numbers ? ' '.repeat(width + 1) : ''}${linkIds(t)}`)}</span>\n`;
    return html`${lno}${linkIds(l, o.find)}\n`;
  });
  return html`<div class="screen">${rows.length ? rows : html`<span class="muted">(no records)</span>`}</div>`;
}

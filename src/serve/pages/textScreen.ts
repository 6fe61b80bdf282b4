/**
 * Text as a browse screen: fixed pitch, line numbers, FIND hits marked, message ids linked to
 * their explanation, and chosen lines (a JCL card with an error) highlighted.
 */
import { explainMessage } from '../../app/explainMessage.js';
import { escapeHtml, html, raw, type Html } from '../html.js';

/** z/OS, JES2, ELS and elsim message ids as they appear in listings. */
const MESSAGE_ID = /\b(?:IEFC\d{3}I|IEF\d{3}I|IGD\d{5}I|IRR\d{3}I|\$HASP\d{3}|SLS\d{4}[IWEA]?|SIM\d{4}[IWE]|ELS\d{4}[IWE])\b/g;

/** Escaped text with every message id elsim can explain made a link to /explain/ID. */
export function linkIds(text: string): Html {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(MESSAGE_ID)) {
    const id = m[0];
    out += escapeHtml(text.slice(last, m.index!));
    out += explainMessage(id) !== undefined ? `<a href="/explain/${encodeURIComponent(id)}" title="What ${escapeHtml(id)} means">${escapeHtml(id)}</a>` : escapeHtml(id);
    last = m.index! + id.length;
  }
  return raw(out + escapeHtml(text.slice(last)));
}

function marked(text: string, find: string | undefined): Html {
  if (!find) return linkIds(text);
  const at = text.toUpperCase().indexOf(find.toUpperCase());
  if (at < 0) return linkIds(text);
  return html`${linkIds(text.slice(0, at))}<mark>${text.slice(at, at + find.length)}</mark>${linkIds(text.slice(at + find.length))}`;
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
    if (notes) return html`<span class="jclerr" id="L${n}">${lno}${marked(l, o.find)}${notes.map((t) => html`\n${numbers ? ' '.repeat(width + 1) : ''}${linkIds(t)}`)}</span>\n`;
    return html`${lno}${marked(l, o.find)}\n`;
  });
  return html`<div class="screen">${rows.length ? rows : html`<span class="muted">(no records)</span>`}</div>`;
}

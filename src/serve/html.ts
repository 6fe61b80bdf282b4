/**
 * HTML built from template literals: every value put into a template is escaped unless it is
 * itself Html (built by `html` or marked with `raw`). Arrays are joined; null, undefined and
 * false print nothing, so `${cond && html`…`}` works. Twenty lines do what a template engine
 * would, with no second syntax to learn and no way to forget an escape.
 */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(v: HtmlValue): string {
  if (v === null || v === undefined || v === false || v === true) return '';
  if (v instanceof Html) return v.text;
  if (Array.isArray(v)) return v.map((x: HtmlValue) => render(x)).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Text already known to be safe HTML (a constant, or built by this module). */
export function raw(text: string): Html {
  return new Html(text);
}

/** A query string from parameters, leaving out empty ones: `?a=1&b=x`. */
export function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** A time as the console shows it: ISO, without the milliseconds the job table keeps (`.000Z`). */
export function shortTime(t: string | null | undefined): string {
  return t ? t.replace(/\.000Z$/, 'Z') : '';
}

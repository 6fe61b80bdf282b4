/** ISPF-style browse of a text: a page of lines with FIND, paging, top and bottom. */
import type { LinePage } from '../../app/views/pageOfLines.js';
import { html, query, type Html } from '../html.js';
import { textScreen } from './textScreen.js';

export const PAGE_LINES = 200;

export interface BrowseView {
  title: Html | string;
  /** The page's own URL path (paging and FIND links add ?line= and ?find=). */
  path: string;
  /** Extra query parameters every link of the page keeps (a member name). */
  keep?: Record<string, string | undefined>;
  page: LinePage;
  find: string | undefined;
  errors?: ReadonlyMap<number, string[]>;
  /** Shown above the screen. */
  note?: Html;
}

export function browsePage(v: BrowseView): Html {
  const p = v.page;
  const keep = v.keep ?? {};
  const last = p.first + p.lines.length - 1;
  const link = (params: Record<string, string | number | undefined>): string => `${v.path}${query({ ...keep, ...params })}`;
  const findNote =
    v.find === undefined || v.find === ''
      ? ''
      : p.found
        ? html`<span class="ok">Found "${v.find}" on line ${p.found}.</span> <a href="${link({ find: v.find, line: p.found + 1 })}">Find next</a>`
        : html`<span class="warn">"${v.find}" not found${p.first > 1 ? ` after line ${p.first - 1}` : ''}.</span>`;
  const nav = html`<div class="pager">
  <a href="${link({ line: 1 })}">Top</a>
  ${p.first > 1 ? html`<a href="${link({ line: Math.max(1, p.first - PAGE_LINES) })}">Previous page</a>` : ''}
  ${p.more ? html`<a href="${link({ line: last + 1 })}" rel="next">Next page</a>` : ''}
  <a href="${link({ line: 'last' })}">Bottom</a>
  <span class="muted">Lines ${p.lines.length ? `${p.first}-${last}` : 'none'}${p.total !== undefined ? ` of ${p.total}` : ''}</span>
</div>`;
  return html`<h1>${v.title}</h1>
${v.note ?? ''}
<form class="inline" method="get" action="${v.path}">
  ${Object.entries(keep).map(([k, val]) => (val === undefined ? '' : html`<input type="hidden" name="${k}" value="${val}">`))}
  <label>FIND<input type="text" name="find" value="${v.find ?? ''}" size="24" placeholder="text or message id"></label>
  <input type="hidden" name="line" value="${p.first}">
  <button type="submit">Find</button>
  ${findNote}
</form>
${nav}
${textScreen(p.lines, { first: p.first, find: v.find, ...(v.errors ? { errors: v.errors } : {}) })}
${nav}`;
}

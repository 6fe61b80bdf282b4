/** The Data sets panel (ISPF 3.4 DSLIST): the catalog under a prefix. */
import type { DatasetRow } from '../../app/views/datasetList.js';
import { html, query, type Html } from '../html.js';
import { sysPath, type SystemRef } from '../layout.js';

function size(r: DatasetRow): string {
  if (r.members !== undefined) return `${r.members} members`;
  if (r.size === undefined) return '';
  return r.size < 10_000 ? `${r.size} B` : r.size < 10_000_000 ? `${Math.round(r.size / 1024)} KB` : `${Math.round(r.size / 1048576)} MB`;
}

export function datasetsPage(sys: SystemRef, prefix: string | undefined, rows: readonly DatasetRow[]): Html {
  return html`<h1>Data sets <span class="muted">on ${sys.key}</span></h1>
<form class="inline" method="get" action="${sysPath(sys, 'datasets')}">
  <label>Dsname level<input type="text" name="prefix" value="${prefix ?? ''}" placeholder="HLQ" size="24"></label>
  <button type="submit">List</button>
</form>
<table>
<tr><th>Data set name</th><th>Dsorg</th><th>Recfm/Lrecl</th><th class="num">Size</th><th>Created</th></tr>
${rows.map(
  (r) => html`<tr><td class="mono"><a href="${sysPath(sys, `ds/${encodeURIComponent(r.dsn)}`)}">${r.dsn}</a></td><td>${r.aliasOf ? html`alias of <a href="${sysPath(sys, `ds/${encodeURIComponent(r.aliasOf)}`)}">${r.aliasOf}</a>` : r.dsorg}</td><td>${r.recfm ?? ''}${r.lrecl ? `/${r.lrecl}` : ''}</td><td class="num">${size(r)}</td><td class="mono">${r.created ?? ''}</td></tr>`,
)}
</table>
${rows.length === 0 ? html`<p class="muted">No data set${prefix ? ` under ${prefix}` : ''}.</p>` : html`<p class="muted">${rows.length} data sets.</p>`}
${prefix ? html`<p><a href="${sysPath(sys, 'datasets')}${query({})}">All data sets</a></p>` : ''}`;
}

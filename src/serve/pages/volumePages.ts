/** The VTV and MVC lists of the Tapeplex panel, and one vault's volumes: searched, paged by volser. */
import type { MvcRow } from '../../app/views/pageMvcs.js';
import type { VtvRow } from '../../app/views/pageVtvs.js';
import type { VaultVolumeRow } from '../../app/views/vaultVolumes.js';
import type { VolumePage, VolumeQuery } from '../../app/views/volumeSelection.js';
import { html, query, type Html } from '../html.js';
import { sysPath, type SystemRef } from '../layout.js';

const flag = (on: number, letter: string): string => (on ? letter : '-');

function searchForm(sys: SystemRef, path: string, q: VolumeQuery, clsLabel: string, extra: Html = html``): Html {
  return html`<form class="inline" method="get" action="${sysPath(sys, path)}">
  <label>Volsers<input type="text" name="volsers" value="${q.volsers ?? ''}" placeholder="AV1000-AV1099, AV1*" size="16"></label>
  <label>Pool<input type="text" name="pool" value="${q.pool ?? ''}" size="10"></label>
  <label>${clsLabel}<input type="text" name="cls" value="${q.cls ?? ''}" size="10"></label>
  ${extra}
  <button type="submit">Search</button>
  <a href="${sysPath(sys, path)}">Clear</a>
</form>`;
}

function pager(sys: SystemRef, path: string, q: VolumeQuery, next: string | undefined): Html {
  const base = { volsers: q.volsers, pool: q.pool, cls: q.cls, resident: q.resident };
  return html`<div class="pager">
  ${q.after ? html`<a href="${sysPath(sys, path)}${query(base)}">First page</a>` : ''}
  ${next ? html`<a href="${sysPath(sys, path)}${query({ ...base, after: next })}" rel="next">Next page (after ${next})</a>` : html`<span class="muted">End of the list.</span>`}
</div>`;
}

export function vtvsPage(sys: SystemRef, q: VolumeQuery, p: VolumePage<VtvRow>): Html {
  return html`<h1>VTVs <span class="muted">on ${sys.key}</span></h1>
${searchForm(sys, 'vtvs', q, 'Management class', html`<label>Resident in<input type="text" name="resident" value="${q.resident ?? ''}" size="8"></label>`)}
${p.error ? html`<p class="flash bad">${p.error}</p>` : ''}
<table class="volumes">
<tr><th>VTV</th><th title="S scratch, R resident, P replicated, O read-only, D DR test">Flags</th><th>Mgmt class</th><th class="num">MB</th><th>Resident</th><th>Owner</th><th>Copies on MVCs</th><th>Created</th><th>Last used</th></tr>
${p.rows.map(
  (r) => html`<tr><td class="mono">${r.volser}</td><td class="mono">${flag(r.scratch, 'S')}${flag(r.resident, 'R')}${flag(r.replicated, 'P')}${flag(r.read_only, 'O')}${flag(r.drtest, 'D')}</td><td>${r.mgmt_class ?? ''}</td><td class="num">${r.size_mb}</td><td>${r.resident_vtss ?? ''}</td><td>${r.owner_plex ?? ''}</td><td class="mono">${(r.copies ?? '').split(' ').filter(Boolean).map((m) => html`<a href="${sysPath(sys, 'mvcs')}${query({ volsers: m })}">${m}</a> `)}</td><td class="mono">${r.created ?? ''}</td><td class="mono">${r.last_used ?? ''}</td></tr>`,
)}
</table>
${p.rows.length === 0 && !p.error ? html`<p class="muted">No VTV matches.</p>` : ''}
${pager(sys, 'vtvs', q, p.next)}`;
}

export function mvcsPage(sys: SystemRef, q: VolumeQuery, p: VolumePage<MvcRow>): Html {
  return html`<h1>MVCs <span class="muted">on ${sys.key}</span></h1>
${searchForm(sys, 'mvcs', q, 'Storage class')}
${p.error ? html`<p class="flash bad">${p.error}</p>` : ''}
<table class="volumes">
<tr><th>MVC</th><th title="R read-only, E exported, J ejected, D DR test">Flags</th><th>Pool</th><th>Storage class</th><th>Media</th><th>ACS / VLE</th><th>Location</th><th class="num">Used %</th><th class="num">VTVs</th><th>Vault / slot</th></tr>
${p.rows.map(
  (r) => html`<tr><td class="mono">${r.volser}</td><td class="mono">${flag(r.read_only, 'R')}${flag(r.exported, 'E')}${flag(r.ejected, 'J')}${flag(r.drtest, 'D')}</td><td>${r.pool ?? ''}</td><td>${r.stor_class ?? ''}</td><td>${r.media ?? ''}</td><td>${r.acs ?? r.stormngr ?? ''}</td><td>${r.location}</td><td class="num">${r.capacity_mb > 0 ? Math.round((r.used_mb / r.capacity_mb) * 100) : 0}</td><td class="num">${r.vtvs}</td><td>${r.vault ? html`<a href="${sysPath(sys, `vault/${encodeURIComponent(r.vault)}`)}">${r.vault}</a> ${r.slot ?? ''}` : ''}</td></tr>`,
)}
</table>
${p.rows.length === 0 && !p.error ? html`<p class="muted">No MVC matches.</p>` : ''}
${pager(sys, 'mvcs', q, p.next)}`;
}

export function vaultPage(sys: SystemRef, vault: string, after: number, p: { rows: VaultVolumeRow[]; next: number | undefined }): Html {
  return html`<h1>Vault ${vault} <span class="muted">on ${sys.key}</span></h1>
<table><tr><th class="num">Slot</th><th>Volume</th><th>Assigned</th><th>Return date</th></tr>
${p.rows.map((r) => html`<tr><td class="num">${r.slot ?? ''}</td><td class="mono">${r.mvc ? html`<a href="${sysPath(sys, 'mvcs')}${query({ volsers: r.volser })}">${r.volser}</a>` : r.volser}</td><td class="mono">${r.assigned ?? ''}</td><td class="mono">${r.return_date ?? ''}</td></tr>`)}
</table>
${p.rows.length === 0 ? html`<p class="muted">No volume in this vault${after ? ' after this slot' : ''}.</p>` : ''}
<div class="pager">${after ? html`<a href="${sysPath(sys, `vault/${encodeURIComponent(vault)}`)}">First page</a>` : ''}${p.next !== undefined ? html`<a rel="next" href="${sysPath(sys, `vault/${encodeURIComponent(vault)}`)}${query({ after: p.next })}">Next page</a>` : ''}</div>`;
}

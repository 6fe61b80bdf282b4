/** The Tapeplex panel: VTSSs and their buffers and queues, the clock, DR test, recovery points, vaults, CAPs. */
import type { ClockPreview } from '../../app/views/clockPreview.js';
import type { TapeplexView } from '../../app/views/tapeplexView.js';
import { html, query, shortTime, type Html } from '../html.js';
import { sysPath, type SystemRef } from '../layout.js';
import { linkIds } from './textScreen.js';

const fmt = (n: number): string => n.toLocaleString('en-US');

function pct(used: number, cap: number): number {
  return cap > 0 ? Math.min(100, Math.round((used / cap) * 1000) / 10) : 0;
}

function stateClass(state: string): string {
  return state === 'ONLINE' ? 'ok' : state === 'OFFLINE' ? 'bad' : 'warn';
}

export interface ClockResult {
  /** What `elsim clock advance` printed. */
  lines: string[];
  error?: string;
}

export function tapeplexPage(sys: SystemRef, v: TapeplexView, preview: ClockPreview | undefined, advanced: ClockResult | undefined): Html {
  const dr = v.drtest;
  return html`
<h1>Tapeplex ${v.tapeplex ?? '(not configured)'} <span class="muted">on ${sys.key}</span></h1>
<p>Active CDS <a href="${sysPath(sys, `ds/${encodeURIComponent(v.dsn ?? '')}`)}">${v.dsn ?? '(none)'}</a>${v.role === 'DRTEST' ? html` <span class="warn">(a DR test CDS)</span>` : ''};
HSC/VTCS <span class="${v.hscActive ? 'ok' : 'bad'}">${v.hscActive ? 'ACTIVE' : 'DOWN'}</span>.</p>

<h2>VTSSs</h2>
<div class="cards">
${v.vtss.length === 0 ? html`<p class="muted">No VTSS is configured.</p>` : ''}
${v.vtss.map(
  (t) => html`<div class="card" data-vtss="${t.name}">
  <h3>${t.name} <span class="${stateClass(t.state)}">${t.state}</span></h3>
  <div class="bar" title="${pct(t.usedMb, t.capacityMb)}% of the buffer"><span style="width:${pct(t.usedMb, t.capacityMb)}%"></span></div>
  <div>Buffer ${fmt(t.usedMb)} of ${fmt(t.capacityMb)} MB (${pct(t.usedMb, t.capacityMb)}%), ${fmt(t.vtvs)} VTVs</div>
  <div>Queued: ${t.queued.length === 0 ? html`<span class="muted">nothing</span>` : t.queued.map((q) => html`<div class="mono">${fmt(q.count)} ${q.kind}, next due ${q.nextDue}</div>`)}</div>
  <div><a href="${sysPath(sys, 'vtvs')}${query({ resident: t.name })}">VTVs</a></div>
</div>`,
)}
</div>

${v.clinks.length
  ? html`<h2>CLINKs</h2><table><tr><th>VTSS</th><th class="num">CLINK</th><th>To</th><th>State</th></tr>${v.clinks.map((c) => html`<tr><td>${c.vtss}</td><td class="num">${c.number}</td><td>${c.to}</td><td class="${stateClass(c.state)}">${c.state}</td></tr>`)}</table>`
  : ''}

<h2 id="clock">Clock</h2>
<p>Simulated time <strong class="mono">${v.clock ? shortTime(v.clock) : 'the real clock (not pinned)'}</strong>.
Pending work: ${v.work.length === 0 ? html`<span class="muted">none</span>` : v.work.map((w) => html`${fmt(w.count)} ${w.kind} (next due ${w.nextDue}); `)}</p>
<form class="inline" method="get" action="${sysPath(sys, 'tapeplex')}#clock">
  <label>Advance by<input type="text" name="preview" value="${preview ? '' : '10m'}" size="8" placeholder="10m, 2h"></label>
  <button type="submit" class="secondary">Show what completes</button>
</form>
${preview
  ? html`<div class="flash" id="preview"><p>Advancing from ${preview.from} to <strong>${preview.to}</strong> completes <strong>${fmt(preview.count)}</strong> work item(s)${preview.later ? html`; ${fmt(preview.later)} stay pending` : ''}.</p>
${preview.due.length ? html`<table><tr><th>Due</th><th>Kind</th><th>VTV</th><th>From</th><th>To</th></tr>${preview.due.map((w) => html`<tr><td class="mono">${w.due}</td><td>${w.kind}</td><td class="mono">${w.vtv}</td><td>${w.source ?? '-'}</td><td>${w.target}</td></tr>`)}</table>${preview.count > preview.due.length ? html`<p class="muted">… and ${fmt(preview.count - preview.due.length)} more.</p>` : ''}` : ''}
<form method="post" action="${sysPath(sys, 'clock')}"><input type="hidden" name="to" value="${preview.to}"><button type="submit" data-confirm="Move the clock of ${sys.key} to ${preview.to}?">Advance the clock to ${preview.to}</button></form></div>`
  : ''}
${advanced
  ? html`<div class="flash ${advanced.error ? 'bad' : ''}" id="advanced">${advanced.error ? html`<p class="bad">${linkIds(advanced.error)}</p>` : ''}<div class="screen">${advanced.lines.map((l) => html`${linkIds(l)}\n`)}</div></div>`
  : ''}

<h2>DR test</h2>
${dr
  ? html`<table>
<tr><th>State</th><td><strong>${dr.state}</strong>${dr.testCds ? ' (this is the DR test CDS)' : ''}</td></tr>
<tr><th>DR ACS</th><td>${dr.resources.acs.join(', ') || '-'}</td></tr>
<tr><th>DR VTSS</th><td>${dr.resources.vtss.join(', ') || '-'} ${dr.vtssMode ?? ''}</td></tr>
<tr><th>DR hosts</th><td>${dr.resources.hosts.join(', ') || '-'}</td></tr>
<tr><th>DR storage managers</th><td>${dr.resources.stormngrs.join(', ') || '-'}</td></tr>
<tr><th>Primed / created / started / stopped</th><td class="mono">${dr.primed ?? '-'} / ${dr.created ?? '-'} / ${dr.started ?? '-'} / ${dr.stopped ?? '-'}${dr.noupdprd ? ' (CREATE NOUPDPRD)' : ''}</td></tr>
</table>`
  : html`<p class="muted">No CDS.</p>`}

<h2>Recovery points</h2>
<table>
<tr><th>Active recovery point (DRCHKPT SET)</th><td class="mono">${v.recoveryPoint ? `${v.recoveryPoint.taken} ${v.recoveryPoint.job ?? ''}` : '-'}</td></tr>
<tr><th>Latest CDS backup (BACKUP)</th><td class="mono">${v.backup ? `${v.backup.taken} ${v.backup.job ?? ''} ${v.backup.dsn ?? ''}` : '-'}</td></tr>
</table>

<h2>Vaults</h2>
${v.vaults.length === 0
  ? html`<p class="muted">No vault is defined (SET VAULT ADD).</p>`
  : html`<table><tr><th>Vault</th><th>Description</th><th class="num">Slots</th><th class="num">Used</th><th class="num">Free</th></tr>
${v.vaults.map((w) => html`<tr><td><a href="${sysPath(sys, `vault/${encodeURIComponent(w.name)}`)}">${w.name}</a></td><td>${w.description ?? ''}</td><td class="num">${fmt(w.slots)}</td><td class="num">${fmt(w.used)}</td><td class="num">${fmt(Math.max(0, w.slots - w.used))}</td></tr>`)}
</table>`}

<h2>CAPs and storage managers</h2>
<p>CAPs in automatic mode: ${v.caps.filter((c) => c.mode === 'AUTOMATIC').map((c) => c.cap).join(', ') || 'none'} <span class="muted">(every other CAP is MANUAL)</span>.
Storage managers (VLE): ${v.stormngrs.join(', ') || 'none'}.</p>
`;
}

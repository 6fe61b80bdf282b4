/** The Console panel: an operator command line, its response, and the system log. */
import type { LogLine } from '../../app/views/systemLog.js';
import { html, type Html } from '../html.js';
import { sysPath, type SystemRef } from '../layout.js';
import { linkIds } from './textScreen.js';

export interface CommandResponse {
  command: string;
  lines: string[];
  ok: boolean;
}

export function consolePage(sys: SystemRef, response: CommandResponse | undefined, log: readonly LogLine[], examples: readonly string[]): Html {
  return html`<h1>Console <span class="muted">of ${sys.key}</span></h1>
<form class="inline" method="post" action="${sysPath(sys, 'console')}">
  <label>Command<input type="text" name="command" value="${response?.command ?? ''}" size="48" autofocus autocomplete="off" placeholder="VARY VTSS1 OFFLINE"></label>
  <button type="submit">Enter</button>
</form>
<p class="muted">For example: ${examples.map((e, i) => html`${i ? ', ' : ''}<code>${e}</code>`)}.</p>
${response
  ? html`<div class="flash ${response.ok ? '' : 'bad'}" id="response"><div class="mono">&gt; ${response.command}</div><div class="screen">${response.lines.map((l) => html`${linkIds(l)}\n`)}</div></div>`
  : ''}
<h2>System log</h2>
${log.length === 0 ? html`<p class="muted">No job has run on ${sys.key} yet.</p>` : html`<div class="screen">${log.map((l) => html`${linkIds(l.text)}\n`)}</div>`}
<p class="muted">The log shows the job log messages of the latest jobs; each job's full log is on its <a href="${sysPath(sys, 'st')}">ST</a> entry.</p>`;
}

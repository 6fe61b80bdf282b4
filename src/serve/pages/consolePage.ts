/** The Console panel: an operator command line, its answer, the system log and the latest jobs' log messages. */
import type { LinePage } from '../../app/views/pageOfLines.js';
import type { LogLine } from '../../app/views/systemLog.js';
import { html, type Html } from '../html.js';
import { sysPath, type SystemRef } from '../layout.js';
import { linkIds } from './textScreen.js';

export interface CommandResponse {
  command: string;
  lines: string[];
  ok: boolean;
}

export function consolePage(sys: SystemRef, response: CommandResponse | undefined, syslog: LinePage, jobLog: readonly LogLine[], examples: readonly string[]): Html {
  return html`<h1>Console <span class="muted">of ${sys.key}</span></h1>
<form class="inline" method="post" action="${sysPath(sys, 'console')}">
  <label>Command<input type="text" name="command" value="${response?.command ?? ''}" size="48" autofocus autocomplete="off" placeholder="D REPL"></label>
  <button type="submit">Enter</button>
</form>
<p class="muted">For example: ${examples.map((e, i) => html`${i ? ', ' : ''}<code>${e}</code>`)} — the commands of <code>elsim oper</code>.</p>
${response
  ? html`<div class="flash ${response.ok ? '' : 'bad'}" id="response"><div class="mono">&gt; ${response.command}</div><div class="screen">${response.lines.map((l) => html`${linkIds(l)}\n`)}</div></div>`
  : ''}
<h2>System log</h2>
${syslog.lines.length === 0
  ? html`<p class="muted">The system log of ${sys.key} is empty.</p>`
  : html`<div class="screen" id="syslog">${syslog.lines.map((l) => html`${linkIds(l)}\n`)}</div>
<p class="muted">The last ${syslog.lines.length} of ${syslog.total ?? '?'} lines. <a href="${sysPath(sys, 'syslog')}?line=last">Browse the whole log</a> (with FIND).</p>`}
<h2>Job log messages</h2>
${jobLog.length === 0 ? html`<p class="muted">No job has run on ${sys.key} yet.</p>` : html`<div class="screen">${jobLog.map((l) => html`${linkIds(l.text)}\n`)}</div>`}
<p class="muted">The timestamped messages of the latest jobs' logs; each job's full output is on its <a href="${sysPath(sys, 'st')}">ST</a> entry.</p>`;
}

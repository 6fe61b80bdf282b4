/** Small pages: Submit, a message's explanation, and errors. */
import { html, type Html } from '../html.js';
import { sysPath, type SystemRef } from '../layout.js';
import { linkIds } from './textScreen.js';

export function submitPage(sys: SystemRef, text: string, problem: string[] | undefined): Html {
  return html`<h1>Submit <span class="muted">to ${sys.key}</span></h1>
<p>Paste a job stream or choose a file; it runs like <code>elsim submit --system ${sys.key}</code> and you land on its job.</p>
${problem ? html`<div class="flash bad">${problem.map((l) => html`<div class="mono">${linkIds(l)}</div>`)}</div>` : ''}
<form method="post" action="${sysPath(sys, 'submit')}" enctype="multipart/form-data">
  <p><label>JCL file <input type="file" name="file" accept=".jcl,.txt,text/plain" data-into="jcl"></label></p>
  <p><textarea id="jcl" name="jcl" rows="22" spellcheck="false" placeholder="//MYJOB   JOB (ACCT),'NAME',CLASS=A">${text}</textarea></p>
  <p><button type="submit">Submit</button></p>
</form>`;
}

export function explainPage(id: string, text: string | undefined): Html {
  return html`<h1>${id}</h1>
${text === undefined ? html`<p class="bad">elsim has no message ${id}.</p>` : html`<div class="screen">${text}</div>`}
<p><a href="javascript:history.back()">Back</a></p>`;
}

export function errorPage(message: string, sys?: SystemRef): Html {
  return html`<h1>Not done</h1><p class="flash bad">${linkIds(message)}</p>${sys ? html`<p><a href="${sysPath(sys, 'st')}">Back to ST</a></p>` : ''}`;
}

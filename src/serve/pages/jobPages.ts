/** ST (the job list) and a job's detail: steps, spool data sets (JDS), JCL errors. */
import type { JobDetail } from '../../app/views/jobDetail.js';
import type { JobFilter, JobListRow, JobSort } from '../../app/views/jobList.js';
import { html, query, type Html } from '../html.js';
import { sysPath, type SystemRef } from '../layout.js';
import { linkIds } from './textScreen.js';

function resultClass(result: string): string {
  return result === 'CC 0000' ? 'ok' : result.startsWith('CC 0004') ? 'warn' : 'bad';
}

export function statusPage(sys: SystemRef, f: JobFilter, rows: readonly JobListRow[]): Html {
  const base = { name: f.name, rc: f.rc, date: f.date };
  const head = (key: JobSort, label: string): Html => {
    const desc = f.sort === key && !f.desc;
    return html`<th><a href="${sysPath(sys, 'st')}${query({ ...base, sort: key, desc: desc ? 1 : undefined })}" title="Sort by ${label}">${label}${f.sort === key ? (f.desc ? ' ▼' : ' ▲') : ''}</a></th>`;
  };
  return html`<h1>ST — status of jobs <span class="muted">on ${sys.key}</span></h1>
<form class="inline" method="get" action="${sysPath(sys, 'st')}">
  <label>Job name (PREFIX)<input type="text" name="name" value="${f.name ?? ''}" placeholder="CH02*" size="12"></label>
  <label>Max-RC<input type="text" name="rc" value="${f.rc ?? ''}" placeholder="NE 0, CC 0008, JCL, ABEND" size="16"></label>
  <label>Submitted<input type="text" name="date" value="${f.date ?? ''}" placeholder="2026-11-21" size="12"></label>
  ${f.sort ? html`<input type="hidden" name="sort" value="${f.sort}">` : ''}${f.desc ? html`<input type="hidden" name="desc" value="1">` : ''}
  <button type="submit">Filter</button>
  <a href="${sysPath(sys, 'st')}">Filter off</a>
</form>
<table class="jobs">
<tr>${head('jobname', 'Jobname')}${head('jobid', 'JobID')}${head('result', 'Max-RC')}${head('submitted', 'Submitted')}</tr>
${rows.map(
  (r) => html`<tr><td class="mono"><a href="${sysPath(sys, `job/${r.jobid}`)}">${r.jobname}</a></td><td class="mono">${r.jobid}</td><td class="mono ${resultClass(r.result)}">${r.result}</td><td class="mono">${r.submitted ?? ''}</td></tr>`,
)}
</table>
${rows.length === 0 ? html`<p class="muted">No job matches.</p>` : html`<p class="muted">${rows.length} jobs.</p>`}`;
}

export function jobPage(sys: SystemRef, j: JobDetail, also: readonly string[]): Html {
  return html`<h1>${j.jobname} ${j.jobid} <span class="${resultClass(j.result)}">${j.result}</span></h1>
${also.length ? html`<p class="flash">The same submission also ran ${also.map((id, i) => html`${i ? ', ' : ''}<a href="${sysPath(sys, `job/${id}`)}">${id}</a>`)}.</p>` : ''}
<p class="muted">Submitted ${j.submitted ?? '-'} · <a href="${sysPath(sys, 'st')}">Back to ST</a></p>
${j.jclErrors.length
  ? html`<div class="flash bad"><strong>JCL errors</strong>${j.jclErrors.map((e) => html`<div>Statement <a href="${sysPath(sys, `job/${j.jobid}/dd/JESJCL`)}${e.line ? `?line=${Math.max(1, e.line - 5)}#L${e.line}` : ''}">${e.stmt}</a>: ${e.messages.map((m) => html`${linkIds(m)} `)}</div>`)}</div>`
  : ''}
<h2>Steps</h2>
${j.steps.length === 0
  ? html`<p class="muted">No step ran.</p>`
  : html`<table><tr><th>Step</th><th>Result</th></tr>${j.steps.map((s) => html`<tr><td class="mono">${s.step}</td><td class="mono ${resultClass(s.result)}">${s.result}</td></tr>`)}</table>`}
<h2>Data sets</h2>
<table class="jds"><tr><th>DDNAME</th><th>StepName</th><th class="num">Rec-Cnt</th></tr>
${j.datasets.map((d) => html`<tr><td class="mono"><a href="${sysPath(sys, `job/${j.jobid}/dd/${d.name}`)}">${d.ddname}</a></td><td class="mono">${d.step}</td><td class="num">${d.records}</td></tr>`)}
</table>`;
}

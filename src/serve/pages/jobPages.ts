/** ST (the job list) and a job's detail: steps, spool data sets (JDS), JCL errors. */
import type { JobSummary } from '../../app/listJobs.js';
import type { JobView } from '../../app/views/jobView.js';
import type { JobSort, StatusFilter } from '../../app/views/statusList.js';
import { html, query, shortTime, type Html } from '../html.js';
import { sysPath, type SystemRef } from '../layout.js';
import { linkIds } from './textScreen.js';

function resultClass(result: string): string {
  return result === 'CC 0000' || result === 'RC 0000' ? 'ok' : /^(CC|RC) 0004$/.test(result) || result === 'FLUSH' ? 'warn' : result === '' ? 'muted' : 'bad';
}

export function statusPage(sys: SystemRef, f: StatusFilter, rows: readonly JobSummary[]): Html {
  const base = { name: f.name, rc: f.rc, date: f.date };
  const head = (key: JobSort, label: string): Html => {
    const desc = f.sort === key && !f.desc;
    return html`<th><a href="${sysPath(sys, 'st')}${query({ ...base, sort: key, desc: desc ? 1 : undefined })}" title="Sort by ${label}">${label}${f.sort === key ? (f.desc ? ' ▼' : ' ▲') : ''}</a></th>`;
  };
  return html`<h1>ST — status of jobs <span class="muted">on ${sys.key}</span></h1>
<form class="inline" method="get" action="${sysPath(sys, 'st')}">
  <label>Job name (PREFIX)<input type="text" name="name" value="${f.name ?? ''}" placeholder="CH02*" size="12"></label>
  <label>Max-RC<input type="text" name="rc" value="${f.rc ?? ''}" placeholder="NE 0, 8, >=4, JCL, ABEND" size="16"></label>
  <label>Submitted<input type="text" name="date" value="${f.date ?? ''}" placeholder="2026-11-21" size="12"></label>
  ${f.sort ? html`<input type="hidden" name="sort" value="${f.sort}">` : ''}${f.desc ? html`<input type="hidden" name="desc" value="1">` : ''}
  <button type="submit">Filter</button>
  <a href="${sysPath(sys, 'st')}">Filter off</a>
</form>
<table class="jobs">
<tr>${head('jobname', 'Jobname')}${head('jobid', 'JobID')}${head('owner', 'Owner')}${head('completion', 'Max-RC')}${head('submitted', 'Submitted')}${head('ended', 'Ended')}</tr>
${rows.map(
  (r) => html`<tr><td class="mono"><a href="${sysPath(sys, `job/${r.jobid}`)}">${r.jobname}</a></td><td class="mono">${r.jobid}</td><td class="mono">${r.owner ?? ''}</td><td class="mono ${resultClass(r.completion)}">${r.completion}</td><td class="mono">${shortTime(r.submitted)}</td><td class="mono">${shortTime(r.ended)}</td></tr>`,
)}
</table>
${rows.length === 0 ? html`<p class="muted">No job matches.</p>` : html`<p class="muted">${rows.length} jobs.</p>`}`;
}

export function jobPage(sys: SystemRef, j: JobView, also: readonly string[]): Html {
  const job = j.job;
  const jesjcl = j.datasets.find((d) => d.ddname === 'JESJCL' && d.stepname === 'JES2');
  return html`<h1>${job.jobname} ${job.jobid} <span class="${resultClass(job.completion)}">${job.completion}</span></h1>
${also.length ? html`<p class="flash">The same submission also ran ${also.map((id, i) => html`${i ? ', ' : ''}<a href="${sysPath(sys, `job/${id}`)}">${id}</a>`)}.</p>` : ''}
<p class="muted">Owner ${job.owner ?? '-'} · submitted ${shortTime(job.submitted) || '-'} · ended ${shortTime(job.ended) || '-'} · <a href="${sysPath(sys, 'st')}">Back to ST</a></p>
${j.reason ? html`<div class="flash bad"><strong>Not run:</strong> ${linkIds(`${j.reason.id} ${j.reason.text}`)}${j.reason.card ? html` <span class="muted">(${j.reason.card.file}:${j.reason.card.line}:${j.reason.card.column})</span>` : ''}</div>` : ''}
${j.jclErrors.length
  ? html`<div class="flash bad"><strong>JCL errors</strong>${j.jclErrors.map((e) => html`<div>Statement ${jesjcl && e.line ? html`<a href="${sysPath(sys, `job/${job.jobid}/dd/${jesjcl.dsid}`)}?line=${Math.max(1, e.line - 5)}#L${e.line}">${e.stmt}</a>` : String(e.stmt)}: ${e.messages.map((m) => html`${linkIds(m)} `)}</div>`)}</div>`
  : ''}
<h2>Steps</h2>
${j.steps.length === 0
  ? html`<p class="muted">No step ran.</p>`
  : html`<table class="steps"><tr><th>Step</th><th>ProcStep</th><th>Program</th><th>Result</th><th>Why</th></tr>${j.steps.map(
      (s) => html`<tr><td class="mono">${s.name}</td><td class="mono">${s.procStep ?? ''}</td><td class="mono">${s.program}</td><td class="mono ${resultClass(s.completion)}">${s.completion || 'not run'}</td><td>${s.reason ? html`${linkIds(`${s.reason.id} ${s.reason.text}`)}${s.reason.card ? html` <span class="muted">(${s.reason.card.file}:${s.reason.card.line})</span>` : ''}` : ''}</td></tr>`,
    )}</table>`}
<h2>Data sets</h2>
<table class="jds"><tr><th>DDNAME</th><th>StepName</th><th>ProcStep</th><th class="num">DSID</th><th class="num">Rec-Cnt</th></tr>
${j.datasets.map((d) => html`<tr><td class="mono"><a href="${sysPath(sys, `job/${job.jobid}/dd/${d.dsid}`)}">${d.ddname}</a></td><td class="mono">${d.stepname}</td><td class="mono">${d.procstep ?? ''}</td><td class="num">${d.dsid}</td><td class="num">${d.records}</td></tr>`)}
</table>`;
}

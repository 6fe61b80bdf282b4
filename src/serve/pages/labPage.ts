/** The Lab page: the task, the goals and their state (checked on each visit), hints, the lab's systems. */
import type { LabReport } from '../../app/lab/checkLab.js';
import type { HintAnswer } from '../../app/lab/hintLab.js';
import { escapeHtml, html, raw, type Html } from '../html.js';
import { sysPath, type SystemRef } from '../layout.js';

/** Inline markup of the task text: `code` and **bold**, the rest escaped. */
function inline(text: string): Html {
  const out = escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  return raw(out);
}

/** The few forms task.md uses: headings, paragraphs, `-` lists, numbered lists, fenced code. */
export function renderTask(md: string): Html {
  const blocks: Html[] = [];
  const lines = md.replace(/\r\n/g, '\n').split('\n');
  for (let i = 0; i < lines.length; ) {
    const l = lines[i]!;
    if (l.trim() === '') {
      i++;
      continue;
    }
    if (l.startsWith('```')) {
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) code.push(lines[i]!);
      i++;
      blocks.push(html`<pre class="screen">${code.join('\n')}</pre>`);
      continue;
    }
    const h = /^(#{1,3}) (.*)$/.exec(l);
    if (h) {
      blocks.push(h[1]!.length === 1 ? html`<h2>${inline(h[2]!)}</h2>` : html`<h3>${inline(h[2]!)}</h3>`);
      i++;
      continue;
    }
    const item = /^\s*(?:[-*]|\d+\.) (.*)$/;
    if (item.test(l)) {
      const ordered = /^\s*\d+\./.test(l);
      const items: Html[] = [];
      while (i < lines.length && item.test(lines[i]!)) {
        let text = item.exec(lines[i]!)![1]!;
        for (i++; i < lines.length && /^\s{2,}\S/.test(lines[i]!) && !item.test(lines[i]!); i++) text += ` ${lines[i]!.trim()}`;
        items.push(html`<li>${inline(text)}</li>`);
      }
      blocks.push(ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '' && !item.test(lines[i]!) && !lines[i]!.startsWith('#') && !lines[i]!.startsWith('```')) para.push(lines[i++]!.trim());
    blocks.push(html`<p>${inline(para.join(' '))}</p>`);
  }
  return html`${blocks}`;
}

export function labPage(r: LabReport, systems: readonly SystemRef[], hint: HintAnswer | undefined): Html {
  const met = r.goals.filter((g) => g.met).length;
  return html`<h1>Lab ${r.lab.name}: ${r.lab.title}</h1>
<p class="muted">${r.lab.guide} · lab directory <code>${r.home}</code></p>
<p>Systems: ${systems.map((s, i) => html`${i ? ', ' : ''}<a href="${sysPath(s, 'st')}">${s.key}</a>`)}</p>
<h2>Goals</h2>
<p class="${r.allMet ? 'ok' : 'warn'}" id="score">${r.allMet ? 'All goals met' : `${met} of ${r.goals.length} goals met`} — score ${r.score}/${r.total}${r.hintsUsed ? `, ${r.hintsUsed} hint${r.hintsUsed === 1 ? '' : 's'} used` : ''}.</p>
<ul class="goals">
${r.goals.map((g, i) => {
  const def = r.lab.goals.find((x) => x.id === g.id);
  const shown = (def?.hints ?? []).slice(0, g.hintsShown);
  return html`<li class="${g.met ? 'met' : 'unmet'}" data-goal="${g.id}"><strong>${g.met ? '✔' : '○'} ${i + 1}. ${g.text}</strong>${g.met ? '' : html`<div class="muted">${g.why ?? ''}</div>`}${shown.length ? html`<div>${shown.map((h, k) => html`<div>Hint ${k + 1}: ${inline(h)}</div>`)}</div>` : ''}</li>`;
})}
</ul>
${hint
  ? html`<div class="flash" id="hint">${hint.kind === 'all-met' ? 'Every goal is met: no hint needed.' : hint.kind === 'no-more' ? html`No more hints for “${hint.goal.text}”.` : html`<strong>Hint ${hint.index} of ${hint.of}</strong> for “${hint.goal.text}”: ${inline(hint.hint)}`}</div>`
  : ''}
<form method="post" action="/lab/hint" class="inline"><button type="submit" class="secondary">Show a hint</button> <a href="/lab">Check again</a></form>
<h2>Task</h2>
<div class="task">${renderTask(r.lab.task)}</div>`;
}

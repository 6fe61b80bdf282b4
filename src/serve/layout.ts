/** The frame of every console page: the systems served, the panels of the current one, its clock. */
import { html, shortTime, type Html } from './html.js';

export interface SystemRef {
  /** The name in URLs: /s/<key>/… */
  key: string;
  dir: string;
}

export type Panel = 'st' | 'tapeplex' | 'vtvs' | 'mvcs' | 'datasets' | 'console' | 'submit' | 'lab' | 'explain';

const PANELS: { panel: Panel; label: string; path: string; title: string }[] = [
  { panel: 'st', label: 'ST', path: 'st', title: 'Status of jobs' },
  { panel: 'tapeplex', label: 'Tapeplex', path: 'tapeplex', title: 'VTSSs, queued work, DR test, vaults, clock' },
  { panel: 'vtvs', label: 'VTVs', path: 'vtvs', title: 'Virtual tape volumes' },
  { panel: 'mvcs', label: 'MVCs', path: 'mvcs', title: 'Multi-volume cartridges' },
  { panel: 'datasets', label: 'Data sets', path: 'datasets', title: 'Catalog (ISPF 3.4)' },
  { panel: 'console', label: 'Console', path: 'console', title: 'Operator commands and the system log' },
  { panel: 'submit', label: 'Submit', path: 'submit', title: 'Run JCL' },
];

export interface Frame {
  title: string;
  panel: Panel;
  systems: readonly SystemRef[];
  sys: SystemRef | undefined;
  /** The system's simulated clock (pinned), shown in the header. */
  clock?: string | null | undefined;
  lab?: { name: string; title: string } | undefined;
}

export function sysPath(sys: SystemRef, path: string): string {
  return `/s/${encodeURIComponent(sys.key)}/${path}`;
}

export function page(f: Frame, body: Html): Html {
  const sys = f.sys;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${f.title} - elsim${sys ? ` ${sys.key}` : ''}</title>
<link rel="stylesheet" href="/assets/elsim.css">
<link rel="icon" href="data:,">
</head>
<body>
<header>
  <span class="brand">elsim console</span>
  ${f.systems.length > 1 || f.lab ? html`<span class="systems">${f.lab ? html`<a href="/lab" class="${f.panel === 'lab' ? 'here' : ''}" title="${f.lab.title}">Lab ${f.lab.name}</a>` : ''}${f.systems.map((s) => html`<a href="${sysPath(s, 'st')}" class="${s.key === sys?.key ? 'here' : ''}">${s.key}</a>`)}</span>` : ''}
  ${sys ? html`<nav>${PANELS.map((p) => html`<a href="${sysPath(sys, p.path)}" title="${p.title}" class="${p.panel === f.panel ? 'here' : ''}">${p.label}</a>`)}</nav>` : ''}
  ${sys && f.clock !== undefined ? html`<span class="clock" title="The system's simulated clock">${sys.key} ${f.clock === null ? 'real clock' : shortTime(f.clock)}</span>` : ''}
</header>
<main>
${body}
</main>
<script src="/assets/elsim.js"></script>
</body>
</html>
`;
}

/** The console's one style sheet, served as /assets/elsim.css (no CDN, no build step). */
export const styleSheet = `
:root { --bg: #f6f7f9; --fg: #1b1f24; --muted: #5b6470; --line: #d5d9df; --accent: #0b5cad; --ok: #1a7f37; --warn: #9a6700; --bad: #cf222e; --screen: #0c1a12; --screenfg: #7ee2a8; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
header { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.25rem; padding: .5rem 1rem; background: #1d2733; color: #fff; }
header .brand { font-weight: 700; letter-spacing: .04em; }
header nav a { color: #cfe3ff; text-decoration: none; padding: .25rem .55rem; border-radius: 4px; }
header nav a.here, header nav a:hover { background: #34485e; color: #fff; }
header .systems a { color: #cfe3ff; margin-right: .5rem; }
header .systems a.here { color: #fff; font-weight: 700; text-decoration: underline; }
header .clock { margin-left: auto; font-family: ui-monospace, monospace; font-size: 13px; color: #d9e4ee; }
main { padding: 1rem; max-width: 1400px; }
h1 { font-size: 1.35rem; margin: .2rem 0 .8rem; }
h2 { font-size: 1.1rem; margin: 1.4rem 0 .5rem; }
a { color: var(--accent); }
table { border-collapse: collapse; background: #fff; margin: .25rem 0 .75rem; }
th, td { border: 1px solid var(--line); padding: .2rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef1f5; font-weight: 600; white-space: nowrap; }
th a { color: inherit; text-decoration: none; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.error td { background: #fff0f0; }
.mono, td.mono { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; font-size: 13px; }
.ok { color: var(--ok); font-weight: 600; }
.warn { color: var(--warn); font-weight: 600; }
.bad { color: var(--bad); font-weight: 600; }
.muted { color: var(--muted); }
form.inline { display: flex; flex-wrap: wrap; gap: .4rem .75rem; align-items: end; margin: .5rem 0 .75rem; }
form.inline label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); }
input, select, textarea, button { font: inherit; }
input[type=text], select { padding: .2rem .35rem; border: 1px solid #b9c0c8; border-radius: 3px; background: #fff; }
textarea { width: 100%; max-width: 90ch; font-family: ui-monospace, monospace; font-size: 13px; padding: .4rem; border: 1px solid #b9c0c8; }
button { padding: .25rem .8rem; border: 1px solid #0a4c8f; background: var(--accent); color: #fff; border-radius: 3px; cursor: pointer; }
button.secondary { background: #fff; color: var(--accent); }
.screen { background: var(--screen); color: var(--screenfg); padding: .6rem .8rem; overflow-x: auto; font: 13px/1.35 ui-monospace, "SFMono-Regular", Consolas, monospace; white-space: pre; border-radius: 4px; }
.screen a { color: #ffe08a; }
.screen mark { background: #ffe08a; color: #000; }
.screen .jclerr { background: #5a1010; color: #ffd0d0; display: inline-block; min-width: 100%; }
.screen .lno { color: #4f8a68; user-select: none; }
.pager { display: flex; gap: .75rem; align-items: center; margin: .4rem 0; flex-wrap: wrap; }
.flash { padding: .5rem .8rem; border-radius: 4px; margin: .5rem 0 1rem; background: #fff; border: 1px solid var(--line); }
.flash.bad { border-color: var(--bad); }
.cards { display: flex; flex-wrap: wrap; gap: .75rem; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; width: 25rem; }
.card h3 { margin: 0 0 .3rem; font-size: 1rem; }
.bar { height: .55rem; background: #e3e7ec; border-radius: 3px; overflow: hidden; margin: .25rem 0; }
.bar > span { display: block; height: 100%; background: var(--accent); }
ul.goals { list-style: none; padding: 0; }
ul.goals li { background: #fff; border: 1px solid var(--line); border-left-width: 5px; padding: .45rem .7rem; margin: .35rem 0; border-radius: 4px; }
ul.goals li.met { border-left-color: var(--ok); }
ul.goals li.unmet { border-left-color: var(--warn); }
.task { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .3rem 1rem; max-width: 90ch; }
code { font-family: ui-monospace, monospace; font-size: 92%; background: #eef1f5; padding: 0 .2rem; border-radius: 3px; }
.change-add { color: var(--ok); }
.change-del { color: var(--bad); }
`;

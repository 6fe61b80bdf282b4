/**
 * Every examples/NAME/run.sh runs as a user runs it: from a directory outside the checkout, with
 * nothing set (the script finds its own elsim), and twice in a row (each run rebuilds its systems).
 * What each README says to look at is what the script prints at its end.
 */
import test from 'ava';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');

/** What each example's closing output must show (the README's "what to look at"). */
const EXPECT: Record<string, (out: string) => string[]> = {
  'export-import': (out) => {
    const bad: string[] = [];
    const a = out.split('--- site A')[1]?.split('--- site B')[0] ?? '';
    for (const v of ['AO1000', 'AO1001', 'AO1002', 'AO1003', 'AO1004']) {
      const line = a.split('\n').find((l) => l.includes(`"volser":"${v}"`)) ?? '';
      if (!line.includes('"location":"OUTSIDE"') || !line.includes('"readOnly":true') || !line.includes('"exported":true')) bad.push(`site A ${v}: ${line.slice(0, 120)}`);
    }
    if (!/mvcs \{"volser":"AO1000","pool":"AIMPORT"/.test(out)) bad.push('site B: AO1000 not in pool AIMPORT');
    if (!/vtvs \{"volser":"AV1000".*"readOnly":true.*"ownerPlex":"TAPEPLXA"/.test(out)) bad.push('site B: AV1000 not read-only, owned by TAPEPLXA');
    if (!out.includes('JOB00002 CH02IMPO changed no CDS and nothing on the simulated hardware')) bad.push('the validation run changed something');
    return bad;
  },
  'ctr-continuance': (out) => {
    // Every job of the story ends CC 0000, and at the end A reads BV1010, written at B during the outage.
    const jobs = out.split('\n').filter((l) => /^JOB\d{5} /.test(l));
    const bad = jobs.filter((l) => !/ CC 0000 /.test(l));
    if (jobs.length !== 6) bad.push(`${jobs.length} jobs, not 6`);
    if (!/JOB\d{5} PAYBACK +CC 0000/.test(out)) bad.push('PAYBACK did not run at A');
    return bad;
  },
  'cdrt-scenario1': (out) => (/"state": "STOPPED"/.test(out) ? [] : ['the production CDS does not say STOPPED']),
  'vle-drtest': (out) => {
    const lines = out.split('\n').filter((l) => /^mvcs \{"volser":"VLV00[0-3]"/.test(l));
    return lines.length === 4 && lines.every((l) => l.includes('"readOnly":false')) ? [] : [`VLV000-VLV003 not four writable VMVCs: ${lines.length}`];
  },
  'recovery-point': (out) => {
    const bad: string[] = [];
    if (!/"kind": "DRCHKPT"[\s\S]*"kind": "BACKUP"/.test(out)) bad.push('no DRCHKPT and BACKUP checkpoints');
    const vtvs = out.split('\n').filter((l) => l.startsWith('vtvs {'));
    if (vtvs.length !== 8 || !vtvs.every((l) => l.includes('"storClass":"REMOTE"'))) bad.push(`the backup's AV1250-AV1257 lack their REMOTE copies (${vtvs.length} lines)`);
    return bad;
  },
};

/** Runs a script to its end: exit status and output (asynchronously, so the runner sees the test alive). */
function runScript(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('sh', [script], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => void (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => void (stderr += b.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

for (const name of readdirSync(EXAMPLES).filter((d) => readdirSync(join(EXAMPLES, d)).includes('run.sh')).sort()) {
  test(`examples/${name}/run.sh runs from anywhere, twice`, async (t) => {
    t.timeout(15 * 60_000);
    const cwd = mkdtempSync(join(tmpdir(), `elsim-example-${name}-`));
    t.teardown(() => rmSync(cwd, { recursive: true, force: true }));
    const env = { ...process.env };
    delete env['ELSIM'];
    for (const run of [1, 2]) {
      const r = await runScript(join(EXAMPLES, name, 'run.sh'), cwd, env);
      t.is(r.status, 0, `run ${run}:\n${r.stdout}\n${r.stderr}`);
      const jobs = r.stdout.split('\n').filter((l) => /^JOB\d{5} /.test(l));
      t.true(jobs.length > 0, `run ${run}: no job ran`);
      const check = EXPECT[name];
      t.truthy(check, `no expectation for examples/${name}`);
      t.deepEqual(check!(r.stdout), [], `run ${run}`);
    }
  });
}

/**
 * The README's "Set up" and "Examples" blocks run as written (issue 12): the set-up from the
 * checkout with `npm link` into a temporary npm prefix (npm ci excepted: npm test runs after it),
 * then from a directory outside the checkout; the examples from outside the checkout, twice in a
 * row, with `elsim` on the PATH. Only the two lines that start servers are left out.
 */
import test from 'ava';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The code block (```sh or ```) that starts after `marker`. */
function blockAfter(marker: string, n = 0): string {
  let at = README.indexOf(marker);
  if (at < 0) throw new Error(`README has no ${marker}`);
  let body = '';
  for (let i = 0; i <= n; i++) {
    const open = README.indexOf('```', at);
    const start = README.indexOf('\n', open) + 1;
    const close = README.indexOf('```', start);
    body = README.slice(start, close);
    at = close + 3;
  }
  return body;
}

function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('bash', ['-e', '-c', script], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => void (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => void (stderr += b.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

test('the Set up section runs as written and prints what it shows', async (t) => {
  t.timeout(10 * 60_000);
  const prefix = mkdtempSync(join(tmpdir(), 'elsim-npm-prefix-'));
  t.teardown(() => rmSync(prefix, { recursive: true, force: true }));
  const lines = blockAfter('## Set up').trim().split('\n');
  t.is(lines[0], 'npm ci');
  t.true(lines.includes('npm link'));
  // npm ci ran before npm test (CI's .ci/run does both on a clean clone): the rest as written.
  const script = lines.slice(1).join('\n');
  // `mktemp -d` makes the directory the section moves to under the test's own (removed after).
  mkdirSync(join(prefix, 'tmp'));
  const env = { ...process.env, TMPDIR: join(prefix, 'tmp'), npm_config_prefix: prefix, PATH: `${join(prefix, 'bin')}:${process.env['PATH']}`, npm_config_audit: 'false', npm_config_fund: 'false' };
  const r = await bash(script, ROOT, env);
  t.is(r.status, 0, r.stderr);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const out = r.stdout.trim().split('\n');
  t.true(out.includes(pkg.version), 'elsim --version');
  // The line the README shows, exactly.
  t.is(out.at(-1), blockAfter('## Set up', 1).trim());
  t.regex(r.stderr, /SIM0501I NO SYSTEM IN \/\S+\/elsim-sys - THE DEMO TAPEPLEX WAS BUILT THERE/);
  t.notRegex(r.stderr, new RegExp(`SIM0501I NO SYSTEM IN ${ROOT}`));
});

test('the Examples block runs as written from outside the checkout, twice', async (t) => {
  t.timeout(15 * 60_000);
  const dir = mkdtempSync(join(tmpdir(), 'elsim-readme-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  // The block names JCL under fixtures/ and examples/ and the golden cases under test/.
  for (const d of ['fixtures', 'examples', 'test']) symlinkSync(join(ROOT, d), join(dir, d));
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'bin', 'elsim'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'elsim')}" "$@"\n`);
  chmodSync(join(dir, 'bin', 'elsim'), 0o755);
  const block = blockAfter('Examples, from the checkout');
  const servers = /^elsim (serve|lab start)\b/;
  const lines = block.split('\n').filter((l) => l.trim() !== '' && !servers.test(l));
  t.is(block.split('\n').filter((l) => servers.test(l)).length, 2);
  const env = { ...process.env, PATH: `${join(dir, 'bin')}:${process.env['PATH']}` };
  for (const run of [1, 2]) {
    const r = await bash(lines.join('\n'), dir, env);
    t.is(r.status, 0, `run ${run}: ${r.stderr.slice(-3000)}`);
    t.regex(r.stdout, /^JOB00002 CH04CONF CC 0000 +site-a\/spool\/JOB00002-CH04CONF$/m);
    t.regex(r.stdout, /"command": "submit"/);
    t.regex(r.stdout, /^CH02EXPO JOB00003 ELSIM /m);
    t.regex(r.stdout, /^--- before\/HLQ\.DBASEPRM$/m);
    t.regex(r.stdout, /^JOB\d{5} CDRTPREP CC 0000 /m);
    t.regex(r.stdout, /^5 passed, 0 failed$/m);
  }
});

/** What the command line says about itself and about a wrong command line (issue 12). */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { runCli, wantsJson } from '../../../src/cli/main.js';
import { noColor } from '../../../src/cli/processIo.js';
import { progressLine, progressText } from '../../../src/cli/progress.js';
import { closeNames, editDistance } from '../../../src/cli/suggest.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';

async function cli(args: string[]) {
  const io = memoryIo(fixedClock('2026-11-21T08:00:00Z'));
  const code = await runCli(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

test('--version prints the version of package.json', async (t) => {
  const pkg = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string };
  const r = await cli(['--version']);
  t.is(r.code, 0);
  t.is(r.out.trim(), pkg.version);
});

test('an unknown option is named, before any complaint about missing arguments', async (t) => {
  const r = await cli(['submit', '--system', 'sys', '--bogus', 'job.jcl']);
  t.is(r.code, 64);
  t.regex(r.err, /unknown option --bogus for `elsim submit`/);
  t.notRegex(r.err, /Not enough/);
  const two = await cli(['cds', 'dump', '--tabel=vtvs', '-q']);
  t.regex(two.err, /unknown options --tabel, -q for `elsim cds dump`/);
});

test('known options, their --no- forms and values are not taken for unknown ones', async (t) => {
  // --strict is a boolean, --now takes a value: the file is the positional, nothing is unknown.
  const r = await cli(['check', '--no-strict', '--quiet', 'no-such-file.jcl']);
  t.is(r.code, 64);
  t.regex(r.err, /SIM0502E CANNOT READ no-such-file\.jcl/);
});

test('an unknown command suggests only close names', async (t) => {
  const typo = await cli(['subm', 'x.jcl']);
  t.is(typo.code, 64);
  t.regex(typo.err, /unknown command `elsim subm`: did you mean `elsim submit`\?/);
  const far = await cli(['frobnicate']);
  t.regex(far.err, /unknown command `elsim frobnicate`: the commands are init, submit/);
  t.notRegex(far.err, /did you mean/);
  const sub = await cli(['cds', 'dupm']);
  t.regex(sub.err, /did you mean `elsim cds dump`\?/);
  const none = await cli(['cds']);
  t.regex(none.err, /name a command: `elsim cds dump`, `elsim cds generate`, `elsim cds verify`/);
});

test('missing arguments name the command and its usage', async (t) => {
  const r = await cli(['submit']);
  t.is(r.code, 64);
  t.regex(r.err, /`elsim submit` needs its arguments: elsim submit <files\.\.>/);
});

test('with --json a failure is one JSON document on standard output, exit code unchanged', async (t) => {
  const r = await cli(['submit', '--json', 'no-such-file.jcl']);
  t.is(r.code, 64);
  t.is(r.err, '');
  t.deepEqual(JSON.parse(r.out), { command: 'submit', error: { id: 'SIM0502E', text: 'CANNOT READ no-such-file.jcl: ENOENT' }, exitCode: 64 });
  const u = await cli(['submit', '--json', '--bogus', 'x.jcl']);
  t.is(JSON.parse(u.out).error.id, 'USAGE');
  t.true(wantsJson(['jobs', '--json']));
  t.false(wantsJson(['submit', '--', '--json']));
});

test('suggestions: transpositions count as one edit, short words allow one', (t) => {
  t.is(editDistance('jbos', 'jobs'), 1);
  t.deepEqual(closeNames('jbos', ['jobs', 'job', 'cds', 'init']), ['jobs']);
  t.deepEqual(closeNames('xyz', ['jobs', 'cds', 'init']), []);
  t.deepEqual(closeNames('sub', ['submit', 'sluadmin']), ['submit']);
});

test('NO_COLOR turns colour off when set and not empty', (t) => {
  t.true(noColor({ NO_COLOR: '1' }));
  t.false(noColor({ NO_COLOR: '' }));
  t.false(noColor({}));
});

test('progress: one line rewritten at most every interval, cleared at the end', (t) => {
  let now = 0;
  const written: string[] = [];
  const bar = progressLine((s) => written.push(s), () => now, 200);
  bar.progress('GENERATE VTVS', 1000, 1_000_000);
  now = 100;
  bar.progress('GENERATE VTVS', 2000, 1_000_000); // too soon: not shown
  now = 300;
  bar.progress('GENERATE VTVS', 350_000, 1_000_000);
  bar.progress('GENERATE VTVS', 1_000_000, 1_000_000); // done: cleared
  t.deepEqual(written, ['\rGENERATE VTVS  1,000 / 1,000,000  0%\x1b[K', '\rGENERATE VTVS  350,000 / 1,000,000  35%\x1b[K', '\r\x1b[K']);
  t.is(progressText('VTVRPT', 12345), 'VTVRPT  12,345');
});

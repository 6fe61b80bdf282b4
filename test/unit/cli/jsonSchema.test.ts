/**
 * Every --json document the commands print validates against schema/elsim.schema.json (issue 12):
 * real outputs of real runs, errors included. A command whose output drifts from the schema, or a
 * schema that stops describing an output, fails here.
 */
import test from 'ava';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runCli } from '../../../src/cli/main.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';
import { freshDemoSystem } from '../../helpers/demoSystem.js';

const schema = JSON.parse(readFileSync(new URL('../../../../schema/elsim.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

async function json(args: string[]): Promise<{ code: number; doc: Record<string, unknown> }> {
  const io = memoryIo(fixedClock('2026-11-21T08:00:00Z'));
  const code = await runCli([...args, '--json'], io);
  const text = io.stdout.join('\n');
  const doc = JSON.parse(text) as Record<string, unknown>;
  return { code, doc };
}

function valid(t: import('ava').ExecutionContext, doc: unknown, what: string): void {
  const ok = validate(doc);
  t.true(ok, `${what}: ${ajv.errorsText(validate.errors, { separator: '\n' })}\n${JSON.stringify(doc).slice(0, 2000)}`);
}

test('every command that reports prints a document the schema describes', async (t) => {
  const sys = await freshDemoSystem(t);
  const dir = join(sys, '..');
  const files: Record<string, string> = {
    'ok.jcl': '//GOODJOB JOB\n//S1 EXEC PGM=SLUADMIN\n//SLSPRINT DD SYSOUT=*\n//SLSIN DD *\n SCRATCH VOL(AV1000)\n/*\n',
    'deck.jcl': '//BADDECK JOB\n//S1 EXEC PGM=SLUADMIN\n//SLSPRINT DD SYSOUT=*\n//SLSIN DD *\n VTVRPT VTV(AV1000\n/*\n',
    'conv.jcl': '//BADJCL JOB\n//S1 EXEC PGM=IEFBR14\n//DD1 DD DSN=A.B,DISP=(NEW,CATLG),\n//S2 EXEC PGM=IEFBR14\n',
    'alloc.jcl': '//ALLOCJOB JOB\n//S1 EXEC PGM=IEBGENER\n//SYSUT1 DD DSN=NO.SUCH.DATASET,DISP=SHR\n//SYSUT2 DD SYSOUT=*\n//SYSPRINT DD SYSOUT=*\n//SYSIN DD DUMMY\n',
    'abend.jcl': '//ABENDJOB JOB\n//S1 EXEC PGM=NOSUCHPG\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const f = (n: string): string => join(dir, n);

  const submit = await json(['submit', '--system', sys, '--changes', ...Object.keys(files).map(f)]);
  valid(t, submit.doc, 'submit');
  t.is(submit.code, 65);
  const jobs = submit.doc['jobs'] as { status: string; reason: unknown; steps: { reason: unknown }[] }[];
  t.deepEqual(jobs.map((j) => j.status), ['CC', 'CC', 'JCL ERROR', 'JCL ERROR', 'ABEND']);
  // A JCL-error job never reports its code without a message: the schema requires one, and here it is.
  for (const j of jobs.filter((x) => x.status === 'JCL ERROR')) t.truthy(j.reason ?? j.steps.find((s) => s.reason)?.reason);

  valid(t, (await json(['check', f('deck.jcl'), f('conv.jcl')])).doc, 'check');
  valid(t, (await json(['jobs', '--system', sys])).doc, 'jobs');
  valid(t, (await json(['jobs', '--system', sys, '--failed'])).doc, 'jobs --failed');
  valid(t, (await json(['job', 'show', 'GOODJOB', '--system', sys])).doc, 'job show');
  valid(t, (await json(['job', 'show', 'ALLOCJOB', '--system', sys, '--dd', 'JESYSMSG'])).doc, 'job show --dd');
  const diff = await json(['job', 'diff', 'GOODJOB', '--system', sys]);
  valid(t, diff.doc, 'job diff');
  t.true((diff.doc['cds'] as { lines: unknown[] }[])[0]!.lines.length > 0);
  valid(t, (await json(['cds', 'verify', '--system', sys])).doc, 'cds verify');
  valid(t, (await json(['clock', 'show', '--system', sys])).doc, 'clock show');
  valid(t, (await json(['clock', 'advance', '10m', '--system', sys])).doc, 'clock advance');
  valid(t, (await json(['job', 'purge', 'ABENDJOB', '--system', sys])).doc, 'job purge');
  const golden = new URL('../../../../test/golden/drmon-nothing-to-wait-for', import.meta.url).pathname;
  valid(t, (await json(['test', golden])).doc, 'test');
  for (const args of [['job', 'show', 'NOSUCH', '--system', sys], ['submit', 'no-such.jcl', '--system', sys], ['jobs', '--bogus']]) {
    const e = await json(args);
    valid(t, e.doc, `error of ${args.join(' ')}`);
    t.is(e.code, 64);
  }
});

test('the schema refuses what it must: a JCL-error job without a reason, an unknown key', (t) => {
  const job = { jobname: 'X', jobid: 'JOB00002', maxcc: 0, status: 'JCL ERROR', abend: null, spool: 'spool/JOB00002-X', reason: null, steps: [], messages: [] };
  t.false(validate({ command: 'submit', jobs: [job] }));
  const reason = { id: 'IEFC621I', severity: 'error', text: 'EXPECTED CONTINUATION NOT RECEIVED', file: 'x.jcl', line: 4, column: 1 };
  t.true(validate({ command: 'submit', jobs: [{ ...job, reason }] }));
  t.false(validate({ command: 'jobs', jobs: [], extra: 1 }));
});

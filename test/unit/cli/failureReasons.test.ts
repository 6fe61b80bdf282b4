/**
 * From "CC 0008" to the card: the terminal summary of a submit says why each failing step (or a
 * JCL-error job) did not end with RC 0, with the message, its card and a caret (issue 12).
 */
import test from 'ava';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';

const dir = mkdtempSync(join(tmpdir(), 'elsim-why-'));
const sys = join(dir, 'sys');
test.after.always(() => rmSync(dir, { recursive: true, force: true }));

async function submit(name: string, jcl: string, json = false) {
  const f = join(dir, name);
  writeFileSync(f, jcl);
  const io = memoryIo(fixedClock('2026-11-21T08:00:00Z'));
  const code = await runCli(['submit', '--system', sys, ...(json ? ['--json'] : []), f], io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n'), file: f };
}

test.serial('a broken SLSIN deck: CC 0008, the SLS message on its card in the JCL file, a caret under the column', async (t) => {
  const r = await submit('deck.jcl', '//BADDECK JOB\n//STEP1 EXEC PGM=SLUADMIN\n//SLSPRINT DD SYSOUT=*\n//SLSIN DD *\n VTVRPT ALL\n VTVRPT VTV(AV1000\n/*\n');
  t.is(r.code, 8);
  const lines = r.out.split('\n');
  t.regex(lines[0]!, /^JOB\d{5} BADDECK +CC 0008 +\S+spool\/JOB\d{5}-BADDECK$/);
  t.is(lines[1], '  STEP1    SLUADMIN RC 0008');
  t.regex(lines[2]!, new RegExp(`^    ${r.file.replace(/[.]/g, '\\.')}:6:19: SLS0006I `));
  t.is(lines[3], '       VTVRPT VTV(AV1000');
  t.is(lines[4], '    ' + ' '.repeat(2 + 18) + '^');
});

test.serial('RC 4: the first warning of the function that set the code, on its statement', async (t) => {
  const r = await submit('warn.jcl', '//WARN JOB\n//S1 EXEC PGM=SLUADMIN\n//SLSPRINT DD SYSOUT=*\n//SLSIN DD *\n SCRATCH VOL(AV1000)\n SCRATCH VOL(AV1000)\n/*\n');
  t.is(r.code, 4);
  t.regex(r.out, /warn\.jcl:6:2: SIM0654W VTV AV1000 IS ALREADY SCRATCH\n {7}SCRATCH VOL\(AV1000\)\n {7}\^/);
});

test.serial('an allocation failure: JCL ERROR, IEF212I on the DD card', async (t) => {
  const r = await submit('alloc.jcl', '//ALLOC JOB\n//S1 EXEC PGM=IEBGENER\n//SYSUT1 DD DSN=NO.SUCH.DATASET,DISP=SHR\n//SYSUT2 DD SYSOUT=*\n//SYSPRINT DD SYSOUT=*\n//SYSIN DD DUMMY\n');
  t.is(r.code, 65);
  t.regex(r.out, /^JOB\d{5} ALLOC +JCL ERROR /);
  t.regex(r.out, /  S1 +IEBGENER JCL ERROR\n {4}\S+alloc\.jcl:3:1: IEF212I ALLOC S1 SYSUT1 - DATA SET NOT FOUND\n {6}\/\/SYSUT1 DD DSN=NO\.SUCH\.DATASET,DISP=SHR\n {6}\^/);
});

test.serial('a converter error: JCL ERROR with the first error and its card; in JSON too, never maxcc 0 without a reason', async (t) => {
  const jcl = '//BADJCL JOB\n//S1 EXEC PGM=IEFBR14\n//DD1 DD DSN=A.B,DISP=(NEW,CATLG),\n//S2 EXEC PGM=IEFBR14\n';
  const r = await submit('conv.jcl', jcl);
  t.is(r.code, 65);
  t.regex(r.out, /JCL ERROR .*\n  \S+conv\.jcl:4:1: IEFC621I EXPECTED CONTINUATION NOT RECEIVED\n {4}\/\/S2 EXEC PGM=IEFBR14\n {4}\^/);
  const j = await submit('conv.jcl', jcl, true);
  const doc = JSON.parse(j.out) as { command: string; jobs: { status: string; maxcc: number; reason: { id: string; line: number; column: number } | null; messages: { id: string }[] }[] };
  t.is(doc.command, 'submit');
  t.is(doc.jobs[0]!.status, 'JCL ERROR');
  t.like(doc.jobs[0]!.reason, { id: 'IEFC621I', line: 4, column: 1 });
  t.true(doc.jobs[0]!.messages.some((m) => m.id === 'IEFC621I'));
});

test.serial('an abend: the step line and CSV003I on the EXEC card', async (t) => {
  const r = await submit('abend.jcl', '//ABEND JOB\n//S1 EXEC PGM=NOSUCHPG\n');
  t.is(r.code, 16);
  t.regex(r.out, /ABEND S806 .*\n  S1 +NOSUCHPG ABEND S806\n {4}\S+abend\.jcl:2:1: CSV003I REQUESTED MODULE NOSUCHPG NOT FOUND\n {6}\/\/S1 EXEC PGM=NOSUCHPG/);
});

test.serial('a clean job prints its one line only', async (t) => {
  const r = await submit('ok.jcl', '//OK JOB\n//S1 EXEC PGM=IEFBR14\n');
  t.is(r.code, 0);
  t.is(r.out.split('\n').length, 1);
});

test.serial('check catches a broken SLSIN deck before it is submitted: file:line:col, the card, a caret, exit 8', async (t) => {
  const f = join(dir, 'precheck.jcl');
  writeFileSync(f, '//PRECHK JOB\n//STEP1 EXEC PGM=SLUADMIN\n//SLSPRINT DD SYSOUT=*\n//SLSIN DD *\n VTVRPT VTV(AV1000\n/*\n');
  const io = memoryIo(fixedClock('2026-11-21T08:00:00Z'));
  const code = await runCli(['check', f], io);
  t.is(code, 8);
  const out = io.stdout.join('\n');
  t.true(out.startsWith(`${f}:5:19: SLS0006I Syntax error`), out);
  t.regex(out, /\n {3}VTVRPT VTV\(AV1000\n {20}\^\n/);
  t.regex(out, /1 job, no JCL errors, 1 control statement error \(the step would end with CC 0008\)$/);
  const json = memoryIo(fixedClock('2026-11-21T08:00:00Z'));
  t.is(await runCli(['check', '--json', f], json), 8);
  const doc = JSON.parse(json.stdout.join('\n')) as { command: string; exitCode: number; files: { statementErrors: number; messages: { id: string; line: number; column: number }[] }[] };
  t.is(doc.command, 'check');
  t.like(doc.files[0]!.messages[0], { id: 'SLS0006I', line: 5, column: 19 });
});

/**
 * Issue 14 item 8: a symbol built from itself (`// SET A=&A&A` forty times) made the converter
 * build a 4 × 2^40-character string. A symbol value is at most 255 characters (IEF642I, the value
 * is not assigned) and a substituted operand field at most 8,192 (SIM0121E).
 */
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkJcl } from '../../../src/jcl/checkJcl.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

const doubling = (join: '&A&A' | '&A.&A'): string =>
  ["//SYMJ     JOB (ACCT),'S'", '// SET A=XYZW', ...Array.from({ length: 40 }, () => `// SET A=${join}`), "//S1       EXEC PGM=IEFBR14,PARM='&A'"].join('\n');

const ids = (text: string): string[] => checkJcl(text, { file: 't.jcl' }).diagnostics.map((d) => `${d.id}@${d.card?.line ?? 0}`);

test('the doubling SET stream ends with JCL errors, bounded in time and memory (a child process with 256 MB)', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'elsim-symbols-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  for (const j of ['&A&A', '&A.&A'] as const) {
    const file = join(dir, 'hang.jcl');
    writeFileSync(file, doubling(j));
    const r = spawnSync(process.execPath, ['--max-old-space-size=256', join(ROOT, 'bin/elsim'), 'check', file], { encoding: 'utf8', timeout: 60_000 });
    t.is(r.signal, null, `${j}: killed (${r.error?.message ?? ''})`);
    t.is(r.status, 65, `${j}: ${r.stderr}`);
    t.regex(r.stdout + r.stderr, /IEF642I EXCESSIVE PARAMETER LENGTH IN THE A FIELD/);
  }
});

test('a symbol value of 255 characters is kept; 256 is IEF642I on the SET and the symbol keeps its value', (t) => {
  const exact = checkJcl(['//J JOB', `// SET A=${'X'.repeat(51)}`, '// SET B=&A&A&A&A&A', '// SET C=&B.Y', '//S EXEC PGM=IEFBR14', '//D DD DSN=&C,DISP=SHR'].join('\n'), { file: 't.jcl' });
  t.deepEqual(exact.diagnostics.map((d) => `${d.id}@${d.card?.line ?? 0}:${d.text}`), ['IEF642I@4:EXCESSIVE PARAMETER LENGTH IN THE C FIELD']);
  // C was never set: DSN=&C stays as coded, a temporary name (no cascade of errors from a 256-character name).
  const spec = exact.result.jobs[0]!.steps[0]!.dds[0]!.specs[0]!;
  t.like(spec, { kind: 'dataset', dsn: '&&C', temporary: true });
  // Five doublings of 4 characters make 128; the sixth (line 8) and seventh are refused, A stays 128 long.
  t.deepEqual(ids(doubling('&A&A').split('\n').slice(0, 9).join('\n') + "\n//S1 EXEC PGM=IEFBR14,PARM='&A'"), ['IEF642I@8', 'IEF642I@9', 'IEF642I@10']);
  const r = checkJcl(['//J JOB', '// SET A=XYZW', ...Array.from({ length: 7 }, () => '// SET A=&A&A'), '//S EXEC PGM=IEFBR14,PARM=&A'].join('\n'), { file: 't.jcl' });
  t.is(r.result.jobs[0]!.steps[0]!.parm.length, 128);
});

test('the limit holds on PROC defaults, procedure-call assignments and SET inside a procedure', (t) => {
  const long = 'Y'.repeat(256);
  const r = checkJcl(
    ['//J JOB', '//P PROC V=' + long.slice(0, 55) + ',', `//         W=${long.slice(0, 56)}`, '//S EXEC PGM=IEFBR14,PARM=&V', '// PEND', `//C EXEC P,V=${long.slice(0, 57)}`].join('\n'),
    { file: 't.jcl' },
  );
  t.false(r.failed, JSON.stringify(r.diagnostics));
  const text = ['//J JOB', '// SET B=' + 'Z'.repeat(60), '//P PROC', '// SET Q=&B&B&B&B&B', '//S EXEC PGM=IEFBR14', '// PEND', '//C EXEC P,R=&B&B&B&B&B'].join('\n');
  const got = checkJcl(text, { file: 't.jcl' }).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.id}:${d.text}`);
  t.true(got.includes('IEF642I:EXCESSIVE PARAMETER LENGTH IN THE Q FIELD'), got.join('\n'));
  t.true(got.includes('IEF642I:EXCESSIVE PARAMETER LENGTH IN THE R FIELD'), got.join('\n'));
});

test('an operand field longer than 8,192 characters after substitution is SIM0121E, and the statement is not read further', (t) => {
  // 40 continuation cards of four 60-character values: 9,600 characters after substitution.
  const parts = Array.from({ length: 40 }, () => '&A&A&A&A');
  const text = ['//J JOB', `// SET A=${'Q'.repeat(60)}`, '//S EXEC PGM=IEFBR14,PARM=(X,', ...parts.map((p, k) => `//         ${p}${k < parts.length - 1 ? ',' : ')'}`)].join('\n');
  const errs = checkJcl(text, { file: 't.jcl' }).diagnostics.filter((d) => d.severity === 'error');
  t.deepEqual(errs.map((d) => `${d.id}:${d.text}`), ['SIM0121E:STATEMENT LONGER THAN 8192 CHARACTERS AFTER SYMBOL SUBSTITUTION']);
  // Thirty cards (7,200 characters) are within the limit.
  const fits = ['//J JOB', `// SET A=${'Q'.repeat(60)}`, '//S EXEC PGM=IEFBR14,PARM=(X,', ...parts.slice(0, 30).map((p, k) => `//         ${p}${k < 29 ? ',' : ')'}`)].join('\n');
  t.deepEqual(checkJcl(fits, { file: 't.jcl' }).diagnostics.filter((d) => d.id === 'SIM0121E'), []);
});

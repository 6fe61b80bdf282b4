/**
 * Confinement: nothing a deck names can reach outside the system directory — data set names
 * with `..`, absolute paths, member names, symbols that substitute to paths, JCLLIB/INCLUDE/PROC
 * names, over-long qualifiers, catalog files that are symbolic links out of the directory, a
 * --system that is a file — and no EXEC runs a host program. A file beside the system directory
 * holds a secret: it never shows up in any output and is never changed.
 */
import test from 'ava';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { fixedClock, memoryIo } from '../../src/core/Io.js';
import { System } from '../../src/jes/System.js';
import { DEMO_NOW, freshDemoSystem } from '../helpers/demoSystem.js';

const SECRET = 'SECRET-4711';

const gener = (ut1: string, ut2 = '//SYSUT2 DD SYSOUT=*', before: string[] = []): string =>
  ['//CONFINE JOB (ACCT),X', ...before, '//S1 EXEC PGM=IEBGENER', '//SYSPRINT DD SYSOUT=*', '//SYSIN DD DUMMY', ut1, ut2, ''].join('\n');

/** [what, JCL, a message id the run must show] — {OUT} is the path of the secret file. */
const cases: [string, string, RegExp][] = [
  ['a DSN with ..', gener('//SYSUT1 DD DSN=HLQ..OUTSIDE,DISP=SHR'), /IEFC|IEF6|SIM0208E/],
  ['a quoted absolute path as DSN', gener("//SYSUT1 DD DSN='{OUT}',DISP=SHR"), /IEFC|IEF6|SIM0208E/],
  ['a relative path as DSN', gener("//SYSUT1 DD DSN='../../outside.txt',DISP=SHR"), /IEFC|IEF6|SIM0208E/],
  ['a member name with ..', gener('//SYSUT1 DD DSN=HLQ.PARMLIB(../../X),DISP=SHR'), /IEFC|IEF6|SIM0208E/],
  ['a symbol that substitutes to a path', gener('//SYSUT1 DD DSN=&P,DISP=SHR', '//SYSUT2 DD SYSOUT=*', ["// SET P='../../outside.txt'"]), /IEFC|IEF6|SIM0208E/],
  ['a symbol that builds a qualifier with ..', gener('//SYSUT1 DD DSN=HLQ.&Q.X,DISP=SHR', '//SYSUT2 DD SYSOUT=*', ["// SET Q='.'"]), /IEFC|IEF6|SIM0208E/],
  ['an over-long qualifier', gener('//SYSUT1 DD DSN=HLQ.ABCDEFGHIJKLMNOP,DISP=SHR'), /IEF642I|IEFC|SIM0208E/],
  ['a 45-character name', gener(`//SYSUT1 DD DSN=${'ABCDEFGH.'.repeat(5)}X,DISP=SHR`), /IEF642I|IEFC|SIM0208E/],
  ['writing to a path as DSN', gener('//SYSUT1 DD *\nPWNED\n/*', "//SYSUT2 DD DSN='{OUT}',DISP=OLD"), /IEFC|IEF6|SIM0208E/],
  ['creating a data set named by a path', gener('//SYSUT1 DD *\nPWNED\n/*', "//SYSUT2 DD DSN='../../PWNED',DISP=(NEW,CATLG)"), /IEFC|IEF6|SIM0208E/],
  ['a JCLLIB library named by a path', ['//CONFINE JOB (ACCT),X', '//L JCLLIB ORDER=(../../ETC)', '//S1 EXEC MYPROC', ''].join('\n'), /IEFC/],
  ['an INCLUDE member named by a path', ['//CONFINE JOB (ACCT),X', '//L JCLLIB ORDER=(HLQ.PARMLIB)', '// INCLUDE MEMBER=../../X', '//S1 EXEC PGM=IEFBR14', ''].join('\n'), /IEFC/],
  ['a procedure named by a path', ['//CONFINE JOB (ACCT),X', '//S1 EXEC PROC=../../X', ''].join('\n'), /IEFC/],
  ['a host shell as program', ["//CONFINE JOB (ACCT),X", "//S1 EXEC PGM=SH,PARM='touch ../../PWNED'", ''].join('\n'), /S806|IEFC/],
  ['the z/OS UNIX shell runner', ["//CONFINE JOB (ACCT),X", "//S1 EXEC PGM=BPXBATCH,PARM='SH touch ../../PWNED'", ''].join('\n'), /S806/],
  ['a program named by a path', ["//CONFINE JOB (ACCT),X", '//S1 EXEC PGM=/BIN/SH', ''].join('\n'), /IEFC|S806/],
  ['TSO in batch', ["//CONFINE JOB (ACCT),X", '//S1 EXEC PGM=IKJEFT01', '//SYSTSIN DD *', ' OSHELL echo PWNED', '/*', ''].join('\n'), /S806/],
];

/** Every file of the spool, as one text. */
function spoolText(sys: string): string {
  const spool = join(sys, 'spool');
  return readdirSync(spool)
    .filter((d) => !d.startsWith('.'))
    .flatMap((d) => readdirSync(join(spool, d)).map((f) => readFileSync(join(spool, d, f), 'utf8')))
    .join('\n');
}

for (const [what, template, id] of cases) {
  test(`confined: ${what}`, async (t) => {
    const sys = await freshDemoSystem(t);
    const outside = join(sys, '..', 'outside.txt');
    writeFileSync(outside, SECRET);
    const file = join(sys, '..', 'confine.jcl');
    writeFileSync(file, template.replace(/\{OUT\}/g, outside));
    const io = memoryIo(fixedClock(DEMO_NOW));
    const exit = await runCli(['submit', '--system', sys, file], io);
    const all = [io.stdout.join('\n'), io.stderr.join('\n'), spoolText(sys)].join('\n');
    t.regex(all, id);
    t.not(exit, 0, all);
    t.false(all.includes(SECRET));
    t.is(readFileSync(outside, 'utf8'), SECRET);
    t.deepEqual(readdirSync(join(sys, '..')).sort(), ['confine.jcl', 'outside.txt', 'system']);
    t.false(existsSync(join(sys, '..', '..', 'PWNED')));
  });
}

test('confined: a catalog file that is a symbolic link out of the system directory (SIM0214E, a JCL error of the job)', async (t) => {
  const sys = await freshDemoSystem(t);
  const outside = join(sys, '..', 'outside.txt');
  writeFileSync(outside, SECRET);
  const system = System.open(sys);
  system.catalog.define('HLQ.LINKED', { dsorg: 'PS' });
  const path = system.catalog.pathOf('HLQ.LINKED');
  system.close();
  const { rmSync } = await import('node:fs');
  rmSync(path);
  symlinkSync(outside, path);
  for (const jcl of [gener('//SYSUT1 DD DSN=HLQ.LINKED,DISP=SHR'), gener('//SYSUT1 DD *\nPWNED\n/*', '//SYSUT2 DD DSN=HLQ.LINKED,DISP=OLD')]) {
    const file = join(sys, '..', 'confine.jcl');
    writeFileSync(file, jcl);
    const io = memoryIo(fixedClock(DEMO_NOW));
    const exit = await runCli(['submit', '--system', sys, file], io);
    t.is(exit, 65, io.stderr.join('\n'));
    t.regex(spoolText(sys), /SIM0214E THE FILE OF DATA SET HLQ.LINKED LIES OUTSIDE THE SYSTEM DIRECTORY/);
    t.false(spoolText(sys).includes(SECRET));
    t.is(readFileSync(outside, 'utf8'), SECRET);
  }
});

test('confined: --system naming a file is refused with SIM0873E (not an internal error)', async (t) => {
  const sys = await freshDemoSystem(t);
  const file = join(sys, '..', 'plain-file');
  writeFileSync(file, SECRET);
  for (const argv of [['submit', '--system', file, file], ['sluadmin', file, '--system', file], ['cds', 'verify', '--system', file]]) {
    const io = memoryIo(fixedClock(DEMO_NOW));
    const exit = await runCli(argv, io);
    t.is(exit, 64, `${argv.join(' ')}: ${io.stderr.join('\n')}`);
    t.regex(io.stderr.join('\n'), /elsim: SIM08\d\dE|elsim: SIM0209E/);
    t.is(readFileSync(file, 'utf8'), SECRET);
  }
});

/**
 * The web console answered in-process (Fastify's inject: no port): every panel of a demo system,
 * the searches and pages of the volume lists, browse with FIND, a JCL error shown at its card,
 * operator commands, the clock, submit (pasted and uploaded), escaping, unknown systems and
 * paths, and writes to one system queued one after the other.
 */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main.js';
import { fixedClock, memoryIo } from '../../../src/core/Io.js';
import { createConsole } from '../../../src/serve/createConsole.js';
import { performWrite } from '../../../src/serve/performWrite.js';
import { SystemQueue, type WriteRequest } from '../../../src/serve/runWriteTask.js';
import { DEMO_NOW, freshDemoSystem } from '../../helpers/demoSystem.js';

const inProcess = (req: WriteRequest) => performWrite({ ...req, busyTimeoutMs: 5000 } as Parameters<typeof performWrite>[0]);

async function consoleOf(t: Parameters<typeof freshDemoSystem>[0], opts: { worker?: boolean } = {}) {
  const dir = await freshDemoSystem(t);
  const app = createConsole({ systems: [{ key: 'site-a', dir }], clock: fixedClock(DEMO_NOW), ...(opts.worker ? {} : { write: inProcess }) });
  t.teardown(() => app.close());
  return { app, dir };
}

async function submitFile(dir: string, file: string): Promise<number> {
  return runCli(['submit', '--system', dir, file], memoryIo(fixedClock(DEMO_NOW)));
}

test('every panel of a demo system answers with its page', async (t) => {
  const { app } = await consoleOf(t);
  const pages: [string, RegExp][] = [
    ['/s/site-a/st', /ELSDEMO/],
    ['/s/site-a/job/JOB00001', /Data sets[\s\S]*JESMSGLG[\s\S]*SLSPRINT/],
    ['/s/site-a/job/JOB00001/dd/2', /J E S 2 {2}J O B {2}L O G/],
    ['/s/site-a/tapeplex', /Tapeplex TAPEPLXA[\s\S]*VTSS0[\s\S]*DR test[\s\S]*NONE/],
    ['/s/site-a/vtvs', /AV1000/],
    ['/s/site-a/mvcs', /<td class="mono">[A-Z0-9]{6}<\/td><td class="mono">[-RED J]{4}<\/td>/],
    ['/s/site-a/datasets', /HLQ\.PARMLIB/],
    ['/s/site-a/ds/HLQ.PARMLIB', /Member/],
    ['/s/site-a/console', /System log[\s\S]*SMC[\s\S]*Job log messages[\s\S]*\$HASP373/],
    ['/s/site-a/syslog', /system log[\s\S]*Lines 1-/],
    ['/s/site-a/submit', /<textarea/],
    ['/explain/SIM0795I', /SIM0795I/],
  ];
  for (const [url, re] of pages) {
    const r = await app.inject(url);
    t.is(r.statusCode, 200, url);
    t.regex(r.body, re, url);
    t.regex(r.headers['content-type'] as string, /text\/html/);
  }
  const css = await app.inject('/assets/elsim.css');
  t.is(css.statusCode, 200);
  t.regex(css.headers['content-type'] as string, /text\/css/);
  t.is((await app.inject('/assets/elsim.js')).statusCode, 200);
  const root = await app.inject('/');
  t.is(root.statusCode, 302);
  t.is(root.headers.location, '/s/site-a/st');
});

test('no page refers to anything outside the console (no CDN)', async (t) => {
  const { app } = await consoleOf(t);
  for (const url of ['/s/site-a/st', '/s/site-a/tapeplex', '/s/site-a/submit']) {
    const body = (await app.inject(url)).body;
    t.notRegex(body, /(src|href)="(https?:)?\/\//, url);
  }
});

test('ST filters by name prefix and by return code, and sorts', async (t) => {
  const { app, dir } = await consoleOf(t);
  t.is(await submitFile(dir, 'fixtures/seed/ch02-export-stor.jcl'), 0);
  t.is(await submitFile(dir, 'fixtures/seed/ch08-backup-copy.jcl'), 65);
  const all = (await app.inject('/s/site-a/st')).body;
  t.regex(all, /CH02EXPO[\s\S]*CH08BACK/);
  const byName = (await app.inject('/s/site-a/st?name=CH02*')).body;
  t.regex(byName, /CH02EXPO/);
  t.notRegex(byName, /CH08BACK|ELSDEMO<\/a>/);
  const notZero = (await app.inject(`/s/site-a/st?rc=${encodeURIComponent('NE 0')}`)).body;
  t.regex(notZero, /CH08BACK/);
  t.notRegex(notZero, />CH02EXPO</);
  const desc = (await app.inject('/s/site-a/st?sort=jobname&desc=1')).body;
  t.true(desc.indexOf('>ELSDEMO<') < desc.indexOf('>CH08BACK<') && desc.indexOf('>CH08BACK<') < desc.indexOf('>CH02EXPO<'));
});

test('a job with JCL errors shows each error at its card in JESJCL, with its message linked', async (t) => {
  const { app, dir } = await consoleOf(t);
  await submitFile(dir, 'fixtures/seed/ch08-backup-copy.jcl');
  const job = (await app.inject('/s/site-a/job/JOB00002')).body;
  t.regex(job, /JCL ERROR/);
  t.regex(job, /Statement <a href="\/s\/site-a\/job\/JOB00002\/dd\/3\?line=\d+#L\d+">4<\/a>/);
  t.regex(job, /Not run:<\/strong> <a href="\/explain\/IEFC631I"/);
  t.regex(job, /<a href="\/explain\/IEFC631I"/);
  const jcl = (await app.inject('/s/site-a/job/JOB00002/dd/3')).body;
  t.regex(jcl, /<span class="jclerr" id="L\d+">[^\n]*4 \/\/SLSCNTL {3}DD {2}DSN=SHR,DSN=hlq\.DBSEPRM\n\s*<a href="\/explain\/IEFC631I"[^>]*>IEFC631I<\/a> DUPLICATE KEYWORD DSN/);
});

test('browse pages through a data set and FIND goes to the line of the hit', async (t) => {
  const { app, dir } = await consoleOf(t);
  await submitFile(dir, 'fixtures/seed/ch02-export-stor.jcl');
  const first = (await app.inject('/s/site-a/ds/HLQ.REMOTE2')).body;
  t.regex(first, /Lines 1-\d+ of \d+/);
  const found = (await app.inject('/s/site-a/ds/HLQ.REMOTE2?find=ao1003')).body;
  t.regex(found, /Found "ao1003" on line 5\./);
  t.regex(found, /<mark>AO1003<\/mark>/);
  const none = (await app.inject('/s/site-a/ds/HLQ.REMOTE2?find=NOSUCHTEXT')).body;
  t.regex(none, /not found/);
  const member = (await app.inject('/s/site-a/ds/HLQ.PARMLIB?member=MGMTCLAS')).body;
  t.is((await app.inject('/s/site-a/ds/HLQ.PARMLIB?member=MGMTCLAS')).statusCode, 200, member.slice(0, 300));
  const cds = (await app.inject('/s/site-a/ds/HLQ.DBASEPRM')).body;
  t.regex(cds, /A CDS: a database, not records/);
  t.regex((await app.inject('/s/site-a/ds/HLQ.TMSDB')).body, /The tape management catalog: a database, not records/);
  t.is((await app.inject('/s/site-a/ds/NOT.THERE')).statusCode, 404);
  t.is((await app.inject('/s/site-a/ds/bad..name')).statusCode, 400);
});

test('the VTV and MVC lists search by range, prefix, pool and class, and page by volser', async (t) => {
  const { app } = await consoleOf(t);
  const range = (await app.inject('/s/site-a/vtvs?volsers=AV1000-AV1004')).body;
  t.deepEqual([...range.matchAll(/<td class="mono">(AV\d{4})<\/td>/g)].map((m) => m[1]), ['AV1000', 'AV1001', 'AV1002', 'AV1003', 'AV1004']);
  t.regex(range, /End of the list/);
  const paged = (await app.inject('/s/site-a/vtvs?volsers=AV1*')).body;
  const next = /href="([^"]*after=(AV\d{4})[^"]*)" rel="next"/.exec(paged);
  t.truthy(next, 'a prefix with more than a page has a next page');
  const page2 = (await app.inject(next![1]!.replaceAll('&amp;', '&'))).body;
  const firstOf2 = /<td class="mono">(AV\d{4})<\/td>/.exec(page2)![1]!;
  t.true(firstOf2 > next![2]!);
  const pool = (await app.inject('/s/site-a/vtvs?pool=VIRTSCR')).body;
  t.regex(pool, /V00000/);
  t.notRegex(pool, /<td class="mono">AV\d{4}<\/td>/);
  const cls = (await app.inject('/s/site-a/vtvs?cls=DR&volsers=AV1200-AV1299')).body;
  const classes = [...cls.matchAll(/<td class="mono">AV\d{4}<\/td><td class="mono">[-SRPOD]{5}<\/td><td>(\w*)<\/td>/g)].map((m) => m[1]);
  t.true(classes.length >= 8);
  t.true(classes.every((c) => c === 'DR'));
  t.regex(cls, /rel="next"/, "fifty to a page");
  const bad = (await app.inject('/s/site-a/vtvs?volsers=AV1000-BV1000')).body;
  t.regex(bad, /flash bad/);
  t.regex((await app.inject('/s/site-a/vtvs?pool=NOPOOL')).body, /no VOLPARM range belongs to a pool named NOPOOL/);
  const mvcPool = (await app.inject('/s/site-a/mvcs?pool=OFFSITE&volsers=AO1000-AO1004')).body;
  t.deepEqual([...mvcPool.matchAll(/<td class="mono">(AO\d{4})<\/td>/g)].map((m) => m[1]), ['AO1000', 'AO1001', 'AO1002', 'AO1003', 'AO1004']);
  const stor = (await app.inject('/s/site-a/mvcs?cls=OFF1')).body;
  t.regex(stor, /AO100\d/);
});

test('an operator command answers on the console and changes what the Tapeplex panel shows', async (t) => {
  const { app } = await consoleOf(t);
  const r = await app.inject({ method: 'POST', url: '/s/site-a/console', payload: { command: 'VARY VTSS1 OFFLINE' } });
  t.is(r.statusCode, 200);
  t.regex(r.body, /SIM0795I<\/a> VTSS VTSS1 NOW OFFLINE/);
  t.regex((await app.inject('/s/site-a/tapeplex')).body, /VTSS1 <span class="bad">OFFLINE<\/span>/);
  t.regex(r.body, /<div class="screen" id="syslog">[\s\S]*OPER +VARY VTSS1 OFFLINE\n[^\n]*HSC +<a[^>]*>SIM0795I<\/a> VTSS VTSS1 NOW OFFLINE/);
  const d = await app.inject({ method: 'POST', url: '/s/site-a/console', payload: { command: 'D REPL' } });
  t.regex(d.body, /QDEPTH/);
  const found = (await app.inject('/s/site-a/syslog?find=VTSS1')).body;
  t.regex(found, /Found "VTSS1" on line \d+/);
  const bad = await app.inject({ method: 'POST', url: '/s/site-a/console', payload: { command: 'VARY NOSUCH OFFLINE' } });
  t.regex(bad.body, /class="flash bad"[\s\S]*SIM0797E/);
});

test('the clock shows what an advance completes, then advances', async (t) => {
  const { app } = await consoleOf(t);
  const preview = (await app.inject('/s/site-a/tapeplex?preview=10m')).body;
  t.regex(preview, /to <strong>2026-11-21T08:10:00Z<\/strong> completes <strong>(\d+)<\/strong>/);
  t.regex(preview, /REPLICATE/);
  const r = await app.inject({ method: 'POST', url: '/s/site-a/clock', payload: { to: '2026-11-21T08:10:00Z' } });
  t.is(r.statusCode, 200);
  t.regex(r.body, /SIM0703I/);
  t.regex(r.body, /2026-11-21T08:10:00/);
  const back = await app.inject({ method: 'POST', url: '/s/site-a/clock', payload: { to: '2026-11-21T08:00:00Z' } });
  t.is(back.statusCode, 400);
  t.regex(back.body, /SIM0706E/);
});

test('submit runs pasted JCL and lands on its job; an uploaded file runs too', async (t) => {
  const { app } = await consoleOf(t);
  const jcl = readFileSync('fixtures/seed/ch08-drchkpt-set.jcl', 'utf8');
  const r = await app.inject({ method: 'POST', url: '/s/site-a/submit', payload: { jcl } });
  t.is(r.statusCode, 303);
  t.is(r.headers.location, '/s/site-a/job/JOB00002');
  t.regex((await app.inject('/s/site-a/job/JOB00002')).body, /CC 0000[\s\S]*CHKPT/);
  const boundary = '----elsimtest';
  const body = [`--${boundary}`, 'Content-Disposition: form-data; name="jcl"', '', '', `--${boundary}`, 'Content-Disposition: form-data; name="file"; filename="two.jcl"', 'Content-Type: text/plain', '', '//ONE JOB\n//S EXEC PGM=IEFBR14\n//TWO JOB\n//S EXEC PGM=IEFBR14\n', `--${boundary}--`, ''].join('\r\n');
  const up = await app.inject({ method: 'POST', url: '/s/site-a/submit', payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
  t.is(up.statusCode, 303);
  t.is(up.headers.location, '/s/site-a/job/JOB00003?also=JOB00004');
  t.regex((await app.inject(up.headers.location as string)).body, /also ran <a href="\/s\/site-a\/job\/JOB00004">JOB00004/);
  const empty = await app.inject({ method: 'POST', url: '/s/site-a/submit', payload: { jcl: '  ' } });
  t.is(empty.statusCode, 400);
  const crlf = await app.inject({ method: 'POST', url: '/s/site-a/submit', payload: { jcl: '//CRLF JOB\r\n//S EXEC PGM=IEFBR14\r\n' } });
  t.regex((await app.inject(crlf.headers.location as string)).body, /CRLF JOB00005 <span class="ok">CC 0000/);
  const ebcdic = Buffer.from([0xe2, 0xc5, 0xc5, 0x40, 0x61, 0x61, 0xc3, 0xd9, 0xd3, 0xc6, 0x40, 0xd1, 0xd6, 0xc2, 0x25, 0x61, 0x61, 0xe2, 0x40, 0xc5, 0xe7, 0xc5, 0xc3, 0x40, 0x40, 0x40, 0x40, 0x40]);
  const eb = [`--${boundary}`, 'Content-Disposition: form-data; name="file"; filename="e.jcl"', 'Content-Type: application/octet-stream', '', ''].join('\r\n');
  const ebBody = Buffer.concat([Buffer.from(eb), ebcdic, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const refused = await app.inject({ method: 'POST', url: '/s/site-a/submit', payload: ebBody, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
  t.is(refused.statusCode, 400);
  t.regex(refused.body, /SIM1401E/);
});

test('a submit through the worker thread runs the job like the CLI', async (t) => {
  const { app } = await consoleOf(t, { worker: true });
  const r = await app.inject({ method: 'POST', url: '/s/site-a/submit', payload: { jcl: '//W JOB\n//S EXEC PGM=IEFBR14\n' } });
  t.is(r.statusCode, 303);
  t.regex((await app.inject(r.headers.location as string)).body, /W JOB00002 <span class="ok">CC 0000/);
});

test('text from the systems is escaped, never markup', async (t) => {
  const { app } = await consoleOf(t);
  const r = await app.inject({ method: 'POST', url: '/s/site-a/submit', payload: { jcl: '//X JOB\n//S EXEC PGM=IEFBR14\n//* <script>alert(1)</script>\n' } });
  const jcl = (await app.inject(`${r.headers.location as string}/dd/3`)).body;
  t.regex(jcl, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  t.notRegex(jcl, /<script>alert/);
});

test('an unknown system, job or spool file is 404; a spool name cannot leave the job', async (t) => {
  const { app } = await consoleOf(t);
  t.is((await app.inject('/s/nope/st')).statusCode, 404);
  t.is((await app.inject('/s/site-a/job/JOB09999')).statusCode, 404);
  t.is((await app.inject('/s/site-a/job/JOB00001/dd/NOPE')).statusCode, 404);
  t.is((await app.inject('/s/site-a/job/JOB00001/dd/99')).statusCode, 404);
  t.is((await app.inject('/s/site-a/job/..%2F..%2Fsystem.db')).statusCode, 404);
  const escape = await app.inject('/s/site-a/job/JOB00001/dd/..%2F..%2Fsystem.db');
  t.true(escape.statusCode === 400 || escape.statusCode === 404);
  t.notRegex(escape.body, /SQLite format/);
  t.is((await app.inject('/nowhere')).statusCode, 404);
});

test('writes to one system run one after the other; to two systems side by side', async (t) => {
  const q = new SystemQueue();
  const order: string[] = [];
  const slow = (name: string, ms: number) => () => new Promise<void>((res) => setTimeout(() => { order.push(name); res(); }, ms));
  await Promise.all([q.run('a', slow('a1', 40)), q.run('a', slow('a2', 1)), q.run('b', slow('b1', 5))]);
  t.deepEqual(order, ['b1', 'a1', 'a2']);
  await t.throwsAsync(q.run('a', () => Promise.reject(new Error('boom'))), { message: 'boom' });
  await q.run('a', slow('a3', 1));
  t.is(order.at(-1), 'a3', 'a failed write does not stop the queue');
});

test('two submits at once to one system get two job numbers and both run', async (t) => {
  const { app, dir } = await consoleOf(t);
  const job = (n: string) => app.inject({ method: 'POST', url: '/s/site-a/submit', payload: { jcl: `//${n} JOB\n//S EXEC PGM=IEFBR14\n` } });
  const [a, b] = await Promise.all([job('PAR1'), job('PAR2')]);
  t.deepEqual([a.headers.location, b.headers.location].sort(), ['/s/site-a/job/JOB00002', '/s/site-a/job/JOB00003']);
  t.regex(readFileSync(join(dir, 'spool', 'JOB00002-PAR1', 'JESMSGLG.txt'), 'utf8') + readFileSync(join(dir, 'spool', 'JOB00003-PAR2', 'JESMSGLG.txt'), 'utf8'), /PAR1[\s\S]*PAR2/);
});

/**
 * The web console in a real browser (headless Chromium from the operating system, driven by
 * playwright-core): every panel of a demo system clicked through, a job submitted from the page
 * and its result read, an operator command, the clock, and a lab's page, goals and hint.
 * With ELSIM_SCREENSHOTS=DIR each panel is also saved as a PNG there (the README's pictures:
 * `npm run screenshots`).
 */
import test from 'ava';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { startLab } from '../../src/app/lab/startLab.js';
import { fixedClock, memoryIo } from '../../src/core/Io.js';
import { serveConsole, type RunningConsole } from '../../src/serve/serveConsole.js';
import { browserMissing, browserRequired, launchBrowser } from '../helpers/browser.js';
import { DEMO_NOW, freshDemoSystem } from '../helpers/demoSystem.js';

const shots = process.env['ELSIM_SCREENSHOTS'];

async function shot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`) });
}

async function serve(dirs: string[]): Promise<RunningConsole> {
  return serveConsole({ dirs, host: '127.0.0.1', port: 0 }, memoryIo(fixedClock(DEMO_NOW)));
}

if (browserMissing && browserRequired) {
  test('the browser tests have a browser', (t) => {
    t.fail(browserMissing);
  });
} else if (browserMissing) {
  process.stderr.write(`browser tests skipped: ${browserMissing}\n`);
  test.skip('every panel of a demo system in a browser (no Chromium)', () => undefined);
  test.skip('a lab in a browser (no Chromium)', () => undefined);
} else {
  test.serial('every panel of a demo system in a browser, and a job submitted from the page', async (t) => {
    const dir = join(dirname(await freshDemoSystem(t)), 'site-a');
    renameSync(join(dir, '..', 'system'), dir);
    const running = await serve([dir]);
    const { browser, close } = await launchBrowser();
    t.teardown(async () => {
      await close();
      await running.close();
    });
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
    page.setDefaultTimeout(10_000);
    page.on('dialog', (d) => void d.accept());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // ST → a job → one of its data sets → FIND
    await page.goto(running.url);
    await page.waitForSelector('h1:has-text("ST")');
    await shot(page, 'st');
    await page.click('table.jobs a:has-text("ELSDEMO")');
    await page.waitForSelector('h1:has-text("ELSDEMO JOB00001")');
    t.regex(await page.textContent('table.jds') ?? '', /JESMSGLG[\s\S]*CONFIG/);
    await shot(page, 'job');
    await page.click('table.jds a:has-text("SLSPRINT") >> nth=0');
    await page.fill('input[name=find]', 'SLS0155I');
    await page.click('button:has-text("Find")');
    t.regex(await page.textContent('form.inline') ?? '', /Found "SLS0155I" on line \d+/);
    t.is(await page.locator('.screen mark').first().textContent(), 'SLS0155I');
    await shot(page, 'browse');
    await page.locator('.screen a:has-text("SLS0155I")').first().click();
    await page.waitForSelector('h1:has-text("SLS0155I")');
    await page.goBack();

    // Tapeplex: the clock's preview, then the advance
    await page.click('nav a:has-text("Tapeplex")');
    await page.waitForSelector('h1:has-text("Tapeplex TAPEPLXA")');
    t.is(await page.locator('.card[data-vtss]').count(), 4);
    await shot(page, 'tapeplex');
    await page.fill('input[name=preview]', '10m');
    await page.click('button:has-text("Show what completes")');
    t.regex(await page.textContent('#preview') ?? '', /2026-11-21T08:10:00Z completes \d+ work item/);
    await shot(page, 'clock');
    await page.click('#preview button');
    await page.waitForSelector('#advanced');
    t.regex(await page.textContent('#advanced') ?? '', /SIM0703I/);
    t.regex(await page.textContent('header .clock') ?? '', /2026-11-21T08:10:00/);

    // VTVs: a search and the next page; MVCs by pool
    await page.click('nav a:has-text("VTVs")');
    await page.fill('input[name=volsers]', 'AV1*');
    await page.click('button:has-text("Search")');
    t.is(await page.locator('table.volumes tr').count(), 51);
    await shot(page, 'vtvs');
    await page.click('a[rel=next]');
    t.regex(await page.locator('table.volumes td.mono').first().textContent() ?? '', /^AV10[5-9]\d$/);
    await page.click('nav a:has-text("MVCs")');
    await page.fill('input[name=pool]', 'OFFSITE');
    await page.click('button:has-text("Search")');
    t.regex(await page.textContent('table.volumes') ?? '', /AO1000[\s\S]*OFFSITE/);
    await shot(page, 'mvcs');

    // Data sets: a library, a member, browse
    await page.click('nav a:has-text("Data sets")');
    await shot(page, 'datasets');
    await page.click('a:has-text("HLQ.PARMLIB")');
    await page.click('a:has-text("MGMTCLAS")');
    t.regex(await page.textContent('.screen') ?? '', /MGMT/);

    // Console: an operator command and its response
    await page.click('nav a:has-text("Console")');
    await page.fill('input[name=command]', 'VARY VTSS1 OFFLINE');
    await page.click('button:has-text("Enter")');
    t.regex(await page.textContent('#response') ?? '', /SIM0795I VTSS VTSS1 NOW OFFLINE/);
    await shot(page, 'console');

    // Submit: pasted JCL runs and the page lands on its job
    await page.click('nav a:has-text("Submit")');
    await page.fill('#jcl', readFileSync('fixtures/seed/ch02-export-stor.jcl', 'utf8'));
    await shot(page, 'submit');
    await page.click('button:has-text("Submit")');
    await page.waitForSelector('h1:has-text("JOB00002")');
    t.regex(await page.textContent('h1') ?? '', /^CONSOLE JOB00002 CC 0000$/, 'a stream without a JOB card is named after the page (SIM0101I)');
    t.regex(await page.textContent('table.jds') ?? '', /SLSPRINT/);
    await page.click('table.jds a:has-text("SLSPRINT")');
    t.regex(await page.textContent('.screen') ?? '', /SIM0610I MANIFEST/);

    // Submit by file: the chosen file shows in the text box, then runs; a JCL error is shown at its card
    await page.click('nav a:has-text("Submit")');
    await page.setInputFiles('input[type=file]', 'fixtures/seed/ch08-backup-copy.jcl');
    await page.waitForFunction(() => {
      const box = (globalThis as unknown as { document: { getElementById(id: string): { value: string } | null } }).document.getElementById('jcl');
      return box?.value.includes('BACKUP OPTION(COPY)') ?? false;
    });
    await page.click('button:has-text("Submit")');
    await page.waitForSelector('h1:has-text("JCL ERROR")');
    await page.click('.flash.bad a:has-text("4")');
    t.regex(await page.locator('.jclerr').first().textContent() ?? '', /DSN=SHR,DSN=hlq\.DBSEPRM[\s\S]*IEFC631I/);
    await shot(page, 'jcl-error');
    t.deepEqual(errors, [], 'no script error on any page');
  });

  test.serial('a lab in a browser: its goals, a hint, and a goal met after a job submitted from the page', async (t) => {
    const base = mkdtempSync(join(tmpdir(), 'elsim-browser-lab-'));
    t.teardown(() => rmSync(base, { recursive: true, force: true }));
    const home = join(base, 'lab');
    await startLab('export-import', home, memoryIo(fixedClock(DEMO_NOW)));
    const running = await serve([home]);
    const { browser, close } = await launchBrowser();
    t.teardown(async () => {
      await close();
      await running.close();
    });
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
    page.setDefaultTimeout(10_000);
    await page.goto(running.url);
    await page.waitForSelector('h1:has-text("Lab export-import")');
    t.is(await page.locator('ul.goals li').count(), 9);
    t.is(await page.locator('ul.goals li.met').count(), 0);
    await page.click('button:has-text("Show a hint")');
    t.regex(await page.textContent('#hint') ?? '', /Hint 1 of 2/);
    await shot(page, 'lab');

    await page.click('header .systems a:has-text("site-a")');
    await page.click('nav a:has-text("Submit")');
    await page.fill('#jcl', readFileSync(join(home, 'jobs', 'ch02-export-stor.jcl'), 'utf8'));
    await page.click('button:has-text("Submit")');
    await page.waitForSelector('h1:has-text("CC 0000")');
    await page.click('header .systems a:has-text("Lab")');
    t.is(await page.locator('ul.goals li.met').count(), 3);
    t.regex(await page.locator('li[data-goal=manifest]').getAttribute('class') ?? '', /\bmet\b/);
    t.regex(await page.textContent('#score') ?? '', /3 of 9 goals met/);
  });
}

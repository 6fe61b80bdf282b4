/**
 * The browser the browser tests drive: the operating system's Chromium (Debian package
 * `chromium`, /usr/bin/chromium; ELSIM_CHROMIUM names another), started by playwright-core with
 * the flags that let it run as root on a machine without a network, in a new empty profile.
 * playwright-core never downloads a browser.
 *
 * When the browser is missing: with CI or ELSIM_REQUIRE_BROWSER set (`.ci/run` sets it), the
 * tests fail and say how to install it; otherwise they are skipped, and the summary line
 * counts them as skipped.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['ELSIM_CHROMIUM'] ?? '/usr/bin/chromium';

export const browserRequired = Boolean(process.env['CI'] || process.env['ELSIM_REQUIRE_BROWSER']);

export const browserMissing = existsSync(CHROMIUM)
  ? undefined
  : `Chromium is not installed at ${CHROMIUM}: the browser tests need it (Debian: apt-get install -y chromium; .ci/run installs it), or set ELSIM_CHROMIUM to a Chromium binary.`;

/** Chromium, headless, in a new empty profile (playwright-core makes one per launch and removes it). */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

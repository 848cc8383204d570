/**
 * The three browser engines the tests run in, each a Debian package (no tool downloads a browser):
 *
 * - Chromium: `/usr/bin/chromium` (or CHROME_PATH), driven by puppeteer-core over CDP.
 * - Firefox: `/usr/bin/firefox-esr` (or FIREFOX_PATH), driven by puppeteer-core over WebDriver BiDi.
 * - WebKit: WebKitGTK's MiniBrowser, driven by webdriverio over WebDriver (classic) through a running `WebKitWebDriver`
 *   on the port WEBKIT_WEBDRIVER_PORT. MiniBrowser has no headless mode: scripts/test-all.sh starts Xvfb and
 *   WebKitWebDriver, and stops them when the run ends.
 */
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
// One list of Chromium's flags for every suite that drives it.
import { CHROME_FLAGS as CHROMIUM_ARGS } from '../../test/support/browser.mjs';

export function chromium() {
  return chromeLauncher({
    // Given puppeteer, the launcher names the browser after `launchOptions.browser` ("Chromium", "Firefox").
    puppeteer: puppeteerCore,
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    },
  });
}

export function firefox() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      // WebDriver BiDi has no media emulation (print, prefers-reduced-motion) in Firefox yet: the engine-commands
      // plugin sets Firefox's own per-tab overrides from the browser's privileged scope, which this switch opens to
      // the remote agent. Only the test browser gets it.
      args: ['-remote-allow-system-access'],
    },
    // A test page is a navigation; on a loaded 2-core machine Firefox was seen to need more than puppeteer's 30 s.
    async createPage({ context }) {
      const page = await context.newPage();
      page.setDefaultNavigationTimeout(120_000);
      return page;
    },
  });
}

export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export function webkit() {
  const port = Number(process.env.WEBKIT_WEBDRIVER_PORT);
  if (!port) {
    throw new Error(
      'WebKit needs a running WebKitWebDriver: run `npm run test:all` (scripts/test-all.sh starts Xvfb and ' +
        'WebKitWebDriver and sets WEBKIT_WEBDRIVER_PORT), or leave webkit out of MES_ENGINES.',
    );
  }
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: process.env.MINIBROWSER_PATH ?? MINIBROWSER, args: ['--automation'] },
      // WebKitWebDriver speaks WebDriver classic only; without this webdriverio asks for BiDi and gets no session.
      'wdio:enforceWebDriverClassic': true,
    },
  });
  // The launcher would call itself "MiniBrowser" after the capability; the engine is what the reports mean.
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = 'WebKit';
  };
  return launcher;
}

const ENGINES = { chromium, firefox, webkit };

/**
 * The launchers named by MES_ENGINES (comma-separated, e.g. `firefox,webkit`), by default all three.
 */
export function enginesFromEnv(value = process.env.MES_ENGINES) {
  const names = (value ?? 'chromium,firefox,webkit')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((n) => !(n in ENGINES));
  if (unknown.length || names.length === 0) {
    throw new Error(
      `MES_ENGINES: unknown engine(s) ${unknown.join(', ') || '(none given)'}; use chromium, firefox, webkit`,
    );
  }
  return [...new Set(names)].map((n) => ENGINES[n]());
}

/**
 * Test-runner commands that work in every engine the tests run in (scripts/wtr/browsers.mjs), or say why an engine
 * cannot do it. The browser side is src/test/commands.ts; tests use that, not these commands directly.
 *
 * - `emulate-timezone` `{ timeZone }` (an IANA zone, null resets): the page acts as if the machine were in that zone.
 *   Chromium: CDP. Firefox: WebDriver BiDi `emulation.setTimezoneOverride`. WebKit: not possible.
 * - `emulate-media-everywhere` `{ media?, reducedMotion?, colorScheme?, forcedColors? }` (null resets): CSS media
 *   type and user preferences. Chromium: CDP (`Emulation.setEmulatedMedia`, every feature in one call, since each call
 *   replaces the last). Firefox: the tab's own overrides (see below). WebKit: not possible.
 * - `press-keys` `{ keys: ['Shift', 'Tab'] }`: presses the last key while the others (modifiers) are held down.
 * - `accessibility-tree` `{ selector }`: the element's subtree of the engine's accessibility tree (roles, names,
 *   states): scripts/wtr/accessibility-tree.mjs. Answers `{ engine, tree, unsupported }` or `{ engine, unavailable }`.
 *
 * Each returns `{ done: true }`, or `{ done: false, reason }` when the engine cannot do it, so that the test can skip
 * itself and say why. An engine that could do it but failed throws (the test fails).
 */

import { accessibilityTree } from './accessibility-tree.mjs';

const WEBKIT_CLASSIC =
  'WebKitGTK’s WebKitWebDriver speaks WebDriver classic only (no BiDi, no CDP), which has no command to';

/** "chromium" | "firefox" | "webkit", from the launcher of a test session. */
export function engineOf(browser) {
  if (browser.type === 'webdriver') return 'webkit';
  if (browser.type === 'puppeteer') return /firefox/i.test(browser.name) ? 'firefox' : 'chromium';
  return String(browser.name).toLowerCase();
}

/**
 * Firefox has per-tab overrides for the media type and the user's preferences (the ones its developer tools use),
 * but WebDriver BiDi does not reach them yet (`emulation.setMediaFeaturesOverride` is not in Firefox ESR 153).
 * They are set from the browser's privileged scope, which `-remote-allow-system-access` opens to BiDi.
 */
const firefoxChromeContexts = new WeakMap();

/** The BiDi id of Firefox's own window (privileged scope), or `{ reason }` when this Firefox does not open it. */
async function firefoxChromeContext(browser) {
  if (!firefoxChromeContexts.has(browser)) {
    try {
      const { result } = await browser.connection.send('browsingContext.getTree', {
        'moz:scope': 'chrome',
        maxDepth: 0,
      });
      firefoxChromeContexts.set(browser, { id: result.contexts[0].context });
    } catch (error) {
      firefoxChromeContexts.set(browser, {
        reason:
          'Firefox’s WebDriver BiDi has no media emulation, and this Firefox does not give the remote agent its ' +
          `privileged scope (-remote-allow-system-access) where the tab's overrides are: ${String(error.message).split('\n')[0]}`,
      });
    }
  }
  return firefoxChromeContexts.get(browser);
}

/** Sets overrides on the test page's tab; returns a reason when this Firefox cannot. */
async function firefoxTabOverrides(page, overrides) {
  const connection = page.browser().connection;
  const chromeContext = await firefoxChromeContext(page.browser());
  if (chromeContext.reason) return chromeContext.reason;
  // The BiDi id of the test page's tab; puppeteer's frame id is that id.
  const tabId = page.mainFrame()._id;
  const expression = `((id, overrides) => {
    const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
    const tab = NavigableManager.getBrowsingContextById(id);
    if (!tab) throw new Error('no browsing context ' + id);
    Object.assign(tab, overrides);
    return true;
  })(${JSON.stringify(tabId)}, ${JSON.stringify(overrides)})`;
  const { result } = await connection.send('script.evaluate', {
    expression,
    target: { context: chromeContext.id },
    awaitPromise: false,
  });
  if (result.type === 'exception') throw new Error(`Firefox tab overrides: ${result.exceptionDetails?.text}`);
  return undefined;
}

async function emulateTimezone({ payload, session }) {
  const timeZone = payload?.timeZone ?? null;
  switch (engineOf(session.browser)) {
    case 'chromium':
      // puppeteer: CDP Emulation.setTimezoneOverride.
      await session.browser.getPage(session.id).emulateTimezone(timeZone ?? undefined);
      return { done: true };
    case 'firefox':
      // puppeteer: WebDriver BiDi emulation.setTimezoneOverride (firefox-esr 153 has it).
      try {
        await session.browser.getPage(session.id).emulateTimezone(timeZone ?? undefined);
      } catch (error) {
        if (!/unknown command/i.test(error.message)) throw error;
        return { done: false, reason: 'this Firefox has no WebDriver BiDi emulation.setTimezoneOverride' };
      }
      return { done: true };
    case 'webkit':
      return { done: false, reason: `${WEBKIT_CLASSIC} change the browser’s time zone` };
    default:
      return { done: false, reason: `${session.browser.name} cannot change its time zone` };
  }
}

/** What Chromium emulates on each page: one CDP call sets all of it, so each call sends the whole state. */
const chromiumMedia = new WeakMap();

async function emulateMedia({ payload, session }) {
  const { media, reducedMotion, colorScheme, forcedColors } = payload ?? {};
  switch (engineOf(session.browser)) {
    case 'chromium': {
      const page = session.browser.getPage(session.id);
      if (!chromiumMedia.has(page)) chromiumMedia.set(page, { client: await page.createCDPSession(), state: {} });
      const { client, state } = chromiumMedia.get(page);
      if (media !== undefined) state.media = media ?? '';
      if (colorScheme !== undefined) state['prefers-color-scheme'] = colorScheme ?? '';
      if (reducedMotion !== undefined) state['prefers-reduced-motion'] = reducedMotion ?? '';
      if (forcedColors !== undefined) state['forced-colors'] = forcedColors ?? '';
      const features = Object.entries(state)
        .filter(([name]) => name !== 'media')
        .map(([name, value]) => ({ name, value }));
      await client.send('Emulation.setEmulatedMedia', { media: state.media ?? '', features });
      return { done: true };
    }
    case 'firefox': {
      const overrides = {};
      if (media !== undefined) overrides.mediumOverride = media ?? '';
      if (reducedMotion !== undefined) overrides.prefersReducedMotionOverride = reducedMotion ?? 'none';
      if (colorScheme !== undefined) overrides.prefersColorSchemeOverride = colorScheme ?? 'none';
      // Firefox's values are 'active' and 'none' (no override); a value it does not know is ignored, silently.
      if (forcedColors !== undefined) overrides.forcedColorsOverride = forcedColors === 'active' ? 'active' : 'none';
      const reason = await firefoxTabOverrides(session.browser.getPage(session.id), overrides);
      return reason ? { done: false, reason } : { done: true };
    }
    case 'webkit':
      return {
        done: false,
        reason: `${WEBKIT_CLASSIC} emulate a CSS media type or a media feature (print, prefers-reduced-motion, prefers-color-scheme, forced-colors)`,
      };
    default:
      return { done: false, reason: `${session.browser.name} cannot emulate CSS media` };
  }
}

async function pressKeys({ payload, session }) {
  const keys = payload?.keys;
  if (!Array.isArray(keys) || keys.length === 0 || !keys.every((k) => typeof k === 'string' && k)) {
    throw new Error('press-keys: give { keys: ["Shift", "Tab"] } (modifiers first, the key last)');
  }
  const modifiers = keys.slice(0, -1);
  const key = keys[keys.length - 1];
  switch (session.browser.type) {
    case 'puppeteer': {
      const { keyboard } = session.browser.getPage(session.id);
      for (const m of modifiers) await keyboard.down(m);
      // puppeteer's BiDi keyboard (Firefox) knows the space bar only as ' '; its CDP one (Chromium) knows both.
      await keyboard.press(key === 'Space' ? ' ' : key);
      for (const m of [...modifiers].reverse()) await keyboard.up(m);
      return { done: true };
    }
    case 'webdriver':
      // webdriverio's `keys`: every key goes down in order, then every key comes up: a chord.
      await session.browser.sendKeys(session.id, keys);
      return { done: true };
    default:
      throw new Error(`press-keys: ${session.browser.name} is not supported`);
  }
}

const COMMANDS = {
  'accessibility-tree': (args) =>
    accessibilityTree({ ...args, engine: engineOf(args.session.browser), firefoxChromeContext }),
  'emulate-timezone': emulateTimezone,
  'emulate-media-everywhere': emulateMedia,
  'press-keys': pressKeys,
};

export function engineCommandsPlugin() {
  return {
    name: 'mes-engine-commands',
    async executeCommand(args) {
      const command = COMMANDS[args.command];
      return command ? command(args) : undefined;
    },
  };
}

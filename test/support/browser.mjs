/**
 * Headless Chromium for the Node-side browser suites and the bench: Debian's `/usr/bin/chromium` (or CHROME_PATH),
 * driven by puppeteer-core, with the flags it needs as root on a machine without a GPU or network.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import puppeteer from 'puppeteer-core';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Chromium's flags for a root user on a machine without a GPU or network. */
export const CHROME_FLAGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]);

/**
 * Starts headless Chromium with its own throwaway profile (removed when the browser closes).
 * `args` are flags beyond `CHROME_FLAGS`; other options go to `puppeteer.launch`.
 */
export async function launchChromium({ args = [], ...options } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'mes-chromium-'));
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: CHROME_PATH,
      headless: true,
      userDataDir,
      ...options,
      args: [...CHROME_FLAGS, ...args],
    });
  } catch (e) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
  // Once Chromium has exited (after `browser.close()`, or a crash), its profile goes.
  browser.process().once('exit', () => rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 }));
  return browser;
}

/**
 * Opens `url` in a fresh browser context (its own cookies, storage and cache) and records what the page says.
 *
 * Returns `{ page, context, log, navigation, close }`. `log.errors`: uncaught exceptions, `console.error` and
 * answers ≥ 400, but for the paths that start with one of `expectStatus` (asked for on purpose); `log.warnings`:
 * `console.warn`; `log.requests`: `{ url, type }` of every request. `navigation` is the page's `goto` (awaited
 * unless `wait` is false); `close()` closes the context.
 *
 * Options: `width`/`height` (the viewport), `timezone`, `javaScript` (false: off), `cache` (false: off),
 * `onNewDocument` (source run before any script of each document), `beforeLoad(page)`, `waitUntil`, `wait`.
 */
export async function openPage(
  browser,
  url,
  {
    width = 1280,
    height = 900,
    timezone,
    javaScript = true,
    cache = true,
    onNewDocument,
    beforeLoad,
    waitUntil = 'load',
    wait = true,
    expectStatus = [],
  } = {},
) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const log = { errors: [], warnings: [], requests: [] };
  const expected = (address) => {
    try {
      const path = new URL(address).pathname;
      return expectStatus.some((p) => path.startsWith(p));
    } catch {
      return false;
    }
  };
  page.on('console', (msg) => {
    const type = msg.type();
    // (The browser logs an error for each answer ≥ 400: those asked for on purpose are not errors of the page.)
    if (type === 'error' && !(/^Failed to load resource/.test(msg.text()) && expected(msg.location()?.url ?? url)))
      log.errors.push(`console.error: ${msg.text()}`);
    if (type === 'warn' || type === 'warning') log.warnings.push(msg.text());
  });
  page.on('pageerror', (e) => log.errors.push(`uncaught: ${e.message}`));
  page.on('request', (r) => log.requests.push({ url: r.url(), type: r.resourceType() }));
  page.on('response', (r) => {
    if (r.status() >= 400 && !expected(r.url())) log.errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.setViewport({ width, height });
  if (!cache) await page.setCacheEnabled(false);
  if (!javaScript) await page.setJavaScriptEnabled(false);
  if (timezone) await page.emulateTimezone(timezone);
  if (onNewDocument) await page.evaluateOnNewDocument(onNewDocument);
  if (beforeLoad) await beforeLoad(page);
  const navigation = page.goto(url, { waitUntil });
  if (wait) await navigation;
  else navigation.catch(() => {});
  return { page, context, log, navigation, close: () => context.close() };
}

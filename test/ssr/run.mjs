#!/usr/bin/env node
/**
 * `npm run test:ssr` (after `npm run build`): the static HTML in dist/static/ in headless Chromium.
 *
 * For every element and language:
 * - with JavaScript off, the content is there and visible, and the JSON-LD sits beside the element;
 * - with dist/cdn/mes-components-hydrate.js, the page is looked at before any script runs, while the library
 *   waits for its language, and after hydration: the same text, the same pixels, the same nodes (hydrated in
 *   place), one copy of the content, no layout shift once the whole page was painted (CLS 0, measured with a
 *   `layout-shift` PerformanceObserver; a frame the browser may paint while it still parses the page is its own);
 *   and it is live afterwards (a new `lang` re-renders it; the calendar's arrow keys move the focus; the structure
 *   menus open).
 * Also: the plain dist/cdn/mes-components.js replaces static HTML once (no second copy, no shift); a strict CSP
 * page gets the element styled after hydration and runs no JSON-LD, and with the hashes of
 * dist/static/csp-style-src.txt it is styled before any script (CLS 0, no violation); static HTML made for another
 * date shows the current date once hydrated; and the CLS measurement itself sees a shift when there is one.
 * Static HTML made with `--styles-href` (a stylesheet link in each shadow root): nothing of the element is painted
 * while its style file is on the way, then the pixels of the inline `<style>` (hydrated; and with JavaScript off on
 * screen, in print, in forced colours and dark), CLS 0; under `style-src 'self'` and the guard's one hash styled; and the files,
 * cacheable, fetched once however many instances link them.
 *
 * The scripts are held back by the test server until the test lets them through, so nothing depends on the
 * machine's speed. The page's clock is fixed to the date the static HTML was made for.
 *
 * One line a test (node's test runner, test/support/runner.mjs) and `N passed, N failed`; exits 1 when a test failed.
 */
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import process from 'node:process';
import { STYLE_GUARD, styleHashSource } from '../../bin/styles.js';
import { launchChromium, openPage } from '../support/browser.mjs';
import { HOLIDAY_TAGS, LANGS, ROOT, TAGS } from '../support/elements.mjs';
import { note, test, waitFor } from '../support/runner.mjs';
import { startServer } from '../support/server.mjs';

const DIST = join(ROOT, 'dist');
const ENTRIES = { hydrate: 'mes-components-hydrate.js', plain: 'mes-components.js' };
const OTHER_DATE = '2024-03-10';
const LIVE_DATE = '2026-11-25';

for (const file of Object.values(ENTRIES)) {
  if (!existsSync(join(DIST, 'cdn', file))) {
    console.error(`test:ssr: dist/cdn/${file} is missing; run \`npm run build\` first.`);
    process.exit(2);
  }
}

/** The built-in content, from the library itself (in a child process: it installs a server DOM shim). */
const content = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'test/ssr/content.mjs')], { encoding: 'utf8' }));

/** What each element must show: `unique` appears exactly once; `texts` all appear; `opened` appears once a menu is open. */
const EXPECT = {
  'mes-priorities': (c) => ({ unique: c.priorities.title, texts: [c.priorities.title, c.priorities.items[0]] }),
  'mes-cooperation-activities': (c) => ({
    unique: c.activities.title,
    texts: [c.activities.title, c.activities.items.at(-1)],
  }),
  'mes-strategy-goals': (c) => ({
    unique: c.strategy.lead,
    texts: [c.strategy.title, c.strategy.name, c.strategy.lead, c.strategy.items[0]],
  }),
  'mes-holiday-calendar': (c) => ({
    unique: c.ui.calendar.nextHoliday,
    texts: [c.ui.calendar.nextHoliday, ...c.holidays.items.map((h) => h.name)],
  }),
  'mes-structure-nav': (c) => ({
    unique: c.structure.title,
    texts: [c.structure.title, c.structure.menus[0].title],
    opened: c.structure.menus[0].groups[0].items[0].name,
  }),
  'mes-international-cooperation': (c) => ({
    unique: c.ui.page.internationalCooperation,
    texts: [
      c.ui.page.internationalCooperation,
      c.priorities.title,
      c.activities.title,
      c.strategy.name,
      c.holidays.items[0].name,
    ],
  }),
};

/** The static HTML to test, by key: dist/static/<tag>.<lang>.html, and some made with the CLI for another date. */
const snippets = new Map();
for (const tag of TAGS) {
  for (const lang of LANGS) {
    const file = join(DIST, 'static', `${tag}.${lang}.html`);
    snippets.set(`${tag}.${lang}`, existsSync(file) ? readFileSync(file, 'utf8') : null);
  }
}
const cli = (...args) =>
  execFileSync(process.execPath, [join(ROOT, 'bin/mes-components.js'), 'render', ...args], { encoding: 'utf8' });
snippets.set('calendar-other-date', cli('mes-holiday-calendar', '--lang', 'ru', '--today', OTHER_DATE));
snippets.set('page-other-date', cli('mes-international-cooperation', '--lang', 'en', '--today', OTHER_DATE));
const todayInMinsk = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Minsk' }).format(new Date());
const dateOf = (snippet) =>
  /^<[a-z-]+[^>]*\sprerendered-today="(\d{4}-\d{2}-\d{2})"/.exec(snippet)?.[1] ?? todayInMinsk();
const addDays = (iso, n) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};

/** Static HTML made with `--styles-href`: each shadow root links its file of dist/static/styles/ (`<tag>.linked`). */
const STYLES_HREF = '/dist/static/styles/';
for (const tag of TAGS) {
  const inline = snippets.get(`${tag}.en`);
  if (inline)
    snippets.set(`${tag}.linked`, cli(tag, '--lang', 'en', '--today', dateOf(inline), '--styles-href', STYLES_HREF));
}
/** The style files as a site would serve them: cached for good (their names change with their CSS). */
const CACHED_STYLES_HREF = '/cached/styles/';
const inlinePage = snippets.get('mes-international-cooperation.en');
if (inlinePage) {
  const linked = cli(
    'mes-international-cooperation',
    '--today',
    dateOf(inlinePage),
    '--styles-href',
    CACHED_STYLES_HREF,
  );
  snippets.set('mes-international-cooperation.linked-3', linked.repeat(3));
}

// ---------------------------------------------------------------------------------------------------------------
// The server: pages around a snippet, and dist/ files, which it holds back while the test says so.

const PAGE_CSS = 'body { margin: 16px; font: 16px/1.5 system-ui, sans-serif; }\n.spacer { height: 200px; }\n';
const held = {
  /**
   * 'none', 'all' (every file of dist/cdn/), 'chunks' (all but the entry modules), 'entries' (the entry modules) or
   * 'styles' (the style files of dist/static/styles/, which static HTML made with `--styles-href` links).
   */
  mode: 'none',
  /** The files held back: `{ path, release }`. */
  waiting: [],
  isHeld(path) {
    if (path.startsWith(STYLES_HREF)) return this.mode === 'styles';
    if (!path.startsWith('/dist/cdn/')) return false;
    if (this.mode === 'all') return true;
    const entry = Object.values(ENTRIES).includes(basename(path));
    return this.mode === 'chunks' ? !entry : this.mode === 'entries' && entry;
  },
  /** A promise that holds `path` back while it is held (for the server's `hold`). */
  hold(path) {
    return this.isHeld(path) ? new Promise((release) => this.waiting.push({ path, release })) : undefined;
  },
  set(mode) {
    this.mode = mode;
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) {
      if (this.isHeld(w.path)) this.waiting.push(w);
      else w.release();
    }
  },
};

/** The start of the page of `page()`, up to and with the paragraph before the snippet. */
const pageStart = () => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Static HTML test</title><link rel="stylesheet" href="/page.css"></head>
<body>
<p id="before">A paragraph of the portal before the element.</p>
`;

function page(snippet, bundle) {
  const script = bundle === 'none' ? '' : `<script type="module" src="/dist/cdn/${ENTRIES[bundle]}"></script>`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Static HTML test</title><link rel="stylesheet" href="/page.css"></head>
<body>
<p id="before">A paragraph of the portal before the element.</p>
${snippet}
<p id="after">A paragraph of the portal after the element.</p>
${script}
</body>
</html>
`;
}

/**
 * A client-rendered page in `lang`, as the README's snippet shows it: the entry render-blocking in <head> and, when
 * `languageFile` is set, the language's file too; two elements between two paragraphs of the portal.
 */
function clientPage(lang, languageFile) {
  const module = (file) => `<script type="module" src="/dist/cdn/${file}" blocking="render"></script>`;
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>Client-rendered test</title><link rel="stylesheet" href="/page.css">
${module(ENTRIES.plain)}
${languageFile ? module(`mes-components-${lang}.js`) : ''}
</head>
<body>
<p id="before">A paragraph of the portal before the elements.</p>
<mes-international-cooperation heading-level="1"></mes-international-cooperation>
<mes-structure-nav></mes-structure-nav>
<p id="after">A paragraph of the portal after the elements.</p>
</body>
</html>
`;
}

const server = await startServer({
  routes: {
    '/page.css': (_req, _res, { send }) => send(200, PAGE_CSS, 'text/css; charset=utf-8'),
    '/client/': (_req, _res, { url, path, send }) => {
      const lang = path.slice('/client/'.length);
      if (!LANGS.includes(lang)) return send(404, 'Not found');
      return send(200, clientPage(lang, url.searchParams.get('file') === '1'), 'text/html; charset=utf-8');
    },
    // The page around a snippet with the snippet left out: what may be painted while the snippet's styles load.
    '/page-without/': (_req, _res, { send }) => send(200, pageStart(), 'text/html; charset=utf-8'),
    // The page of a snippet in two parts, 500 ms apart, cut after the strategy's sixth year: the browser paints the
    // half it has, as on a slow network.
    '/page-in-two/': async (_req, res, { path, send }) => {
      const snippet = snippets.get(path.slice('/page-in-two/'.length));
      if (!snippet) return send(404, 'Not found');
      const whole = page(snippet, 'hydrate');
      let cut = 0;
      for (let i = 0; i < 6; i++) cut = whole.indexOf('<span class="tick', cut + 1);
      assert(cut > 0, 'no sixth year in the snippet');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.write(whole.slice(0, cut));
      await new Promise((r) => setTimeout(r, 500));
      res.end(whole.slice(cut));
    },
    '/page/': (_req, _res, { url, path, send }) => {
      const snippet = snippets.get(path.slice('/page/'.length));
      if (!snippet) return send(404, 'Not found');
      return send(200, page(snippet, url.searchParams.get('bundle') ?? 'hydrate'), 'text/html; charset=utf-8');
    },
    [CACHED_STYLES_HREF]: (_req, _res, { path, send }) => {
      const file = join(DIST, 'static/styles', path.slice(CACHED_STYLES_HREF.length));
      if (!/^mes-[0-9a-f]+\.css$/.test(basename(file)) || !existsSync(file)) return send(404, 'Not found');
      return send(200, readFileSync(file), 'text/css; charset=utf-8', {
        'cache-control': 'public, max-age=31536000, immutable',
      });
    },
    '/dist/': DIST,
  },
  // `?csp=strict`; `?csp=hashes`: the static HTML's <style> elements are allowed by the hashes the build lists;
  // `?csp=guard`: the guard of `--styles-href` alone is (its one hash).
  headers: (url) => {
    const csp = url.searchParams.get('csp');
    if (!csp) return {};
    const hashes =
      csp === 'hashes'
        ? ` ${readFileSync(join(DIST, 'static/csp-style-src.txt'), 'utf8').trim()}`
        : csp === 'guard'
          ? ` ${styleHashSource(STYLE_GUARD)}`
          : '';
    return {
      'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self'${hashes}; object-src 'none'; base-uri 'none'`,
    };
  },
  hold: (path) => held.hold(path),
});
const ORIGIN = server.origin;

// ---------------------------------------------------------------------------------------------------------------
// In the page.

/**
 * What the element shows: the visible text of the flat tree (shadow roots included; style, script, template and
 * hidden elements left out), how many `[part="base"]` each element of the library has in its shadow root (1 each
 * when nothing is shown twice), and whether they are defined and done updating.
 */
function probe(tag) {
  const el = document.querySelector(tag);
  let text = '';
  const bases = [];
  let updated = true;
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.data;
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
      if (!node.checkVisibility({ visibilityProperty: true })) return;
      if (node.localName.startsWith('mes-')) {
        bases.push(node.shadowRoot ? node.shadowRoot.querySelectorAll('[part="base"]').length : 0);
        if (!customElements.get(node.localName) || !node.hasUpdated || node.isUpdatePending) updated = false;
      }
      if (node.shadowRoot) {
        walk(node.shadowRoot);
        return;
      }
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(el);
  return { text: text.replace(/\s+/g, ' ').trim(), bases, updated, defined: Boolean(customElements.get(tag)) };
}

/**
 * The layout shifts since `since` (the page's clock, in ms; 0: since the page started loading, buffered entries):
 * `{ cls, shifts }`, the sum and, for each shift, when it was and what moved (from where to where), for the message.
 */
function layoutShifts(since = 0) {
  return new Promise((resolve) => {
    const shifts = [];
    const take = (entries) => {
      for (const entry of entries) {
        if (entry.hadRecentInput || entry.startTime < since) continue;
        const rect = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
        const moved = entry.sources.map(
          (s) => `${s.node?.nodeName ?? '(in a shadow root)'} ${rect(s.previousRect)} → ${rect(s.currentRect)}`,
        );
        shifts.push({ value: entry.value, at: Math.round(entry.startTime), moved });
      }
    };
    const observer = new PerformanceObserver((list) => take(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          take(observer.takeRecords());
          observer.disconnect();
          resolve({ cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts });
        }),
      ),
    );
  });
}

/** The sum of the layout shifts since the page started loading. */
const cumulativeLayoutShift = (tab) => tab.evaluate(layoutShifts).then((r) => r.cls);

/**
 * Fails unless nothing on the page moved since `since` (the page's clock, from `parsedAndPainted()`); the message
 * lists each shift.
 */
async function assertNoShiftSince(tab, since) {
  const { cls, shifts } = await tab.evaluate(layoutShifts, since);
  assert(
    cls === 0,
    `CLS ${cls} since the whole page was painted (at ${Math.round(since)} ms):\n${shifts.map((s) => `at ${s.at} ms, ${s.value.toFixed(5)}: ${s.moved.join('; ')}`).join('\n')}`,
  );
}

/** The first element matching `selector` in the document or any shadow root under it. */
function deepQuery(selector) {
  const find = (root) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        const inner = find(el.shadowRoot);
        if (inner) return inner;
      }
    }
    return null;
  };
  return find(document);
}

/** Runs before any script of the page: a fixed clock, and a record of CSP violations. */
function setUpPage(now) {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(now);
      else super(...args);
    }
    static now() {
      return now;
    }
  }
  globalThis.Date = FixedDate;
  globalThis.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => globalThis.__violations.push(e.effectiveDirective));
}

const noonInMinsk = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d, 9); // 12:00 in Minsk (UTC+3)
};

// ---------------------------------------------------------------------------------------------------------------
// The tests.

const browser = await launchChromium();
const shotsDir = mkdtempSync(join(tmpdir(), 'mes-ssr-'));

function sameShot(a, b, name) {
  if (Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0) return true;
  const base = join(shotsDir, name.replace(/[^a-z0-9.-]+/gi, '_'));
  writeFileSync(`${base}-1.png`, a);
  writeFileSync(`${base}-2.png`, b);
  throw new Error(`the page looks different (screenshots: ${base}-1.png, ${base}-2.png)`);
}

/** The page's problems: uncaught errors, console errors and warnings, answers ≥ 400. */
const logs = new WeakMap();
const problemsOf = (tab) => {
  const log = logs.get(tab);
  return [...log.errors, ...log.warnings.map((w) => `console.warn: ${w}`)];
};

/**
 * Opens a page around a snippet, in its own browser context, the cache off (unless `cache`). Returns
 * `{ tab, navigation, close }` (`navigation` not awaited when `wait` is false).
 */
async function open(key, { bundle = 'hydrate', csp = false, js = true, date, wait = true, path, cache = false } = {}) {
  const url = path
    ? `${ORIGIN}${path}`
    : `${ORIGIN}/page/${encodeURIComponent(key)}?bundle=${bundle}${csp ? `&csp=${csp === true ? 'strict' : csp}` : ''}`;
  const now = noonInMinsk(date ?? (key ? dateOf(snippets.get(key)) : LIVE_DATE));
  const {
    page: tab,
    log,
    navigation,
    close,
  } = await openPage(browser, url, {
    width: 1280,
    height: 1000,
    cache,
    javaScript: js,
    // (As source injected by the browser, not `new Function` in the page: a strict CSP would refuse that.)
    onNewDocument: js ? `(${setUpPage})(${now}); globalThis.__deepQuery = ${deepQuery};` : undefined,
    wait,
  });
  logs.set(tab, log);
  return { tab, navigation, close };
}

/**
 * Opens a page as `open()` does, with the files that `hold` names held back (`held.set()`), and runs
 * `check({ tab, navigation })` on it without waiting for it to load. Then, whether the check passed or not, lets every
 * file through, waits for the page to finish loading and closes it. Resolves to what the check returns.
 */
async function withHeld(hold, key, options, check) {
  held.set(hold);
  const { tab, navigation, close } = await open(key, { ...options, wait: false });
  try {
    return await check({ tab, navigation });
  } finally {
    held.set('none');
    await navigation.catch(() => {});
    await close();
  }
}

/** Fails when the page had a problem (but those that `ignore` matches). */
function assertNoProblems(tab, ignore) {
  const problems = problemsOf(tab).filter((p) => !ignore?.test(p));
  assert(problems.length === 0, problems.join('\n'));
}

/**
 * Evaluates `fn(...args)` in the page until it returns something truthy (`waitForFunction` is not used: it
 * builds its function in the page, which a strict CSP refuses). The limit only guards against a hang.
 */
function until(tab, what, fn, ...args) {
  return waitFor(() => tab.evaluate(fn, ...args), what, {
    timeout: 20000,
    interval: 25,
    detail: () => problemsOf(tab).join('\n'),
  });
}

/** Waits for two frames: what the page shows is laid out and painted. */
const painted = (tab) => tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Waits until the page is parsed to its end (`#after`, the paragraph after the element) and painted, and returns the
 * page's clock then. Shifts before it are the browser's own while it parses: on a busy machine it may paint a frame
 * with the static HTML half parsed (8 of the strategy's 12 years, a line without its link's icon), and the rest moves
 * things when it comes, before any script of the library runs. The shifts to rule out come after it.
 */
async function parsedAndPainted(tab) {
  await tab.waitForSelector('#after');
  await painted(tab);
  return tab.evaluate(() => performance.now());
}

/** Waits until every element of the library on the page is defined and done updating, and painted. */
async function hydrated(tab, tag) {
  await until(
    tab,
    'the elements to be defined and updated',
    (t) => {
      const el = document.querySelector(t);
      const pending = [];
      const walk = (root) => {
        for (const e of root.querySelectorAll('*')) {
          if (e.localName.startsWith('mes-'))
            pending.push(!customElements.get(e.localName) || !e.hasUpdated || e.isUpdatePending);
          if (e.shadowRoot) walk(e.shadowRoot);
        }
      };
      pending.push(!customElements.get(t) || !el.hasUpdated || el.isUpdatePending);
      if (el.shadowRoot) walk(el.shadowRoot);
      return pending.every((p) => !p);
    },
    tag,
  );
  await painted(tab);
}

const look = (tab, tag) => tab.evaluate(probe, tag);
const count = (text, part) => text.split(part).length - 1;

function checkShows(shown, expected, when) {
  for (const t of expected.texts) assert(shown.text.includes(t), `${when}: "${t}" is not shown`);
  assert(
    count(shown.text, expected.unique) === 1,
    `${when}: "${expected.unique}" is shown ${count(shown.text, expected.unique)} times`,
  );
  assert(
    shown.bases.length > 0 && shown.bases.every((n) => n === 1),
    `${when}: [part=base] per element: ${shown.bases.join(', ')}`,
  );
}

/** The computed style of each element's heading (en, hydrated, no CSP), to compare pages with a CSP with. */
const headingStyle = new Map();
const styleOfHeading = (tab, tag) =>
  tab.evaluate((t) => {
    const s = getComputedStyle(document.querySelector(t).shadowRoot.querySelector('[part="heading"]'));
    return [s.color, s.fontSize, s.fontWeight, s.marginBlockEnd].join(' ');
  }, tag);

await note(`test:ssr: ${TAGS.length} elements × ${LANGS.length} languages, Chromium ${await browser.version()}`);

await test('the CLS measurement sees a layout shift when there is one, and one after the page was painted whole', async () => {
  const { tab, close } = await open('mes-priorities.en');
  try {
    await hydrated(tab, 'mes-priorities');
    const parsed = await parsedAndPainted(tab);
    await assertNoShiftSince(tab, parsed);
    await tab.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.className = 'spacer';
      document.body.prepend(spacer);
    });
    const cls = await cumulativeLayoutShift(tab);
    assert(cls > 0, `CLS ${cls} after a 200px block was put above the element`);
    await assert.rejects(assertNoShiftSince(tab, parsed), /CLS 0\.\d+ since the whole page was painted.*\n.*→/);
  } finally {
    await close();
  }
});

/**
 * A client-rendered page in `lang`, the files `hold` names held back for a while ('chunks': the language file comes
 * after the entry has run; 'entries': it is there before): the CLS once every element is rendered, and what the page
 * shows then.
 */
async function clientRendered(lang, languageFile, hold) {
  return withHeld(hold, null, { path: `/client/${lang}?file=${languageFile ? 1 : 0}` }, async ({ tab, navigation }) => {
    // Long enough for the page to be painted if anything lets it be (the entry is not held).
    await new Promise((r) => setTimeout(r, 600));
    held.set('none');
    await navigation;
    for (const tag of ['mes-international-cooperation', 'mes-structure-nav']) await hydrated(tab, tag);
    const cls = await cumulativeLayoutShift(tab);
    const shown = await look(tab, 'mes-international-cooperation');
    const problems = problemsOf(tab);
    return { cls, shown, problems };
  });
}

for (const lang of LANGS.filter((l) => l !== 'en')) {
  await test(`dist/cdn/mes-components-${lang}.js imports no other file: the page waits for no third one before its first paint`, () => {
    const file = readFileSync(join(ROOT, `dist/cdn/mes-components-${lang}.js`), 'utf8');
    const imports = file.match(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`][^"'`]+["'`]/g) ?? [];
    assert.deepEqual(imports, [], `it imports ${imports.join(', ')}`);
    assert.match(file, /mes-components\.content/, 'it hands its content to the page-wide queue');
  });
}

for (const lang of LANGS.filter((l) => l !== 'en')) {
  for (const [hold, when] of [
    ['chunks', 'arriving after the entry has run'],
    ['entries', 'there before the entry runs'],
  ])
    await test(`client-rendered in ${lang} with the language file render-blocking beside the entry (${when}): CLS 0, in ${lang}`, async () => {
      const { cls, shown, problems } = await clientRendered(lang, true, hold);
      assert(problems.length === 0, problems.join('\n'));
      checkShows(shown, EXPECT['mes-international-cooperation'](content[lang]), 'rendered');
      assert(cls === 0, `CLS ${cls}`);
    });
  await test(`client-rendered in ${lang} with the entry only: the page shifts when the language file comes (what the test above rules out)`, async () => {
    const { cls, shown, problems } = await clientRendered(lang, false, 'chunks');
    assert(problems.length === 0, problems.join('\n'));
    checkShows(shown, EXPECT['mes-international-cooperation'](content[lang]), 'rendered');
    assert(cls > 0, `CLS ${cls}: no shift seen while the language file was held back`);
  });
}

for (const tag of TAGS) {
  for (const [i, lang] of LANGS.entries()) {
    const key = `${tag}.${lang}`;
    const expected = EXPECT[tag](content[lang]);

    await test(`${key}: dist/static/${key}.html is readable with JavaScript off, JSON-LD beside it`, async () => {
      assert(snippets.get(key), `dist/static/${key}.html is missing`);
      const { tab, close } = await open(key, { js: false });
      const shown = await look(tab, tag);
      const ld = await tab.evaluate((t) => {
        const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
        return scripts.map((s) => ({ beside: s.previousElementSibling?.localName === t, json: s.textContent }));
      }, tag);
      await close();
      checkShows(shown, expected, 'JavaScript off');
      if (expected.opened)
        assert(shown.text.includes(expected.opened), `JavaScript off: "${expected.opened}" (in a menu) is not shown`);
      assert(!shown.defined, 'the element was defined with JavaScript off');
      assert(ld.length === 1 && ld[0].beside, 'one JSON-LD script right after the element');
      const graph = JSON.parse(ld[0].json)['@graph'];
      const org = graph.find((n) => n['@type'] === 'GovernmentOrganization');
      assert(
        org?.name === content[lang].ministry.name && org.alternateName === content[lang].ministry.abbreviation,
        'the ministry',
      );
      const events = graph.filter((n) => n['@type'] === 'Event').map((n) => n.name);
      const holidays = HOLIDAY_TAGS.includes(tag) ? content[lang].holidays.items.map((h) => h.name) : [];
      assert(JSON.stringify(events) === JSON.stringify(holidays), `events ${JSON.stringify(events)}`);
    });

    await test(`${key}: hydrates in place (same text, pixels and nodes; one copy; CLS 0) and is live`, async () => {
      assert(snippets.get(key), `dist/static/${key}.html is missing`);
      await withHeld('all', key, {}, async ({ tab, navigation }) => {
        // Before any script runs.
        const parsed = await parsedAndPainted(tab);
        const before = await look(tab, tag);
        assert(!before.defined, 'the element was defined before its script ran');
        checkShows(before, expected, 'before the script');
        await tab.evaluate((t) => {
          globalThis.__heading = document.querySelector(t).shadowRoot.querySelector('[part="heading"]');
        }, tag);
        const shot0 = await tab.screenshot({ fullPage: true });

        // The library is loaded; its other files (e.g. the language's content) are held back.
        held.set('chunks');
        await until(tab, 'the element to be defined', (t) => Boolean(customElements.get(t)), tag);
        if (lang !== 'en') {
          await waitFor(() => held.waiting.length > 0, `the library to ask for the ${lang} content`, {
            timeout: 20000,
            interval: 25,
          });
        }
        const waiting = await look(tab, tag);
        assert(waiting.text === before.text, 'the text changed while the library waited for its files');
        sameShot(shot0, await tab.screenshot({ fullPage: true }), `${key}-waiting`);

        // Everything loaded: hydrated.
        held.set('none');
        await navigation;
        await hydrated(tab, tag);
        const after = await look(tab, tag);
        assert(
          after.text === before.text,
          `the text changed on hydration:\n before: ${before.text.slice(0, 300)}\n after:  ${after.text.slice(0, 300)}`,
        );
        checkShows(after, expected, 'after hydration');
        sameShot(shot0, await tab.screenshot({ fullPage: true }), `${key}-hydrated`);
        const inPlace = await tab.evaluate(
          (t) => document.querySelector(t).shadowRoot.querySelector('[part="heading"]') === globalThis.__heading,
          tag,
        );
        assert(inPlace, 'the heading is not the node of the static HTML (re-rendered, not hydrated)');
        await assertNoShiftSince(tab, parsed);
        if (lang === 'en') {
          headingStyle.set(tag, await styleOfHeading(tab, tag));
        }

        // Live: keys (in the month view of the elements that show the holidays), menus, language.
        if (HOLIDAY_TAGS.includes(tag)) {
          const from = await tab.evaluate(() => {
            const cell = globalThis.__deepQuery('td[tabindex="0"]');
            cell.focus();
            return cell.dataset.date;
          });
          await tab.keyboard.press('ArrowRight');
          const to = addDays(from, 1);
          await until(
            tab,
            `ArrowRight to move the focus from ${from} to ${to}`,
            (date) => globalThis.__deepQuery('mes-holiday-calendar').shadowRoot.activeElement?.dataset.date === date,
            to,
          );
        }
        if (expected.opened) {
          const button = await tab.evaluateHandle(
            (t) => document.querySelector(t).shadowRoot.querySelector('button[aria-expanded]'),
            tag,
          );
          await button.click();
          await until(
            tab,
            `"${expected.opened}" to be shown`,
            (t) => {
              const panel = document.querySelector(t).shadowRoot.querySelector('[part="panel"]');
              return panel.checkVisibility() && panel.previousElementSibling.getAttribute('aria-expanded') === 'true';
            },
            tag,
          );
          assert(
            (await look(tab, tag)).text.includes(expected.opened),
            `"${expected.opened}" is not shown in the open menu`,
          );
        }
        const next = LANGS[(i + 1) % LANGS.length];
        const nextExpected = EXPECT[tag](content[next]);
        await tab.evaluate((t, l) => document.querySelector(t).setAttribute('lang', l), tag, next);
        await until(
          tab,
          `the ${next} content`,
          (t, texts) => {
            const host = document.querySelector(t);
            const all = [];
            const collect = (root) => {
              all.push(root.textContent);
              for (const e of root.querySelectorAll('*')) if (e.shadowRoot) collect(e.shadowRoot);
            };
            collect(host.shadowRoot);
            return texts.every((x) => all.some((a) => a.includes(x)));
          },
          tag,
          nextExpected.texts,
        );
        await hydrated(tab, tag);
        checkShows(await look(tab, tag), nextExpected, `after lang="${next}"`);
        assertNoProblems(tab);
      });
    });
  }
}

await test("mes-strategy-goals.en, the page arriving in two parts: the half painted first moves when the rest comes (the browser's own shift), and hydration moves nothing once the whole page was painted", async () => {
  const tag = 'mes-strategy-goals';
  await withHeld('all', null, { path: `/page-in-two/${tag}.en` }, async ({ tab, navigation }) => {
    const parsed = await parsedAndPainted(tab);
    const whileParsing = await cumulativeLayoutShift(tab);
    assert(whileParsing > 0, `CLS ${whileParsing}: the half of the page was not painted before the rest came`);
    held.set('none');
    await navigation;
    await hydrated(tab, tag);
    checkShows(await look(tab, tag), EXPECT[tag](content.en), 'hydrated');
    await assertNoShiftSince(tab, parsed);
  });
});

for (const tag of TAGS) {
  const key = `${tag}.ru`;
  await test(`${key}: the plain dist/cdn/mes-components.js replaces static HTML once (one copy, same pixels, CLS 0)`, async () => {
    await withHeld('all', key, { bundle: 'plain' }, async ({ tab, navigation }) => {
      const parsed = await parsedAndPainted(tab);
      const before = await look(tab, tag);
      const shot0 = await tab.screenshot({ fullPage: true });
      held.set('none');
      await navigation;
      await hydrated(tab, tag);
      const after = await look(tab, tag);
      assert(
        after.text === before.text,
        `the text changed:\n before: ${before.text.slice(0, 300)}\n after:  ${after.text.slice(0, 300)}`,
      );
      checkShows(after, EXPECT[tag](content.ru), 'after the first render');
      sameShot(shot0, await tab.screenshot({ fullPage: true }), `${key}-plain`);
      await assertNoShiftSince(tab, parsed);
      assertNoProblems(tab);
    });
  });
}

for (const tag of TAGS) {
  const key = `${tag}.en`;
  await test(`${key}: under a strict CSP, styled once hydrated; the JSON-LD is not run`, async () => {
    const { tab, close } = await open(key, { csp: true });
    try {
      await hydrated(tab, tag);
      checkShows(await look(tab, tag), EXPECT[tag](content.en), 'under a strict CSP');
      const style = await styleOfHeading(tab, tag);
      assert(headingStyle.has(tag), 'no style to compare with (the hydration test failed)');
      assert(style === headingStyle.get(tag), `heading style ${style}, without CSP ${headingStyle.get(tag)}`);
      const violations = await tab.evaluate(() => globalThis.__violations);
      assert(!violations.some((d) => d.startsWith('script-src')), `script violations: ${violations.join(', ')}`);
      assertNoProblems(tab, /Content Security Policy.*style/i);
    } finally {
      await close();
    }
  });
}

for (const tag of TAGS) {
  const key = `${tag}.en`;
  await test(`${key}: under a strict CSP with dist/static/csp-style-src.txt, styled before any script; CLS 0`, async () => {
    await withHeld('all', key, { csp: 'hashes' }, async ({ tab, navigation }) => {
      const parsed = await parsedAndPainted(tab);
      assert(
        (await styleOfHeading(tab, tag)) === headingStyle.get(tag),
        `heading style before the script: ${await styleOfHeading(tab, tag)}`,
      );
      held.set('none');
      await navigation;
      await hydrated(tab, tag);
      checkShows(await look(tab, tag), EXPECT[tag](content.en), 'hydrated');
      await assertNoShiftSince(tab, parsed);
      const violations = await tab.evaluate(() => globalThis.__violations);
      assert(violations.length === 0, `CSP violations: ${violations.join(', ')}`);
      assertNoProblems(tab);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// `mes-components render --styles-href`: a stylesheet link in each shadow root instead of a <style>.

/** Every shadow root of the library's elements on the page: how it is styled (`links`, `styles`, `adopted`). */
const stylingOf = (tab) =>
  tab.evaluate(() => {
    const out = [];
    const walk = (root) => {
      for (const e of root.querySelectorAll('*')) {
        if (!e.shadowRoot) continue;
        const r = e.shadowRoot;
        const links = [...r.children].filter((c) => c.matches('link[rel="stylesheet"]'));
        out.push({
          tag: e.localName,
          links: links.length,
          styles: r.querySelectorAll('style').length,
          adopted: r.adoptedStyleSheets.length,
          loaded: links.every((l) => l.sheet?.cssRules.length > 0),
        });
        walk(r);
      }
    };
    walk(document);
    return out;
  });

/** What the page shows in the window now, and all of it: viewport and full-page screenshots. */
const shots = async (tab) => [await tab.screenshot(), await tab.screenshot({ fullPage: true })];

for (const tag of TAGS) {
  const key = `${tag}.linked`;
  await test(`${key} (--styles-href): nothing painted unstyled while the style file loads; then the pixels of the inline <style>, CLS 0; hydrates`, async () => {
    assert(snippets.get(key), `no static HTML made with --styles-href for ${tag}`);
    // What may be painted while the styles are on the way: the page without the element.
    const without = await open(null, { path: '/page-without/', js: false });
    const [emptyShot] = await shots(without.tab);
    await without.close();
    // The same element with its <style> (dist/static), hydrated: the pixels to match.
    const inline = await open(`${tag}.en`);
    await hydrated(inline.tab, tag);
    const [, inlineShot] = await shots(inline.tab);
    const inlineStyle = await styleOfHeading(inline.tab, tag);
    await inline.close();

    await withHeld('styles', key, {}, async ({ tab, navigation }) => {
      await waitFor(() => held.waiting.length > 0, 'the browser to ask for the style file', { timeout: 20000 });
      // (In the page's document: the request can come before the tab has taken it over from the blank page it opened
      // with, and a script run in that one is lost.)
      await waitFor(() => tab.url().startsWith(`${ORIGIN}/page/`), 'the tab to show the page');
      // A frame painted while the file is held back: nothing of the element (nor what follows it) is in it.
      await painted(tab);
      sameShot(emptyShot, (await shots(tab))[0], `${key}-while-loading`);
      held.set('none');
      await navigation;
      await hydrated(tab, tag);
      sameShot(inlineShot, (await shots(tab))[1], `${key}-hydrated`);
      assert((await styleOfHeading(tab, tag)) === inlineStyle, 'the heading is styled as with the inline <style>');
      const cls = await cumulativeLayoutShift(tab);
      assert(cls === 0, `CLS ${cls}`);
      // Hydrated, each shadow root keeps its guard and its loaded link, beside the element's own sheets (adopted on
      // hydration).
      const styling = await stylingOf(tab);
      assert(styling.length > 0, 'no shadow root');
      for (const r of styling) {
        assert(r.links === 1 && r.loaded && r.styles === 1 && r.adopted > 0, `<${r.tag}>: ${JSON.stringify(r)}`);
      }
      assertNoProblems(tab);
    });
  });
}

await test('--styles-href with JavaScript off: the pixels of the inline <style>, on screen, in print, in forced colours and dark (whole page, en)', async () => {
  const inline = await open('mes-international-cooperation.en', { js: false });
  const linked = await open('mes-international-cooperation.linked', { js: false });
  try {
    checkShows(
      await look(linked.tab, 'mes-international-cooperation'),
      EXPECT['mes-international-cooperation'](content.en),
      'JavaScript off',
    );
    const sessions = [await inline.tab.createCDPSession(), await linked.tab.createCDPSession()];
    let screen;
    // (Chromium's own emulation: puppeteer's emulateMediaFeatures does not take forced-colors.) The dark page
    // declares `color-scheme: light dark`, as a site with a dark theme does.
    for (const [mode, media, features] of [
      ['screen', '', []],
      ['print', 'print', []],
      ['forced-colours', '', [{ name: 'forced-colors', value: 'active' }]],
      ['dark', '', [{ name: 'prefers-color-scheme', value: 'dark' }]],
    ]) {
      for (const [i, { tab }] of [inline, linked].entries()) {
        await sessions[i].send('Emulation.setEmulatedMedia', { media, features });
        await tab.evaluate((dark) => {
          document.documentElement.style.colorScheme = dark ? 'light dark' : '';
        }, mode === 'dark');
      }
      const shot = (await shots(inline.tab))[1];
      sameShot(shot, (await shots(linked.tab))[1], `linked-js-off-${mode}`);
      // (Each mode does change what the page shows: the emulation took effect.)
      if (mode === 'screen') screen = shot;
      else assert(Buffer.compare(Buffer.from(shot), Buffer.from(screen)) !== 0, `${mode} looks as on screen`);
    }
  } finally {
    await inline.close();
    await linked.close();
  }
});

await test("--styles-href under a strict CSP (style-src 'self' and the guard's hash): styled before any script, no violation", async () => {
  const tag = 'mes-international-cooperation';
  const inline = await open(`${tag}.en`, { js: false });
  const inlineStyle = await styleOfHeading(inline.tab, tag);
  await inline.close();
  await withHeld('all', `${tag}.linked`, { csp: 'guard' }, async ({ tab, navigation }) => {
    await tab.waitForSelector('#after');
    await painted(tab);
    assert((await styleOfHeading(tab, tag)) === inlineStyle, 'styled before the script');
    held.set('none');
    await navigation;
    await hydrated(tab, tag);
    assert((await styleOfHeading(tab, tag)) === inlineStyle, 'styled once hydrated');
    const violations = await tab.evaluate(() => globalThis.__violations);
    assert(violations.length === 0, `CSP violations: ${violations.join(', ')}`);
    assertNoProblems(tab);
  });
});

await test('--styles-href: three instances of the whole page, the files cacheable: each file fetched once', async () => {
  const from = server.requests.length;
  const { tab, close } = await open('mes-international-cooperation.linked-3', { js: false, cache: true });
  try {
    const styling = await stylingOf(tab);
    assert(styling.length === 15 && styling.every((r) => r.links === 1 && r.loaded), JSON.stringify(styling));
    const fetched = server.requests.slice(from).filter((r) => r.startsWith(CACHED_STYLES_HREF));
    const linked = new Set(
      [
        ...snippets.get('mes-international-cooperation.linked-3').matchAll(/<link rel="stylesheet" href="([^"]+)">/g),
      ].map((m) => m[1]),
    );
    assert(linked.size === 4, `${linked.size} files linked (the two list sections share one)`);
    assert.deepEqual(fetched.sort(), [...linked].sort());
  } finally {
    await close();
  }
});

await test(`static HTML made for ${OTHER_DATE} shows the current date once hydrated (calendar, ru)`, async () => {
  const { tab, close } = await open('calendar-other-date', { date: LIVE_DATE });
  try {
    const before = await tab.evaluate(
      () =>
        document.querySelector('mes-holiday-calendar').shadowRoot.querySelector('td[aria-current="date"]')?.dataset
          .date,
    );
    await hydrated(tab, 'mes-holiday-calendar');
    const after = await tab.evaluate(
      () =>
        document.querySelector('mes-holiday-calendar').shadowRoot.querySelector('td[aria-current="date"]')?.dataset
          .date,
    );
    // (`before` is read once the page has loaded: it may already be hydrated; the static HTML says OTHER_DATE.)
    const marked = new RegExp(`<td\\b(?=[^>]*data-date="${OTHER_DATE}")(?=[^>]*aria-current="date")`);
    assert(marked.test(snippets.get('calendar-other-date')), 'the static HTML marks its own date as today');
    assert(after === LIVE_DATE, `today is ${after} (${before} before), not ${LIVE_DATE}`);
    checkShows(await look(tab, 'mes-holiday-calendar'), EXPECT['mes-holiday-calendar'](content.ru), 'hydrated');
    assertNoProblems(tab);
  } finally {
    await close();
  }
});

await test(`static HTML made for ${OTHER_DATE} shows the current date once hydrated (whole page, en)`, async () => {
  const { tab, close } = await open('page-other-date', { date: LIVE_DATE });
  try {
    await hydrated(tab, 'mes-international-cooperation');
    const [today, year] = await tab.evaluate(() => {
      const q = globalThis.__deepQuery;
      return [q('td[aria-current="date"]')?.dataset.date, q('[role="progressbar"]')?.getAttribute('aria-valuenow')];
    });
    assert(today === LIVE_DATE, `the calendar's today is ${today}`);
    assert(year === '8', `the strategy is in year ${year} of its period, not 8 (2026)`);
    assert(snippets.get('page-other-date').includes('aria-valuenow="6"'), 'the static HTML shows year 6 (2024)');
    checkShows(
      await look(tab, 'mes-international-cooperation'),
      EXPECT['mes-international-cooperation'](content.en),
      'hydrated',
    );
    assertNoProblems(tab);
  } finally {
    await close();
  }
});

await browser.close();
await server.close();
if (readdirSync(shotsDir).length === 0) rmdirSync(shotsDir);

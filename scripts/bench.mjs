#!/usr/bin/env node
/**
 * `npm run bench`: how fast the library renders, in headless Chromium (Debian's, or CHROME_PATH), served with the
 * built files from dist/ (compressed, as portals' servers send text). Prints tables of medians (BENCH_RUNS runs,
 * default 10). Run `npm run build` first. BENCH_LIGHTHOUSE=0 skips Lighthouse. Not a test: timings depend on the
 * machine, so nothing here fails on a number.
 *
 * 1. The demo portal page (demo/index.html) in en, ru and be, client-rendered: from navigation to the first paint
 *    that shows every element, against the same page as prerendered static HTML with no script (the floor; target
 *    ratio ≤ 1.5), and its layout shift (CLS).
 * 2. What a user would choose between, one page shape (a heading, a lead sentence and a 4-item list: the text of
 *    `<mes-priorities>`), 1 and 100 times on a page: static HTML; this library client-rendered (the CDN module with
 *    `blocking="render"`); this library prerendered (`mes-components render`) and hydrated; and the Singapore
 *    Government Design System's web components (`@govtechsg/sgds-web-component`, Lit too, a dev dependency), its card
 *    with the list in it, from the component's own bundle. Each with the first paint that shows the content, its ratio
 *    to static, the bytes (compressed) and requests of the page, and CLS.
 * 3. Per element: creating and rendering 100 instances.
 * 4. Lighthouse 12.8 on the demo page: performance, accessibility, best practices, SEO, with LCP, TBT and CLS.
 *
 * BENCH_ONLY=demo runs part 1 alone (a quick check of the demo page's first paint).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROME_FLAGS, CHROME_PATH as CHROME, launchChromium } from '../test/support/browser.mjs';
import { startServer } from '../test/support/server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const ONLY = process.env.BENCH_ONLY;
if (ONLY !== undefined && ONLY !== 'demo') {
  console.error(`bench: BENCH_ONLY=${ONLY} is not known; the one value is "demo" (part 1, the demo page, alone).`);
  process.exit(2);
}
const demoOnly = ONLY === 'demo';
const SGDS = 'node_modules/@govtechsg/sgds-web-component';

for (const file of ['dist/cdn/mes-components.js', 'dist/elements.js', 'dist/static/mes-priorities.en.html']) {
  if (!existsSync(file)) {
    console.error(`bench: ${file} does not exist; run \`npm run build\` first.`);
    process.exit(2);
  }
}
/** The elements (the registry, src/elements.ts), in the README's order, and the languages. */
const { TAGS, LANGS } = await import(pathToFileURL(resolve('dist/elements.js')).href);
/** The built-in content (bin/render.js, in a process of its own: it installs a server DOM shim). */
const content = JSON.parse(execFileSync(process.execPath, ['test/ssr/content.mjs'], { encoding: 'utf8' }));

/** The demo page in a language, as the README's snippet shows it: in Russian or Belarusian, with the language file too. */
const demoPage = (lang, languageFile = true) => {
  const page = readFileSync('demo/index.html', 'utf8').replace('<html lang="en">', `<html lang="${lang}">`);
  if (lang === 'en' || !languageFile) return page;
  const entry = /(<script type="module" src="\.\/cdn\/mes-components\.js" blocking="render"><\/script>)/;
  if (!entry.test(page))
    throw new Error('bench: demo/index.html no longer loads ./cdn/mes-components.js render-blocking');
  return page.replace(
    entry,
    `$1\n    <script type="module" src="./cdn/mes-components-${lang}.js" blocking="render"></script>`,
  );
};

/** The demo page in a language with each element replaced by its prerendered static HTML. */
function staticPage(lang) {
  const snippet = (tag) => readFileSync(`dist/static/${tag}.${lang}.html`, 'utf8');
  return demoPage(lang)
    .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(
      /<mes-international-cooperation[^>]*><\/mes-international-cooperation>/,
      snippet('mes-international-cooperation'),
    )
    .replace(/<mes-structure-nav[^>]*><\/mes-structure-nav>/, snippet('mes-structure-nav'));
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const { title, lead, items } = content.en.priorities;
/** A page of the compared shape: `body` n times, `head` in its head. */
const shapePage = (head, body, n) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
  `<title>bench</title>${head}</head><body><main>${body.repeat(n)}</main><p id="after">The end of the page.</p></body></html>`;
const listHtml = `<p>${esc(lead)}</p><ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
const priorities = readFileSync('dist/static/mes-priorities.en.html', 'utf8');
const CDN = '<script type="module" src="/cdn/mes-components.js" blocking="render"></script>';
/** The compared ways, each a page of n instances. */
const WAYS = {
  'static HTML': (n) => shapePage('', `<section><h2>${esc(title)}</h2>${listHtml}</section>`, n),
  'mes-components, client-rendered': (n) => shapePage(CDN, '<mes-priorities></mes-priorities>', n),
  'mes-components, prerendered + hydrated': (n) =>
    shapePage('<script type="module" src="/cdn/mes-components-hydrate.js"></script>', priorities, n),
  'SGDS web components 3.8 (sgds-card)': (n) =>
    shapePage(
      '<link rel="stylesheet" href="/sgds/themes/root.css"><link rel="stylesheet" href="/sgds/css/sgds.css">' +
        '<script src="/sgds/components/Card/index.umd.min.js" blocking="render"></script>',
      `<sgds-card><span slot="title">${esc(title)}</span><div slot="description">${listHtml}</div></sgds-card>`,
      n,
    ),
};
const COUNTS = [1, 100];

const pages = {
  '/blank.html': () =>
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>' +
    '<script type="module" src="./cdn/mes-components.js"></script></head><body><div id="host"></div></body></html>',
};
// The production set-up for speed: the static HTML, taken over in place by the hydrating module (Lighthouse).
pages['/hydrated.en.html'] = () =>
  staticPage('en').replace('</head>', '<script type="module" src="./cdn/mes-components-hydrate.js"></script></head>');
for (const lang of LANGS) {
  pages[`/demo.${lang}.html`] = () => demoPage(lang);
  pages[`/static.${lang}.html`] = () => staticPage(lang);
  // Without the language file's script: the entry fetches it when the elements ask for it (what the line buys).
  if (lang !== 'en') pages[`/demo-entry-only.${lang}.html`] = () => demoPage(lang, false);
}
for (const [i, way] of Object.keys(WAYS).entries())
  for (const n of COUNTS) pages[`/way${i}.${n}.html`] = () => WAYS[way](n);

const server = await startServer({
  routes: [
    [
      '/',
      (_req, _res, { path, send }) => {
        if (!Object.hasOwn(pages, path)) return false;
        return send(200, pages[path](), 'text/html; charset=utf-8');
      },
    ],
    ['/cdn/', 'dist/cdn'],
    ['/sgds/', SGDS],
    ['/', 'demo'],
  ],
  gzip: true,
  cache: 'no-cache',
});
const origin = server.origin;

const median = (xs) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => (x == null || Number.isNaN(x) ? 'n/a' : `${x.toFixed(1)} ms`);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** In the page, from its start: the layout shifts, summed (window.__cls), and the first contentful paint. */
const observe = () => {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

/**
 * In the page: waits until every custom element (and those in their shadow roots) is defined and rendered, and a
 * frame more; returns when rendering was over, the first contentful paint, CLS, bytes and requests.
 */
const measure = async (live) => {
  const pending = (root) =>
    [...root.querySelectorAll('*')]
      .filter((el) => el.localName.includes('-'))
      .flatMap((el) => [el, ...(el.shadowRoot ? pending(el.shadowRoot) : [])]);
  await new Promise((r) => (document.readyState === 'complete' ? r() : addEventListener('load', r, { once: true })));
  for (let i = 0; live && i < 2; i++) {
    const els = pending(document);
    await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
    await Promise.all(pending(document).map((el) => el.updateComplete ?? el.componentOnReady?.()));
  }
  const rendered = performance.now();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r))));
  const fcp = await new Promise((resolve) => {
    const entry = performance.getEntriesByName('first-contentful-paint')[0];
    if (entry) return resolve(entry.startTime);
    new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({
      type: 'paint',
      buffered: true,
    });
  });
  const resources = performance.getEntriesByType('resource').filter((r) => !r.name.endsWith('/favicon.ico'));
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    rendered,
    fcp,
    cls: window.__cls,
    bytes: nav.encodedBodySize + resources.reduce((n, r) => n + r.encodedBodySize, 0),
    requests: 1 + resources.length,
  };
};

// On a loaded machine a page can take long: generous timeouts, and a load that times out is tried once more.
const TIMEOUT = 180_000;
const browser = await launchChromium({ protocolTimeout: TIMEOUT });
let errors = 0;
let retried = 0;

/**
 * Loads a page as a first visit (a fresh browser context: empty cache, no compiled code kept) and measures it; the
 * first paint that shows the content is the later of FCP and rendering.
 */
async function loadOnce(path, live) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', (e) => {
      errors++;
      console.error(`page error (${path}):`, e.message);
    });
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(observe);
    await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: TIMEOUT });
    const m = await page.evaluate(measure, live);
    // Rendering over after the first paint: the content was shown by a later frame (the one after rendering).
    return { ...m, shown: m.rendered > m.fcp ? m.rendered : m.fcp };
  } finally {
    await context.close();
  }
}

async function load(path, live = true) {
  try {
    return await loadOnce(path, live);
  } catch (e) {
    if (!/timed? ?out/i.test(String(e))) throw e;
    retried++;
    console.error(`bench: ${path} timed out (${e.message}); trying it once more`);
    return loadOnce(path, live);
  }
}

const results = {};
const add = (key, m) => (results[key] ??= []).push(m);
const perElement = Object.fromEntries(TAGS.map((t) => [t, []]));

try {
  for (let run = 0; run < RUNS; run++) {
    for (const lang of LANGS) {
      add(`demo.${lang}`, await load(`/demo.${lang}.html`));
      add(`static.${lang}`, await load(`/static.${lang}.html`, false));
      if (lang !== 'en') add(`demo-entry-only.${lang}`, await load(`/demo-entry-only.${lang}.html`));
    }
    process.stderr.write(`bench: run ${run + 1} of ${RUNS}\n`);
    if (demoOnly) continue;
    for (const [i, way] of Object.keys(WAYS).entries())
      for (const n of COUNTS) add(`${way}|${n}`, await load(`/way${i}.${n}.html`, way !== 'static HTML'));

    const b = await browser.newPage();
    b.setDefaultTimeout(TIMEOUT);
    await b.goto(`${origin}/blank.html`, { waitUntil: 'load', timeout: TIMEOUT });
    const per = await b.evaluate(async (tags) => {
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      const deep = (root) =>
        [...root.querySelectorAll(tags.join(','))].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
      const host = document.getElementById('host');
      const out = {};
      for (const tag of tags) {
        const t0 = performance.now();
        for (let i = 0; i < 100; i++) host.append(document.createElement(tag));
        for (let k = 0; k < 2; k++) await Promise.all(deep(host).map((el) => el.updateComplete));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        out[tag] = performance.now() - t0;
        host.replaceChildren();
      }
      return out;
    }, TAGS);
    for (const tag of TAGS) perElement[tag].push(per[tag]);
    await b.close();
  }
} finally {
  await browser.close();
}

const med = (key, field) => median(results[key].map((m) => m[field]));
const cls = (key) => Math.max(...results[key].map((m) => m.cls)).toFixed(3);
console.log(
  `\nmes-components bench — ${RUNS} runs, medians; Chromium ${CHROME}; ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
);
console.log(
  '\nThe demo page, client-rendered, against the same page as static HTML with no script (CLS: the largest of the runs)',
);
console.log(
  "\n| language | first paint showing every element | static page's first paint | ratio (target ≤ 1.5) | CLS |",
);
console.log('| --- | --- | --- | --- | --- |');
for (const lang of LANGS) {
  const shown = med(`demo.${lang}`, 'shown');
  const floor = med(`static.${lang}`, 'fcp');
  console.log(`| ${lang} | ${ms(shown)} | ${ms(floor)} | ${(shown / floor).toFixed(2)} | ${cls(`demo.${lang}`)} |`);
}
console.log("\nThe same page in Russian and Belarusian with the entry's script only (no language file's script)");
console.log('\n| language | first paint showing every element | ratio to static | CLS |');
console.log('| --- | --- | --- | --- |');
for (const lang of LANGS.filter((l) => l !== 'en')) {
  const shown = med(`demo-entry-only.${lang}`, 'shown');
  const floor = med(`static.${lang}`, 'fcp');
  console.log(`| ${lang} | ${ms(shown)} | ${(shown / floor).toFixed(2)} | ${cls(`demo-entry-only.${lang}`)} |`);
}
if (demoOnly) {
  await server.close();
  if (retried) console.error(`bench: ${retried} loads timed out and were tried again`);
  if (errors) console.error(`\nbench: ${errors} page errors`);
  process.exit(errors ? 1 : 0);
}
console.log('\nOne page shape (a heading, a sentence and a 4-item list), 1 and 100 times on a page');
console.log('\n| way | instances | first paint showing it | ratio to static | bytes (compressed) | requests | CLS |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const n of COUNTS) {
  const floor = med(`static HTML|${n}`, 'shown');
  for (const way of Object.keys(WAYS)) {
    const key = `${way}|${n}`;
    const shown = med(key, 'shown');
    console.log(
      `| ${way} | ${n} | ${ms(shown)} | ${(shown / floor).toFixed(2)} | ${kb(med(key, 'bytes'))} | ${med(key, 'requests')} | ${cls(key)} |`,
    );
  }
}
console.log('\n| 100 × the element created and rendered | median |');
console.log('| --- | --- |');
for (const tag of TAGS) console.log(`| <${tag}> | ${ms(median(perElement[tag]))} |`);

if (process.env.BENCH_LIGHTHOUSE !== '0') {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless=new', ...CHROME_FLAGS] });
  try {
    const pagesToScore = [
      ['demo page, client-rendered', '/demo.en.html'],
      ['demo page, static HTML + hydration', '/hydrated.en.html'],
    ];
    for (const [label, path] of pagesToScore) {
      const result = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const { categories, audits } = result.lhr;
      console.log(`\n| Lighthouse 12.8 (${label}) | score |`);
      console.log('| --- | --- |');
      for (const [key, c] of Object.entries(categories))
        console.log(`| ${c.title} (${key}) | ${Math.round(c.score * 100)} |`);
      console.log(`| LCP | ${audits['largest-contentful-paint'].displayValue} |`);
      console.log(`| TBT | ${audits['total-blocking-time'].displayValue} |`);
      console.log(`| CLS | ${audits['cumulative-layout-shift'].displayValue} |`);
      const failing = Object.values(categories)
        .flatMap((c) => c.auditRefs.map((r) => audits[r.id]))
        .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
      if (failing.length) console.log(`Lighthouse audits not passed: ${failing.map((a) => a.id).join(', ')}`);
    }
  } finally {
    await chrome.kill();
  }
}
await server.close();
if (retried) console.error(`bench: ${retried} loads timed out and were tried again`);
if (errors) {
  console.error(`\nbench: ${errors} page errors`);
  process.exit(1);
}

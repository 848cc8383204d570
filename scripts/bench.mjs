#!/usr/bin/env node
/**
 * `npm run bench`: how fast the library renders, in headless Chromium (Debian's, or CHROME_PATH), on the
 * demo portal page (demo/index.html) served with the built files from dist/. Prints a table of medians.
 * Run `npm run build` first. BENCH_RUNS sets the number of runs (default 10); BENCH_LIGHTHOUSE=0 skips Lighthouse.
 *
 * - page: from navigation to every element rendered (and from the library script's start), and to the first paint
 *   that shows every element;
 * - the same page as prerendered static HTML (dist/static) with no script: first contentful paint (the floor), and
 *   the ratio of the two paints (like with like: when each page first shows all of its content);
 * - per element: creating and rendering 100 instances;
 * - Lighthouse 12.8: performance, accessibility, best practices, SEO, with LCP, TBT and CLS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROME_FLAGS, CHROME_PATH as CHROME, launchChromium } from '../test/support/browser.mjs';
import { startServer } from '../test/support/server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);

for (const file of ['dist/cdn/mes-components.js', 'dist/elements.js']) {
  if (!existsSync(file)) {
    console.error(`bench: ${file} does not exist; run \`npm run build\` first.`);
    process.exit(2);
  }
}
/** The elements (the registry, src/elements.ts), in the README's order. */
const { TAGS } = await import(pathToFileURL(resolve('dist/elements.js')).href);

/** The demo page's body with each element replaced by its prerendered static HTML (English). */
function staticPage() {
  const page = readFileSync('demo/index.html', 'utf8');
  const snippet = (tag, attrs) => {
    const file = `dist/static/${tag}.en.html`;
    if (!existsSync(file)) return null;
    return readFileSync(file, 'utf8').replace(`<${tag}`, `<${tag} ${attrs}`.trimEnd());
  };
  const coop = snippet('mes-international-cooperation', '');
  const nav = snippet('mes-structure-nav', '');
  if (!coop || !nav) return null;
  return page
    .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<mes-international-cooperation[^>]*><\/mes-international-cooperation>/, coop)
    .replace(/<mes-structure-nav[^>]*><\/mes-structure-nav>/, nav);
}

const pages = {
  '/': () => readFileSync('demo/index.html'),
  '/static.html': () => staticPage(),
  // The production set-up for speed: the static HTML, taken over in place by the hydrating module.
  '/hydrated.html': () =>
    staticPage()?.replace('</head>', '<script type="module" src="./cdn/mes-components-hydrate.js"></script></head>'),
  '/blank.html': () =>
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>' +
    '<script type="module" src="./cdn/mes-components.js"></script></head><body><div id="host"></div></body></html>',
};

// The pages above, the built files under /cdn/ and the demo's own files; compressed, as every portal's server sends text.
const server = await startServer({
  routes: [
    [
      '/',
      (_req, _res, { path, send }) => {
        if (!Object.hasOwn(pages, path)) return false;
        const body = pages[path]();
        return body == null ? send(404, 'Not found') : send(200, body, 'text/html; charset=utf-8');
      },
    ],
    ['/cdn/', 'dist/cdn'],
    ['/', 'demo'],
  ],
  gzip: true,
  cache: 'no-cache',
});
const origin = server.origin;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => (x == null || Number.isNaN(x) ? 'n/a' : `${x.toFixed(1)} ms`);

/** In the page: waits until every element (and the sections inside the composite) has rendered; returns that time. */
const everyElementRendered = async (tags) => {
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  const pending = (root) =>
    [...root.querySelectorAll(tags.join(','))].flatMap((el) => [el, ...(el.shadowRoot ? pending(el.shadowRoot) : [])]);
  let els = pending(document);
  await Promise.all(els.map((el) => el.updateComplete));
  els = pending(document);
  await Promise.all(els.map((el) => el.updateComplete));
  return performance.now();
};

/** In the page (sent as text): every element rendered, then one frame more, so that what was rendered has been painted. */
const allRendered = `async (tags) => {
  await (${everyElementRendered.toString()})(tags);
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
}`;

const browser = await launchChromium();
const results = {
  page: [],
  rendered: [],
  fromScript: [],
  hydrated: [],
  hydratedShown: [],
  floor: [],
  perElement: Object.fromEntries(TAGS.map((t) => [t, []])),
};
let errors = 0;

try {
  const hasStatic = staticPage() !== null;
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    page.on('pageerror', (e) => {
      errors++;
      console.error('page error:', e.message);
    });
    await page.setViewport({ width: 1280, height: 900 });
    // Timed from inside the page, from its start: the moment the last element finished rendering.
    await page.evaluateOnNewDocument(
      (tags, src) => {
        window.__mesRendered = new Function(`return (${src})`)()(tags);
      },
      TAGS,
      everyElementRendered.toString(),
    );
    await page.goto(`${origin}/`, { waitUntil: 'domcontentloaded' });
    const t = await page.evaluate(async () => {
      const rendered = await window.__mesRendered;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const afterFrame = performance.now();
      const fcp = await new Promise((resolve) => {
        const entry = performance.getEntriesByName('first-contentful-paint')[0];
        if (entry) return resolve(entry.startTime);
        new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({
          type: 'paint',
          buffered: true,
        });
      });
      const script = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/cdn/mes-components.js'));
      // The first paint that shows every element: the first contentful paint when rendering was over before it
      // (the demo page holds its first paint until the library has run), else the frame after rendering.
      const shown = rendered <= fcp ? fcp : afterFrame;
      return { rendered, shown, fromScript: rendered - (script?.startTime ?? 0) };
    });
    results.page.push(t.shown);
    results.rendered.push(t.rendered);
    results.fromScript.push(t.fromScript);
    await page.close();

    if (hasStatic) {
      const h = await browser.newPage();
      h.on('pageerror', (e) => {
        errors++;
        console.error('page error:', e.message);
      });
      await h.setViewport({ width: 1280, height: 900 });
      await h.goto(`${origin}/hydrated.html`, { waitUntil: 'domcontentloaded' });
      const hydrated = await h.evaluate(
        async (tags, allRenderedSrc) => {
          await new Function(`return (${allRenderedSrc})`)()(tags);
          const live = performance.now();
          const shown = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
          return { live, shown };
        },
        TAGS,
        allRendered,
      );
      results.hydrated.push(hydrated.live);
      if (hydrated.shown !== null) results.hydratedShown.push(hydrated.shown);
      await h.close();
    }

    if (hasStatic) {
      const s = await browser.newPage();
      // The static page holds no script of its own (its JSON-LD is data), so it runs no JavaScript; the browser's
      // JavaScript stays on only so that the bench can read the paint timing.
      await s.setViewport({ width: 1280, height: 900 });
      await s.goto(`${origin}/static.html`, { waitUntil: 'load' });
      const fcp = await s.evaluate(
        () =>
          new Promise((resolve) => {
            const entry = performance.getEntriesByName('first-contentful-paint')[0];
            if (entry) return resolve(entry.startTime);
            new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({
              type: 'paint',
              buffered: true,
            });
          }),
      );
      results.floor.push(fcp);
      await s.close();
    }

    const b = await browser.newPage();
    await b.goto(`${origin}/blank.html`, { waitUntil: 'load' });
    const per = await b.evaluate(
      async (tags, allRenderedSrc) => {
        const fn = new Function(`return (${allRenderedSrc})`)();
        await Promise.all(tags.map((t) => customElements.whenDefined(t)));
        const host = document.getElementById('host');
        const out = {};
        for (const tag of tags) {
          const t0 = performance.now();
          for (let i = 0; i < 100; i++) host.append(document.createElement(tag));
          await fn([tag, ...tags.filter((x) => x !== tag)]);
          out[tag] = performance.now() - t0;
          host.replaceChildren();
        }
        return out;
      },
      TAGS,
      allRendered,
    );
    for (const tag of TAGS) results.perElement[tag].push(per[tag]);
    await b.close();
  }
} finally {
  await browser.close();
}

const pageMedian = median(results.page);
const floorMedian = results.floor.length ? median(results.floor) : null;
console.log(
  `\nmes-components bench — ${RUNS} runs, medians; Chromium ${CHROME}; ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
);
console.log('\n| measure | median |');
console.log('| --- | --- |');
console.log(`| demo page: navigation → every element rendered | ${ms(median(results.rendered))} |`);
console.log(`| demo page: library script start → every element rendered | ${ms(median(results.fromScript))} |`);
console.log(`| demo page: navigation → first paint showing every element | ${ms(pageMedian)} |`);
console.log(`| same page as prerendered static HTML, no script: first contentful paint (floor) | ${ms(floorMedian)} |`);
console.log(
  `| ratio first paint showing every element / floor (target ≤ 1.5) | ${floorMedian ? (pageMedian / floorMedian).toFixed(2) : 'n/a (no dist/static)'} |`,
);
const hydratedMedian = results.hydrated.length ? median(results.hydrated) : null;
console.log(
  `| same page, static HTML taken over by mes-components-hydrate.js: navigation → first paint (every element shown) | ${ms(results.hydratedShown.length ? median(results.hydratedShown) : null)} |`,
);
console.log(
  `| same page, static HTML taken over by mes-components-hydrate.js: navigation → every element live | ${ms(hydratedMedian)} |`,
);
for (const tag of TAGS) console.log(`| 100 × <${tag}> created and rendered | ${ms(median(results.perElement[tag]))} |`);

if (process.env.BENCH_LIGHTHOUSE !== '0') {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless=new', ...CHROME_FLAGS] });
  try {
    const pagesToScore = [
      ['demo page, client-rendered', '/'],
      ['demo page, static HTML + hydration', '/hydrated.html'],
    ];
    for (const [label, path] of pagesToScore) {
      if (path === '/hydrated.html' && staticPage() === null) continue;
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
if (errors) {
  console.error(`\nbench: ${errors} page errors`);
  process.exit(1);
}

/**
 * `npm run test:integration`: the built CDN bundle inside real portals' pages, in headless Chromium.
 *
 * Host pages use the real stylesheets of other design systems (GOV.UK Frontend, the U.S. Web Design System,
 * Bootstrap), without and with the library's adapter for each (dist/cdn/themes/), and an aggressive reset; a page runs under a strict Content Security Policy; other pages feed the
 * elements hostile content and misbehaving `src` files, load the library twice, cycle every element 3,000
 * times and move the clock around Minsk midnight in three time zones. Expects `npm run build` to have run.
 *
 * One line a check (node's test runner, test/support/runner.mjs) and `N passed, N failed` at the end; exits 1 on
 * any failure. `--only=<word>` runs the sections whose name contains the word (host, prerendered, csp, data, network,
 * themes, faults, cycles, time, bad); `--warnings` prints what each page said with console.warn.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { launchChromium, openPage as open } from '../support/browser.mjs';
import { LANGS, ROOT as root, TAGS } from '../support/elements.mjs';
import { check, guarded, note, section, waitFor } from '../support/runner.mjs';
import { startServer } from '../support/server.mjs';
import { HOSTILE, STRICT_CSP, dataRoute, otherBuild, pagesRoute } from './fixtures.mjs';

const here = import.meta.dirname;
const cdnDir = join(root, 'dist/cdn');
const modules = join(root, 'node_modules');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

if (!existsSync(join(cdnDir, 'mes-components.js'))) {
  console.error('test:integration: dist/cdn/mes-components.js is missing. Run `npm run build` first.');
  process.exit(1);
}

const showWarnings = process.argv.includes('--warnings');
const HOSTS = ['govuk', 'uswds', 'bootstrap', 'reset'];
/** The host adapters (dist/cdn/themes/<name>.css), each named after the host page it is for. */
const ADAPTERS = ['govuk', 'uswds', 'bootstrap'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const probeSource = readFileSync(join(here, 'probe.js'), 'utf8');
const axeSource = readFileSync(join(modules, 'axe-core/axe.min.js'), 'utf8');

// ---------------------------------------------------------------------------------------------------------------
// The renamed build: a copy of dist/cdn whose VERSION is another one ("two versions on one page").

const OTHER_VERSION = `${pkg.version}-other`;
let otherDir;
try {
  otherDir = otherBuild(cdnDir, pkg.version, OTHER_VERSION);
} catch (e) {
  console.error(`test:integration: ${e.message}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------------------
// Server and browser

const pagesDir = join(here, 'pages');
/** The prerendered HTML (dist/static/<tag>.<lang>.html, from `npm run build`) of every element. */
const staticDir = join(root, 'dist/static');
const hydrateEntry = join(cdnDir, 'mes-components-hydrate.js');

const data = dataRoute();
const server = await startServer({
  routes: {
    '/data/': data.route,
    '/pages/': pagesRoute({ pagesDir, staticDir, tags: TAGS }),
    '/cdn/': cdnDir,
    '/cdn-other/': otherDir,
    '/themes/': join(cdnDir, 'themes'),
    '/vendor/govuk/': join(modules, 'govuk-frontend/dist/govuk'),
    '/assets/': join(modules, 'govuk-frontend/dist/govuk/assets'),
    '/vendor/uswds/': join(modules, '@uswds/uswds/dist'),
    '/vendor/bootstrap/': join(modules, 'bootstrap/dist'),
  },
});
const origin = server.origin;

const downloadDir = mkdtempSync(join(tmpdir(), 'mes-downloads-'));
const browser = await launchChromium({ args: ['--font-render-hinting=none'], protocolTimeout: 120_000 });

/** Installs the probe (`window.__mes`, test/integration/probe.js) in a page. */
const installProbe = (page) => page.evaluate(`window.__mes = { TAGS: ${JSON.stringify(TAGS)} };\n${probeSource}`);

/**
 * Opens a page of the server in a fresh browser context (test/support/browser.mjs) with the probe, once every
 * element has rendered (`probe: false`: neither). `page.media({ type, ...features })` emulates media.
 */
async function openPage(path, { probe = true, beforeLoad, ...options } = {}) {
  const opened = await open(browser, origin + path, {
    ...options,
    beforeLoad: async (page) => {
      if (beforeLoad) await beforeLoad(page);
      // Media emulation through one CDP session (puppeteer's own helper does not know forced-colors). Transitions
      // are off (prefers-reduced-motion: reduce) unless a check turns them on, so that no colour is read mid-way.
      const cdp = await page.createCDPSession();
      const media = { type: '', features: { 'prefers-reduced-motion': 'reduce' } };
      page.media = async ({ type, ...features } = {}) => {
        if (type !== undefined) media.type = type;
        Object.assign(media.features, features);
        await cdp.send('Emulation.setEmulatedMedia', {
          media: media.type,
          features: Object.entries(media.features).map(([name, value]) => ({ name, value })),
        });
      };
      await page.media();
    },
  });
  const { page, log, context } = opened;
  if (probe) {
    await installProbe(page);
    await page.evaluate(() => window.__mes.ready());
  }
  const close = async () => {
    if (showWarnings)
      for (const w of log.warnings) console.log(`       console.warn: ${w.split('\n').join('\n         ')}`);
    await opened.close();
  };
  return { page, log, context, close };
}

async function axe(page, label) {
  const has = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!has) await page.evaluate(axeSource);
  const result = await page.evaluate(async (tags) => {
    const include = [...document.querySelectorAll(window.__mes.SELECTOR)];
    const r = await window.axe.run(
      { include },
      { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false },
    );
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .slice(0, 3)
        .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n').slice(1, 2).join(' ') ?? ''}`),
    }));
  }, AXE_TAGS);
  return result.map((v) => `[${label}] ${v.id} (${v.impact}): ${v.help}\n${v.nodes.join('\n')}`);
}

const frames = (page) => page.evaluate(() => window.__mes.frame());

// ---------------------------------------------------------------------------------------------------------------
// 1. Host pages: the real stylesheets of other design systems, and an aggressive reset.

/** A language's letters: Belarusian has ў and no и; Russian has ы and no ў; English no Cyrillic. */
function languageProblems(lang, text, where) {
  const cyr = /[\u0400-\u04ff]/.test(text);
  if (lang === 'en' && cyr) return [`${where}: Cyrillic text in an English page`];
  if (lang === 'ru' && (!/ы/.test(text) || /ў/.test(text))) return [`${where}: does not read as Russian`];
  if (lang === 'be' && (!/ў/.test(text) || /[иъщ]/i.test(text))) return [`${where}: does not read as Belarusian`];
  return [];
}

/** Opens the first menu of the standalone structure nav and chooses the holiday of the standalone calendar. */
async function openStates(page) {
  await page.evaluate(() => {
    const nav = document.querySelector('.mes-host > mes-structure-nav');
    nav.shadowRoot.querySelector('button.toggle').click();
    const cal = document.querySelector('.mes-host > mes-holiday-calendar');
    cal.shadowRoot.querySelector('td[data-holiday]').click();
  });
  await page.evaluate(() => window.__mes.ready());
}

async function closeStates(page) {
  await page.evaluate(() => {
    const nav = document.querySelector('.mes-host > mes-structure-nav');
    nav.open = null;
  });
  await page.evaluate(() => window.__mes.ready());
}

async function layoutAll(page) {
  return page.evaluate(() => [
    window.__mes.horizontalScroll(),
    ...window.__mes.topLevel().flatMap((e) => window.__mes.layoutProblems(e)),
  ]);
}

/** Checks a host page in a language; `theme`: with that host adapter linked after the host's stylesheet. */
async function hostPage(host, lang, theme) {
  const label = theme ? `${host}+${theme}.css/${lang}` : `${host}/${lang}`;
  const { page, log, close } = await openPage(`/pages/${host}.html?lang=${lang}${theme ? `&theme=${theme}` : ''}`);
  // A dark page: the test's own dark colours, or with the Bootstrap adapter Bootstrap's own dark mode.
  const bootstrapDark = host === 'bootstrap' && theme === 'bootstrap';
  const setDark = (on) =>
    page.evaluate(
      (on, bootstrapDark) => {
        const html = document.documentElement;
        if (!bootstrapDark) html.classList.toggle('mes-dark', on);
        else if (on) html.setAttribute('data-bs-theme', 'dark');
        else html.removeAttribute('data-bs-theme');
      },
      on,
      bootstrapDark,
    );
  try {
    await check(`${label}: every element is shown, in ${lang}`, async () => {
      const info = await page.evaluate(() =>
        window.__mes.topLevel().map((e) => ({
          tag: e.localName,
          shown: window.__mes.shown(e),
          lang: e.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang'),
          text: window.__mes.visibleText(e),
          defined: !!customElements.get(e.localName),
        })),
      );
      const problems = [];
      const seen = new Set(info.map((i) => i.tag));
      for (const t of TAGS) if (!seen.has(t)) problems.push(`<${t}> missing from the page`);
      for (const i of info) {
        if (!i.defined) problems.push(`<${i.tag}> is not defined`);
        if (!i.shown) problems.push(`<${i.tag}> is not visible`);
        if (i.lang !== lang) problems.push(`<${i.tag}> shows lang "${i.lang}"`);
        if (i.text.length < 40) problems.push(`<${i.tag}> shows only "${i.text}"`);
        problems.push(...languageProblems(lang, i.text, `<${i.tag}>`));
      }
      return problems;
    });

    await check(`${label}: axe finds no WCAG 2.2 AA violation`, () => axe(page, 'closed'));
    await openStates(page);
    await check(`${label}: axe, with a menu open and a holiday chosen`, () => axe(page, 'open'));

    await check(`${label}: laid out at 1280 px without clipped or overlapping text`, () => layoutAll(page));
    await check(`${label}: every target (link, button, day) is at least 24 × 24 px, menus open`, () =>
      page.evaluate(() => window.__mes.smallTargets()),
    );

    await page.setViewport({ width: 320, height: 800 });
    await frames(page);
    await check(`${label}: reflows at 320 px (no sideways scrolling, nothing cut off)`, () => layoutAll(page));
    await closeStates(page);
    await page.setViewport({ width: 1280, height: 900 });
    await frames(page);

    await check(`${label}: survives 200 % text`, async () => {
      const before = await page.evaluate(() => window.__mes.headingSizes());
      await page.evaluate(() => {
        // The root font size doubled, and each element's own text size doubled (portals that size text in px).
        const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize);
        const rules = [`html { font-size: ${rootPx * 2}px !important; }`];
        for (const tag of window.__mes.TAGS) {
          const el = document.querySelector(tag);
          if (el) rules.push(`${tag} { font-size: ${parseFloat(getComputedStyle(el).fontSize) * 2}px !important; }`);
        }
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(rules.join('\n'));
        window.__zoomSheet = sheet;
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      });
      await frames(page);
      const after = await page.evaluate(() => window.__mes.headingSizes());
      const problems = before.map((b, i) =>
        after[i] >= b * 1.9 ? null : `heading ${i} grew from ${b}px to ${after[i]}px only`,
      );
      await openStates(page);
      problems.push(...(await layoutAll(page)));
      await page.setViewport({ width: 640, height: 900 });
      await frames(page);
      problems.push(...(await layoutAll(page)).map((p) => p && `at 640 px: ${p}`));
      await page.setViewport({ width: 1280, height: 900 });
      await page.evaluate(() => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== window.__zoomSheet);
      });
      await closeStates(page);
      return problems;
    });

    await check(`${label}: usable with forced-colors: active`, async () => {
      await page.media({ 'forced-colors': 'active' });
      await frames(page);
      const problems = await page.evaluate(() =>
        window.__mes.topLevel().flatMap((e) => window.__mes.layoutProblems(e)),
      );
      problems.push(...(await axe(page, 'forced colors')));
      problems.push(...(await forcedColorsProblems(page)));
      problems.push(...(await axe(page, 'forced colors, open')));
      await page.media({ 'forced-colors': 'none' });
      await closeStates(page);
      return problems;
    });

    await check(`${label}: a dark color-scheme (colours follow it; axe finds no violation)`, async () => {
      await page.media({ 'prefers-color-scheme': 'dark' });
      await setDark(true);
      await frames(page);
      const problems = [];
      // The accent (the menu buttons' text) turns light on the dark page.
      const lum = await page.evaluate(() => {
        const nav = document.querySelector('.mes-host > mes-structure-nav');
        return window.__mes.luminance(getComputedStyle(nav.shadowRoot.querySelector('button.toggle')).color);
      });
      if (lum === null || lum < 0.3) problems.push(`the menu buttons' text did not turn light (luminance ${lum})`);
      problems.push(...(await axe(page, 'dark')));
      await openStates(page);
      problems.push(...(await axe(page, 'dark, open')));
      await setDark(false);
      await page.media({ 'prefers-color-scheme': 'light' });
      await closeStates(page);
      return problems;
    });

    await check(`${label}: prefers-reduced-motion: nothing moves`, async () => {
      await page.media({ 'prefers-reduced-motion': 'no-preference' });
      await frames(page);
      const moving = await page.evaluate(() => window.__mes.moving());
      await page.media({ 'prefers-reduced-motion': 'reduce' });
      await frames(page);
      const still = await page.evaluate(() => window.__mes.moving());
      return [
        moving.length === 0 ? 'no transition found even without the preference (the check would prove nothing)' : null,
        ...still.map((m) => `moves under reduce: ${m}`),
      ];
    });

    await check(`${label}: print (the calendar prints as a plain table of holidays, menus expanded)`, async () => {
      await page.media({ type: 'print' });
      await frames(page);
      const problems = await printProblems(page);
      await page.media({ type: '' });
      await frames(page);
      return problems;
    });

    await check(`${label}: no console error`, () => log.errors);
  } finally {
    await close();
  }
}

/** In forced colours: controls keep a visible edge, the focus is visible, holidays and today stay marked. */
async function forcedColorsProblems(page) {
  const problems = await page.evaluate(() => {
    const out = [];
    const edge = (el) => {
      const s = getComputedStyle(el);
      return ['Top', 'Right', 'Bottom', 'Left'].some(
        (k) => s[`border${k}Style`] !== 'none' && parseFloat(s[`border${k}Width`]) > 0,
      );
    };
    const nav = document.querySelector('.mes-host > mes-structure-nav');
    for (const b of nav.shadowRoot.querySelectorAll('button.toggle'))
      if (!edge(b)) out.push('a menu button has no visible edge');
    const cal = document.querySelector('.mes-host > mes-holiday-calendar');
    const sr = cal.shadowRoot;
    for (const b of sr.querySelectorAll('button.nav')) if (!edge(b)) out.push('a month button has no visible edge');
    if (!edge(sr.querySelector('.download'))) out.push('the download link has no visible edge');
    // A holiday is the cell filled in the text colour, a plain day is not filled.
    const holiday = sr.querySelector('td.is-holiday');
    const plain = sr.querySelector('td[data-date]:not(.is-holiday, .is-today)');
    if (!holiday || getComputedStyle(holiday).backgroundColor === getComputedStyle(plain).backgroundColor)
      out.push('a holiday day is not filled');
    const today = sr.querySelector('td.is-today .day');
    if (!today || getComputedStyle(today).outlineStyle === 'none') out.push("today's day has no outline");
    const timeline = document.querySelector('.mes-host > mes-strategy-goals').shadowRoot;
    const past = timeline.querySelector('.segment.past');
    const future = timeline.querySelector('.segment.future');
    if (past && future && getComputedStyle(past).backgroundColor === getComputedStyle(future).backgroundColor) {
      out.push('past and future years of the timeline look the same');
    }
    return out;
  });
  // The focus is visible on a menu button and on a day (reached with the keyboard).
  await page.evaluate(() =>
    document.querySelector('.mes-host > mes-structure-nav').shadowRoot.querySelector('button.toggle').focus(),
  );
  await page.keyboard.press('Enter');
  const opened = await page.evaluate(() => {
    const nav = document.querySelector('.mes-host > mes-structure-nav');
    const a = window.__mes.deepActive();
    const s = getComputedStyle(a);
    return {
      open: nav.open,
      panel: window.__mes.shown(nav.shadowRoot.querySelector('.panel:not([hidden])') ?? document.body),
      outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
    };
  });
  if (!opened.open || !opened.panel) problems.push('Enter on a menu button did not open its panel');
  if (!opened.outline) problems.push('the focused menu button shows no focus outline');
  await page.evaluate(() =>
    document.querySelector('.mes-host > mes-holiday-calendar').shadowRoot.querySelector('td[tabindex="0"]').focus(),
  );
  await page.keyboard.press('ArrowRight');
  const day = await page.evaluate(() => {
    const a = window.__mes.deepActive();
    const s = getComputedStyle(a);
    return { date: a.getAttribute('data-date'), outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
  });
  if (day.date !== '2026-07-26') problems.push(`ArrowRight moved the focus to ${day.date}, not 2026-07-26`);
  if (!day.outline) problems.push('the focused day shows no focus outline');
  return problems;
}

/** In print: the calendar is a plain table of holidays (no month grid, no button), menus are expanded, black text. */
async function printProblems(page) {
  return page.evaluate(() => {
    const out = [];
    const cal = document.querySelector('.mes-host > mes-holiday-calendar');
    const sr = cal.shadowRoot;
    if (window.__mes.shown(sr.querySelector('.month'))) out.push('the month grid is printed');
    if (window.__mes.shown(sr.querySelector('.download'))) out.push('the "Add to calendar" button is printed');
    const rows = [...sr.querySelectorAll('[part~="item"]')];
    if (rows.length < 2) out.push('the holidays are not printed');
    for (const row of rows) {
      const name = row.querySelector('.holiday-name');
      const date = row.querySelector('.holiday-date');
      if (!name || !window.__mes.shown(name) || !date || !window.__mes.shown(date))
        out.push('a holiday is printed without its name or date');
    }
    // A table: each holiday one row, its name and date in columns aligned from row to row.
    const list = sr.querySelector('[part~="list"]');
    if (getComputedStyle(list).display !== 'table')
      out.push(`the list of holidays prints as display: ${getComputedStyle(list).display}, not as a table`);
    const lefts = rows.map((r) => Math.round(r.querySelector('.holiday-date')?.getBoundingClientRect().left ?? -1));
    if (new Set(lefts).size > 1) out.push(`the dates do not line up in a column (${lefts.join(', ')})`);
    for (const el of window.__mes.deepAll(sr, '*')) {
      const s = getComputedStyle(el);
      if (window.__mes.shown(el) && s.backgroundImage !== 'none')
        out.push(`a background image is printed (${el.localName})`);
    }
    const nav = document.querySelector('.mes-host > mes-structure-nav');
    for (const p of nav.shadowRoot.querySelectorAll('.panel'))
      if (!window.__mes.shown(p)) out.push('a menu panel is not printed');
    for (const el of window.__mes.topLevel()) {
      const c = getComputedStyle(el).color;
      if (c !== 'rgb(0, 0, 0)') out.push(`<${el.localName}> prints in ${c}, not black`);
    }
    return out;
  });
}

if (await section('host pages: GOV.UK Frontend, U.S. Web Design System, Bootstrap, aggressive reset')) {
  await guarded('host pages: GOV.UK Frontend, U.S. Web Design System, Bootstrap, aggressive reset', async () => {
    for (const host of HOSTS) for (const lang of LANGS) await guarded(`${host}/${lang}`, () => hostPage(host, lang));
    for (const host of ADAPTERS)
      for (const lang of LANGS) await guarded(`${host}+${host}.css/${lang}`, () => hostPage(host, lang, host));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 1a. The host adapters: with dist/cdn/themes/<host>.css after the host's own stylesheet, the elements take the
// host's font, link colour, heading sizes, focus colour and spacing. Each expected value is read from something the
// host's real stylesheet styles in the same page (its body text, a link, headings of its own), not written here.

/**
 * What the host's stylesheet gives its own text, links and headings, read from elements added to the page for the
 * moment: its text font, a link's colour, the font and size of a heading of each level (the classes the host's
 * guidance puts on each level) and the focus colour it draws. `inside`: where the text and the link are added.
 */
function hostLook(host, inside = 'main') {
  const make = (tag, cls, parent = document.querySelector(inside)) => {
    const el = document.createElement(tag);
    if (cls) el.className = cls;
    el.textContent = 'Probe';
    parent.append(el);
    return el;
  };
  const probes = [];
  const read = (el, fn) => {
    probes.push(el);
    return fn(getComputedStyle(el));
  };
  const govukHeading = { 1: 'xl', 2: 'l', 3: 'm', 4: 's', 5: 's', 6: 's' };
  const text = {
    govuk: () => make('p', 'govuk-body'),
    uswds: () => make('p'),
    bootstrap: () => make('p'),
  }[host]();
  const link = {
    govuk: () => make('a', 'govuk-link'),
    uswds: () => make('a', 'usa-link'),
    bootstrap: () => make('a'),
  }[host]();
  link.href = '#probe';
  const colour = (value) => {
    const c = make('span');
    c.style.color = value;
    return read(c, (s) => s.color);
  };
  const heading = (level) =>
    ({
      govuk: () => make(`h${level}`, `govuk-heading-${govukHeading[level]}`),
      uswds: () => make(`h${level}`, '', document.querySelector('.usa-prose')),
      bootstrap: () => make(`h${level}`),
    })[host]();
  const out = {
    font: read(text, (s) => s.fontFamily),
    link: read(link, (s) => s.color),
    headings: {},
  };
  for (let level = 1; level <= 6; level++)
    out.headings[level] = read(heading(level), (s) => ({ font: s.fontFamily, size: parseFloat(s.fontSize) }));
  // The focus colour the host draws: GOV.UK's yellow link background, USWDS's outline, Bootstrap's primary colour
  // (its ring is that colour at 25 %; the adapter draws it solid).
  link.focus();
  out.focus = {
    govuk: () => getComputedStyle(link).backgroundColor,
    uswds: () => getComputedStyle(link).outlineColor,
    bootstrap: () => colour('var(--bs-primary)'),
  }[host]();
  // The colour of links in the elements: the host's link colour; in Bootstrap its darker link shade (its link colour
  // is 4.5:1 on white, less on the tinted panels where the elements show text in the same colour).
  out.elementLink = host === 'bootstrap' ? colour('var(--bs-link-hover-color)') : out.link;
  link.blur();
  for (const p of probes) p.remove();
  return out;
}

/** The same things in the elements: each top-level element's text font, its links' colours, every heading. */
function elementsLook() {
  const els = window.__mes.topLevel();
  const headings = [];
  const links = [];
  for (const e of els) {
    for (const h of window.__mes.deepAll(e.shadowRoot, 'h1, h2, h3, h4, h5, h6')) {
      const s = getComputedStyle(h);
      headings.push({
        where: `<${h.getRootNode().host.localName}> ${h.localName} "${h.textContent.trim().slice(0, 30)}"`,
        level: Number(h.localName[1]),
        // Each element's own heading, and the section headings of the page element.
        main: h.matches('[part~="heading"]') || h.getRootNode().host.localName === 'mes-international-cooperation',
        font: s.fontFamily,
        size: parseFloat(s.fontSize),
      });
    }
    for (const a of window.__mes.deepAll(e.shadowRoot, 'a[href]')) {
      if (!window.__mes.shown(a) || a.classList.contains('download')) continue;
      links.push({
        where: `<${a.getRootNode().host.localName}> "${a.textContent.trim().slice(0, 30)}"`,
        color: getComputedStyle(a).color,
      });
    }
  }
  return {
    fonts: els.map((e) => ({ tag: e.localName, font: getComputedStyle(e).fontFamily })),
    margins: els.map((e) => ({ tag: e.localName, margin: getComputedStyle(e).marginBlockEnd })),
    headings,
    links,
  };
}

/** The focus indicator of the first menu button of the standalone structure nav, reached with the keyboard. */
async function menuFocus(page) {
  await page.evaluate(() => {
    document.querySelector('.mes-host > mes-structure-nav').shadowRoot.querySelector('button.toggle').focus();
  });
  const s = await page.evaluate(() => {
    const st = getComputedStyle(window.__mes.deepActive());
    return {
      outline: st.outlineColor,
      width: parseFloat(st.outlineWidth),
      style: st.outlineStyle,
      shadow: st.boxShadow,
    };
  });
  await page.evaluate(() => window.__mes.deepActive().blur());
  return s;
}

const SPACE = { govuk: 20, uswds: 16, bootstrap: 16 };
const close = (a, b) => Math.abs(a - b) <= 0.5;

async function adapterPage(host) {
  const { page, log, close: closePage } = await openPage(`/pages/${host}.html?lang=en&theme=${host}`);
  try {
    for (const width of [1280, 320]) {
      const label = `themes/${host}.css at ${width} px`;
      await page.setViewport({ width, height: 900 });
      await frames(page);
      const want = await page.evaluate(hostLook, host);
      const got = await page.evaluate(elementsLook);
      await check(`${label}: the elements' text is in the host's font (${want.font.split(',')[0]})`, () =>
        got.fonts.map((f) =>
          f.font === want.font ? null : `<${f.tag}> is in ${f.font}, the host's text in ${want.font}`,
        ),
      );
      const headingProblems = (headings) =>
        headings.flatMap((h) => {
          const w = want.headings[h.level];
          // The library shows no text under 14 px: USWDS's h6 (13.92 px) is rounded up to it.
          const size = Math.max(w.size, 14);
          return [
            h.font === w.font ? null : `${h.where}: font ${h.font}, the host's h${h.level} ${w.font}`,
            close(h.size, size) ? null : `${h.where}: ${h.size} px, the host's h${h.level} ${w.size} px`,
          ];
        });
      const main = got.headings.filter((h) => h.main);
      await check(
        `${label}: the elements' headings and the page's section headings have the host's font and size for their level`,
        () => [
          main.length >= 10 ? null : `only ${main.length} such headings found`,
          new Set(main.map((h) => h.level)).size >= 3 ? null : 'fewer than 3 heading levels found',
          ...headingProblems(main),
        ],
      );
      // The type scale: a heading takes its size from its level, so the host's scale reaches every heading inside.
      await check(`${label}: every heading inside the elements has the host's font and size for its level`, () =>
        headingProblems(got.headings.filter((h) => !h.main)),
      );
      const linkName = host === 'bootstrap' ? "the host's darker link shade" : "the host's link colour";
      await check(`${label}: links are in ${linkName} (${want.elementLink})`, () => [
        got.links.length > 0 ? null : 'no link found',
        ...got.links.map((l) => (l.color === want.elementLink ? null : `${l.where}: ${l.color}`)),
      ]);
      await check(`${label}: the focus is drawn in the host's focus colour (${want.focus})`, async () => {
        const f = await menuFocus(page);
        return [
          f.style !== 'none' && f.width >= 2 ? null : `outline ${f.style} ${f.width}px`,
          f.outline === want.focus ? null : `the focused menu button's outline is ${f.outline}`,
        ];
      });
      await check(
        `${label}: the spacing follows the host's unit (${SPACE[host]} px: ${2 * SPACE[host]} px below each element)`,
        () => got.margins.map((m) => (m.margin === `${2 * SPACE[host]}px` ? null : `<${m.tag}>: ${m.margin} below`)),
      );
    }
    await page.setViewport({ width: 1280, height: 900 });
    await check(
      `themes/${host}.css: a page's own rule for an element wins over the adapter, wherever it stands`,
      async () => {
        const margin = await page.evaluate(async () => {
          const style = document.createElement('style');
          style.textContent = 'mes-priorities { --mes-space: 0.5rem; }';
          document.head.prepend(style);
          await window.__mes.frame();
          const m = getComputedStyle(document.querySelector('.mes-host > mes-priorities')).marginBlockEnd;
          style.remove();
          return m;
        });
        return [margin === '16px' ? null : `<mes-priorities> keeps ${margin} below, not 16px (2 × 0.5rem)`];
      },
    );
    if (host === 'bootstrap') {
      await check(
        'themes/bootstrap.css: Bootstrap\'s dark mode (data-bs-theme="dark" on the page or on an ancestor) switches the colours',
        async () => {
          const problems = [];
          for (const where of ['html', '.mes-host']) {
            // (A dark part of a page takes Bootstrap's body colours with its classes, as Bootstrap's guide shows.)
            await page.evaluate((where) => {
              const el = document.querySelector(where);
              el.setAttribute('data-bs-theme', 'dark');
              if (where !== 'html') el.classList.add('bg-body', 'text-body');
            }, where);
            await frames(page);
            const want = await page.evaluate(hostLook, host, where === 'html' ? 'main' : where);
            const got = await page.evaluate(elementsLook);
            if (want.link !== 'rgb(110, 168, 254)')
              problems.push(`${where}: the host's dark link colour is ${want.link}`);
            for (const l of got.links)
              if (l.color !== want.elementLink)
                problems.push(`${where}: ${l.where}: ${l.color}, not ${want.elementLink}`);
            problems.push(...(await axe(page, `data-bs-theme=dark on ${where}`)));
            await page.evaluate((where) => {
              const el = document.querySelector(where);
              el.removeAttribute('data-bs-theme');
              el.classList.remove('bg-body', 'text-body');
            }, where);
          }
          return problems;
        },
      );
    }
    await check(`themes/${host}.css: no console error`, () => log.errors);
  } finally {
    await closePage();
  }
}

if (await section("themes: the host adapters give the elements the host's font, colours, headings and spacing")) {
  await guarded('themes: the host adapters', async () => {
    for (const host of ADAPTERS) await guarded(`themes/${host}.css`, () => adapterPage(host));
    await check(
      "themes: without its adapter, a GOV.UK page gives the elements the browser's default font (Times), not GDS Transport",
      async () => {
        // GOV.UK Frontend sets its font on its classes (.govuk-body, .govuk-heading-*), not on body: the elements
        // inherit the browser's default serif. This is why govuk.css exists.
        const { page, close: closePage } = await openPage('/pages/govuk.html?lang=en');
        try {
          const fonts = await page.evaluate(() => window.__mes.topLevel().map((e) => getComputedStyle(e).fontFamily));
          return fonts.map((f) => (/^"?Times/.test(f) ? null : `without the adapter an element is in ${f}`));
        } finally {
          await closePage();
        }
      },
    );
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 1b. The prerendered HTML in the same host pages: readable before the library loads, then taken over by it.

async function prerenderedPage(host, lang) {
  const label = `${host}/${lang}/prerendered`;
  const url = `/pages/${host}.html?lang=${lang}&static=1&cdn=${encodeURIComponent('/cdn/mes-components-hydrate.js')}`;
  const shownInLang = (page) =>
    page.evaluate(() =>
      window.__mes.topLevel().map((e) => ({
        tag: e.localName,
        shown: window.__mes.shown(e),
        bases: e.shadowRoot?.querySelectorAll('[part~="base"]').length ?? 0,
        lang: e.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang'),
        text: window.__mes.visibleText(e),
      })),
    );
  const problemsOf = (info) =>
    info.flatMap((i) => [
      i.shown ? null : `<${i.tag}> is not visible`,
      i.bases === 1 ? null : `<${i.tag}> has ${i.bases} copies of its content`,
      i.lang === lang ? null : `<${i.tag}> shows lang ${i.lang}`,
      ...languageProblems(lang, i.text, `<${i.tag}>`),
    ]);

  // Without the library (its request refused): the static HTML alone.
  const bare = await openPage(url, {
    probe: false,
    expectStatus: ['/cdn/'],
    beforeLoad: async (page) => {
      await page.setRequestInterception(true);
      page.on('request', (r) => (r.url().includes('/cdn/') ? r.abort() : r.continue()));
    },
  });
  try {
    await installProbe(bare.page);
    await check(`${label}: readable before the library loads, in ${lang}`, async () => [
      ...problemsOf(await shownInLang(bare.page)),
      ...(await bare.page.evaluate(
        (tags) => (tags.some((t) => customElements.get(t)) ? ['the library ran'] : []),
        TAGS,
      )),
    ]);
  } finally {
    await bare.close();
  }

  const { page, log, close } = await openPage(url);
  try {
    await check(`${label}: taken over by the library (one copy of each element's content, in ${lang})`, async () =>
      problemsOf(await shownInLang(page)),
    );
    await check(`${label}: axe finds no WCAG 2.2 AA violation`, () => axe(page, 'prerendered'));
    await page.setViewport({ width: 320, height: 800 });
    await frames(page);
    await check(`${label}: reflows at 320 px`, () => layoutAll(page));
    await check(`${label}: no console error`, () => log.errors);
  } finally {
    await close();
  }
}

if (await section('prerendered: the static HTML inside the host pages')) {
  await guarded('prerendered: the static HTML inside the host pages', async () => {
    if (!existsSync(staticDir) || !existsSync(hydrateEntry)) {
      await note(
        '  (dist/static/ or dist/cdn/mes-components-hydrate.js is missing: `npm run build` did not prerender; nothing to check)',
      );
    } else {
      for (const host of HOSTS)
        for (const lang of LANGS) await guarded(`${host}/${lang}/prerendered`, () => prerenderedPage(host, lang));
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 2. A strict Content Security Policy.

/** Downloads that the browser finished, by file name. */
async function downloadsOf(context) {
  const cdp = await browser.target().createCDPSession();
  const dir = mkdtempSync(join(downloadDir, 'd-'));
  const done = [];
  cdp.on('Browser.downloadWillBegin', (e) => done.push({ guid: e.guid, name: e.suggestedFilename, state: 'begun' }));
  cdp.on('Browser.downloadProgress', (e) => {
    const d = done.find((x) => x.guid === e.guid);
    if (d) d.state = e.state;
  });
  await cdp.send('Browser.setDownloadBehavior', {
    behavior: 'allow',
    downloadPath: dir,
    eventsEnabled: true,
    browserContextId: context.id,
  });
  return { dir, done, detach: () => cdp.detach() };
}

async function cspPage(lang) {
  const label = `csp/${lang}`;
  const { page, log, context, close } = await openPage(`/pages/csp.html?lang=${lang}`);
  const downloads = await downloadsOf(context);
  try {
    await check(`${label}: the page is served with the strict policy`, async () => {
      const r = await fetch(`${origin}/pages/csp.html?lang=${lang}`);
      const csp = r.headers.get('content-security-policy');
      return csp === STRICT_CSP ? [] : [`policy was ${csp}`];
    });
    await check(`${label}: every element renders, in ${lang}, and src loads (connect-src 'self')`, async () => {
      await waitFor(
        () =>
          page.evaluate(() =>
            window.__mes.visibleText(document.getElementById('from-src')).includes('Loaded under CSP'),
          ),
        'src content',
      );
      const info = await page.evaluate(() =>
        window.__mes.topLevel().map((e) => ({
          tag: e.localName,
          lang: e.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang'),
          shown: window.__mes.shown(e),
        })),
      );
      return info.flatMap((i) => [
        i.shown ? null : `<${i.tag}> is not visible`,
        i.lang === lang ? null : `<${i.tag}> shows lang ${i.lang}`,
      ]);
    });
    await check(`${label}: menus open and close`, async () => {
      const handle = await page.evaluateHandle(() =>
        document.querySelector('.mes-host > mes-structure-nav').shadowRoot.querySelector('button.toggle'),
      );
      await handle.click();
      const open = await page.evaluate(() => {
        const nav = document.querySelector('.mes-host > mes-structure-nav');
        const panel = nav.shadowRoot.querySelector('.panel:not([hidden])');
        return panel && window.__mes.shown(panel) && window.__mes.visibleText(panel).length > 20;
      });
      await page.keyboard.press('Escape');
      const closed = await page.evaluate(
        () => !document.querySelector('.mes-host > mes-structure-nav').shadowRoot.querySelector('.panel:not([hidden])'),
      );
      return [open ? null : 'the panel did not open', closed ? null : 'Escape did not close the panel'];
    });
    await check(`${label}: the month view works (a holiday chosen, keys, next month)`, async () => {
      const cell = await page.evaluateHandle(() =>
        document.querySelector('.mes-host > mes-holiday-calendar').shadowRoot.querySelector('td[data-holiday]'),
      );
      await cell.click();
      await page.keyboard.press('ArrowDown');
      const focus = await page.evaluate(() => window.__mes.deepActive()?.getAttribute('data-date'));
      const next = await page.evaluateHandle(() =>
        document.querySelector('.mes-host > mes-holiday-calendar').shadowRoot.querySelector('button.next-month'),
      );
      await next.click();
      const r = await page.evaluate(() => {
        const sr = document.querySelector('.mes-host > mes-holiday-calendar').shadowRoot;
        return {
          details: window.__mes.visibleText(sr.querySelector('[part~="details"]')),
          month: window.__mes.visibleText(sr.querySelector('#month-label')),
        };
      });
      return [
        r.details.length > 5 ? null : 'choosing a holiday showed no details',
        focus === '2026-08-01' ? null : `ArrowDown put the focus on ${focus}`,
        /2026/.test(r.month) ? null : `month label "${r.month}"`,
      ];
    });
    await check(`${label}: "Add to calendar" downloads mes-holidays.ics`, async () => {
      const link = await page.evaluateHandle(() =>
        document.querySelector('.mes-host > mes-holiday-calendar').shadowRoot.querySelector('a.download'),
      );
      await link.click();
      const d = await waitFor(
        () => downloads.done.find((x) => x.state === 'completed' || x.state === 'canceled'),
        'the download',
      );
      if (d.state !== 'completed') return [`the download was ${d.state}`];
      const text = readFileSync(join(downloads.dir, d.name), 'utf8');
      const names = await page.evaluate(() =>
        [
          ...document.querySelector('.mes-host > mes-holiday-calendar').shadowRoot.querySelectorAll('.holiday-name'),
        ].map((n) => n.textContent.trim()),
      );
      const unfolded = text.replace(/\r\n[ \t]/g, '');
      return [
        d.name === 'mes-holidays.ics' ? null : `file name ${d.name}`,
        text.startsWith('BEGIN:VCALENDAR') ? null : 'not an iCalendar file',
        ...names.map((n) => (unfolded.includes(n.replace(/([,;\\])/g, '\\$1')) ? null : `"${n}" is not in the file`)),
      ];
    });
    await check(`${label}: zero securitypolicyviolation events, no console error`, async () => {
      const v = await page.evaluate(() => window.cspViolations);
      return [...v.map((x) => `violation of ${x.directive}: ${x.blocked} ${x.sample ?? ''}`), ...log.errors];
    });
  } finally {
    await downloads.detach();
    await close();
  }
}

if (await section('csp: a strict Content Security Policy with Trusted Types')) {
  await guarded('csp: a strict Content Security Policy with Trusted Types', async () => {
    for (const lang of LANGS) await guarded(`csp/${lang}`, () => cspPage(lang));
    await check("csp: two copies of the library under the policy (with trusted-types 'allow-duplicates')", async () => {
      const csp = STRICT_CSP.replace(
        'trusted-types lit-html mes-components',
        "trusted-types lit-html mes-components 'allow-duplicates'",
      );
      const { page, log, close } = await openPage(
        `/pages/csp.html?lang=ru&cdn2=${encodeURIComponent('/cdn-other/mes-components.js')}&csp=${encodeURIComponent(csp)}`,
      );
      try {
        const v = await page.evaluate(() => window.cspViolations);
        return [...v.map((x) => `violation of ${x.directive}: ${x.blocked}`), ...log.errors];
      } finally {
        await close();
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Content is data.

if (await section('data: content is shown as text, never run')) {
  await guarded('data: content is shown as text, never run', async () => {
    const { page, log, close } = await openPage('/pages/plain.html?lang=en&elements=0', { width: 320, height: 800 });
    try {
      const result = await page.evaluate(async (H) => {
        const host = document.getElementById('host');
        const errors = [];
        const badUrls = [
          'javascript:window.__pwned=3',
          ' javascript:window.__pwned=4',
          'JAVASCRIPT:window.__pwned=5',
          'java\tscript:window.__pwned=6',
          'data:text/html,<script>alert(1)</script>',
          'vbscript:msgbox(1)',
          'javascript:window.__pwned=7',
        ];
        // What each element was given: markup, and links that must be refused.
        const given = [];
        const holds = (content, value) => JSON.stringify(content).includes(JSON.stringify(value).slice(1, -1));
        const make = (tag, content) => {
          const el = document.createElement(tag);
          el.addEventListener('mes-content-error', (e) => errors.push({ tag, problems: e.detail.problems }));
          el.content = content;
          host.append(el);
          given.push({ tag, markup: holds(content, H.markup), badUrls: badUrls.some((url) => holds(content, url)) });
          return el;
        };
        make('mes-priorities', { title: H.markup, lead: H.rtl, items: [H.markup, H.long, H.emoji, H.rtl] });
        make('mes-cooperation-activities', { title: H.emoji, items: [H.long, H.markup] });
        make('mes-strategy-goals', {
          title: H.markup,
          links: [
            ...badUrls.slice(0, 6).map((url, i) => ({ label: `Bad link ${i}`, url })),
            { label: 'Good link', url: 'https://example.org/' },
          ],
        });
        make('mes-holiday-calendar', {
          extend: true,
          items: [
            { id: 'x', month: 3, day: 1, name: H.markup, description: H.long },
            { id: 'y', month: 3, day: 2, name: H.rtl + ' ' + H.emoji },
          ],
        });
        make('mes-structure-nav', {
          menus: [
            {
              id: 'm',
              title: H.markup,
              groups: [
                {
                  title: H.rtl,
                  items: [
                    ...badUrls.slice(0, 6).map((url, i) => ({ name: `Unit ${i}`, url })),
                    { name: H.long, url: 'mailto:someone@example.org' },
                    { name: 'Web', url: 'https://example.org/' },
                  ],
                },
              ],
            },
          ],
        });
        make('mes-international-cooperation', {
          title: H.markup,
          ministry: { name: H.emoji, abbreviation: 'X', siteTitle: H.markup, url: badUrls[6] },
        });
        await window.__mes.ready();
        host.querySelector('mes-structure-nav').open = 'm';
        await window.__mes.ready();
        return { errors, given };
      }, HOSTILE);
      const givenMarkup = result.given.filter((g) => g.markup).map((g) => g.tag);
      const givenBadUrls = result.given.filter((g) => g.badUrls).map((g) => g.tag);

      await check('data: markup in content is shown as text and never becomes elements', () =>
        page.evaluate((tags) => {
          const out = [];
          const made = window.__mes
            .deepAll(document, 'img, script, b, iframe, object')
            .filter((e) => e.getRootNode() instanceof ShadowRoot);
          if (made.length) out.push(`elements made from content: ${made.map((e) => e.localName).join(', ')}`);
          if (window.__pwned) out.push(`content ran: __pwned = ${window.__pwned}`);
          for (const tag of tags) {
            if (
              !window.__mes.visibleText(document.querySelector(tag)).includes('<img src=x onerror="window.__pwned=1">')
            )
              out.push(`<${tag}> does not show the markup as text`);
          }
          return out;
        }, givenMarkup),
      );
      await check(
        'data: links only with http:, https: and mailto: (javascript:, data:, vbscript: refused and reported)',
        async () => {
          // (The calendar's own "Add to calendar" link is a data: URL that the library makes; it is not content.)
          const hrefs = await page.evaluate(() =>
            window.__mes
              .deepAll(document, 'a[href]:not([part~="download"])')
              .map((a) => new URL(a.getAttribute('href'), document.baseURI).protocol),
          );
          const bad = hrefs.filter((p) => !['http:', 'https:', 'mailto:'].includes(p));
          const out = bad.map((p) => `a link with ${p}`);
          for (const tag of givenBadUrls) {
            const reported = result.errors
              .filter((e) => e.tag === tag)
              .flatMap((e) => e.problems)
              .filter((p) => /only http:, https: and mailto:/.test(p));
            if (reported.length === 0) out.push(`<${tag}> did not report its unsafe links`);
          }
          const nav = await page.evaluate(() => window.__mes.visibleText(document.querySelector('mes-structure-nav')));
          if (!nav.includes('Unit 0') || !nav.includes('Unit 5'))
            out.push('units with a refused link are not shown as text');
          if (!hrefs.includes('https:') || !hrefs.includes('mailto:')) out.push('the safe links are missing');
          const clicked = await page.evaluate(() => window.__pwned ?? null);
          if (clicked) out.push('a javascript: URL ran');
          return out;
        },
      );
      await check('data: very long strings, right-to-left text and emoji are shown and fit 320 px', async () => {
        const out = await layoutAll(page);
        const text = await page.evaluate(() =>
          window.__mes
            .topLevel()
            .map((e) => window.__mes.visibleText(e))
            .join(' '),
        );
        if (!text.includes(HOSTILE.rtl)) out.push('the right-to-left text is not shown');
        if (!text.includes(HOSTILE.emoji)) out.push('the emoji are not shown');
        if (!text.includes(HOSTILE.long)) out.push('the long string is not shown whole');
        return out;
      });
      await check('data: markup from a src file is shown as text', async () => {
        const shown = await page.evaluate(async () => {
          const el = document.createElement('mes-priorities');
          const loaded = new Promise((r) => el.addEventListener('mes-content-load', r, { once: true }));
          el.src = '/data/hostile.json';
          document.getElementById('host').append(el);
          await loaded;
          await el.updateComplete;
          return {
            text: window.__mes.visibleText(el),
            made: window.__mes.deepAll(el.shadowRoot, 'img, script, b').length,
          };
        });
        return [
          shown.text.includes('<script>window.__pwned=2</script>') ? null : 'not shown as text',
          shown.made ? 'elements were made from it' : null,
        ];
      });
      await check('data: no console error', () => log.errors);
    } finally {
      await close();
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 4. No network without src; no cookies, storage or globals.

if (await section('network: no request unless src is set; no cookies, storage or globals')) {
  await guarded('network: no request unless src is set; no cookies, storage or globals', async () => {
    const blank = await openPage('/pages/plain.html?lang=ru&cdn=none&elements=0', { probe: false });
    const baseline = await blank.page.evaluate(() => Object.getOwnPropertyNames(window));
    await blank.close();

    const { page, log, context, close } = await openPage('/pages/plain.html?lang=ru', { probe: false });
    try {
      await page.evaluate(async (tags) => {
        await Promise.all(tags.map((t) => customElements.whenDefined(t)));
        for (const el of document.querySelectorAll('*')) if (el.updateComplete) await el.updateComplete;
      }, TAGS);
      const globals = await page.evaluate(() => Object.getOwnPropertyNames(window));
      await check("network: the only globals are Lit's own version lists", () => {
        const lit = new Set([
          'litHtmlVersions',
          'litElementVersions',
          'reactiveElementVersions',
          'litPropertyMetadata',
        ]);
        const added = globals.filter((g) => !baseline.includes(g));
        return added.filter((g) => !lit.has(g)).map((g) => `new global: ${g}`);
      });
      // Use the elements as a person would: open a menu, move through the month, switch the language.
      await page.evaluate(async () => {
        const nav = document.querySelector('mes-structure-nav');
        nav.shadowRoot.querySelector('button.toggle').click();
        const cal = document.querySelector('mes-holiday-calendar');
        cal.shadowRoot.querySelector('button.next-month').click();
        cal.shadowRoot.querySelector('td[data-holiday]')?.click();
        document.documentElement.lang = 'be';
        await new Promise((r) => setTimeout(r, 50));
        for (const el of document.querySelectorAll('*')) if (el.updateComplete) await el.updateComplete;
      });
      await check(
        "network: without src only the page, its stylesheet and the library's own files are requested",
        () => {
          const out = [];
          for (const r of log.requests) {
            const u = new URL(r.url);
            if (u.pathname === '/favicon.ico') continue; // the browser's own
            if (u.origin !== origin) out.push(`request to another origin: ${r.url}`);
            else if (!['document', 'stylesheet', 'script'].includes(r.type))
              out.push(`${r.type} request: ${u.pathname}`);
            else if (r.type === 'script' && !u.pathname.startsWith('/cdn/mes-components'))
              out.push(`script outside the library: ${u.pathname}`);
          }
          const chunks = log.requests.filter((r) => /mes-components-(ru|be)[.-]/.test(r.url));
          if (chunks.length !== 2)
            out.push(`expected the ru and be chunks, got ${chunks.map((c) => c.url).join(', ')}`);
          return out;
        },
      );
      await check(
        "network: with src, one request for it (and, the first time, the library's own chunk of content from outside)",
        async () => {
          const before = log.requests.length;
          await page.evaluate(async () => {
            const el = document.querySelector('mes-priorities');
            const loaded = new Promise((r) => el.addEventListener('mes-content-load', r, { once: true }));
            el.src = '/data/ok.json?title=Once';
            await loaded;
          });
          const made = log.requests.slice(before);
          const data = made.filter((r) => r.url.endsWith('/data/ok.json?title=Once'));
          const chunk = made.filter((r) => /\/cdn\/mes-components-outside-[\w-]+\.js$/.test(r.url));
          const other = made.filter((r) => !data.includes(r) && !chunk.includes(r));
          return data.length === 1 && data[0].type === 'fetch' && chunk.length === 1 && other.length === 0
            ? []
            : [`requests: ${JSON.stringify(made)}`];
        },
      );
      await check('network: no cookies and no storage', async () => {
        const state = await page.evaluate(async () => ({
          cookie: document.cookie,
          local: localStorage.length,
          session: sessionStorage.length,
          idb: (await indexedDB.databases()).length,
          caches: (await caches.keys()).length,
        }));
        const cookies = (await context.cookies?.()) ?? (await page.cookies());
        return [
          state.cookie ? `document.cookie = ${state.cookie}` : null,
          state.local ? 'localStorage used' : null,
          state.session ? 'sessionStorage used' : null,
          state.idb ? 'IndexedDB used' : null,
          state.caches ? 'Cache Storage used' : null,
          cookies.length ? `cookies: ${cookies.map((c) => c.name).join(', ')}` : null,
        ];
      });
      await check('network: no console error', () => log.errors);
    } finally {
      await close();
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 5. Faults: loaded twice, two versions, misbehaving src.

async function twice(label, cdn2, expectWarning) {
  const { page, log, close } = await openPage(`/pages/plain.html?lang=ru&cdn2=${encodeURIComponent(cdn2)}`);
  try {
    await check(`faults: ${label}: no error, each element defined once and working, a clear warning`, async () => {
      const r = await page.evaluate((tags) => {
        const key = Symbol.for('mes-components.version');
        return tags.map((t) => {
          const el = document.querySelector(t);
          return {
            tag: t,
            version: customElements.get(t)?.[key],
            text: window.__mes.visibleText(el).length,
            lang: el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang'),
          };
        });
      }, TAGS);
      const out = [...log.errors];
      for (const x of r) {
        if (x.version !== pkg.version)
          out.push(`<${x.tag}> is defined by version ${x.version}, not the first copy's ${pkg.version}`);
        if (x.text < 40 || x.lang !== 'ru') out.push(`<${x.tag}> does not work (lang ${x.lang})`);
      }
      const warnings = log.warnings.filter((w) => /mes-components/.test(w) && /(twice|more than once|version)/.test(w));
      if (warnings.length !== 1)
        out.push(`expected one warning, got ${warnings.length}: ${JSON.stringify(log.warnings)}`);
      else if (!expectWarning.test(warnings[0])) out.push(`the warning does not say ${expectWarning}: ${warnings[0]}`);
      return out;
    });
  } finally {
    await close();
  }
}

/** Creates, for each tag, an element with `src` (on a page of that language) and counts its events. */
async function srcFault(page, srcOf) {
  return page.evaluate(
    async (tags, srcs) => {
      const host = document.getElementById('host');
      const made = tags.map((tag, i) => {
        const el = document.createElement(tag);
        el.id = `${tag}-${srcs[i].replace(/\W+/g, '-')}`;
        const rec = { tag, errors: [], loads: 0 };
        el.addEventListener('mes-content-error', (e) => {
          if (e.target === el) rec.errors.push(e.detail);
        });
        el.addEventListener('mes-content-load', (e) => {
          if (e.target === el) rec.loads++;
        });
        el.src = srcs[i];
        host.append(el);
        return { el, rec };
      });
      window.__faults ??= [];
      window.__faults.push(...made);
      return made.length;
    },
    TAGS,
    TAGS.map(srcOf),
  );
}

if (await section('faults: loaded twice, two versions, misbehaving src, removal while loading')) {
  await guarded('faults: loaded twice, two versions, misbehaving src, removal while loading', async () => {
    await twice(
      'the library loaded twice (same version)',
      '/cdn/mes-components.js?copy=2',
      new RegExp(`${pkg.version.replace(/\./g, '\\.')}.*(twice|more than once)`),
    );
    await twice(
      'two different versions on one page',
      '/cdn-other/mes-components.js',
      new RegExp(
        `${OTHER_VERSION}.*${pkg.version.replace(/\./g, '\\.')}|${pkg.version.replace(/\./g, '\\.')}.*${OTHER_VERSION}`,
      ),
    );

    const { page, log, close } = await openPage('/pages/plain.html?lang=en&elements=0', {
      expectStatus: ['/data/404.json'],
    });
    try {
      // Reference: the built-in heading and list sizes of each element.
      const builtIn = await page.evaluate(async (tags) => {
        const host = document.getElementById('host');
        const out = {};
        for (const tag of tags) {
          const el = document.createElement(tag);
          host.append(el);
          await window.__mes.ready();
          out[tag] = {
            heading: el.shadowRoot.querySelector('[part~="heading"]').textContent.trim(),
            items: window.__mes.deepAll(el.shadowRoot, '[part~="item"]').length,
          };
          el.remove();
        }
        return out;
      }, TAGS);

      const faults = {
        404: () => '/data/404.json',
        malformed: () => '/data/malformed.json',
        'wrong shape': () => '/data/wrong-shape.json',
        'huge (10,000 items)': (tag) => `/data/huge/${tag}.json`,
      };
      for (const [, srcOf] of Object.entries(faults)) await srcFault(page, srcOf);
      // Everything has answered when every element has reported (or loaded); then a re-render must not report again.
      await waitFor(
        () => page.evaluate(() => window.__faults.every((f) => f.rec.errors.length + f.rec.loads > 0)),
        'every faulty src to be reported',
        { timeout: 30000 },
      );
      await page.evaluate(async () => {
        for (const f of window.__faults) f.el.headingLevel = 3;
        await window.__mes.ready();
      });
      const state = await page.evaluate(() =>
        window.__faults.map((f) => ({
          tag: f.rec.tag,
          src: f.el.src,
          errors: f.rec.errors,
          loads: f.rec.loads,
          heading: f.el.shadowRoot.querySelector('[part~="heading"]').textContent.trim(),
          items: window.__mes.deepAll(f.el.shadowRoot, '[part~="item"]').length,
        })),
      );
      for (const [name, srcOf] of Object.entries(faults)) {
        await check(
          `faults: src ${name}: the built-in content stays, mes-content-error fires once, a console warning`,
          () => {
            const out = [];
            for (const tag of TAGS) {
              const s = state.find((x) => x.tag === tag && x.src === srcOf(tag));
              if (!s) {
                out.push(`<${tag}> missing`);
                continue;
              }
              if (s.errors.length !== 1) out.push(`<${tag}>: mes-content-error fired ${s.errors.length} times`);
              if (s.heading !== builtIn[tag].heading)
                out.push(`<${tag}>: heading "${s.heading}" instead of the built-in "${builtIn[tag].heading}"`);
              if (s.items !== builtIn[tag].items)
                out.push(`<${tag}>: ${s.items} items instead of the built-in ${builtIn[tag].items}`);
              const warned = log.warnings.some((w) => w.includes(`<${tag}>`) && w.includes(srcOf(tag)));
              const inner =
                tag === 'mes-international-cooperation' &&
                name.startsWith('huge') &&
                log.warnings.some((w) => w.includes('<mes-priorities>') && w.includes('content property'));
              if (!warned && !inner) out.push(`<${tag}>: no console warning names it and its src`);
            }
            return out;
          },
        );
      }
      await check('faults: the page stays usable while src files fail (menus open, days move)', async () => {
        const r = await page.evaluate(async () => {
          const nav = document.createElement('mes-structure-nav');
          document.getElementById('host').prepend(nav);
          await window.__mes.ready();
          nav.shadowRoot.querySelector('button.toggle').click();
          await nav.updateComplete;
          return nav.open;
        });
        return r ? [] : ['the menu did not open'];
      });

      await check(
        'faults: a slow src (5 s): the built-in content shows meanwhile, then the content, loaded once',
        async () => {
          await page.evaluate(async (tags) => {
            window.__slow = tags.map((tag) => {
              const el = document.createElement(tag);
              const rec = { tag, errors: 0, loads: 0, headingWhileWaiting: null };
              el.addEventListener('mes-content-error', (e) => e.target === el && rec.errors++);
              el.addEventListener('mes-content-load', (e) => e.target === el && rec.loads++);
              el.src = `/data/slow.json?ms=5000&title=${encodeURIComponent('Slow ' + tag)}`;
              document.getElementById('host').append(el);
              return { el, rec };
            });
            await window.__mes.ready();
            for (const s of window.__slow)
              if (s.rec.loads === 0)
                s.rec.headingWhileWaiting = s.el.shadowRoot.querySelector('[part~="heading"]').textContent.trim();
          }, TAGS);
          await waitFor(
            () => page.evaluate(() => window.__slow.every((s) => s.rec.loads + s.rec.errors > 0)),
            'the slow answers',
            { timeout: 30000 },
          );
          await page.evaluate(() => window.__mes.ready());
          const r = await page.evaluate(() =>
            window.__slow.map((s) => ({
              ...s.rec,
              heading: s.el.shadowRoot.querySelector('[part~="heading"]').textContent.trim(),
            })),
          );
          return r.flatMap((s) => [
            s.headingWhileWaiting !== null && s.headingWhileWaiting !== builtIn[s.tag].heading
              ? `<${s.tag}> showed "${s.headingWhileWaiting}" while waiting`
              : null,
            s.loads === 1 && s.errors === 0 ? null : `<${s.tag}>: ${s.loads} loads, ${s.errors} errors`,
            s.heading === `Slow ${s.tag}` ? null : `<${s.tag}> shows "${s.heading}" after the answer`,
          ]);
        },
      );

      await check('faults: an answer that arrives after the element was removed is ignored', async () => {
        for (const tag of TAGS) {
          await page.evaluate((tag) => {
            const el = document.createElement(tag);
            el.id = `removed-${tag}`;
            window.__late ??= {};
            const rec = (window.__late[tag] = { errors: 0, loads: 0, el });
            el.addEventListener('mes-content-error', () => rec.errors++);
            el.addEventListener('mes-content-load', () => rec.loads++);
            el.src = `/data/gate/removed-${tag}.json?title=Late`;
            document.getElementById('host').append(el);
          }, tag);
        }
        await Promise.all(TAGS.map((tag) => data.gate(`removed-${tag}`).requested));
        const warningsBefore = log.warnings.length;
        await page.evaluate(() => Object.values(window.__late).forEach((r) => r.el.remove()));
        // The element cancels its request when removed: the server sees the connection close (an element that
        // did not would leave it waiting, and this would give up). Then the answers are sent all the same.
        const cancelled = await waitFor(
          () => TAGS.every((tag) => data.gate(`removed-${tag}`).state === 'aborted'),
          'the requests to be cancelled',
          { timeout: 10000 },
        ).catch(() => false);
        for (const tag of TAGS) data.gate(`removed-${tag}`).release();
        await waitFor(() => TAGS.every((tag) => data.gate(`removed-${tag}`).state !== 'waiting'), 'the held answers');
        await page.evaluate(() => window.__mes.frame());
        const r = await page.evaluate(() =>
          Object.entries(window.__late).map(([tag, x]) => ({
            tag,
            errors: x.errors,
            loads: x.loads,
            heading: x.el.shadowRoot.querySelector('[part~="heading"]').textContent.trim(),
          })),
        );
        return [
          ...r.map((x) =>
            x.errors || x.loads ? `<${x.tag}>: ${x.loads} loads, ${x.errors} errors after removal` : null,
          ),
          ...r.map((x) => (x.heading === 'Late' ? `<${x.tag}> applied the late answer` : null)),
          cancelled
            ? null
            : `requests not cancelled: ${TAGS.filter((tag) => data.gate(`removed-${tag}`).state !== 'aborted').join(', ')}`,
          log.warnings.length > warningsBefore ? `warnings: ${log.warnings.slice(warningsBefore).join(' | ')}` : null,
        ];
      });

      await check(
        'faults: an answer that arrives after src changed is ignored (the new src wins, one load event)',
        async () => {
          await page.evaluate((tags) => {
            window.__changed = tags.map((tag) => {
              const el = document.createElement(tag);
              const rec = { tag, errors: 0, loads: [] };
              el.addEventListener('mes-content-error', (e) => e.target === el && rec.errors++);
              el.addEventListener('mes-content-load', (e) => e.target === el && rec.loads.push(e.detail.src));
              el.src = `/data/gate/changed-${tag}.json?title=Old`;
              document.getElementById('host').append(el);
              return { el, rec };
            });
          }, TAGS);
          await Promise.all(TAGS.map((tag) => data.gate(`changed-${tag}`).requested));
          await page.evaluate(async () => {
            for (const c of window.__changed) c.el.src = `/data/ok.json?title=New`;
            await Promise.all(
              window.__changed.map(
                (c) =>
                  new Promise((r) =>
                    c.rec.loads.length ? r() : c.el.addEventListener('mes-content-load', r, { once: true }),
                  ),
              ),
            );
          });
          const cancelled = await waitFor(
            () => TAGS.every((tag) => data.gate(`changed-${tag}`).state === 'aborted'),
            'the old requests to be cancelled',
            { timeout: 10000 },
          ).catch(() => false);
          for (const tag of TAGS) data.gate(`changed-${tag}`).release();
          await waitFor(() => TAGS.every((tag) => data.gate(`changed-${tag}`).state !== 'waiting'), 'the held answers');
          await page.evaluate(() => window.__mes.ready());
          const r = await page.evaluate(() =>
            window.__changed.map((c) => ({
              ...c.rec,
              heading: c.el.shadowRoot.querySelector('[part~="heading"]').textContent.trim(),
            })),
          );
          return r.flatMap((x) => [
            x.heading === 'New' ? null : `<${x.tag}> shows "${x.heading}"`,
            x.loads.length === 1 && x.loads[0] === '/data/ok.json?title=New' && x.errors === 0
              ? null
              : `<${x.tag}>: loads ${JSON.stringify(x.loads)}, errors ${x.errors}`,
            cancelled ? null : `<${x.tag}>: the old request was not cancelled (${data.gate(`changed-${x.tag}`).state})`,
          ]);
        },
      );
      await check('faults: no console error (other than the 404 asked for)', () => log.errors);
    } finally {
      await close();
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 6. 3,000 create/render/remove cycles of every element.

if (await section('cycles: 3,000 create/render/remove cycles of every element')) {
  await guarded('cycles: 3,000 create/render/remove cycles of every element', async () => {
    const { page, log, close } = await openPage('/pages/plain.html?lang=en&elements=0', {
      beforeLoad: (p) =>
        p.evaluateOnNewDocument(() => {
          // Counts the timers that are set and not yet run or cleared.
          const pending = new Set();
          const set = window.setTimeout.bind(window);
          const clear = window.clearTimeout.bind(window);
          window.setTimeout = (fn, ms, ...args) => {
            const id = set(
              (...a) => {
                pending.delete(id);
                if (typeof fn === 'function') fn(...a);
              },
              ms,
              ...args,
            );
            if (ms > 1000) pending.add(id);
            return id;
          };
          window.clearTimeout = (id) => {
            pending.delete(id);
            clear(id);
          };
          Object.defineProperty(window, '__longTimers', { get: () => pending.size });
        }),
    });
    const cdp = await page.createCDPSession();
    try {
      const listeners = async () => {
        const out = {};
        for (const what of ['window', 'document']) {
          const { result } = await cdp.send('Runtime.evaluate', { expression: what });
          const { listeners: l } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
          out[what] = l.length;
          await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
        }
        return out;
      };
      /** The JavaScript heap and the DOM counters (nodes, listeners) after garbage collection. */
      const heap = async () => {
        await cdp.send('HeapProfiler.enable');
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        const dom = await cdp.send('Memory.getDOMCounters');
        return { js: usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
      };
      const cycles = (n, offset) =>
        page.evaluate(
          async (n, offset, tags, langs) => {
            const host = document.getElementById('host');
            for (let i = 0; i < n; i++) {
              const els = tags.map((t) => {
                const el = document.createElement(t);
                el.lang = langs[(offset + i) % langs.length];
                return el;
              });
              host.append(...els);
              await Promise.all(els.map((e) => e.updateComplete));
              const inner = els[0].shadowRoot.querySelectorAll('*');
              await Promise.all([...inner].filter((e) => e.updateComplete).map((e) => e.updateComplete));
              if (!els.every((e) => e.shadowRoot.querySelector('[part~="heading"]')))
                throw new Error(`cycle ${offset + i}: an element did not render`);
              for (const e of els) e.remove();
            }
          },
          n,
          offset,
          TAGS,
          LANGS,
        );
      const l0 = await listeners();
      const t0 = await page.evaluate(() => window.__longTimers);
      const started = Date.now();
      await cycles(1000, 0);
      const h1 = await heap();
      await cycles(2000, 1000);
      const h3 = await heap();
      const l3 = await listeners();
      const t3 = await page.evaluate(() => window.__longTimers);
      const ratio = h3.js / h1.js;
      const nodeRatio = h3.nodes / h1.nodes;
      await note(
        `       (after GC: JS heap ${(h1.js / 1e6).toFixed(1)} MB at cycle 1,000, ${(h3.js / 1e6).toFixed(1)} MB at 3,000 (×${ratio.toFixed(3)}); ` +
          `DOM nodes ${h1.nodes} → ${h3.nodes}; listeners ${h1.listeners} → ${h3.listeners}; ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
      await check(
        `cycles: 3,000 cycles of each of the ${TAGS.length} elements (${LANGS.join(', ')} in turn) without an error`,
        () => log.errors,
      );
      await check(
        'cycles: memory is bounded (after GC, JS heap and DOM nodes grow < 20 % from cycle 1,000 to 3,000)',
        () => [
          ratio < 1.2 ? null : `the JS heap grew ×${ratio.toFixed(3)}`,
          nodeRatio < 1.2 ? null : `DOM nodes grew ×${nodeRatio.toFixed(3)} (${h1.nodes} → ${h3.nodes})`,
          h3.listeners <= h1.listeners ? null : `event listeners grew ${h1.listeners} → ${h3.listeners}`,
        ],
      );
      await check('cycles: no listener, timer or observer left behind on window and document', () => [
        l3.window !== l0.window ? `window listeners ${l0.window} → ${l3.window}` : null,
        l3.document !== l0.document ? `document listeners ${l0.document} → ${l3.document}` : null,
        t3 !== t0 ? `long timers pending ${t0} → ${t3}` : null,
      ]);
    } finally {
      await cdp.detach();
      await close();
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 7. The calendar in three time zones, just before and after Minsk midnight.

if (await section('time: the calendar in three time zones around Minsk midnight')) {
  await guarded('time: the calendar in three time zones around Minsk midnight', async () => {
    const before = Date.UTC(2026, 0, 18, 20, 59, 59); // 23:59:59 on 18 January in Minsk (UTC+3)
    const after = Date.UTC(2026, 0, 18, 21, 0, 0); //   00:00:00 on 19 January in Minsk: Rescuer's Day
    for (const tz of ['America/New_York', 'Europe/Minsk', 'Pacific/Kiritimati']) {
      const { page, log, close } = await openPage('/pages/plain.html?lang=en&elements=0', { timezone: tz });
      try {
        const states = await page.evaluate(
          async (cases) => {
            const { MesHolidayCalendar } = await import('/cdn/mes-components.js');
            const out = [];
            for (const c of cases) {
              MesHolidayCalendar.clock = () => c.at;
              const el = document.createElement('mes-holiday-calendar');
              if (c.zone) el.setAttribute('time-zone', c.zone);
              if (c.lang) el.lang = c.lang;
              document.getElementById('host').append(el);
              await el.updateComplete;
              const sr = el.shadowRoot;
              out.push({
                name: c.name,
                today: sr.querySelector('td[aria-current="date"]')?.getAttribute('data-date') ?? null,
                next: window.__mes.visibleText(sr.querySelector('[part~="next-item"]')),
                expect: c.expect,
              });
              el.remove();
            }
            return out;
          },
          [
            {
              name: 'just before Minsk midnight',
              at: before,
              expect: { today: '2026-01-18', next: /Rescuer.*tomorrow/i },
            },
            { name: 'just after Minsk midnight', at: after, expect: { today: '2026-01-19', next: /Rescuer.*today/i } },
            {
              name: 'just before, in Russian',
              at: before,
              lang: 'ru',
              expect: { today: '2026-01-18', next: /спасателя.*завтра/i },
            },
            {
              name: 'just after, in Belarusian',
              at: after,
              lang: 'be',
              expect: { today: '2026-01-19', next: /ратавальніка.*сёння/i },
            },
            {
              name: 'time-zone="Pacific/Kiritimati" just before Minsk midnight',
              at: before,
              zone: 'Pacific/Kiritimati',
              expect: { today: '2026-01-19', next: /today/i },
            },
            {
              name: 'time-zone="America/New_York" just after Minsk midnight',
              at: after,
              zone: 'America/New_York',
              expect: { today: '2026-01-18', next: /tomorrow/i },
            },
          ].map((c) => ({ ...c, expect: { today: c.expect.today, next: c.expect.next.source } })),
        );
        for (const s of states) {
          await check(`time/${tz}: ${s.name}: today is ${s.expect.today}`, () => [
            s.today === s.expect.today ? null : `today is ${s.today}`,
            new RegExp(s.expect.next, 'i').test(s.next) ? null : `next holiday reads "${s.next}"`,
          ]);
        }
        await check(`time/${tz}: the calendar turns to the next day at Minsk midnight by itself`, async () => {
          // The clock stands before midnight until the element is in place, then the test moves it past midnight: the
          // element's own timer (which sets itself again while the clock has not reached midnight) must turn the day,
          // however slowly this machine runs.
          await page.evaluate(async (at) => {
            const { MesHolidayCalendar } = await import('/cdn/mes-components.js');
            window.__mesNow = at;
            MesHolidayCalendar.clock = () => window.__mesNow;
            const el = document.createElement('mes-holiday-calendar');
            el.id = 'rollover';
            document.getElementById('host').append(el);
            await el.updateComplete;
          }, before + 700);
          const first = await page.evaluate(() =>
            document
              .getElementById('rollover')
              .shadowRoot.querySelector('td[aria-current="date"]')
              .getAttribute('data-date'),
          );
          await page.evaluate((at) => {
            window.__mesNow = at;
          }, before + 1010);
          await waitFor(
            () =>
              page.evaluate(
                () =>
                  document
                    .getElementById('rollover')
                    .shadowRoot.querySelector('td[aria-current="date"]')
                    ?.getAttribute('data-date') === '2026-01-19',
              ),
            'the day to change',
          );
          const next = await page.evaluate(() =>
            window.__mes.visibleText(
              document.getElementById('rollover').shadowRoot.querySelector('[part~="next-item"]'),
            ),
          );
          return [
            first === '2026-01-18' ? null : `it started on ${first}`,
            /today/i.test(next) ? null : `next holiday reads "${next}"`,
          ];
        });
        await check(`time/${tz}: no console error`, () => log.errors);
      } finally {
        await close();
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 8. Bad input: what the user sees and what the console says.

if (await section('bad input: what the user sees and what the console says')) {
  await guarded('bad input: what the user sees and what the console says', async () => {
    const { page, log, close } = await openPage('/pages/plain.html?lang=en&elements=0');
    try {
      const make = (tag, attrs = {}, content) =>
        page.evaluate(
          async (tag, attrs, content) => {
            const el = document.createElement(tag);
            for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
            const rec = { errors: [] };
            el.addEventListener('mes-content-error', (e) => e.target === el && rec.errors.push(e.detail));
            if (content !== undefined) el.content = content;
            document.getElementById('host').append(el);
            await window.__mes.ready();
            const sr = el.shadowRoot;
            const heading = sr.querySelector('[part~="heading"]');
            return {
              errors: rec.errors,
              lang: sr.querySelector('[part~="base"]').getAttribute('lang'),
              headingTag: heading.localName,
              heading: heading.textContent.trim(),
              text: window.__mes.visibleText(el),
              today: sr.querySelector('td[aria-current="date"]')?.getAttribute('data-date') ?? null,
              openPanels: sr.querySelectorAll('.panel:not([hidden])').length,
            };
          },
          tag,
          attrs,
          content,
        );
      const warned = (re) => (log.warnings.some((w) => re.test(w)) ? null : `no console warning matching ${re}`);
      const minskToday = new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Europe/Minsk',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(new Date());

      await check('bad input: lang="xx" shows English, with a warning', async () => {
        const r = await make('mes-priorities', { lang: 'xx' });
        return [
          r.lang === 'en' ? null : `lang ${r.lang}`,
          warned(/<mes-priorities>: lang="xx" is not one of be, ru, en; showing en/),
        ];
      });
      await check('bad input: heading-level="9" gives an h2, with a warning', async () => {
        const r = await make('mes-cooperation-activities', { 'heading-level': '9' });
        return [
          r.headingTag === 'h2' ? null : `heading is ${r.headingTag}`,
          warned(/heading-level="9" is not a whole number from 1 to 6; using 2/),
        ];
      });
      await check('bad input: content = 42 keeps the built-in content, one mes-content-error, a warning', async () => {
        const r = await make('mes-strategy-goals', {}, 42);
        return [
          r.errors.length === 1 ? null : `${r.errors.length} errors`,
          /National Strategy/i.test(r.text) ? null : 'built-in content missing',
          warned(/<mes-strategy-goals>: content from the content property was not used/),
        ];
      });
      await check('bad input: an impossible holiday date (31 February) is skipped and reported', async () => {
        const r = await make(
          'mes-holiday-calendar',
          { today: '2026-02-01' },
          { extend: true, items: [{ id: 'impossible', month: 2, day: 31, name: 'Impossible Day' }] },
        );
        return [
          r.text.includes('Impossible Day') ? 'the impossible holiday is shown' : null,
          /Rescuer/.test(r.text) ? null : 'the built-in holidays are gone',
          r.errors.length === 1 ? null : `${r.errors.length} errors`,
          warned(/items\[0\].*(February|31|date)/i),
        ];
      });
      await check('bad input: today="2026-02-30" shows the current date in Minsk, with a warning', async () => {
        const r = await make('mes-holiday-calendar', { today: '2026-02-30' });
        return [
          r.today === minskToday ? null : `today is ${r.today}, expected ${minskToday}`,
          warned(/today="2026-02-30" is not a date in the form YYYY-MM-DD/),
        ];
      });
      await check('bad input: time-zone="Mars/Olympus" uses Europe/Minsk, with a warning', async () => {
        const r = await make('mes-holiday-calendar', { 'time-zone': 'Mars/Olympus' });
        return [
          r.today === minskToday ? null : `today is ${r.today}`,
          warned(/time-zone="Mars\/Olympus" is not a time zone this browser knows/),
        ];
      });
      await check('bad input: open="nope" on mes-structure-nav opens nothing, with a warning', async () => {
        const r = await make('mes-structure-nav', { open: 'nope' });
        return [
          r.openPanels === 0 ? null : `${r.openPanels} panels open`,
          warned(/open="nope" is not the id of a menu/),
        ];
      });
      await check('bad input: no console error', () => log.errors);
    } finally {
      await close();
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------

await browser.close();
data.releaseAll();
await server.close();
for (const dir of [otherDir, downloadDir]) rmSync(dir, { recursive: true, force: true });

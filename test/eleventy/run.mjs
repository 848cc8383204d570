#!/usr/bin/env node
/**
 * `npm run test:eleventy` (after `npm run build`): a portal site built with Eleventy and `@lit-labs/eleventy-plugin-lit`,
 * the README's "Use it in a CMS" recipe (test/eleventy/site/), with the package as a portal installs it.
 *
 * Packs the package (`npm pack`), unpacks the tarball into the site's node_modules/ in a throwaway folder (beside it
 * only links to this repo's copies of the package's dependencies and of Eleventy and its Lit plugin: no registry),
 * and builds the site. Then:
 * - the built pages hold each element as declarative shadow DOM, in its page's language (`<html lang="be">`,
 *   `<html lang="ru">`), its nearest ancestor's (`<section lang="ru">`) or its own (`lang="en"`);
 * - in Chromium with JavaScript off, the pages show that text;
 * - with the browser module (dist/cdn/mes-components-hydrate.js, copied by the site), each page hydrates in place:
 *   the same text and the same nodes, no error or warning, the language files fetched on demand, and the elements
 *   live (a menu opens, the arrow keys move in the month view);
 * - the same site built without the recipe's `pageLangPlugin` shows English where the page is Belarusian (what the
 *   plugin is for, and that the checks above can fail).
 *
 * One line a check (node's test runner, test/support/runner.mjs) and `N passed, N failed`; exits 1 when a check
 * fails. `--keep` keeps the throwaway folder.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { launchChromium, openPage } from '../support/browser.mjs';
import { ROOT } from '../support/elements.mjs';
import { note, test, waitFor } from '../support/runner.mjs';
import { startServer } from '../support/server.mjs';

for (const file of ['dist/node.js', 'dist/server.js', 'dist/cdn/mes-components-hydrate.js']) {
  if (!existsSync(join(ROOT, file))) {
    console.error(`test:eleventy: ${file} is missing; run \`npm run build\` first.`);
    process.exit(2);
  }
}
const keep = process.argv.includes('--keep');

/** The built-in content of every language (in a child process: it installs a server DOM shim). */
const content = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'test/ssr/content.mjs')], { encoding: 'utf8' }));

/** What an element shows in a language: texts of its shadow root (nested elements' included). */
const TEXTS = {
  'mes-priorities': (c) => [c.priorities.title, c.priorities.items[0]],
  'mes-cooperation-activities': (c) => [c.activities.title, c.activities.items.at(-1)],
  'mes-strategy-goals': (c) => [c.strategy.title, c.strategy.name],
  'mes-holiday-calendar': (c) => [c.ui.calendar.nextHoliday, ...c.holidays.items.map((h) => h.name)],
  'mes-structure-nav': (c) => [c.structure.title, c.structure.menus[0].title],
  'mes-international-cooperation': (c) => [
    c.ui.page.internationalCooperation,
    c.priorities.title,
    c.activities.title,
    c.strategy.name,
    c.holidays.items[0].name,
  ],
};

/** The pages of the site: each element on it, in the language it must show. */
const PAGES = {
  '/be/': {
    lang: 'be',
    elements: {
      'mes-priorities': 'be',
      'mes-structure-nav': 'be',
      'mes-holiday-calendar': 'be',
      'mes-cooperation-activities': 'ru',
      'mes-strategy-goals': 'en',
    },
  },
  '/ru/': { lang: 'ru', elements: { 'mes-structure-nav': 'ru', 'mes-international-cooperation': 'ru' } },
};

/** Runs a command; throws with its output when it fails. */
function run(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${`${e.stdout ?? ''}${e.stderr ?? ''}`.trim()}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The site, with the package as the registry would give it.

const work = mkdtempSync(join(tmpdir(), 'mes-eleventy-'));
const site = join(work, 'site');
cpSync(join(ROOT, 'test/eleventy/site'), site, {
  recursive: true,
  filter: (f) => !/[\\/](_site|node_modules)$/.test(f),
});

const packed = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT));
const installed = join(site, 'node_modules/mes-components');
mkdirSync(installed, { recursive: true });
run('tar', ['-xzf', join(work, packed[0].filename), '-C', installed, '--strip-components=1'], work);
const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
for (const dep of [...Object.keys(manifest.dependencies), '@11ty/eleventy', '@lit-labs/eleventy-plugin-lit']) {
  const link = join(site, 'node_modules', dep);
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules', dep), link, 'dir');
}
const eleventy = (...args) => run(process.execPath, ['node_modules/@11ty/eleventy/cmd.cjs', ...args], site);

let built = '';
await test('Eleventy 3 with the Lit plugin builds the site from the packed package', () => {
  built = eleventy();
  const pages = [...built.matchAll(/Writing \.\/_site\/(\S+)/g)].map((m) => m[1]);
  assert.deepEqual(pages.sort(), ['be/index.html', 'ru/index.html'], built);
});
await note(`  ${built.trim().split('\n').at(-1)}; ${packed[0].filename}, ${packed[0].entryCount} files`);

const html = Object.fromEntries(
  Object.keys(PAGES).map((path) => {
    const file = join(site, '_site', path, 'index.html');
    return [path, existsSync(file) ? readFileSync(file, 'utf8') : ''];
  }),
);

for (const [path, page] of Object.entries(PAGES)) {
  await test(`${path}: every element is declarative shadow DOM in its language (page lang="${page.lang}")`, () => {
    const out = html[path];
    assert(out.includes(`<html lang="${page.lang}">`), 'the page keeps its <html lang>');
    // The text, markers and tags left out (a name may hold a span that keeps a date range on one line).
    const text = out
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ');
    for (const [tag, lang] of Object.entries(page.elements)) {
      const open = new RegExp(
        `<${tag}\\b[^>]*\\slang="${lang}"[^>]*><template shadowroot="open" shadowrootmode="open">`,
      );
      assert(open.test(out), `<${tag} lang="${lang}"> with a declarative shadow root is not in the page`);
      for (const t of TEXTS[tag](content[lang])) assert(text.includes(t), `"${t}" (${tag}, ${lang}) is missing`);
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The built pages in Chromium.

/** The site's browser modules are held back while `held.on` (to look at the page before any script runs). */
const held = {
  on: false,
  waiting: [],
  hold(path) {
    return this.on && path.startsWith('/mes-components/')
      ? new Promise((release) => this.waiting.push(release))
      : undefined;
  },
  release() {
    this.on = false;
    this.waiting.splice(0).forEach((release) => release());
  },
};
const server = await startServer({
  routes: [
    ['/favicon.ico', (_req, _res, { send }) => send(204, '')],
    ['/', join(site, '_site')],
  ],
  index: 'index.html',
  hold: (p) => held.hold(p),
});
const browser = await launchChromium();

/** Each element of the page (by tag): its shadow root's visible text, its base's `lang`, and whether it is live. */
function probe(tags) {
  const textOf = (root) => {
    let text = '';
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) text += node.data;
      if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
        if (!node.checkVisibility({ visibilityProperty: true })) return;
        if (node.shadowRoot) return walk(node.shadowRoot);
      }
      for (const child of node.childNodes) walk(child);
    };
    walk(root);
    return text.replace(/\s+/g, ' ').trim();
  };
  return Object.fromEntries(
    tags.map((tag) => {
      const el = document.querySelector(tag);
      return [
        tag,
        {
          shadow: Boolean(el?.shadowRoot),
          text: el?.shadowRoot ? textOf(el.shadowRoot) : '',
          lang: el?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') ?? null,
          live: Boolean(customElements.get(tag)) && el.hasUpdated === true && !el.isUpdatePending,
        },
      ];
    }),
  );
}

/** Every element of the library on the page, shadow roots included, is defined and done updating. */
function allUpdated() {
  const all = [];
  const walk = (root) => {
    for (const e of root.querySelectorAll('*')) {
      if (e.localName.startsWith('mes-'))
        all.push(customElements.get(e.localName) && e.hasUpdated && !e.isUpdatePending);
      if (e.shadowRoot) walk(e.shadowRoot);
    }
  };
  walk(document);
  return all.length > 0 && all.every(Boolean);
}

const until = (tab, what, fn, ...args) =>
  waitFor(() => tab.evaluate(fn, ...args), what, { timeout: 20000, interval: 25 });

function checkTexts(shown, page, when) {
  for (const [tag, lang] of Object.entries(page.elements)) {
    const { shadow, text, lang: base } = shown[tag];
    assert(shadow, `${when}: <${tag}> has no shadow root`);
    assert.equal(base, lang, `${when}: <${tag}> shows ${base}, not ${lang}`);
    for (const t of TEXTS[tag](content[lang])) assert(text.includes(t), `${when}: <${tag}> does not show "${t}"`);
  }
}

try {
  for (const [path, page] of Object.entries(PAGES)) {
    const tags = Object.keys(page.elements);

    await test(`${path}: with JavaScript off, each element shows its text in its language`, async () => {
      const { page: tab, close } = await openPage(browser, `${server.origin}${path}`, { javaScript: false });
      try {
        const shown = await tab.evaluate(probe, tags);
        checkTexts(shown, page, 'JavaScript off');
        assert(
          tags.every((t) => !shown[t].live),
          'an element was defined with JavaScript off',
        );
      } finally {
        await close();
      }
    });

    await test(`${path}: hydrates in place (same text, same nodes, no error or warning); ru/be fetched on demand; live`, async () => {
      held.on = true;
      const { page: tab, log, navigation, close } = await openPage(browser, `${server.origin}${path}`, { wait: false });
      try {
        // The whole page parsed (its script is held back): the browser may show a page it has half parsed.
        await tab.waitForFunction(() => document.readyState !== 'loading');
        const before = await tab.evaluate(probe, tags);
        checkTexts(before, page, 'before any script');
        assert(
          tags.every((t) => !before[t].live),
          'an element was defined before its script ran',
        );
        await tab.evaluate((ts) => {
          globalThis.__headings = ts.map((t) => document.querySelector(t).shadowRoot.querySelector('[part="heading"]'));
        }, tags);

        held.release();
        await navigation;
        await until(tab, 'every element to be defined and updated', allUpdated);
        const after = await tab.evaluate(probe, tags);
        checkTexts(after, page, 'hydrated');
        for (const tag of tags) {
          assert.equal(after[tag].text, before[tag].text, `<${tag}>: the text changed on hydration`);
          assert(after[tag].live, `<${tag}> is not defined and updated`);
        }
        const inPlace = await tab.evaluate(
          (ts) =>
            ts.map(
              (t, i) =>
                document.querySelector(t).shadowRoot.querySelector('[part="heading"]') === globalThis.__headings[i],
            ),
          tags,
        );
        assert(
          inPlace.every(Boolean),
          `re-rendered, not hydrated: ${tags.filter((_, i) => !inPlace[i]).join(', ')} (its heading is a new node)`,
        );

        // The language files: each language the page shows but English, fetched once the library runs.
        const files = log.requests.map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/mes-components/'));
        const langs = new Set(Object.values(page.elements));
        for (const lang of ['be', 'ru'])
          assert.equal(
            files.some((f) => f === `/mes-components/mes-components-${lang}.js`),
            langs.has(lang),
            `the ${lang} file was ${langs.has(lang) ? 'not ' : ''}fetched (${files.join(', ')})`,
          );

        // Live: a menu of the structure opens.
        const nav = content[page.elements['mes-structure-nav']].structure.menus[0];
        const button = await tab.evaluateHandle(() =>
          document.querySelector('mes-structure-nav').shadowRoot.querySelector('button[aria-expanded]'),
        );
        assert.equal(await button.evaluate((b) => b.getAttribute('aria-expanded')), 'false', 'the menu starts closed');
        await button.click();
        await until(tab, `the menu "${nav.title}" to open`, () => {
          const panel = document.querySelector('mes-structure-nav').shadowRoot.querySelector('[part="panel"]');
          return panel?.checkVisibility() && panel.previousElementSibling?.getAttribute('aria-expanded') === 'true';
        });
        const opened = (await tab.evaluate(probe, ['mes-structure-nav']))['mes-structure-nav'].text;
        assert(
          opened.includes(nav.groups[0].items[0].name),
          `the open menu does not show "${nav.groups[0].items[0].name}"`,
        );

        // Live: the arrow keys move the focus in the month view.
        const from = await tab.evaluate(() => {
          const find = (root) => {
            const hit = root.querySelector('td[tabindex="0"]');
            if (hit) return hit;
            for (const e of root.querySelectorAll('*'))
              if (e.shadowRoot && find(e.shadowRoot)) return find(e.shadowRoot);
            return null;
          };
          const cell = find(document);
          cell.focus();
          return cell.dataset.date;
        });
        await tab.keyboard.press('ArrowRight');
        const [y, m, d] = from.split('-').map(Number);
        const to = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
        await until(
          tab,
          `ArrowRight to move the focus from ${from} to ${to}`,
          (date) => {
            let root = document;
            while (root.activeElement?.shadowRoot) root = root.activeElement.shadowRoot;
            return root.activeElement?.dataset?.date === date;
          },
          to,
        );

        const problems = [...log.errors, ...log.warnings.map((w) => `console.warn: ${w}`)];
        assert(problems.length === 0, problems.join('\n'));
      } finally {
        held.release();
        await navigation.catch(() => {});
        await close();
      }
    });
  }

  await test("without the recipe's pageLangPlugin, an element on the Belarusian page shows English", () => {
    const config = readFileSync(join(site, 'eleventy.config.js'), 'utf8');
    const without = config.replace(/^\s*eleventyConfig\.addPlugin\(pageLangPlugin\);\n/m, '');
    assert.notEqual(without, config, 'the recipe has no `eleventyConfig.addPlugin(pageLangPlugin);` line');
    writeFileSync(join(site, 'eleventy.plain.config.js'), without);
    eleventy('--config=eleventy.plain.config.js', '--output=_site-plain');
    const out = readFileSync(join(site, '_site-plain/be/index.html'), 'utf8');
    assert(out.includes(content.en.priorities.title), 'the English title is not shown');
    assert(!out.includes(content.be.priorities.title), 'the Belarusian title is shown');
    assert(out.includes(content.en.activities.title), 'the element under <section lang="ru"> does not show English');
  });
} finally {
  await browser.close();
  await server.close();
  if (keep) console.log(`kept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

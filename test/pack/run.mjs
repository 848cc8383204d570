#!/usr/bin/env node
/**
 * `npm run test:pack` (after `npm run build`): what a portal developer gets from the registry.
 *
 * Packs the package (`npm pack`), then, in throwaway folders outside the repo:
 * - a Vite app (plain JavaScript) installs the tarball, imports `mes-components`, one element entry, a JSON
 *   Schema and the manifest, type-checks a TypeScript file against the package's types (no React installed,
 *   `skipLibCheck` off), and builds;
 * - a React app installs the tarball with React and Preact, type-checks JSX (React 19 and Preact: right
 *   attribute types pass, wrong ones fail) and the wrappers of `mes-components/react`, and builds;
 * - a plain HTML page loads the CDN file with its Subresource Integrity hash under a strict CSP;
 * and checks in Chromium that the built pages show the elements, in each language, with their events.
 * One line a check (node's test runner, test/support/runner.mjs) and `N passed, N failed`; exits 1 when a check
 * fails. Needs the npm registry (for the apps' installs) and Debian's chromium (CHROME_PATH overrides
 * /usr/bin/chromium).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { launchChromium, openPage } from '../support/browser.mjs';
import { LANGS, ROOT as repo, TAGS } from '../support/elements.mjs';
import { check, counts, note } from '../support/runner.mjs';
import { startServer } from '../support/server.mjs';

const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const dev = pkg.devDependencies;
/** Preact is no dependency of the repo; the version the JSX types are checked against. */
const PREACT = '11.2.0';
const keep = process.argv.includes('--keep');

for (const file of [
  'dist/index.js',
  'dist/react/index.js',
  'dist/jsx.d.ts',
  'dist/schema/mes-priorities.json',
  'dist/cdn/mes-components.js.sri',
]) {
  if (!existsSync(join(repo, file))) {
    console.error(`test:pack: ${file} is missing; run \`npm run build\` first.`);
    process.exit(2);
  }
}

/** One check: passes when `ok`; else fails saying `detail`. */
const verify = (name, ok, detail = '') => check(name, () => (ok ? [] : [detail || 'not so']));
const section = (title) => note(`\n${title}`);

/** Runs a command; returns { ok, out } (stdout and stderr together). */
function run(cmd, args, cwd, { env = {} } = {}) {
  try {
    const out = execFileSync(cmd, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, npm_config_update_notifier: 'false', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, out };
  } catch (e) {
    return { ok: false, out: `${e.stdout ?? ''}${e.stderr ?? ''}`.trim() || String(e) };
  }
}
const tail = (s, n = 25) => s.split('\n').slice(-n).join('\n');

const work = mkdtempSync(join(tmpdir(), 'mes-pack-'));
const servers = [];
let browser;

try {
  /* ------------------------------------------------------------------------------------------------------ */
  await section('npm pack');
  const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], repo);
  await verify('npm pack writes a tarball', packed.ok, tail(packed.out));
  if (!packed.ok) throw new Error('npm pack failed');
  const info = JSON.parse(packed.out.slice(packed.out.indexOf('[')))[0];
  const tarball = join(work, info.filename);
  const files = new Set(info.files.map((f) => f.path));
  await note(
    `  ${info.filename}: ${info.entryCount} files, ${(info.size / 1024).toFixed(1)} KB packed, ${(info.unpackedSize / 1024).toFixed(1)} KB unpacked`,
  );
  const needed = [
    'package.json',
    'README.md',
    'custom-elements.json',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/jsx.d.ts',
    'dist/react/index.js',
    'dist/react/index.d.ts',
    'dist/cdn/mes-components.js',
    'dist/cdn/mes-components.js.sri',
    'dist/vscode.html-custom-data.json',
    'dist/web-types.json',
    'dist/components/mes-priorities.js',
    'dist/components/mes-priorities.d.ts',
    'dist/elements.js',
    ...TAGS.map((tag) => `dist/schema/${tag}.json`),
    ...['govuk', 'uswds', 'bootstrap'].flatMap((t) => [
      `dist/themes/${t}.css`,
      `dist/cdn/themes/${t}.css`,
      `dist/cdn/themes/${t}.css.sri`,
    ]),
  ];
  const missing = needed.filter((f) => !files.has(f));
  await verify(
    'the tarball has the entries, types, schemas, host adapters, manifest and editor data',
    missing.length === 0,
    `missing: ${missing.join(', ')}`,
  );
  const stray = [...files].filter((f) =>
    /^(src|test|stories|scripts|\.storybook|storybook-static|node_modules)\//.test(f),
  );
  await verify('the tarball has no sources, tests or stories', stray.length === 0, stray.slice(0, 10).join(', '));

  /* ------------------------------------------------------------------------------------------------------ */
  await section('a Vite app (plain JavaScript and TypeScript, no React)');
  const vanilla = join(work, 'vite-app');
  writeApp(vanilla, vanillaApp());
  let r = run('npm', ['install', tarball, `vite@${dev.vite}`, '--no-audit', '--no-fund', '--loglevel=error'], vanilla);
  await verify('npm install <tarball> vite', r.ok, tail(r.out));
  if (!r.ok) throw new Error('install failed');
  r = run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], vanilla);
  await verify('TypeScript: the package types check with skipLibCheck off and no React installed', r.ok, tail(r.out));
  r = run(join(vanilla, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], vanilla);
  await verify('vite build', r.ok, tail(r.out));

  /* ------------------------------------------------------------------------------------------------------ */
  await section('a React app (React 19, Preact types)');
  const reactApp = join(work, 'react-app');
  writeApp(reactApp, reactAppFiles());
  r = run(
    'npm',
    [
      'install',
      tarball,
      `vite@${dev.vite}`,
      `react@${dev.react}`,
      `react-dom@${dev['react-dom']}`,
      `@types/react@${dev['@types/react']}`,
      `@types/react-dom@${dev['@types/react-dom']}`,
      `preact@${PREACT}`,
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
    ],
    reactApp,
  );
  await verify('npm install <tarball> vite react react-dom @types/react preact', r.ok, tail(r.out));
  if (!r.ok) throw new Error('install failed');
  r = run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], reactApp);
  await verify(
    'TypeScript (React 19 JSX): <mes-priorities heading-level={3}> and the wrappers type-check; wrong types fail',
    r.ok,
    tail(r.out),
  );
  r = run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.preact.json'], reactApp);
  await verify(
    'TypeScript (Preact JSX): <mes-priorities heading-level={3}> type-checks; wrong types fail',
    r.ok,
    tail(r.out),
  );
  // The checks must be able to fail: a file with a wrong attribute type and no @ts-expect-error is refused.
  r = run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.wrong.json'], reactApp);
  await verify(
    'TypeScript refuses heading-level={true} (the typings are in force)',
    !r.ok && /heading-level/.test(r.out),
    tail(r.out),
  );
  r = run(join(reactApp, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], reactApp);
  await verify('vite build', r.ok, tail(r.out));

  /* ------------------------------------------------------------------------------------------------------ */
  await section('a plain HTML page with the CDN file');
  const cdnSite = join(work, 'cdn-site');
  mkdirSync(cdnSite, { recursive: true });
  cpSync(join(vanilla, 'node_modules/mes-components/dist/cdn'), join(cdnSite, 'cdn'), { recursive: true });
  const integrity = readFileSync(join(cdnSite, 'cdn/mes-components.js.sri'), 'utf8').trim();
  await verify('the .sri file holds a sha384 hash', /^sha384-[A-Za-z0-9+/]{64}$/.test(integrity), integrity);
  writeFileSync(join(cdnSite, 'index.html'), cdnPage(integrity));
  writeFileSync(join(cdnSite, 'tampered.html'), cdnPage(`sha384-${'A'.repeat(64)}`));

  /* ------------------------------------------------------------------------------------------------------ */
  await section('in Chromium');
  const expected = await expectedText(vanilla);
  const vanillaUrl = await serve(join(vanilla, 'dist'));
  const reactUrl = await serve(join(reactApp, 'dist'));
  const cdnUrl = await serve(cdnSite);
  browser = await launchChromium();

  // The Vite app: every element, three languages, the schema and manifest imports.
  let page = await open(`${vanillaUrl}/index.html`);
  for (const [id, text, level] of [
    ['priorities-en', expected.en.priorities, 'h2'],
    ['priorities-ru', expected.ru.priorities, 'h3'],
    ['priorities-be', expected.be.priorities, 'h2'],
    ['activities', expected.ru.activities, 'h2'],
    ['strategy', expected.be.strategy, 'h2'],
    ['holidays', expected.en.holidays, 'h2'],
    ['structure', expected.ru.structure, 'h2'],
    ['composite', expected.be.composite, 'h2'],
  ]) {
    const h = await heading(page, `#${id}`);
    await verify(
      `Vite app: #${id} shows “${text}” in an ${level}`,
      h?.text === text && h?.tag === level,
      JSON.stringify(h),
    );
  }
  const sectionsShown = await page.evaluate(
    () =>
      [
        ...(document.querySelector('#composite')?.shadowRoot?.querySelectorAll('mes-priorities, mes-strategy-goals') ??
          []),
      ].length,
  );
  await verify('Vite app: the composite shows its sections', sectionsShown === 2, `sections: ${sectionsShown}`);
  await verify(
    'Vite app: `import schema from "mes-components/schema/mes-priorities.json"` and the manifest resolve',
    (await text(page, '#imports')) === `<mes-priorities> content; ${TAGS.length} elements`,
    await text(page, '#imports'),
  );
  await done(page);

  page = await open(`${vanillaUrl}/single.html`);
  const single = await heading(page, '#single');
  await verify(
    `Vite app, one element entry: <mes-strategy-goals lang="be"> shows “${expected.be.strategy}”`,
    single?.text === expected.be.strategy,
    JSON.stringify(single),
  );
  const others = await page.evaluate(
    (tags) => tags.filter((t) => customElements.get(t)),
    TAGS.filter((t) => t !== 'mes-strategy-goals'),
  );
  await verify(
    'Vite app, one element entry: the other elements are not in that page’s bundle',
    others.length === 0,
    others.join(', '),
  );
  await done(page);

  // The React app: wrappers, JSX intrinsic elements, events, the content property.
  page = await open(`${reactUrl}/index.html`);
  let h = await heading(page, '#wrapped');
  await verify(
    `React: <MesPriorities lang="ru" headingLevel={3}> shows “${expected.ru.priorities}” in an h3`,
    h?.text === expected.ru.priorities && h?.tag === 'h3',
    JSON.stringify(h),
  );
  h = await heading(page, '#intrinsic');
  await verify(
    `React: <mes-strategy-goals lang="be" heading-level={4}> shows “${expected.be.strategy}” in an h4`,
    h?.text === expected.be.strategy && h?.tag === 'h4',
    JSON.stringify(h),
  );
  h = await heading(page, '#intrinsic-content');
  await verify(
    'React: <mes-priorities content={{…}}> sets the content property',
    h?.text === 'Set from JSX',
    JSON.stringify(h),
  );
  h = await heading(page, '#wrapped-content');
  await verify(
    'React: <MesInternationalCooperation content={{…}}> sets the content property',
    h?.text === 'Cooperation with partners',
    JSON.stringify(h),
  );
  await verify(
    'React: onContentError of a wrapper receives the problems of a broken src',
    await waitText(page, '#wrapper-errors', /^problems: 1$/),
    await text(page, '#wrapper-errors'),
  );
  await verify(
    'React: onmes-content-error on an intrinsic element is an event listener',
    await waitText(page, '#intrinsic-errors', /^errors: 1$/),
    await text(page, '#intrinsic-errors'),
  );
  await page.evaluate(() =>
    document.querySelector('#nav')?.shadowRoot?.querySelector('button[aria-expanded]')?.click(),
  );
  await verify(
    'React: onMenuToggle of <MesStructureNav> receives the menu opened by a click',
    await waitText(page, '#menu', /^menu .+ open$/),
    await text(page, '#menu'),
  );
  await done(page);

  // The CDN page: Subresource Integrity, strict CSP, the Russian chunk loaded on demand.
  page = await open(`${cdnUrl}/index.html`);
  h = await heading(page, '#cdn-ru');
  await verify(
    `CDN: with integrity= and a strict CSP, <mes-priorities lang="ru"> shows “${expected.ru.priorities}”`,
    h?.text === expected.ru.priorities,
    JSON.stringify(h),
  );
  h = await heading(page, '#cdn-be');
  await verify(
    `CDN: the page language (be) applies: “${expected.be.holidays}”`,
    h?.text === expected.be.holidays,
    JSON.stringify(h),
  );
  await done(page);
  page = await open(`${cdnUrl}/tampered.html`, { quiet: true });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  const definedDespiteWrongHash = await page.evaluate(() => Boolean(customElements.get('mes-priorities')));
  await verify('CDN: a wrong integrity hash blocks the script (the attribute is in force)', !definedDespiteWrongHash);
  await done(page);
} catch (e) {
  await verify('the run finished', false, e?.stack ?? String(e));
} finally {
  await browser?.close();
  for (const s of servers) await s.close();
  if (keep) await note(`\nkept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
if (counts.passed === 0) await verify('a check passed', false, 'no check passed');

/* -------------------------------------------------------------------------------------------------------- */

function writeApp(dir, files) {
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), typeof body === 'string' ? body : `${JSON.stringify(body, null, 2)}\n`);
  }
}

/** The headings each element shows, read from the installed package's built-in content. */
async function expectedText(app) {
  const lib = await import(pathToFileURL(join(app, 'node_modules/mes-components/dist/index.js')).href);
  const out = {};
  for (const lang of LANGS) {
    const c = await lib.loadContent(lang);
    out[lang] = {
      priorities: c.priorities.title,
      activities: c.activities.title,
      strategy: c.strategy.title,
      holidays: c.holidays.title,
      structure: c.structure.title,
      composite: c.ui.page.internationalCooperation,
    };
  }
  return out;
}

/** Serves a folder on 127.0.0.1 (a random port); 404 for anything else. */
async function serve(root) {
  const server = await startServer({ routes: { '/': root }, index: 'index.html' });
  servers.push(server);
  return server.origin;
}

/** Opens a page in its own browser context; prints its uncaught errors unless `quiet`. Close it with `done(page)`. */
async function open(url, { quiet = false } = {}) {
  const { page } = await openPage(browser, url, {
    beforeLoad: (p) => {
      if (!quiet) p.on('pageerror', (e) => console.log(`      page error: ${e.message}`));
    },
  });
  return page;
}

function done(page) {
  return page.browserContext().close();
}

/** The top heading an element renders in its shadow root, once it has rendered: { tag, text }. */
async function heading(page, selector) {
  try {
    const handle = await page.waitForFunction(
      (sel) => {
        const h = document.querySelector(sel)?.shadowRoot?.querySelector('[part~="heading"]');
        return h && h.textContent.trim() ? { tag: h.localName, text: h.textContent.trim() } : false;
      },
      { timeout: 30000, polling: 100 },
      selector,
    );
    return await handle.jsonValue();
  } catch {
    return null;
  }
}

async function text(page, selector) {
  return page.evaluate((sel) => document.querySelector(sel)?.textContent?.trim() ?? null, selector);
}

async function waitText(page, selector, pattern) {
  try {
    await page.waitForFunction(
      (sel, src) => new RegExp(src).test(document.querySelector(sel)?.textContent?.trim() ?? ''),
      { timeout: 30000, polling: 100 },
      selector,
      pattern.source,
    );
    return true;
  } catch {
    return false;
  }
}

/* -------------------------------------------------------------------------------------------------------- */
/* The apps, as a new user would write them from the README                                                 */
/* -------------------------------------------------------------------------------------------------------- */

function vanillaApp() {
  return {
    'package.json': { name: 'vite-app', private: true, type: 'module' },
    'vite.config.js': `import { defineConfig } from 'vite';
export default defineConfig({ build: { rollupOptions: { input: ['index.html', 'single.html'] } } });
`,
    'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Vite app</title><script type="module" src="/main.js"></script></head>
  <body>
    <mes-priorities id="priorities-en"></mes-priorities>
    <mes-priorities id="priorities-ru" lang="ru" heading-level="3"></mes-priorities>
    <div lang="be"><mes-priorities id="priorities-be"></mes-priorities></div>
    <mes-cooperation-activities id="activities" lang="ru"></mes-cooperation-activities>
    <mes-strategy-goals id="strategy" lang="be" today="2026-01-15"></mes-strategy-goals>
    <mes-holiday-calendar id="holidays" today="2026-01-15"></mes-holiday-calendar>
    <mes-structure-nav id="structure" lang="ru-BY"></mes-structure-nav>
    <mes-international-cooperation id="composite" lang="be" today="2026-01-15"></mes-international-cooperation>
    <p id="imports"></p>
  </body>
</html>
`,
    'main.js': `import 'mes-components';
import schema from 'mes-components/schema/mes-priorities.json';
import manifest from 'mes-components/custom-elements.json';

const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
document.querySelector('#imports').textContent = \`\${schema.oneOf[0].title}; \${tags.length} elements\`;
`,
    'single.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>One element</title><script type="module" src="/single.js"></script></head>
  <body><mes-strategy-goals id="single" lang="be" heading-level="2" today="2026-01-15"></mes-strategy-goals></body>
</html>
`,
    'single.js': `import 'mes-components/components/mes-strategy-goals.js';
`,
    'tsconfig.json': {
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['types.ts'],
    },
    'types.ts': `import { MesPriorities, loadContent, type ContentErrorDetail, type Content } from 'mes-components';
import { MesHolidayCalendar } from 'mes-components/components/mes-holiday-calendar.js';
import type { MesStrategyGoals } from 'mes-components/cdn/mes-components.js';

// HTMLElementTagNameMap: createElement and querySelector know each tag's class.
const p: MesPriorities = document.createElement('mes-priorities');
p.headingLevel = 3;
p.content = { title: 'Partner title' };
const calendar: MesHolidayCalendar | null = document.querySelector('mes-holiday-calendar');
calendar?.addEventListener('mes-content-error', (e) => {
  const detail = (e as CustomEvent<ContentErrorDetail>).detail;
  console.log(detail.problems.join('\\n'));
});
const goals: MesStrategyGoals | null = document.querySelector('mes-strategy-goals');
export const ru: Promise<Content> = loadContent('ru');
export { goals };
`,
  };
}

function reactAppFiles() {
  const tsconfig = (files, extra = {}) => ({
    compilerOptions: {
      strict: true,
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      jsx: 'react-jsx',
      noEmit: true,
      skipLibCheck: false,
      types: [],
      ...extra,
    },
    files,
  });
  return {
    'package.json': { name: 'react-app', private: true, type: 'module' },
    'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>React app</title><script type="module" src="/main.jsx"></script></head>
  <body><div id="root"></div></body>
</html>
`,
    'main.jsx': `import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MesInternationalCooperation, MesPriorities, MesStructureNav } from 'mes-components/react';

function App() {
  const [problems, setProblems] = useState(null);
  const [errors, setErrors] = useState(0);
  const [menu, setMenu] = useState('');
  return (
    <main>
      <MesPriorities id="wrapped" lang="ru" headingLevel={3} />
      <MesPriorities id="wrapped-broken" src="/missing.json" onContentError={(e) => setProblems(e.detail.problems.length)} />
      <p id="wrapper-errors">{problems === null ? 'waiting' : \`problems: \${problems}\`}</p>
      <mes-strategy-goals id="intrinsic" lang="be" heading-level={4} today="2026-01-15"></mes-strategy-goals>
      <mes-priorities id="intrinsic-content" content={{ title: 'Set from JSX' }}></mes-priorities>
      <mes-cooperation-activities id="intrinsic-broken" src="/missing.json" onmes-content-error={() => setErrors((n) => n + 1)}></mes-cooperation-activities>
      <p id="intrinsic-errors">{\`errors: \${errors}\`}</p>
      <MesStructureNav id="nav" onMenuToggle={(e) => setMenu(\`menu \${e.detail.menu} \${e.detail.open ? 'open' : 'closed'}\`)} />
      <p id="menu">{menu}</p>
      <MesInternationalCooperation id="wrapped-content" headingLevel={2} content={{ title: 'Cooperation with partners' }} today="2026-01-15" />
    </main>
  );
}

createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);
`,
    'tsconfig.json': tsconfig(['types.tsx']),
    'types.tsx': `import 'mes-components';
import { MesHolidayCalendar, MesPriorities, MesStructureNav } from 'mes-components/react';
import { useRef } from 'react';

export function Right() {
  const ref = useRef<HTMLElementTagNameMap['mes-priorities']>(null);
  return (
    <>
      <mes-priorities heading-level={3} lang="ru" />
      <mes-priorities heading-level="4" src="/content/priorities.json" className="partner" />
      <mes-holiday-calendar today="2026-03-01" time-zone="Europe/Minsk" onmes-holiday-select={(e) => e.detail.date} />
      <mes-structure-nav open="central" onmes-menu-toggle={(e) => e.detail.open} />
      <mes-strategy-goals content={{ title: 'Any shape: checked at run time and by the JSON Schema' }} />
      <MesPriorities ref={ref} headingLevel={2} lang="be" onContentError={(e) => e.detail.problems.join('; ')} />
      <MesHolidayCalendar today="2026-03-01" onHolidaySelect={(e) => e.detail.date} />
      <MesStructureNav onMenuToggle={(e) => e.detail.menu} />
    </>
  );
}

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error -- heading-level is a number or text */}
      <mes-priorities heading-level={true} />
      {/* @ts-expect-error -- today is text (YYYY-MM-DD) */}
      <mes-holiday-calendar today={20260301} />
      {/* @ts-expect-error -- the event's detail has no such field */}
      <mes-priorities onmes-content-error={(e) => e.detail.nope} />
      {/* @ts-expect-error -- headingLevel is a number or text */}
      <MesPriorities headingLevel={[3]} />
      {/* @ts-expect-error -- the detail of mes-holiday-select has no such field */}
      <MesHolidayCalendar onHolidaySelect={(e) => e.detail.nope} />
    </>
  );
}
`,
    'tsconfig.preact.json': tsconfig(['preact.tsx'], { jsxImportSource: 'preact' }),
    'preact.tsx': `import 'mes-components';

export function Right() {
  return (
    <div>
      <mes-priorities heading-level={3} lang="be" />
      <mes-holiday-calendar today="2026-03-01" onmes-holiday-select={(e) => e.detail.date} />
      <mes-strategy-goals content={{ title: 'Partner title' }} />
    </div>
  );
}

export function Wrong() {
  return (
    <div>
      {/* @ts-expect-error -- heading-level is a number or text */}
      <mes-priorities heading-level={true} />
      {/* @ts-expect-error -- today is text (YYYY-MM-DD) */}
      <mes-holiday-calendar today={20260301} />
    </div>
  );
}
`,
    'tsconfig.wrong.json': tsconfig(['wrong.tsx']),
    'wrong.tsx': `import 'mes-components';
export const wrong = <mes-priorities heading-level={true} />;
`,
  };
}

function cdnPage(integrity) {
  return `<!doctype html>
<html lang="be">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" />
    <title>CDN</title>
    <script type="module" src="./cdn/mes-components.js" integrity="${integrity}" crossorigin="anonymous"></script>
  </head>
  <body>
    <mes-priorities id="cdn-ru" lang="ru"></mes-priorities>
    <mes-holiday-calendar id="cdn-be" today="2026-01-15"></mes-holiday-calendar>
  </body>
</html>
`;
}

/**
 * What the integration run serves besides files: the host pages (templates filled in per request), JSON for `src`
 * that misbehaves on purpose, and a copy of the CDN build under another version. The server itself is
 * test/support/server.mjs.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { safeJoin } from '../support/server.mjs';

/** The strict policy of the CSP page (what the README tells a portal to send). */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html mes-components',
].join('; ');

/** Strings that content must show as text and never run. */
export const HOSTILE = {
  markup: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold?</b>',
  rtl: 'وزارة الطوارئ — משרד החירום',
  emoji: 'Rescuers 🚒🧯👩‍🚒 🇧🇾',
  long: 'Ministry'.repeat(1250), // 10,000 characters without a space
};

/** A JSON body for every element: replaces its title (every element's content has `title`). */
function titleJson(title) {
  return JSON.stringify({ title });
}

/** 10,000 entries where each element takes a list (a list of strings unless said otherwise). */
function hugeJson(tag) {
  const n = 10_000;
  const strings = Array.from({ length: n }, (_, i) => `Item ${i + 1}`);
  switch (tag) {
    case 'mes-holiday-calendar':
      return JSON.stringify({
        items: strings.map((name, i) => ({ id: `h${i}`, month: (i % 12) + 1, day: (i % 28) + 1, name })),
      });
    case 'mes-structure-nav':
      return JSON.stringify({
        menus: [{ id: 'big', title: 'Big', groups: [{ title: 'Units', items: strings.map((name) => ({ name })) }] }],
      });
    case 'mes-international-cooperation':
      return JSON.stringify({ priorities: { items: strings } });
    default:
      return JSON.stringify({ items: strings });
  }
}

/**
 * The route of `/data/`: content for `src`, well-behaved and not. Returns `{ route, gate }`: `gate(id)` gives
 * control over `/data/gate/<id>.json`, whose answer is held until `release()` (`state`: idle, waiting, aborted
 * when the browser gave up the request, sent; `requested`: a promise of the request).
 */
export function dataRoute() {
  const gates = new Map();

  function gate(id) {
    if (!gates.has(id)) {
      let release;
      const released = new Promise((r) => (release = r));
      const g = { state: 'idle', release, released, requested: null };
      g.requested = new Promise((r) => (g.onRequest = r));
      gates.set(id, g);
    }
    return gates.get(id);
  }

  async function route(_req, res, { url, path, send }) {
    const json = (body) => send(200, body, 'application/json; charset=utf-8');
    const name = path.slice('/data/'.length);
    if (name === 'ok.json') return json(titleJson(url.searchParams.get('title') ?? 'Partner title'));
    if (name === '404.json') return send(404, 'Not found');
    if (name === 'malformed.json') return json('{"title": "Unfinished",');
    if (name === 'wrong-shape.json') return json('[1, 2, 3]');
    if (name.startsWith('huge/')) return json(hugeJson(name.slice(5).replace(/\.json$/, '')));
    if (name === 'slow.json') {
      await sleep(Number(url.searchParams.get('ms') ?? 5000));
      return json(titleJson(url.searchParams.get('title') ?? 'Slow title'));
    }
    if (name === 'hostile.json') return json(JSON.stringify({ title: HOSTILE.markup }));
    if (name.startsWith('gate/')) {
      const g = gate(name.slice(5).replace(/\.json$/, ''));
      g.state = 'waiting';
      res.on('close', () => {
        if (g.state === 'waiting') g.state = 'aborted';
      });
      g.onRequest();
      await g.released;
      if (g.state === 'aborted') return undefined;
      g.state = 'sent';
      return json(titleJson(url.searchParams.get('title') ?? 'Late title'));
    }
    return send(404, 'Not found');
  }

  /** Lets every held answer go (before the server closes). */
  const releaseAll = () => {
    for (const g of gates.values()) g.release();
  };
  return { route, gate, releaseAll };
}

/**
 * The route of `/pages/`: the host pages of `pagesDir`, `*.html` filled in (see `fillPage`), the CSP pages with
 * their policy (`?csp=` replaces the strict one); other files as they are.
 */
export function pagesRoute({ pagesDir, staticDir, tags }) {
  return (_req, _res, { url, path, send, sendFile }) => {
    const file = path.slice('/pages/'.length);
    if (!file.endsWith('.html')) {
      const full = safeJoin(pagesDir, file);
      return full && existsSync(full) ? sendFile(full) : send(404, 'Not found');
    }
    const html = fillPage({ pagesDir, staticDir, tags }, file, url.searchParams);
    if (html === null) return send(404, 'Not found');
    const headers = file.startsWith('csp')
      ? { 'content-security-policy': url.searchParams.get('csp') ?? STRICT_CSP }
      : {};
    return send(200, html, 'text/html; charset=utf-8', headers);
  };
}

/**
 * Fills a page template: `lang`, the library's URL (`cdn`, `none` for no library), a second copy (`cdn2`),
 * `elements=0` for no element, `static=1` for the prerendered HTML of every element (dist/static/, in `tags`' order)
 * instead of the elements of `_elements.html`, `theme=<name>` for a host adapter (`/themes/<name>.css`, linked where
 * the page says `{{theme}}`: after the host's stylesheet).
 */
function fillPage({ pagesDir, staticDir, tags }, file, params) {
  const path = safeJoin(pagesDir, file);
  if (!path || !existsSync(path) || file.startsWith('_')) return null;
  const lang = params.get('lang') ?? 'en';
  const cdn = params.get('cdn') ?? '/cdn/mes-components.js';
  const cdn2 = params.get('cdn2');
  const theme = params.get('theme');
  if (theme && !/^[a-z]+$/.test(theme)) return null;
  const scripts = [
    params.get('cdn') === 'none' ? '' : `<script type="module" src="${cdn}"></script>`,
    cdn2 ? `<script type="module" src="${cdn2}"></script>` : '',
  ].join('\n    ');
  const elements =
    params.get('elements') === '0'
      ? ''
      : params.get('static')
        ? tags.map((tag) => readFileSync(join(staticDir, `${tag}.${lang}.html`), 'utf8')).join('\n')
        : readFileSync(join(pagesDir, '_elements.html'), 'utf8').trim();
  return readFileSync(path, 'utf8')
    .replaceAll('{{lang}}', lang)
    .replaceAll('{{cdn}}', cdn)
    .replaceAll('{{cdn2}}', cdn2 ? `<script type="module" src="${cdn2}"></script>` : '')
    .replaceAll('{{scripts}}', scripts)
    .replaceAll('{{theme}}', theme ? `<link rel="stylesheet" href="/themes/${theme}.css" />` : '')
    .replaceAll('{{elements}}', elements);
}

/**
 * A copy of dist/cdn in a new temporary folder whose entry names another version (`"two versions on one page"`).
 * Returns the folder, or throws when the entry does not hold `version`.
 */
export function otherBuild(cdnDir, version, otherVersion) {
  const dir = mkdtempSync(join(tmpdir(), 'mes-cdn-other-'));
  cpSync(cdnDir, dir, { recursive: true });
  const entry = join(dir, 'mes-components.js');
  const source = readFileSync(entry, 'utf8');
  const quoted = new RegExp(`(["'\`])${version.replace(/\./g, '\\.')}\\1`, 'g');
  const renamed = source.replace(quoted, (_m, q) => `${q}${otherVersion}${q}`);
  if (renamed === source)
    throw new Error(`the version string "${version}" was not found in dist/cdn/mes-components.js.`);
  writeFileSync(entry, renamed);
  return dir;
}

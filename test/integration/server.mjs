/**
 * The tiny HTTP server of the integration run (node:http, 127.0.0.1 only): the built CDN bundle, the host
 * pages, the design systems' stylesheets from node_modules, and JSON endpoints that misbehave on purpose.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

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

/** 10,000 entries where each element takes a list. */
function hugeJson(tag) {
  const n = 10_000;
  const strings = Array.from({ length: n }, (_, i) => `Item ${i + 1}`);
  switch (tag) {
    case 'mes-holiday-calendar':
      return JSON.stringify({ items: strings.map((name, i) => ({ id: `h${i}`, month: (i % 12) + 1, day: (i % 28) + 1, name })) });
    case 'mes-structure-nav':
      return JSON.stringify({
        menus: [{ id: 'big', title: 'Big', groups: [{ title: 'Units', items: strings.map((name) => ({ name })) }] }],
      });
    case 'mes-strategy-goals':
    case 'mes-priorities':
    case 'mes-cooperation-activities':
      return JSON.stringify({ items: strings });
    case 'mes-international-cooperation':
      return JSON.stringify({ priorities: { items: strings } });
    default:
      return JSON.stringify({ items: strings });
  }
}

/**
 * Starts the server. `routes` maps a URL prefix to a folder. Returns `{ origin, close, gate, requests }`:
 * `gate(id)` gives control over `/data/gate/<id>.json`, whose answer is held until `release()`.
 */
export async function startServer({ routes, pagesDir, templates }) {
  const gates = new Map();
  const requests = [];

  function gateOf(id) {
    if (!gates.has(id)) {
      let release;
      const released = new Promise((r) => (release = r));
      gates.set(id, { state: 'idle', release, released, requested: null });
      const g = gates.get(id);
      g.requested = new Promise((r) => (g.onRequest = r));
    }
    return gates.get(id);
  }

  function send(res, status, body, type = 'application/json; charset=utf-8', headers = {}) {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    res.end(body);
  }

  function serveFile(res, file, headers = {}) {
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    createReadStream(file).pipe(res);
  }

  async function handle(req, res) {
    const url = new URL(req.url, 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    requests.push(path + url.search);

    if (path === '/favicon.ico') return send(res, 204, '');

    // Misbehaving (and well-behaved) content for `src`.
    if (path.startsWith('/data/')) {
      const name = path.slice('/data/'.length);
      if (name === 'ok.json') return send(res, 200, titleJson(url.searchParams.get('title') ?? 'Partner title'));
      if (name === '404.json') return send(res, 404, 'Not found', 'text/plain');
      if (name === 'malformed.json') return send(res, 200, '{"title": "Unfinished",');
      if (name === 'wrong-shape.json') return send(res, 200, '[1, 2, 3]');
      if (name.startsWith('huge/')) return send(res, 200, hugeJson(name.slice(5).replace(/\.json$/, '')));
      if (name === 'slow.json') {
        const ms = Number(url.searchParams.get('ms') ?? 5000);
        await sleep(ms);
        return send(res, 200, titleJson(url.searchParams.get('title') ?? 'Slow title'));
      }
      if (name === 'hostile.json') return send(res, 200, JSON.stringify({ title: HOSTILE.markup }));
      if (name.startsWith('gate/')) {
        const g = gateOf(name.slice(5).replace(/\.json$/, ''));
        g.state = 'waiting';
        res.on('close', () => {
          if (g.state === 'waiting') g.state = 'aborted';
        });
        g.onRequest();
        await g.released;
        if (g.state === 'aborted') return undefined;
        g.state = 'sent';
        return send(res, 200, titleJson(url.searchParams.get('title') ?? 'Late title'));
      }
      return send(res, 404, 'Not found', 'text/plain');
    }

    // Host pages: templates with {{lang}} and the shared blocks filled in.
    if (path.startsWith('/pages/')) {
      const file = path.slice('/pages/'.length);
      if (file.endsWith('.html')) {
        const html = templates(file, url.searchParams);
        if (html === null) return send(res, 404, 'Not found', 'text/plain');
        const headers = file.startsWith('csp') ? { 'content-security-policy': url.searchParams.get('csp') ?? STRICT_CSP } : {};
        return send(res, 200, html, TYPES['.html'], headers);
      }
      const full = safeJoin(pagesDir, file);
      if (full && existsSync(full) && statSync(full).isFile()) return serveFile(res, full);
      return send(res, 404, 'Not found', 'text/plain');
    }

    for (const [prefix, dir] of Object.entries(routes)) {
      if (!path.startsWith(prefix)) continue;
      const full = safeJoin(dir, path.slice(prefix.length));
      if (full && existsSync(full) && statSync(full).isFile()) return serveFile(res, full);
      return send(res, 404, 'Not found', 'text/plain');
    }
    return send(res, 404, 'Not found', 'text/plain');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (!res.headersSent) send(res, 500, String(e), 'text/plain');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    gate: gateOf,
    close: () =>
      new Promise((resolve) => {
        for (const g of gates.values()) g.release();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** `dir` joined with a URL path, or `null` when the path tries to leave `dir`. */
function safeJoin(dir, rel) {
  const full = normalize(join(dir, rel));
  return full === dir || full.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? full : null;
}

/** Reads a text file. */
export function readText(file) {
  return readFileSync(file, 'utf8');
}

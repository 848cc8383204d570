/**
 * The small HTTP server of the Node-side browser suites and the bench (node:http, 127.0.0.1 only, a free port).
 *
 * `routes` maps a URL prefix to a folder (its files are served; anything else under the prefix is a 404) or to a
 * handler `(req, res, request) => …` that answers itself or returns `false` to let the next route try; an object, or
 * a list of `[prefix, target]` pairs. The first prefix that matches wins, in the order given. `/favicon.ico` is
 * answered with 204 (the browser's own request) unless a route serves it.
 *
 * Options for what the suites need: `gzip` (compress every answer the browser accepts compressed, as portals'
 * servers do), `cache` (the `cache-control` header), `headers(url)` (headers for every answer, e.g. a CSP),
 * `hold(path)` (a promise that holds a file back until the test lets it through) and `index` (the file served for
 * a path that ends in `/`).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** The content type of a file, by its extension. */
export const typeOf = (file) => TYPES[extname(file)] ?? 'application/octet-stream';

/** `dir` joined with a URL path, or `null` when the path tries to leave `dir`. */
export function safeJoin(dir, rel) {
  const full = normalize(join(dir, rel));
  return full === dir || full.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? full : null;
}

/**
 * Starts a server. Returns `{ origin, requests, close }`: `requests` lists every path (with its query) asked for;
 * `close()` ends open connections too.
 *
 * A handler gets `request = { url, path, send, sendFile }`: `url` a URL, `path` its decoded pathname,
 * `send(status, body, type?, headers?)` and `sendFile(file, headers?)` answer with the server's options applied.
 *
 * @param {{
 *   routes?: Record<string, string | Function> | [string, string | Function][],
 *   gzip?: boolean,
 *   cache?: string,
 *   headers?: (url: URL) => Record<string, string> | undefined,
 *   hold?: (path: string) => Promise<unknown> | undefined,
 *   index?: string,
 * }} options
 */
export async function startServer({
  routes = {},
  gzip = false,
  cache = 'no-store',
  headers = () => ({}),
  hold = () => undefined,
  index,
} = {}) {
  const requests = [];
  const table = (Array.isArray(routes) ? routes : Object.entries(routes)).map(([prefix, target]) => [
    prefix,
    typeof target === 'string' ? resolve(target) : target,
  ]);

  async function handle(req, res) {
    const url = new URL(req.url, 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    requests.push(path + url.search);
    const compress = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');

    const send = (status, body, type = 'text/plain; charset=utf-8', extra = {}) => {
      const common = {
        'content-type': type,
        'cache-control': cache,
        ...(gzip && status === 200 ? { vary: 'accept-encoding' } : {}),
        ...headers(url),
        ...extra,
      };
      if (compress && status === 200) {
        res.writeHead(status, { ...common, 'content-encoding': 'gzip' });
        res.end(gzipSync(body));
      } else {
        res.writeHead(status, common);
        res.end(body);
      }
    };
    const sendFile = async (file, extra = {}) => {
      const held = hold(path);
      if (held) await held;
      send(200, readFileSync(file), typeOf(file), extra);
    };
    const request = { url, path, send, sendFile };

    for (const [prefix, target] of table) {
      if (!path.startsWith(prefix)) continue;
      if (typeof target === 'function') {
        if ((await target(req, res, request)) === false) continue;
        return;
      }
      let file = safeJoin(target, path.slice(prefix.length));
      if (file && index && path.endsWith('/')) file = join(file, index);
      if (file && existsSync(file) && statSync(file).isFile()) return sendFile(file);
      return send(404, 'Not found');
    }
    if (path === '/favicon.ico') return send(204, '');
    return send(404, 'Not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(String(e?.stack ?? e));
      }
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

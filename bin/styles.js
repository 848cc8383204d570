/**
 * The styles of the static HTML (bin/render.js): each declarative shadow root that @lit-labs/ssr writes opens with
 * one `<style>` that holds the whole CSS of its element (the shared base styles and the element's own). A page with
 * many instances repeats it in each; with `stylesHref` (`mes-components render --styles-href <url>`) each shadow root
 * links the same CSS as a file instead, which the browser fetches once and caches.
 *
 * Chromium paints nothing of the element (nor what follows it) until the file has loaded; Firefox and Safari do not
 * wait for a stylesheet of a shadow root. So that they never paint the element unstyled, each shadow root opens with a
 * small constant `<style>`, the guard (`STYLE_GUARD`), that hides its host until the file's own `:host` rule shows it
 * again; should the file never come, the guard shows the element after 3 seconds anyway (unstyled, but never a
 * blank). The element then appears when its file arrives, and in those browsers what follows it moves down, once per
 * style file. The guard applies only until the library's script defines the element, and never to a `hidden` one.
 *
 * The files are named by their content (`mes-<hash>.css`): elements with the same CSS share one file, and a file's
 * name changes whenever its CSS does, so a server may cache it for good. `npm run build` writes every file to
 * dist/static/styles/ (scripts/prerender.mjs).
 *
 * Plain string work, no DOM: scripts/size.mjs uses it too.
 */
import { createHash } from 'node:crypto';
import { STYLE_FILE_END, STYLE_GUARD, styleFile } from './styles-guard.js';

export { STYLE_FILE_END, STYLE_GUARD, styleFile };

/**
 * The opening of a shadow root and its `<style>` as bin/render.js writes them. Only this: a `<style>` anywhere else
 * is not the renderer's (the text and attribute values of the static HTML cannot hold `<`: it is written `&lt;`).
 * The CSS runs to the first `</style>`, as HTML reads it.
 */
const SHADOW_STYLE = /(<template shadowrootmode="(?:open|closed)"[^>]*>)<style>([\s\S]*?)<\/style>/g;

/** The CSS of every shadow root's `<style>` in `html`, in document order. */
export function shadowStyles(html) {
  return [...html.matchAll(SHADOW_STYLE)].map((m) => m[2]);
}

/**
 * The name of the file that holds `css`: `mes-` and the first 12 hex digits of the SHA-256 of the whole file
 * (`styleFile(css)`: the CSS and the rule that ends the guard), so that a change to either gives a new name.
 */
export function styleFileName(css) {
  return `mes-${createHash('sha256').update(styleFile(css)).digest('hex').slice(0, 12)}.css`;
}

/** The CSP hash source (`'sha256-…'`) that allows an inline `<style>` with `css`. */
export function styleHashSource(css) {
  return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
}

/**
 * Checks the URL of the folder of the style files given to `--styles-href`: an absolute `http(s):` URL, a path
 * from the site's root (`/assets/mes/`) or a relative one (`styles/`), without whitespace, quotes, `<`, `>`,
 * a query or a fragment. Returns it with one `/` at its end; throws an `Error` that says what is wrong.
 * @param {unknown} href
 * @returns {string}
 */
export function checkStylesHref(href) {
  const s = String(href);
  if (s === '') throw new Error('--styles-href is empty; give the URL of the folder of the style files');
  if (/[\s"'<>`\\]/.test(s) || [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
    throw new Error(`--styles-href "${s}" holds whitespace, a control character, a quote, a backslash, < or >`);
  }
  if (/[?#]/.test(s)) throw new Error(`--styles-href "${s}" has a query or fragment; give the folder's URL alone`);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(s)?.[1];
  if (scheme && !/^https?$/i.test(scheme)) {
    throw new Error(`--styles-href "${s}" is a ${scheme}: URL; give an http(s) URL or a path`);
  }
  if (scheme && !/^https?:\/\/[^/]+/i.test(s)) throw new Error(`--styles-href "${s}" has no host`);
  return s.endsWith('/') ? s : `${s}/`;
}

/** Text escaped for a double-quoted attribute value. */
const attribute = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * `html` with each shadow root's `<style>` replaced by the guard (`STYLE_GUARD`) and a `<link rel="stylesheet">` to
 * the file that holds the same CSS, in the folder `href` (checked with `checkStylesHref`).
 * @param {string} html
 * @param {string} href
 * @returns {string}
 */
export function linkStyles(html, href) {
  const folder = checkStylesHref(href);
  return html.replace(
    SHADOW_STYLE,
    (_, template, css) =>
      `${template}<style>${STYLE_GUARD}</style><link rel="stylesheet" href="${attribute(folder + styleFileName(css))}">`,
  );
}

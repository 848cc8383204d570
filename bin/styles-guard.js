/**
 * The guard of static HTML made with `mes-components render --styles-href` (bin/styles.js): what each shadow root
 * holds before the link to its style file, and what each style file adds. Plain constants, no Node module: the
 * browser tests import them too.
 */

/**
 * The guard that opens each shadow root of static HTML made with `stylesHref`: until its style file (which comes after
 * it) has loaded, the host is a block of no height, its content hidden and clipped; the file's last rule
 * (`STYLE_FILE_END`, of the same selector, later) undoes all of it. Without the file, an animation shows the content
 * after 3 s (an animation, because `display: none` would stop it). It applies only while the element is not defined
 * (once the library's script has defined it, the element's own styles are adopted and the guard stands aside, its
 * animation with it) and never to a `hidden` element. A strict CSP needs its one hash
 * (`dist/static/csp-style-src.txt` lists it); blocked, the guard does nothing, as if it were not there.
 */
export const STYLE_GUARD =
  ':host(:not(:defined,[hidden])){display:block;visibility:hidden;height:0;overflow:hidden;' +
  'animation:mes-style-file 0s 3s forwards}' +
  '@keyframes mes-style-file{to{visibility:inherit;height:auto;overflow:visible}}';

/** What each style file adds after its element's CSS: it undoes the guard (the values a host has without it). */
export const STYLE_FILE_END =
  ':host(:not(:defined,[hidden])){animation:none;visibility:inherit;height:auto;overflow:visible}';

/** The content of the style file of `css`: the element's CSS, then `STYLE_FILE_END`. */
export function styleFile(css) {
  return css + STYLE_FILE_END;
}

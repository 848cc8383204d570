/** The guard that opens each shadow root of static HTML made with `--styles-href`. */
export const STYLE_GUARD: string;
/** What each style file adds after its element's CSS: it stops the guard's timer. */
export const STYLE_FILE_END: string;
/** The content of the style file of `css`. */
export function styleFile(css: string): string;

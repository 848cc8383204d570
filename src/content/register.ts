import type { Content } from './types.js';

/**
 * The page-wide queue through which a language file hands its content to the library as it runs (the key is also
 * in ./store.ts, which must not import this module: the language chunks import it, and nothing else does, so they
 * stay files that import nothing from the entry). Before the library's store has run, the queue is an array; the
 * store takes what is in it and puts itself in its place.
 */
const KEY = Symbol.for('mes-components.content');

type Queue = { push(content: Content): unknown };

/**
 * Gives a language's built-in content to the library on the page. A page that loads the language file as a
 * render-blocking script beside the entry has every element render in that language before the first paint.
 * @internal
 */
export function registerContent(content: Content): void {
  const scope = globalThis as { [KEY]?: Queue };
  (scope[KEY] ??= [] as Content[]).push(content);
}

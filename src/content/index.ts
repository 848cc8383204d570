import { en } from './en.js';
import { loadedTranslation, loadTranslation } from './store.js';
import type { Content, Lang } from './types.js';

export type * from './types.js';
export { en };

/** The built-in content in a language, if it is loaded already. English always is. */
export function loadedContent(lang: Lang): Content | undefined {
  return lang === 'en' ? en : loadedTranslation(lang);
}

/**
 * Loads the built-in content in a language (once; later calls share the first). When a language's chunk cannot
 * be loaded, it warns and resolves with English, and a later call tries again.
 */
export async function loadContent(lang: Lang): Promise<Content> {
  return (await loadTranslation(lang)) ?? en;
}

import type { Content, Lang } from './types.js';
import { en } from './en.js';

export type * from './types.js';
export { en };

/**
 * The built-in content by language. English, the fallback, is part of the entry module; Russian and
 * Belarusian are separate chunks, fetched the first time an element needs them, from the folder the
 * entry was loaded from.
 */
const loaded: Partial<Record<Lang, Content>> = { en };
const loading: Partial<Record<Lang, Promise<Content>>> = {};

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<Content>> = {
  ru: () => import('./ru.js').then((m) => m.ru),
  be: () => import('./be.js').then((m) => m.be),
};

/** The built-in content in a language, if it is loaded already. English always is. */
export function loadedContent(lang: Lang): Content | undefined {
  return loaded[lang];
}

/**
 * Loads the built-in content in a language (once; later calls share the first). When the chunk cannot
 * be loaded, it warns and resolves with English, and a later call tries again.
 */
export function loadContent(lang: Lang): Promise<Content> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  if (lang === 'en') return Promise.resolve(en);
  loading[lang] ??= loaders[lang]().then(
    (content) => (loaded[lang] = content),
    (error: unknown) => {
      delete loading[lang];
      console.warn(`mes-components: the ${lang} content could not be loaded (${String(error)}); showing English.`);
      return en;
    },
  );
  return loading[lang];
}

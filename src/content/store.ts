import type { Content, DateWords, Lang, UiStrings } from './types.js';

/** The parts of the English content that an element module brings along (its sections, its words of the interface). */
export type EnglishParts = Partial<Omit<Content, 'lang' | 'ui'>> & { ui?: Partial<UiStrings> };

/**
 * The built-in English content, gathered from the elements that are loaded: each element module brings only
 * the sections it shows (`provideEnglish`), so that a page using one element does not download the others'
 * content. Every element reads only its own sections from it.
 */
const english = { lang: 'en', ui: {} } as Content;

/** Adds an element's English sections to the built-in English content (at module load, before any element renders). */
export function provideEnglish(parts: EnglishParts): void {
  const ui = Object.assign(english.ui, parts.ui);
  Object.assign(english, parts, { ui });
}

/**
 * The built-in content by language. English, the fallback, is part of the entry module; Russian and
 * Belarusian are separate chunks, fetched the first time an element needs them, from the folder the
 * entry was loaded from.
 */
const loaded: Partial<Record<Lang, Content>> = { en: english };
const loading: Partial<Record<Lang, Promise<Content>>> = {};

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<Content>> = {
  ru: () => import('./ru.js').then((m) => m.ru),
  be: () =>
    import('./be.js').then((m) => {
      beDateWords = m.beDateWords;
      return m.be;
    }),
};

let beDateWords: DateWords | undefined;

/** The Belarusian words for dates, for engines whose `Intl` lacks Belarusian; they come with the Belarusian content. */
export function belarusianDateWords(): DateWords | undefined {
  return beDateWords;
}

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
  loading[lang] ??= loaders[lang as Exclude<Lang, 'en'>]().then(
    (content) => (loaded[lang] = content),
    (error: unknown) => {
      delete loading[lang];
      console.warn(`mes-components: the ${lang} content could not be loaded (${String(error)}); showing English.`);
      return english;
    },
  );
  return loading[lang];
}

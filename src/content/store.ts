import type { Content, Lang } from './types.js';

/** A language whose content is a chunk of its own (English is part of each element's module). */
type Translated = Exclude<Lang, 'en'>;

/**
 * The built-in Russian and Belarusian content: separate chunks, fetched the first time an element needs them,
 * from the folder the entry was loaded from. English, the fallback, never waits: each element brings the English
 * sections it shows.
 */
const loaded: Partial<Record<Translated, Content>> = {};
const loading: Partial<Record<Translated, Promise<Content | undefined>>> = {};

/**
 * How each chunk is fetched. A test may replace one, to see what a page shows when a chunk cannot be loaded.
 * @internal
 */
export const loaders: Record<Translated, () => Promise<Content>> = {
  ru: () => import('./ru.js').then((m) => m.ru),
  be: () => import('./be.js').then((m) => m.be),
};

/** Resolves the load under way of a language (if any) with its content, when that comes through the queue first. */
const arriving: Partial<Record<Translated, (content: Content) => void>> = {};

/**
 * Makes the built-in content of a language available at once, without fetching its chunk: the Node entry
 * (src/node.ts) gives every language, so that a server renders any of them synchronously.
 * @internal
 */
export function provideTranslation(lang: Translated, content: Content): void {
  loaded[lang] = content;
  arriving[lang]?.(content);
}

/*
 * The page-wide queue of content (./register.ts; not imported here, so that the language chunks import nothing from
 * the entry): a language file puts its content there as it runs, whether a load here or a `<script type="module">`
 * of the page fetched it. What came before this module ran is taken now; then each is taken at once, so an element
 * waiting for its language renders in the same task (a task before `import()` resolves), before the next paint.
 */
const QUEUE = Symbol.for('mes-components.content');
const scope = globalThis as { [QUEUE]?: Content[] | { push(content: Content): void } };
const queued = scope[QUEUE];
scope[QUEUE] = { push: (content: Content) => provideTranslation(content.lang as Translated, content) };
if (Array.isArray(queued)) queued.forEach(scope[QUEUE].push);

/** The built-in content in Russian or Belarusian, if its chunk is loaded already (`undefined` for English). */
export function loadedTranslation(lang: Lang): Content | undefined {
  return lang === 'en' ? undefined : loaded[lang];
}

/**
 * Loads the built-in content in Russian or Belarusian (once; later calls share the first). When the chunk
 * cannot be loaded, it warns and resolves with `undefined` (the caller shows English), and a later call tries
 * again. English resolves with `undefined` at once.
 */
export function loadTranslation(lang: Lang): Promise<Content | undefined> {
  if (lang === 'en') return Promise.resolve(undefined);
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  return (loading[lang] ??= new Promise((resolve) => {
    arriving[lang] = resolve;
    loaders[lang]().then(
      (content) => provideTranslation(lang, content),
      (error: unknown) => {
        if (loaded[lang]) return;
        delete loading[lang];
        console.warn(`mes-components: the ${lang} content could not be loaded (${String(error)}); showing English.`);
        resolve(undefined);
      },
    );
  }));
}

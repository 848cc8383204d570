/** The languages the library ships, in the order a picker would show them. The one list of them. */
export const LANGS = ['be', 'ru', 'en'] as const;

/** A language the library ships. */
export type Lang = (typeof LANGS)[number];

/** The fallback language: shown for any language the library does not ship. */
export const FALLBACK_LANG: Lang = 'en';
